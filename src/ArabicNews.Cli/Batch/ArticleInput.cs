namespace ArabicNews.Cli.Batch;

/// <summary>One input of a batch: a file to parse, standard input, or a path that could not be expanded.</summary>
/// <param name="Path">The path as the user wrote it (or as found under a folder or glob); <c>-</c> for standard input.</param>
/// <param name="Problem">Why the path yields no article (missing, empty folder, glob without matches), or <see langword="null"/>.</param>
internal sealed record ArticleInput(string Path, string? Problem = null)
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Gets a value indicating whether this input is standard input.</summary>
    public bool IsStandardInput => Path == StandardInput;
}
