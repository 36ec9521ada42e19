using System.Collections.Immutable;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The Gregorian month names of Arabic news text, in Search-normalized form.</summary>
/// <remarks>
/// <para>Three naming traditions are in use, and outlets often pair two of them (<c>22 ابريل/نيسان 2024</c>):</para>
/// <list type="bullet">
/// <item><description>Egyptian/Gulf, from the European names: يناير فبراير مارس ابريل مايو يونيو/يونيه يوليو/يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر;</description></item>
/// <item><description>Levantine/Iraqi, the Syriac names: كانون الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاول تشرين الثاني كانون الاول
/// (the two-word ones are in <see cref="SecondWords"/>, with the article or without it, as Iraqi outlets write them);</description></item>
/// <item><description>Maghrebi, from the French names: جانفي فيفري مارس افريل ماي جوان جويليه اوت, and the Moroccan يوليوز غشت شتنبر نونبر دجنبر.</description></item>
/// </list>
/// <para>
/// Names that are also everyday words (<c>مارس</c> "practised", <c>اب</c> "father", <c>ماي</c>) are
/// <see cref="DateWordFlags.Ambiguous"/>: they count only beside a day number, a year, a paired name or a modifier.
/// </para>
/// </remarks>
internal static class MonthNames
{
    /// <summary>Gets the one-word Gregorian month names.</summary>
    public static ImmutableArray<(string Word, int Month, DateWordFlags Flags)> OneWord { get; } =
    [
        ("يناير", 1, DateWordFlags.None), ("جانفي", 1, DateWordFlags.None),
        ("فبراير", 2, DateWordFlags.None), ("فبرير", 2, DateWordFlags.None), ("شباط", 2, DateWordFlags.None), ("فيفري", 2, DateWordFlags.None),
        ("مارس", 3, DateWordFlags.Ambiguous), ("اذار", 3, DateWordFlags.None),
        ("ابريل", 4, DateWordFlags.None), ("نيسان", 4, DateWordFlags.None), ("افريل", 4, DateWordFlags.None),
        ("مايو", 5, DateWordFlags.None), ("ايار", 5, DateWordFlags.None), ("ماي", 5, DateWordFlags.Ambiguous),
        ("يونيو", 6, DateWordFlags.None), ("يونيه", 6, DateWordFlags.None), ("حزيران", 6, DateWordFlags.None), ("جوان", 6, DateWordFlags.None),
        ("يوليو", 7, DateWordFlags.None), ("يوليه", 7, DateWordFlags.None), ("تموز", 7, DateWordFlags.None),
        ("جويليه", 7, DateWordFlags.None), ("يوليوز", 7, DateWordFlags.None),
        ("اغسطس", 8, DateWordFlags.None), ("اب", 8, DateWordFlags.Ambiguous), ("اوت", 8, DateWordFlags.None), ("غشت", 8, DateWordFlags.None),
        ("سبتمبر", 9, DateWordFlags.None), ("ايلول", 9, DateWordFlags.None), ("شتنبر", 9, DateWordFlags.None),
        ("اكتوبر", 10, DateWordFlags.None),
        ("نوفمبر", 11, DateWordFlags.None), ("نونبر", 11, DateWordFlags.None),
        ("ديسمبر", 12, DateWordFlags.None), ("دجنبر", 12, DateWordFlags.None),
    ];

    /// <summary>Gets the first words of two-word month names (Gregorian and Hijri).</summary>
    public static ImmutableArray<(string Word, MonthGroup Group)> FirstWords { get; } =
    [
        ("كانون", MonthGroup.Kanun), ("تشرين", MonthGroup.Tishrin),
        ("ربيع", MonthGroup.Rabi), ("جمادي", MonthGroup.Jumada), ("جماد", MonthGroup.Jumada),
        ("ذو", MonthGroup.Dhu), ("ذي", MonthGroup.Dhu),
    ];

    /// <summary>Gets the second words of two-word month names.</summary>
    public static ImmutableArray<(string Word, MonthOrdinal Ordinal)> SecondWords { get; } =
    [
        ("الاول", MonthOrdinal.First), ("اول", MonthOrdinal.First), ("الاولي", MonthOrdinal.First), ("اولي", MonthOrdinal.First),
        ("الثاني", MonthOrdinal.Second), ("ثاني", MonthOrdinal.Second), ("الثانيه", MonthOrdinal.Second), ("ثانيه", MonthOrdinal.Second),
        ("الاخر", MonthOrdinal.Second), ("الاخره", MonthOrdinal.Second), ("اخر", MonthOrdinal.Second),
        ("القعده", MonthOrdinal.Qadah), ("الحجه", MonthOrdinal.Hijjah),
    ];

    /// <summary>Combines the two words of a two-word month name.</summary>
    /// <param name="group">The first word.</param>
    /// <param name="ordinal">The second word.</param>
    /// <param name="calendar">The calendar the month belongs to.</param>
    /// <param name="month">The month number in that calendar.</param>
    /// <returns><see langword="false"/> for a pair that names no month (<c>ذو الاول</c>).</returns>
    public static bool TryCombine(MonthGroup group, MonthOrdinal ordinal, out CalendarKind calendar, out int month)
    {
        (calendar, month) = (group, ordinal) switch
        {
            (MonthGroup.Kanun, MonthOrdinal.Second) => (CalendarKind.Gregorian, 1),
            (MonthGroup.Kanun, MonthOrdinal.First) => (CalendarKind.Gregorian, 12),
            (MonthGroup.Tishrin, MonthOrdinal.First) => (CalendarKind.Gregorian, 10),
            (MonthGroup.Tishrin, MonthOrdinal.Second) => (CalendarKind.Gregorian, 11),
            (MonthGroup.Rabi, MonthOrdinal.First) => (CalendarKind.Hijri, 3),
            (MonthGroup.Rabi, MonthOrdinal.Second) => (CalendarKind.Hijri, 4),
            (MonthGroup.Jumada, MonthOrdinal.First) => (CalendarKind.Hijri, 5),
            (MonthGroup.Jumada, MonthOrdinal.Second) => (CalendarKind.Hijri, 6),
            (MonthGroup.Dhu, MonthOrdinal.Qadah) => (CalendarKind.Hijri, 11),
            (MonthGroup.Dhu, MonthOrdinal.Hijjah) => (CalendarKind.Hijri, 12),
            _ => (CalendarKind.Gregorian, 0),
        };
        return month != 0;
    }
}
