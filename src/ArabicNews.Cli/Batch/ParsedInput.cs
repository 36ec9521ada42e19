using ArabicNews.Cli.Output;

namespace ArabicNews.Cli.Batch;

/// <summary>What parsing one input gave: the formatted article (or a record's in-band error line), and what to report.</summary>
/// <param name="Name">The input's name in messages: the path, or <c>FILE:LINE</c> for a record.</param>
/// <param name="Output">The output for standard output, or <see langword="null"/> when a file or path failed (nothing is written for it).</param>
/// <param name="Note">A remark for standard error that is not a failure (e.g. the file was decoded as Windows-1256), or <see langword="null"/>.</param>
/// <param name="Problem">Why the input failed, or <see langword="null"/>.</param>
/// <param name="Bytes">How many bytes were read.</param>
/// <param name="Records">How many meetings, statements, agreements and corridors were extracted.</param>
internal sealed record ParsedInput(string Name, Utf8Line? Output, string? Note, string? Problem, long Bytes, int Records)
{
    /// <summary>Creates the result of an input that yields nothing.</summary>
    /// <param name="name">The input's name.</param>
    /// <param name="problem">Why, as the end of a sentence that starts with the name.</param>
    /// <param name="bytes">How many bytes were read.</param>
    /// <returns>The result.</returns>
    public static ParsedInput Failure(string name, string? problem, long bytes = 0) => new(name, Output: null, Note: null, problem, bytes, Records: 0);
}
