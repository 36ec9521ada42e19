namespace ArabicNews.Core;

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

    /// <summary>
    /// Gets the last day, month or year of a range, inclusive and with the precision of <see cref="Value"/>
    /// (<c>من 10 إلى 12 مايو 2024</c>: <see cref="Value"/> 2024-05-10, <see cref="End"/> 2024-05-12; <c>أواخر مارس 2024</c>:
    /// 2024-03-21 to 2024-03-31; <c>الربع الثالث من عام 2016</c>: 2016-07 to 2016-09); <see langword="null"/> for a single date.
    /// </summary>
    /// <remarks>When set, it is later than <see cref="Value"/>, and both are set or both are <see langword="null"/>.</remarks>
    public PartialDate? End { get; init; }
}
