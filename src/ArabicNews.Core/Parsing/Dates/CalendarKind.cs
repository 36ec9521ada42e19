namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The calendar a month name belongs to.</summary>
internal enum CalendarKind : byte
{
    /// <summary>The Gregorian calendar.</summary>
    Gregorian = 0,

    /// <summary>The Hijri calendar, converted with Umm al-Qura (see <see cref="HijriDates"/>).</summary>
    Hijri = 1,
}
