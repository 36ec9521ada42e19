using System;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// The hash of the parser's open-addressing tables (word sets, the date lexicon, the substring cache): 32-bit FNV-1a
/// over the UTF-16 code units, its high bits folded into the low ones that pick a slot. Not seeded per process, so
/// the tables' layout, and what they allocate, is the same in every run.
/// </summary>
internal static class WordHash
{
    /// <summary>Hashes <paramref name="word"/>.</summary>
    /// <param name="word">The characters.</param>
    /// <returns>The hash; mask its low bits for a slot.</returns>
    public static uint Of(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash ^ (hash >> 15);
    }
}
