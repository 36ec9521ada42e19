using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// A quick filter before the counting words of dates are looked up one by one: ordinal days (<see cref="DayOrdinals"/>), number
/// words (<see cref="NumberWords"/>), and <c>النصف</c>, <c>الربع</c>. Most words of a text are none of them, and their last two
/// letters say so with one bit test.
/// </summary>
internal static class CountingWords
{
    private const int EndingBits = 64 * 64;

    // Bit (last char, second-to-last char) of every counting word, six bits of each (as DateLexicon does for its keys).
    private static readonly ulong[] Endings = Build();

    /// <summary>Returns whether <paramref name="word"/> may be a counting word (a false positive costs only the full lookups).</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="false"/> when it certainly is none.</returns>
    public static bool MayBe(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        int ending = Ending(word);
        return (Endings[ending >> 6] & (1UL << ending)) != 0;
    }

    private static int Ending(ReadOnlySpan<char> word) => ((word[^1] & 0x3F) << 6) | (word[^2] & 0x3F);

    private static ulong[] Build()
    {
        // Every form DayOrdinals and NumberWords know (with the article, a word ends as it does without it), and the fractions.
        string[] words =
        [
            "الاول", "الاولي", "اول", "الحادي", "الحاديه", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس",
            "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره",
            "العشرين", "العشرون", "الثلاثين", "الثلاثون", "ثاني", "ثالث", "رابع", "خامس", "اخر",
            "الف", "الفين", "الفان", "مايه", "ميه", "مايتين", "مايتان", "ميتين", "ميتان",
            "واحد", "واحده", "احد", "احدي", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاث", "ثلاثه",
            "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
            "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين",
            "ثمانون", "ثمانين", "تسعون", "تسعين", "النصف", "الربع",
        ];
        ulong[] endings = new ulong[EndingBits / 64];
        foreach (string word in words)
        {
            int ending = Ending(word);
            endings[ending >> 6] |= 1UL << ending;
        }

        return endings;
    }
}
