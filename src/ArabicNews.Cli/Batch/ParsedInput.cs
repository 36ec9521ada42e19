namespace ArabicNews.Cli.Batch;

/// <summary>What parsing one input gave: the formatted article, or why there is none.</summary>
/// <param name="Input">The input.</param>
/// <param name="Output">The article, formatted for standard output; <see langword="null"/> when the input failed.</param>
/// <param name="Note">A remark for standard error that is not a failure (e.g. the file was decoded as Windows-1256), or <see langword="null"/>.</param>
/// <param name="Problem">Why the input failed, or <see langword="null"/>.</param>
/// <param name="Bytes">How many bytes were read.</param>
/// <param name="Records">How many meetings, statements, agreements and corridors were extracted.</param>
internal sealed record ParsedInput(ArticleInput Input, string? Output, string? Note, string? Problem, long Bytes, int Records);
