using System.Collections.Generic;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// The spellings of the counting words of dates: ordinal days and weekday ranks (<see cref="DayOrdinals"/>), number words
/// (<see cref="NumberWords"/>), and <c>النصف</c>, <c>الربع</c>. The <see cref="DateWordTable"/> marks them, so that the
/// scanner asks <see cref="DayOrdinals"/> and <see cref="NumberWords"/> about these words only.
/// </summary>
internal static class CountingWords
{
    // Every form DayOrdinals and NumberWords know without the article NumberWords also accepts.
    private static readonly string[] Bare =
    [
        "الاول", "الاولي", "اول", "الحادي", "الحاديه", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس",
        "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره",
        "العشرين", "العشرون", "الثلاثين", "الثلاثون", "ثاني", "ثالث", "رابع", "خامس", "اخر",
        "الف", "الفين", "الفان", "مايتين", "مايتان", "ميتين", "ميتان",
        "واحد", "واحده", "احد", "احدي", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاث", "ثلاثه",
        "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
        "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين",
        "ثمانون", "ثمانين", "تسعون", "تسعين", "النصف", "الربع",
    ];

    // The units a hundred may be glued to (ثلاثمايه, تسعميه), and the hundred alone.
    private static readonly string[] HundredUnits = ["", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"];

    /// <summary>
    /// Enumerates every spelling of a counting word: each form, the hundreds glued to their unit, and all of them with the
    /// article (<c>الالفين</c>, <c>الواحد</c>). Some are no counting word (<c>الالاول</c>); the table asks the owners.
    /// </summary>
    /// <returns>The spellings, some more than once.</returns>
    public static IEnumerable<string> Spellings()
    {
        foreach (string word in Bare)
        {
            yield return word;
            yield return "\u0627\u0644" + word;
        }

        foreach (string unit in HundredUnits)
        {
            foreach (string hundred in (string[])["\u0645\u0627\u064A\u0647", "\u0645\u064A\u0647"]) // مايه ميه
            {
                yield return unit + hundred;
                yield return "\u0627\u0644" + unit + hundred;
            }
        }
    }
}
