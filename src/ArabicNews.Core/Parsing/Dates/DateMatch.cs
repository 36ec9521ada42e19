using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>One date expression found in normalized text.</summary>
/// <param name="Start">The index of the expression's first character in the normalized text.</param>
/// <param name="Length">The length of the expression in the normalized text.</param>
/// <param name="Value">
/// The date, or <see langword="null"/> for a <see cref="DateExpressionKind.Relative"/> expression recognized
/// without an anchor date (it is reported, never guessed).
/// </param>
/// <param name="Kind">Whether the expression names its year or depends on the anchor date.</param>
/// <param name="Last">
/// The last day, month or year of a range (inclusive, with the precision of <paramref name="Value"/>), or
/// <see langword="null"/> for a single date.
/// </param>
/// <remarks>
/// The span covers the date expression itself: it starts at the day number, the month name, the weekday
/// (with <c>يوم</c>/<c>اليوم</c> before it) or the relative word, never at a glued preposition
/// (<c>بعدأيلول</c>, <c>و26</c>); time-of-day words that only cue a relative word (<c>صباح اليوم</c>) stay
/// outside it. Offsets are in normalized-text coordinates; the article parser maps them back.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct DateMatch(int Start, int Length, PartialDate? Value, DateExpressionKind Kind, PartialDate? Last = null)
{
    /// <summary>Gets the index just past the expression in the normalized text.</summary>
    public int End => Start + Length;
}
