namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Which third of a month or a year a word names: <c>اوايل</c>, <c>منتصف</c> or <c>اواخر</c>.</summary>
internal enum PeriodPart : byte
{
    /// <summary>Not a part word.</summary>
    None = 0,

    /// <summary><c>مطلع</c>, <c>اوايل</c>, <c>بدايه</c>: days 1–10 of a month, January–April of a year.</summary>
    Early,

    /// <summary><c>منتصف</c>, <c>اواسط</c>: days 11–20 of a month, May–August of a year.</summary>
    Middle,

    /// <summary><c>اواخر</c>, <c>نهايه</c>: day 21 to the end of a month, September–December of a year.</summary>
    Late,
}
