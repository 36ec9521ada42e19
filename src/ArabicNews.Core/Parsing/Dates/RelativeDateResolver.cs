using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Resolves the year of a date expression against the article's date (the anchor).</summary>
/// <remarks>
/// <para>
/// Years, months and days are handled in the calendar of the month name (for a Hijri month, the anchor is first
/// converted to the Hijri calendar), so the same rules serve both calendars:
/// </para>
/// <list type="bullet">
/// <item><description><b>Infer</b> (the year is left out: <c>بتاريخ 10 مايو</c>): the occurrence nearest the anchor, so a
/// report dated 20 December 2024 reads <c>10 يناير</c> as 2025 and one dated 22 April 2024 reads <c>17 ابريل</c> as 2024
/// and <c>15 اغسطس</c> as 2024; with a weekday (<c>الخميس 15 اغسطس</c>), the nearest year in which the day falls on
/// that weekday;</description></item>
/// <item><description><b>Past</b> (<c>فبراير الماضي</c>, <c>24 مارس الماضي</c>): the latest occurrence strictly before the
/// anchor's month (without a day) or the anchor's day (with one);</description></item>
/// <item><description><b>Next</b> (<c>مايو المقبل</c>): the earliest occurrence strictly after it;</description></item>
/// <item><description><b>Current</b> (<c>ابريل الجاري</c>): the anchor's year.</description></item>
/// </list>
/// <para>29 February moves to the nearest leap year in the search direction. Nothing here throws.</para>
/// </remarks>
internal static class RelativeDateResolver
{
    // How far the search for a valid year (29 February) may go.
    private const int MaxYearSearch = 8;

    // How far the search for a year in which a day falls on a weekday may go (every day and weekday meet within 11 years,
    // 29 February within 28).
    private const int MaxWeekdayYearSearch = 28;

    /// <summary>Gets the anchor's year, month and day in a calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="anchor">The article's date.</param>
    /// <returns>The parts.</returns>
    public static (int Year, int Month, int Day) AnchorParts(CalendarKind calendar, DateOnly anchor) =>
        calendar == CalendarKind.Hijri ? HijriDates.FromGregorian(anchor) : (anchor.Year, anchor.Month, anchor.Day);

    /// <summary>Finds the year of a day and month (or a month) whose year the text leaves out: the occurrence nearest the anchor.</summary>
    /// <param name="calendar">The calendar of the month.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day, or 0 when only the month is given.</param>
    /// <param name="anchor">The article's date.</param>
    /// <returns>The year; of two occurrences equally near, the earlier.</returns>
    public static int InferYear(CalendarKind calendar, int month, int day, DateOnly anchor)
    {
        (int year, int anchorMonth, int anchorDay) = AnchorParts(calendar, anchor);
        int reference = Key(year, anchorMonth, day == 0 ? 0 : anchorDay);
        int best = year;
        int bestDistance = int.MaxValue;
        for (int y = year - MaxYearSearch; y <= year + MaxYearSearch; y++)
        {
            if (!IsValid(calendar, y, month, day))
            {
                continue;
            }

            int distance = Math.Abs(Key(y, month, day) - reference);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (y, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// Finds the year of a Gregorian day and month that the text gives with its weekday and without its year
    /// (<c>الخميس 15 أغسطس</c>): the year nearest the anchor in which that day falls on that weekday.
    /// </summary>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <param name="weekday">The weekday the text gives.</param>
    /// <param name="anchor">The article's date.</param>
    /// <param name="year">The year; of two equally near, the earlier.</param>
    /// <returns><see langword="false"/> when no year within <see cref="MaxWeekdayYearSearch"/> years fits.</returns>
    public static bool TryInferYearOnWeekday(int month, int day, DayOfWeek weekday, DateOnly anchor, out int year)
    {
        year = 0;
        int bestDistance = int.MaxValue;
        for (int y = Math.Max(anchor.Year - MaxWeekdayYearSearch, 1); y <= Math.Min(anchor.Year + MaxWeekdayYearSearch, 9999); y++)
        {
            if (day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            var date = new DateOnly(y, month, day);
            int distance = Math.Abs(date.DayNumber - anchor.DayNumber);
            if (date.DayOfWeek == weekday && distance < bestDistance)
            {
                (year, bestDistance) = (y, distance);
            }
        }

        return bestDistance != int.MaxValue;
    }

    /// <summary>Finds the year of the latest occurrence of a month (and day) before the anchor.</summary>
    /// <param name="calendar">The calendar of the month.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day, or 0 when only the month is given.</param>
    /// <param name="anchor">The article's date.</param>
    /// <returns>The year.</returns>
    public static int PreviousYear(CalendarKind calendar, int month, int day, DateOnly anchor)
    {
        (int year, int anchorMonth, int anchorDay) = AnchorParts(calendar, anchor);
        int reference = Key(year, anchorMonth, day == 0 ? 0 : anchorDay);
        for (int y = year; y >= year - MaxYearSearch; y--)
        {
            if (IsValid(calendar, y, month, day) && Key(y, month, day) < reference)
            {
                return y;
            }
        }

        return year - 1;
    }

    /// <summary>Finds the year of the earliest occurrence of a month (and day) after the anchor.</summary>
    /// <param name="calendar">The calendar of the month.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day, or 0 when only the month is given.</param>
    /// <param name="anchor">The article's date.</param>
    /// <returns>The year.</returns>
    public static int NextYear(CalendarKind calendar, int month, int day, DateOnly anchor)
    {
        (int year, int anchorMonth, int anchorDay) = AnchorParts(calendar, anchor);
        int reference = Key(year, anchorMonth, day == 0 ? 0 : anchorDay);
        for (int y = year; y <= year + MaxYearSearch; y++)
        {
            if (IsValid(calendar, y, month, day) && Key(y, month, day) > reference)
            {
                return y;
            }
        }

        return year + 1;
    }

    /// <summary>Gets the weekday on or before the anchor (the anchor itself when it is that weekday).</summary>
    /// <param name="anchor">The article's date.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>The date.</returns>
    public static DateOnly OnOrBefore(DateOnly anchor, DayOfWeek day) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)day + 7) % 7));

    /// <summary>Gets the weekday strictly before the anchor (<c>الاثنين الماضي</c>).</summary>
    /// <param name="anchor">The article's date.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>The date.</returns>
    public static DateOnly Before(DateOnly anchor, DayOfWeek day)
    {
        int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        return anchor.AddDays(back == 0 ? -7 : -back);
    }

    /// <summary>Gets the weekday strictly after the anchor (<c>الاثنين المقبل</c>).</summary>
    /// <param name="anchor">The article's date.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>The date.</returns>
    public static DateOnly After(DateOnly anchor, DayOfWeek day)
    {
        int ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead == 0 ? 7 : ahead);
    }

    // Orders (year, month, day) with month overflow allowed: month 14 of a year is February of the next.
    private static int Key(int year, int month, int day) => ((((year * 12) + (month - 1)) * 32) + day);

    private static bool IsValid(CalendarKind calendar, int year, int month, int day) =>
        day == 0
        || (calendar == CalendarKind.Hijri
            ? day <= 30
            : year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month));
}
