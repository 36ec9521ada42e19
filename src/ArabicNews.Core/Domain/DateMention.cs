namespace ArabicNews.Core.Domain;

/// <summary>A date expression found in the article, with its value when it could be determined.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Span"/> is in original-text coordinates.</remarks>
public sealed record DateMention
{
    /// <summary>Gets the expression as written in the article.</summary>
    public required string Text { get; init; }

    /// <summary>Gets where the expression is in the original text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>
    /// Gets the date the expression denotes, with its precision; <see langword="null"/> for a relative expression
    /// (<c>أمس</c>, <c>الشهر الماضي</c>) in an article whose date is unknown.
    /// </summary>
    public PartialDate? Value { get; init; }
}
