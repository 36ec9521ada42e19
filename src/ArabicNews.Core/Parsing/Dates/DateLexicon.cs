using System;
using System.Collections.Generic;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// Looks up a word of normalized text among the date words (<see cref="MonthNames"/>, <see cref="HijriMonths"/>,
/// <see cref="WeekdayNames"/>, <see cref="DateKeywords"/>), seeing through glued proclitics, without allocating.
/// </summary>
/// <remarks>
/// <para>A word is tried, in this order, until one form is found:</para>
/// <list type="number">
/// <item><description>as it is (<c>بعد</c>, <c>العام</c>);</description></item>
/// <item><description>without a glued conjunction و or ف, then also without a glued ب, ل or ك (<c>وفبراير</c>, <c>بالامس</c>, <c>لعام</c>);</description></item>
/// <item><description>with the لل contraction undone (<c>للعام</c> = ل + العام);</description></item>
/// <item><description>for month names only, without a temporal preposition glued by a missing space (<c>بعدايلول</c>).</description></item>
/// </list>
/// <para>
/// The table is an open-addressing hash table built once; a lookup hashes the word (FNV-1a over its UTF-16
/// code units) and compares at most a few keys. Words longer than any key plus its longest prefix are
/// rejected at once, so a lookup costs O(1) whatever the word. The type is immutable after construction and thread-safe.
/// </para>
/// </remarks>
internal static class DateLexicon
{
    private const int Capacity = 512; // a power of two, well over twice the number of keys
    private const int MaxPrefixLength = 8; // وبتاريخ is the longest prefix tried
    private const int EndingBits = 64 * 64;
    private const int StartBits = 64 * 32;
    private static readonly string?[] Keys = new string?[Capacity];
    private static readonly DateWord[] Values = new DateWord[Capacity];

    // Bit (last char, second-to-last char) of every key of two or more characters, six bits of each: stripping a
    // prefix never changes how a word ends, so a word whose ending no key has is rejected with one bit test.
    private static readonly ulong[] Endings = new ulong[EndingBits / 64];

    // The same for the keys a month name starts with: only their endings can end a month glued to a preposition.
    private static readonly ulong[] MonthEndings = new ulong[EndingBits / 64];

    // Bit (first char, six bits of it; length) of every key: each form TryLookup tries (the word, then without each
    // prefix) is rejected with one bit test before it is hashed, unless some key starts and is as long as it.
    private static readonly ulong[] Starts = new ulong[StartBits / 64];
    private static readonly int MaxKeyLength = Build();

    /// <summary>Looks up a word, seeing through glued proclitics and prepositions.</summary>
    /// <param name="word">The word (a run of letters) in normalized text.</param>
    /// <param name="entry">What the lexicon knows about the word, or the default (<see cref="DateWordKind.None"/>).</param>
    /// <param name="stemOffset">
    /// How many leading characters of <paramref name="word"/> are a glued prefix and not part of the date word
    /// (0 when the word was found as it is).
    /// </param>
    /// <returns><see langword="true"/> when the word is a date word.</returns>
    public static bool TryLookup(ReadOnlySpan<char> word, out DateWord entry, out int stemOffset)
    {
        stemOffset = 0;
        entry = default;
        if (word.IsEmpty || word.Length > MaxKeyLength + MaxPrefixLength || (word.Length > 1 && !HasKeyEnding(word)))
        {
            return false;
        }

        if (TryFind(word, out entry))
        {
            return true;
        }

        // 2. Conjunction, then preposition: و/ف + ب/ل/ك.
        int offset = 0;
        if (word[0] is '\u0648' or '\u0641' && word.Length > 2) // و ف
        {
            offset = 1;
            if (TryFind(word.Slice(1), out entry) && Accepts(entry, proclitic: true))
            {
                stemOffset = 1;
                return true;
            }
        }

        if (word.Length > offset + 2 && word[offset] is '\u0628' or '\u0644' or '\u0643') // ب ل ك
        {
            if (TryFind(word.Slice(offset + 1), out entry) && Accepts(entry, proclitic: true))
            {
                stemOffset = offset + 1;
                return true;
            }

            // 3. The لل contraction: ل + ال with the alef dropped.
            if (word[offset] == '\u0644' && word[offset + 1] == '\u0644' && word.Length - offset - 2 <= MaxKeyLength - 2)
            {
                Span<char> expanded = stackalloc char[MaxKeyLength];
                expanded[0] = '\u0627'; // ا
                word.Slice(offset + 1).CopyTo(expanded.Slice(1));
                if (TryFind(expanded.Slice(0, word.Length - offset), out entry) && Accepts(entry, proclitic: true))
                {
                    stemOffset = offset + 2;
                    return true;
                }
            }
        }

        // 4. A temporal preposition glued to a month name by a missing space.
        if (word.Length < 4 || !HasEnding(MonthEndings, word))
        {
            entry = default;
            return false;
        }

        for (int conjunction = 0; conjunction <= offset; conjunction++)
        {
            ReadOnlySpan<char> rest = word.Slice(conjunction);
            if (rest.Length < 4 || !MayStartGluedPreposition(rest[0]))
            {
                continue; // the shortest split is a two-letter preposition and a two-letter month (فياب)
            }

            foreach (string preposition in DateKeywords.GluedPrepositions)
            {
                if (rest.Length > preposition.Length + 1
                    && rest.StartsWith(preposition, StringComparison.Ordinal)
                    && TryFind(rest.Slice(preposition.Length), out entry)
                    && entry.IsMonthStart)
                {
                    stemOffset = conjunction + preposition.Length;
                    return true;
                }
            }
        }

        entry = default;
        return false;
    }

