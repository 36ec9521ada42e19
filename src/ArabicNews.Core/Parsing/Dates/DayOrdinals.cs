using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The ordinal words of days (<c>الاول</c> … <c>الحادي والثلاثين</c>) and of weekdays in a month (<c>ثالث</c>, <c>الاخير</c>), normalized.</summary>
/// <remarks>
/// <para>Days 1–10 are one word (الاول … العاشر), 20 and 30 too (العشرين, الثلاثين). The others combine a unit
/// (الحادي for 1, then الثاني … التاسع) with <c>عشر</c> (11–19), <c>والعشرين</c> (21–29) or <c>والثلاثين</c> (31),
/// the conjunction glued or separate (<c>الثاني والعشرين</c>, <c>الثاني و العشرين</c>). Every word has its feminine
/// (<c>الثانيه والعشرون</c>, <c>الثالثه عشره</c>, <c>الاولي</c>) and nominative (<c>العشرون</c>) forms, which writers mix
/// (<c>الثالث عشره</c>); <c>اول</c> without the article is the first (<c>في اول شباط</c>).</para>
/// <para>An ordinal counts as a day only before a month (<c>من</c> and <c>شهر</c> may come between); alone it is just an ordinal.</para>
/// </remarks>
internal static class DayOrdinals
{
    /// <summary>The value <see cref="Nth"/> gives the last weekday of a month (<c>الاخير</c>, <c>اخر</c>).</summary>
    public const int Last = -1;

    /// <summary>Gets the value of a one-word ordinal day or of the unit word of a compound one.</summary>
    /// <param name="word">The word.</param>
    /// <param name="standalone">Whether the word is a day by itself (الاول, العاشر, العشرين; not الحادي).</param>
    /// <returns>The value, or 0 when the word is no ordinal.</returns>
    public static int Unit(ReadOnlySpan<char> word, out bool standalone)
    {
        standalone = true;
        switch (word)
        {
            case "الاول" or "الاولي" or "اول": return 1;
            case "الحادي" or "الحاديه": standalone = false; return 1;
            case "الثاني" or "الثانيه": return 2;
            case "الثالث" or "الثالثه": return 3;
            case "الرابع" or "الرابعه": return 4;
            case "الخامس" or "الخامسه": return 5;
            case "السادس" or "السادسه": return 6;
            case "السابع" or "السابعه": return 7;
            case "الثامن" or "الثامنه": return 8;
            case "التاسع" or "التاسعه": return 9;
            case "العاشر" or "العاشره": return 10;
            case "العشرين" or "العشرون": return 20;
            case "الثلاثين" or "الثلاثون": return 30;
            default: return 0;
        }
    }

    /// <summary>Gets the tens of the second word of a compound ordinal day: عشر = 10, العشرين = 20, الثلاثين = 30.</summary>
    /// <param name="word">The second word, without its conjunction و.</param>
    /// <returns>The tens, or 0 when the word is none of them.</returns>
    public static int Tens(ReadOnlySpan<char> word) => word switch
    {
        "عشر" or "عشره" => 10,
        "العشرين" or "العشرون" => 20,
        "الثلاثين" or "الثلاثون" => 30,
        _ => 0,
    };

    /// <summary>
    /// Gets the rank of a weekday in its month from the ordinal before it, in the construct form (<c>ثالث ثلاثاء</c>,
    /// <c>اول خميس</c>, <c>اخر جمعه</c>).
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>1 to 5, <see cref="Last"/>, or 0 when the word is none of them.</returns>
    public static int Nth(ReadOnlySpan<char> word) => word switch
    {
        "اول" => 1,
        "ثاني" => 2,
        "ثالث" => 3,
        "رابع" => 4,
        "خامس" => 5,
        "اخر" => Last,
        _ => 0,
    };

    /// <summary>Gets the rank of a weekday in its month from the ordinal after it (<c>الثلاثاء الاخير</c>, <c>الخميس الاول</c>).</summary>
    /// <param name="word">The word.</param>
    /// <returns>1 to 5, <see cref="Last"/>, or 0 when the word is none of them.</returns>
    public static int NthAfter(ReadOnlySpan<char> word)
    {
        if (word is "الاخير" or "الاخيره")
        {
            return Last;
        }

        int unit = Unit(word, out bool standalone);
        return standalone && unit is >= 1 and <= 5 && word is not "اول" ? unit : 0;
    }
}
