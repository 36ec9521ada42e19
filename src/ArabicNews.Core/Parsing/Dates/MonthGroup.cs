namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The first word of a two-word month name; the second word (a <see cref="MonthOrdinal"/>) picks the month.</summary>
internal enum MonthGroup : byte
{
    /// <summary>Not a group.</summary>
    None = 0,

    /// <summary><c>كانون</c>: كانون الثاني = January, كانون الاول = December.</summary>
    Kanun,

    /// <summary><c>تشرين</c>: تشرين الاول = October, تشرين الثاني = November.</summary>
    Tishrin,

    /// <summary><c>ربيع</c>: ربيع الاول = Hijri 3, ربيع الثاني/الاخر = Hijri 4.</summary>
    Rabi,

    /// <summary><c>جمادي</c>: جمادي الاولي = Hijri 5, جمادي الثانيه/الاخره = Hijri 6.</summary>
    Jumada,

    /// <summary><c>ذو</c>, <c>ذي</c>: ذو القعده = Hijri 11, ذو الحجه = Hijri 12.</summary>
    Dhu,
}