    /// <summary>
    /// Enumerates every word <see cref="TryLookup"/> may find: each key as it is, behind a conjunction and a preposition,
    /// with the لل contraction, and, for month names, behind a glued temporal preposition. Some of them it rejects
    /// (<c>وو</c>: the glue words take no proclitic).
    /// </summary>
    /// <returns>The spellings, some more than once.</returns>
    public static IEnumerable<string> Spellings()
    {
        foreach (string? key in Keys)
        {
            if (key is null)
            {
                continue;
            }

            bool monthStart = TryFind(key, out DateWord entry) && entry.IsMonthStart;
            foreach (string conjunction in (string[])["", "\u0648", "\u0641"]) // و ف
            {
                yield return conjunction + key;
                foreach (string preposition in (string[])["\u0628", "\u0644", "\u0643"]) // ب ل ك
                {
                    yield return conjunction + preposition + key;
                }

                if (key.StartsWith("\u0627\u0644", StringComparison.Ordinal)) // ال
                {
                    yield return conjunction + "\u0644\u0644" + key[2..]; // لل
                }

                if (monthStart)
                {
                    foreach (string preposition in DateKeywords.GluedPrepositions)
                    {
                        yield return conjunction + preposition + key;
                    }
                }
            }
        }
    }

    /// <summary>Looks up a word exactly as it is, with no prefix stripped.</summary>
    /// <param name="word">The word.</param>
    /// <param name="entry">What the lexicon knows about it.</param>
    /// <returns><see langword="true"/> when the word is a key.</returns>
    public static bool TryFind(ReadOnlySpan<char> word, out DateWord entry)
    {
        if (word.Length <= MaxKeyLength && !word.IsEmpty && HasKeyStart(word))
        {
            for (int slot = (int)WordHash.Of(word) & (Capacity - 1); Keys[slot] is { } key; slot = (slot + 1) & (Capacity - 1))
            {
                if (word.SequenceEqual(key))
                {
                    entry = Values[slot];
                    return true;
                }
            }
        }

        entry = default;
        return false;
    }

    // The first letters of DateKeywords.GluedPrepositions: ف ب ق م ح خ ا ن (a quick filter before trying them all).
    private static bool MayStartGluedPreposition(char c) =>
        c is '\u0641' or '\u0628' or '\u0642' or '\u0645' or '\u062D' or '\u062E' or '\u0627' or '\u0646';

    // Which words may carry a glued proclitic: not the one-letter glue words themselves.
    private static bool Accepts(DateWord entry, bool proclitic) =>
        !proclitic || entry.Kind is not (DateWordKind.And or DateWordKind.GregorianEra or DateWordKind.HijriEra or DateWordKind.MonthSecondWord);

    private static int Ending(ReadOnlySpan<char> word) => ((word[^1] & 0x3F) << 6) | (word[^2] & 0x3F);

    private static int Start(ReadOnlySpan<char> word) => ((word[0] & 0x3F) << 5) | Math.Min(word.Length, 31);

    private static bool HasKeyStart(ReadOnlySpan<char> word)
    {
        int start = Start(word);
        return (Starts[start >> 6] & (1UL << start)) != 0;
    }

    private static bool HasKeyEnding(ReadOnlySpan<char> word) => HasEnding(Endings, word);

    private static bool HasEnding(ulong[] endings, ReadOnlySpan<char> word)
    {
        int ending = Ending(word);
        return (endings[ending >> 6] & (1UL << ending)) != 0;
    }

    private static int Build()
    {
        int max = 0;
        foreach ((string word, int month, DateWordFlags flags) in MonthNames.OneWord)
        {
            Add(word, new DateWord(DateWordKind.GregorianMonth, (byte)month, flags), ref max);
        }

        foreach ((string word, MonthGroup group) in MonthNames.FirstWords)
        {
            Add(word, new DateWord(DateWordKind.MonthFirstWord, (byte)group), ref max);
        }

        foreach ((string word, MonthOrdinal ordinal) in MonthNames.SecondWords)
        {
            Add(word, new DateWord(DateWordKind.MonthSecondWord, (byte)ordinal), ref max);
        }

        foreach ((string word, int month, DateWordFlags flags) in HijriMonths.OneWord)
        {
            Add(word, new DateWord(DateWordKind.HijriMonth, (byte)month, flags), ref max);
        }

        foreach ((string word, DayOfWeek day, DateWordFlags flags) in WeekdayNames.All)
        {
            Add(word, new DateWord(DateWordKind.Weekday, (byte)day, flags), ref max);
        }

        foreach ((string word, DateWordKind kind, DateWordFlags flags) in DateKeywords.All)
        {
            Add(word, new DateWord(kind, 0, flags), ref max);
        }

        return max;
    }

    private static void Add(string word, DateWord entry, ref int max)
    {
        int slot = (int)WordHash.Of(word) & (Capacity - 1);
        while (Keys[slot] is { } key)
        {
            if (string.Equals(key, word, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Duplicate date word: " + word);
            }

            slot = (slot + 1) & (Capacity - 1);
        }

        Keys[slot] = word;
        Values[slot] = entry;
        int start = Start(word);
        Starts[start >> 6] |= 1UL << start;
        if (word.Length > 1)
        {
            int ending = Ending(word);
            Endings[ending >> 6] |= 1UL << ending;
            if (entry.IsMonthStart)
            {
                MonthEndings[ending >> 6] |= 1UL << ending;
            }
        }

        max = Math.Max(max, word.Length);
    }
}
