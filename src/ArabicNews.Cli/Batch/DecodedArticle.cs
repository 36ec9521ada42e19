namespace ArabicNews.Cli.Batch;

/// <summary>The text of an article file, or why there is none.</summary>
/// <param name="Text">The decoded text, or <see langword="null"/> when <paramref name="Problem"/> is set.</param>
/// <param name="Note">What the reader should know about the decoding (e.g. the file was Windows-1256), or <see langword="null"/>.</param>
/// <param name="Problem">Why the file is not an article, or <see langword="null"/>.</param>
internal sealed record DecodedArticle(string? Text, string? Note, string? Problem)
{
    /// <summary>Creates the result for a file that is not an article.</summary>
    /// <param name="problem">Why, as the end of a sentence that starts with the file name.</param>
    /// <returns>The result.</returns>
    public static DecodedArticle Failure(string problem) => new(Text: null, Note: null, problem);
}
