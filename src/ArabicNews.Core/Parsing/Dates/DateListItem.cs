using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>One item of a day–month list (<c>11 يناير</c>, or a bare <c>9</c> in <c>9 و10 مايو</c>) while the list is read.</summary>
/// <remarks>A plain mutable struct of numbers, so that a list can live in a <see langword="stackalloc"/> buffer.</remarks>
[StructLayout(LayoutKind.Auto)]
internal struct DateListItem
{
    /// <summary>Where the item starts.</summary>
    public int Start;

    /// <summary>Where the item ends.</summary>
    public int End;

    /// <summary>The day, or 0 for a month without a day.</summary>
    public int Day;

    /// <summary>The month, or 0 for a bare day that takes the month of the next item.</summary>
    public int Month;

    /// <summary>The calendar of the month.</summary>
    public CalendarKind Calendar;

    /// <summary>The lexicon flags of the month name.</summary>
    public DateWordFlags Flags;

    /// <summary>Whether the month name was paired with its equivalent.</summary>
    public bool Paired;

    /// <summary>Whether a temporal preposition precedes the item.</summary>
    public bool Cued;

    /// <summary>Whether the month is the anchor's month moved by <see cref="MonthOffset"/> (<c>10 من الشهر الجاري</c>).</summary>
    public bool MonthFromAnchor;

    /// <summary>The month offset from the anchor's month when <see cref="MonthFromAnchor"/> is set (−1, 0 or 1).</summary>
    public int MonthOffset;

    /// <summary>
    /// Whether a range connector (<c>الي</c>, <c>حتي</c>, a dash, or <c>و</c> after <c>بين</c>) joins the item to the one before
    /// it, so that the two are one range.
    /// </summary>
    public bool RangeFromPrevious;
}
