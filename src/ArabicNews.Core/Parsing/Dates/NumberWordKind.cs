namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The place a cardinal number word takes in a number written out (<c>الف وتسعمايه وثمانيه وسبعون</c>).</summary>
internal enum NumberWordKind : byte
{
    /// <summary>Not a number word.</summary>
    None = 0,

    /// <summary><c>الف</c> (1000), <c>الفين</c>, <c>الفان</c> (2000).</summary>
    Thousands,

    /// <summary><c>مايه</c> (100), <c>مايتين</c> (200), <c>ثلاثمايه</c> … <c>تسعمايه</c>.</summary>
    Hundreds,

    /// <summary><c>واحد</c> … <c>تسعه</c> (1–9), and <c>اثنا</c>, <c>احد</c> of the teens.</summary>
    Units,

    /// <summary><c>عشر</c>, <c>عشره</c>: ten alone, or the ten of a teen after a unit (<c>ثمانيه عشر</c>).</summary>
    Ten,

    /// <summary><c>عشرون</c>/<c>عشرين</c> … <c>تسعون</c>/<c>تسعين</c> (20–90).</summary>
    Tens,
}
