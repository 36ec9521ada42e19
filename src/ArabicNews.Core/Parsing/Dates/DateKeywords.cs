using System.Collections.Immutable;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The other words of date expressions, in Search-normalized form: relative words, nouns, markers and cues.</summary>
internal static class DateKeywords
{
    /// <summary>Gets the words and their roles.</summary>
    public static ImmutableArray<(string Word, DateWordKind Kind, DateWordFlags Flags)> All { get; } =
    [
        // Days relative to the article's date.
        ("اليوم", DateWordKind.Today, DateWordFlags.HasArticle),
        ("يوم", DateWordKind.DayNoun, DateWordFlags.None),
        ("امس", DateWordKind.Yesterday, DateWordFlags.None), ("الامس", DateWordKind.Yesterday, DateWordFlags.HasArticle),
        ("غدا", DateWordKind.Tomorrow, DateWordFlags.None),
        ("غد", DateWordKind.TomorrowNoun, DateWordFlags.None), ("الغد", DateWordKind.TomorrowNoun, DateWordFlags.HasArticle),

        // Nouns of a period.
        ("عام", DateWordKind.YearNoun, DateWordFlags.None), ("العام", DateWordKind.YearNoun, DateWordFlags.HasArticle),
        ("سنه", DateWordKind.YearNoun, DateWordFlags.None), ("السنه", DateWordKind.YearNoun, DateWordFlags.HasArticle),
        ("عامي", DateWordKind.YearNounDual, DateWordFlags.None), ("سنتي", DateWordKind.YearNounDual, DateWordFlags.None),
        ("شهر", DateWordKind.MonthNoun, DateWordFlags.None), ("الشهر", DateWordKind.MonthNoun, DateWordFlags.HasArticle),

        // Relative modifiers, masculine and feminine (العام الماضي, السنه الماضيه).
        ("الماضي", DateWordKind.Past, DateWordFlags.None), ("الماضيه", DateWordKind.Past, DateWordFlags.None),
        ("المنصرم", DateWordKind.Past, DateWordFlags.None), ("المنصرمه", DateWordKind.Past, DateWordFlags.None),
        ("الفايت", DateWordKind.Past, DateWordFlags.None), ("الفايته", DateWordKind.Past, DateWordFlags.None),
        ("المقبل", DateWordKind.Next, DateWordFlags.None), ("المقبله", DateWordKind.Next, DateWordFlags.None),
        ("القادم", DateWordKind.Next, DateWordFlags.None), ("القادمه", DateWordKind.Next, DateWordFlags.None),
        ("الاتي", DateWordKind.Next, DateWordFlags.None), ("الاتيه", DateWordKind.Next, DateWordFlags.None),
        ("الجاي", DateWordKind.Next, DateWordFlags.None), ("الجايه", DateWordKind.Next, DateWordFlags.None),
        ("الجاري", DateWordKind.Current, DateWordFlags.None), ("الجاريه", DateWordKind.Current, DateWordFlags.None),
        ("الحالي", DateWordKind.Current, DateWordFlags.None), ("الحاليه", DateWordKind.Current, DateWordFlags.None),
        ("هذا", DateWordKind.This, DateWordFlags.None), ("هذه", DateWordKind.This, DateWordFlags.None),

        // Glue inside expressions.
        ("من", DateWordKind.Of, DateWordFlags.None),
        ("و", DateWordKind.And, DateWordFlags.None),
        ("الموافق", DateWordKind.Corresponding, DateWordFlags.None),

        // Era markers after a year (هـ loses its tatweel in normalization and becomes ه).
        ("م", DateWordKind.GregorianEra, DateWordFlags.None), ("ميلادي", DateWordKind.GregorianEra, DateWordFlags.None),
        ("ميلاديه", DateWordKind.GregorianEra, DateWordFlags.None), ("للميلاد", DateWordKind.GregorianEra, DateWordFlags.None),
        ("ه", DateWordKind.HijriEra, DateWordFlags.None), ("هجري", DateWordKind.HijriEra, DateWordFlags.None),
        ("هجريه", DateWordKind.HijriEra, DateWordFlags.None), ("للهجره", DateWordKind.HijriEra, DateWordFlags.None),

        // Times of day that make the next اليوم the date adverb (صباح اليوم, مساء اليوم).
        ("صباح", DateWordKind.TimeOfDay, DateWordFlags.None), ("مساء", DateWordKind.TimeOfDay, DateWordFlags.None),
        ("ظهر", DateWordKind.TimeOfDay, DateWordFlags.None), ("عصر", DateWordKind.TimeOfDay, DateWordFlags.None),
        ("فجر", DateWordKind.TimeOfDay, DateWordFlags.None), ("ظهيره", DateWordKind.TimeOfDay, DateWordFlags.None),
        ("ليله", DateWordKind.TimeOfDay, DateWordFlags.None), ("ليل", DateWordKind.TimeOfDay, DateWordFlags.None),
        ("صبيحه", DateWordKind.TimeOfDay, DateWordFlags.None),

        // Temporal prepositions: cues for a bare month name (في اكتوبر), and the two range connectors.
        ("في", DateWordKind.Preposition, DateWordFlags.None), ("خلال", DateWordKind.Preposition, DateWordFlags.None),
        ("منذ", DateWordKind.Preposition, DateWordFlags.None), ("حتي", DateWordKind.Preposition, DateWordFlags.RangeConnector),
        ("الي", DateWordKind.Preposition, DateWordFlags.RangeConnector), ("بعد", DateWordKind.Preposition, DateWordFlags.None),
        ("قبل", DateWordKind.Preposition, DateWordFlags.None), ("مطلع", DateWordKind.Preposition, DateWordFlags.None),
        ("منتصف", DateWordKind.Preposition, DateWordFlags.None),
        ("اواخر", DateWordKind.Preposition, DateWordFlags.None), ("اوايل", DateWordKind.Preposition, DateWordFlags.None),
        ("اواسط", DateWordKind.Preposition, DateWordFlags.None), ("بدايه", DateWordKind.Preposition, DateWordFlags.None),
        ("مستهل", DateWordKind.Preposition, DateWordFlags.None),
        ("نهايه", DateWordKind.Preposition, DateWordFlags.None), ("بحلول", DateWordKind.Preposition, DateWordFlags.None),
        ("لغايه", DateWordKind.Preposition, DateWordFlags.None), ("بتاريخ", DateWordKind.Preposition, DateWordFlags.None),
    ];

    /// <summary>
    /// Gets the prepositions that news text sometimes glues to a month name by a missing space
    /// (<c>بعدايلول</c>); a word is split on one of them only when the rest is a month name.
    /// </summary>
    public static ImmutableArray<string> GluedPrepositions { get; } =
    [
        "في", "بعد", "قبل", "منذ", "حتي", "خلال", "مطلع", "منتصف", "اواخر", "اوايل", "اواسط", "بدايه", "نهايه", "بتاريخ",
    ];
}
