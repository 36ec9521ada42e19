using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The ordinal day numbers of <c>الاول من يناير</c>, <c>الحادي عشر من سبتمبر</c>, in Search-normalized form.</summary>
/// <remarks>
/// <para>Days 1–10 are one word (الاول … العاشر), 20 and 30 too (العشرين, الثلاثين). The others combine a unit
/// (الحادي for 1, then الثاني … التاسع) with <c>عشر</c> (11–19), <c>والعشرين</c> (21–29) or <c>والثلاثين</c> (31),
/// the conjunction glued or separate (<c>الثاني والعشرين</c>, <c>الثاني و العشرين</c>).</para>
/// <para>An ordinal counts as a day only before <c>من</c> and a month; alone it is just an ordinal.</para>
/// </remarks>
internal static class DayOrdinals
{
    /// <summary>Gets the value of a one-word ordinal day or of the unit word of a compound one.</summary>
    /// <param name="word">The word.</param>
    /// <param name="standalone">Whether the word is a day by itself (الاول, العاشر, العشرين; not الحادي).</param>
    /// <returns>The value, or 0 when the word is no ordinal.</returns>
    public static int Unit(ReadOnlySpan<char> word, out bool standalone)
    {
        standalone = true;
        switch (word)
        {
            case "الاول": return 1;
            case "الحادي": standalone = false; return 1;
            case "الثاني": return 2;
            case "الثالث": return 3;
            case "الرابع": return 4;
            case "الخامس": return 5;
            case "السادس": return 6;
            case "السابع": return 7;
            case "الثامن": return 8;
            case "التاسع": return 9;
            case "العاشر": return 10;
            case "العشرين": return 20;
            case "الثلاثين": return 30;
            default: return 0;
        }
    }

    /// <summary>Gets the tens of the second word of a compound ordinal day: عشر = 10, العشرين = 20, الثلاثين = 30.</summary>
    /// <param name="word">The second word, without its conjunction و.</param>
    /// <returns>The tens, or 0 when the word is none of them.</returns>
    public static int Tens(ReadOnlySpan<char> word) => word switch
    {
        "عشر" => 10,
        "العشرين" => 20,
        "الثلاثين" => 30,
        _ => 0,
    };
}
