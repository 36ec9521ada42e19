namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Whether a date expression names its date outright or needs the article's date to be resolved.</summary>
internal enum DateExpressionKind
{
    /// <summary>The text gives the year (<c>22 أبريل 2024</c>, <c>عام 2003</c>, <c>15 رمضان 1445 هـ</c>).</summary>
    Absolute = 0,

    /// <summary>
    /// The date depends on the article's date: <c>أمس</c>, <c>الشهر الماضي</c>, <c>فبراير الماضي</c>,
    /// <c>يوم الاثنين</c>, or a day and month whose year is left out (<c>بتاريخ 10 مايو</c>).
    /// </summary>
    Relative = 1,
}
