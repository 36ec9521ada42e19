namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The second word of a two-word month name.</summary>
internal enum MonthOrdinal : byte
{
    /// <summary>Not a second word.</summary>
    None = 0,

    /// <summary><c>الاول</c>, <c>اول</c>, <c>الاولي</c>, <c>اولي</c>.</summary>
    First,

    /// <summary><c>الثاني</c>, <c>ثاني</c>, <c>الثانيه</c>, <c>الاخر</c>, <c>الاخره</c>.</summary>
    Second,

    /// <summary><c>القعده</c> (ذو القعده).</summary>
    Qadah,

    /// <summary><c>الحجه</c> (ذو الحجه).</summary>
    Hijjah,
}
