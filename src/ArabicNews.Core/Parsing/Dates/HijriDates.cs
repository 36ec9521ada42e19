using System;
using System.Globalization;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Converts Hijri dates to Gregorian ones and back with .NET's calendars, never with the current culture.</summary>
/// <remarks>
/// <para>
/// Dates inside the range of <see cref="UmAlQuraCalendar"/> (1318–1500 AH, 1900–2077 CE) use it: it is the
/// calendar of Saudi Arabia and of most Gulf outlets. Outside that range the tabular
/// <see cref="HijriCalendar"/> is the fallback. The two can differ by a day or two from a country's
/// sighting-based calendar; that is the precision Hijri dates in news text have anyway.
/// </para>
/// <para>
/// Day 30 of a month that has 29 days in the calendar (an outlet that follows another sighting) becomes
/// the day after the 29th. The calendars are shared, read-only and thread-safe.
/// </para>
/// </remarks>
internal static class HijriDates
{
    /// <summary>The smallest Hijri year the recognizer accepts.</summary>
    public const int MinYear = 1200;

    /// <summary>The largest Hijri year the recognizer accepts.</summary>
    public const int MaxYear = 1600;

    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();
    private static readonly DateTime UmAlQuraMin = UmAlQura.MinSupportedDateTime;
    private static readonly DateTime UmAlQuraMax = UmAlQura.MaxSupportedDateTime;

    /// <summary>Converts a Hijri date to the Gregorian calendar.</summary>
    /// <param name="year">The Hijri year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The Hijri month, 1 to 12.</param>
    /// <param name="day">The day, 1 to 30.</param>
    /// <param name="date">The Gregorian date.</param>
    /// <returns><see langword="false"/> when an argument is out of range; never throws.</returns>
    public static bool TryToGregorian(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day is < 1 or > 30)
        {
            return false;
        }

        Calendar calendar = year is >= 1318 and <= 1500 ? UmAlQura : Tabular;
        DateTime first = calendar.ToDateTime(year, month, 1, 0, 0, 0, 0);
        date = DateOnly.FromDateTime(first).AddDays(day - 1);
        return true;
    }

    /// <summary>Gets the Hijri year, month and day of a Gregorian date.</summary>
    /// <param name="date">The Gregorian date.</param>
    /// <returns>The date's parts in the Hijri calendar.</returns>
    public static (int Year, int Month, int Day) FromGregorian(DateOnly date)
    {
        DateTime time = date.ToDateTime(TimeOnly.MinValue);
        Calendar calendar = time >= UmAlQuraMin && time <= UmAlQuraMax ? UmAlQura : Tabular;
        if (calendar == Tabular && time < Tabular.MinSupportedDateTime)
        {
            return (1, 1, 1);
        }

        return (calendar.GetYear(time), calendar.GetMonth(time), calendar.GetDayOfMonth(time));
    }
}
