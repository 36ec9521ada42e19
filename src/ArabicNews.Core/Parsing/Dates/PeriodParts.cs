using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The words that name part of a month or a year, and the days and months each part covers.</summary>
/// <remarks>
/// A part is a third: of a month, days 1–10, 11–20 and 21 to the end (the Arabic <c>العشر الاوايل/الاواسط/الاواخر</c>);
/// of a year, January–April, May–August and September–December. Halves and quarters of a year
/// (<c>النصف الاول</c>, <c>الربع الثالث</c>) are read by the scanner from their ordinal.
/// </remarks>
internal static class PeriodParts
{
    /// <summary>Gets the part a word names.</summary>
    /// <param name="word">The word, without a glued prefix.</param>
    /// <returns>The part, or <see cref="PeriodPart.None"/>.</returns>
    public static PeriodPart Of(ReadOnlySpan<char> word) => word switch
    {
        "مطلع" or "اوايل" or "بدايه" or "مستهل" => PeriodPart.Early,
        "منتصف" or "اواسط" => PeriodPart.Middle,
        "اواخر" or "نهايه" => PeriodPart.Late,
        _ => PeriodPart.None,
    };

    /// <summary>Gets the first and last day of a part of a month.</summary>
    /// <param name="part">The part.</param>
    /// <param name="daysInMonth">The number of days in the month.</param>
    /// <returns>The first and last day, inclusive.</returns>
    public static (int First, int Last) Days(PeriodPart part, int daysInMonth) => part switch
    {
        PeriodPart.Early => (1, 10),
        PeriodPart.Middle => (11, 20),
        _ => (21, daysInMonth),
    };

    /// <summary>Gets the first and last month of a part of a year.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The first and last month, inclusive.</returns>
    public static (int First, int Last) Months(PeriodPart part) => part switch
    {
        PeriodPart.Early => (1, 4),
        PeriodPart.Middle => (5, 8),
        _ => (9, 12),
    };
}
