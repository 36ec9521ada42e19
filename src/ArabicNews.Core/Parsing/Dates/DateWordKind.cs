namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The role a word of the <see cref="DateLexicon"/> plays in a date expression.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a date word.</summary>
    None = 0,

    /// <summary>A one-word Gregorian month name (<c>يناير</c>, <c>شباط</c>, <c>جويليه</c>); the value is the month.</summary>
    GregorianMonth,

    /// <summary>The first word of a two-word month name (<c>كانون</c>, <c>تشرين</c>, <c>ربيع</c>, <c>جمادي</c>, <c>ذو</c>); the value is a <see cref="MonthGroup"/>.</summary>
    MonthFirstWord,

    /// <summary>The second word of a two-word month name (<c>الاول</c>, <c>الثاني</c>, <c>القعده</c>…); the value is a <see cref="MonthOrdinal"/>.</summary>
    MonthSecondWord,

    /// <summary>A one-word Hijri month name (<c>محرم</c>, <c>رمضان</c>); the value is the Hijri month.</summary>
    HijriMonth,

    /// <summary>A weekday (<c>الاثنين</c>, <c>خميس</c>); the value is its <see cref="System.DayOfWeek"/>.</summary>
    Weekday,

    /// <summary><c>اليوم</c>: today, when it is the date adverb and not the noun.</summary>
    Today,

    /// <summary><c>يوم</c>: the word "day" that introduces a weekday or a date.</summary>
    DayNoun,

    /// <summary><c>امس</c>, <c>الامس</c>: yesterday.</summary>
    Yesterday,

    /// <summary><c>غدا</c>: tomorrow.</summary>
    Tomorrow,

    /// <summary><c>غد</c>, <c>الغد</c>: tomorrow after <c>يوم</c>, or the day after it after <c>بعد</c>.</summary>
    TomorrowNoun,

    /// <summary><c>عام</c>, <c>العام</c>, <c>سنه</c>, <c>السنه</c>: the year.</summary>
    YearNoun,

    /// <summary><c>عامي</c>, <c>سنتي</c>: the years (dual construct) before two year numbers.</summary>
    YearNounDual,

    /// <summary><c>الشهر</c>, <c>شهر</c>: the month.</summary>
    MonthNoun,

    /// <summary><c>الماضي</c>, <c>المنصرم</c>, <c>الفايت</c>: the last one before the anchor.</summary>
    Past,

    /// <summary><c>المقبل</c>, <c>القادم</c>: the next one after the anchor.</summary>
    Next,

    /// <summary><c>الجاري</c>, <c>الحالي</c>: the current one.</summary>
    Current,

    /// <summary><c>هذا</c>, <c>هذه</c>: this (<c>هذا العام</c>).</summary>
    This,

    /// <summary><c>من</c>: of (<c>من العام الماضي</c>, <c>10 من مايو</c>).</summary>
    Of,

    /// <summary><c>و</c> standing alone between two list items.</summary>
    And,

    /// <summary>A Gregorian era marker after a year: <c>م</c>, <c>ميلادي</c>, <c>للميلاد</c>.</summary>
    GregorianEra,

    /// <summary>A Hijri era marker after a year: <c>ه</c> (from <c>هـ</c>), <c>هجري</c>, <c>للهجره</c>.</summary>
    HijriEra,

    /// <summary>A time of day that marks the next <c>اليوم</c> as the date adverb: <c>صباح</c>, <c>مساء</c>, <c>ظهر</c>…</summary>
    TimeOfDay,

    /// <summary>A temporal preposition (<c>في</c>, <c>منذ</c>, <c>حتي</c>, <c>خلال</c>, <c>مطلع</c>…): a cue for a bare month name.</summary>
    Preposition,

    /// <summary><c>الموافق</c>: "corresponding to", between a weekday or a Hijri date and a Gregorian one.</summary>
    Corresponding,
}
