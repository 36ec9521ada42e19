using System;
using System.Collections.Generic;
using System.Linq;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// Classifies a word of normalized text for the date scanner with one look-up: every spelling the
/// <see cref="DateLexicon"/> finds (prefixes included), every counting word and the nouns of the week, each with its
/// <see cref="DateWordClass"/> computed once, when the table is built.
/// </summary>
/// <remarks>
/// <para>
/// Most words of a text are none of these, and the scanner tries no expression at them. The lexicon's own look-up
/// tries a word as it is, then without each proclitic it may carry, hashing each form; the counting words are
/// compared one by one. Here every spelling is a key of its own, so the scanner hashes each word once, from a few of
/// its characters and its length, and an ordinary word almost always meets an empty slot.
/// </para>
/// <para>
/// The classes are those of <see cref="DateLexicon.TryLookup"/>, <see cref="DayOrdinals"/> and <see cref="NumberWords"/>
/// themselves, asked about each spelling at build time. The table is immutable after construction and thread-safe.
/// </para>
/// </remarks>
internal static class DateWordTable
{
    private const int SlotBits = 14; // 16,384 slots, over three times the number of spellings
    private const int Capacity = 1 << SlotBits;
    private const string WeekNoun = "\u0627\u0644\u0627\u0633\u0628\u0648\u0639"; // الاسبوع
    private const string BareWeekNoun = "\u0627\u0633\u0628\u0648\u0639"; // اسبوع

    // Per slot, 16 bits of its spelling's hash (Check) above the index of its entry plus one; 0 marks an empty slot.
    // Filled by Build, so declared before Entries.
    private static readonly uint[] Slots = new uint[Capacity];
    private static readonly (string Word, DateWordClass Class)[] Entries = Build();
    private static readonly int MaxLength = Entries.Max(entry => entry.Word.Length);

    /// <summary>Gets the number of spellings the table holds.</summary>
    public static int Count => Entries.Length;

    /// <summary>Classifies a word.</summary>
    /// <param name="word">The word (a run of letters) in normalized text.</param>
    /// <returns>Its class; the default (<see cref="DateWordClass.IsNone"/>) for a word no date expression starts at.</returns>
    public static DateWordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return default;
        }

        ulong hash = Hash(word);
        uint check = Check(hash);
        for (int slot = Slot(hash); Slots[slot] is var content and not 0; slot = (slot + 1) & (Capacity - 1))
        {
            if (content >> 16 == check)
            {
                (string spelling, DateWordClass found) = Entries[(int)(content & 0xFFFF) - 1];
                if (word.SequenceEqual(spelling))
                {
                    return found;
                }
            }
        }

        return default;
    }

    // The first, middle, second-to-last and last characters and the length, mixed by one multiplication: a handful of
    // instructions whatever the word's length. Its top bits pick the slot and 16 of the others check it, so that a word
    // outside the table that meets an occupied slot is rejected without reading the entry.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        int length = word.Length;
        ulong key = word[0] | ((ulong)word[Math.Max(length - 2, 0)] << 16) | ((ulong)word[length >> 1] << 32) | ((ulong)word[length - 1] << 48);
        return (key * 0x9E3779B97F4A7C15UL) ^ ((ulong)length * 0xC2B2AE3D27D4EB4FUL);
    }

    private static int Slot(ulong hash) => (int)(hash >> (64 - SlotBits));

    private static uint Check(ulong hash) => (uint)(hash >> 24) & 0xFFFF;

    private static bool IsCounting(string word) =>
        DayOrdinals.Unit(word, out _) != 0
        || DayOrdinals.Nth(word) != 0
        || word is "\u0627\u0644\u0646\u0635\u0641" or "\u0627\u0644\u0631\u0628\u0639" // النصف الربع
        || NumberWords.Value(word, out _) != 0;

    private static (string Word, DateWordClass Class)[] Build()
    {
        var entries = new List<(string Word, DateWordClass Class)>(8192);
        foreach (string spelling in DateLexicon.Spellings())
        {
            if (DateLexicon.TryLookup(spelling, out DateWord word, out int stemOffset))
            {
                bool mayStart = DateScanner.MayStartAt(word, stemOffset, spelling);
                Add(entries, spelling, new DateWordClass(word, (byte)stemOffset, IsCounting: false, IsWeekNoun: false, mayStart));
            }
        }

        foreach (string spelling in CountingWords.Spellings())
        {
            if (IsCounting(spelling))
            {
                Add(entries, spelling, new DateWordClass(default, 0, IsCounting: true, IsWeekNoun: false, WordMayStart: false));
            }
        }

        Add(entries, WeekNoun, new DateWordClass(default, 0, IsCounting: false, IsWeekNoun: true, WordMayStart: false));
        Add(entries, BareWeekNoun, new DateWordClass(default, 0, IsCounting: false, IsWeekNoun: true, WordMayStart: false));
        return [.. entries];
    }

    // Adds a spelling, or merges what it is into the class it already has (الاول is a month's second word and an ordinal).
    private static void Add(List<(string Word, DateWordClass Class)> entries, string spelling, DateWordClass added)
    {
        ulong hash = Hash(spelling);
        int slot = Slot(hash);
        while (Slots[slot] is var content and not 0)
        {
            int index = (int)(content & 0xFFFF) - 1;
            if (string.Equals(entries[index].Word, spelling, StringComparison.Ordinal))
            {
                DateWordClass known = entries[index].Class;
                entries[index] = (spelling, new DateWordClass(
                    known.Word.Kind != DateWordKind.None ? known.Word : added.Word,
                    known.Word.Kind != DateWordKind.None ? known.StemOffset : added.StemOffset,
                    known.IsCounting || added.IsCounting,
                    known.IsWeekNoun || added.IsWeekNoun,
                    known.WordMayStart || added.WordMayStart));
                return;
            }

            slot = (slot + 1) & (Capacity - 1);
        }

        entries.Add((spelling, added));
        Slots[slot] = (Check(hash) << 16) | checked((ushort)entries.Count);
    }
}
