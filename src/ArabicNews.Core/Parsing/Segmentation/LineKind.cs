namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>What a line of the article is.</summary>
internal enum LineKind
{
    /// <summary>Only whitespace (no-break spaces included).</summary>
    Blank,

    /// <summary>Article content.</summary>
    Content,

    /// <summary>Set aside as boilerplate.</summary>
    Boilerplate,
}
