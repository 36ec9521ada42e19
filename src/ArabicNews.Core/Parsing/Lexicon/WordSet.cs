using System;
using System.Linq;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// An immutable set of words that answers <see cref="Contains"/> for a span of Search-normalized text without
/// allocating (a sorted array searched with ordinal comparison, so it behaves the same on every target framework).
/// </summary>
/// <remarks>
/// Entries are normalized with <see cref="NormalizationOptions.Search"/> when the set is built, so tables can be
/// written in ordinary Arabic spelling (رئيس, الدائرة, مؤكداً) and always agree with the text they are matched against.
/// </remarks>
internal sealed class WordSet
{
    private readonly string[] _words;

    /// <summary>Creates a set.</summary>
    /// <param name="words">The words, in any spelling the Search preset folds.</param>
    public WordSet(params string[] words)
    {
        _words = words.Select(static w => ArabicNormalizer.Normalize(w)).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(_words, StringComparer.Ordinal);
    }

    /// <summary>Returns whether <paramref name="word"/> is in the set.</summary>
    /// <param name="word">The word to look up.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ReadOnlySpan<char> word)
    {
        int lo = 0;
        int hi = _words.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int cmp = word.SequenceCompareTo(_words[mid]);
            if (cmp == 0)
            {
                return true;
            }

            if (cmp < 0)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns whether <paramref name="word"/> is in the set as written or after stripping one of the conjunctions
    /// و or ف glued to its front.
    /// </summary>
    /// <param name="word">The word to look up.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsWithConjunction(ReadOnlySpan<char> word) =>
        Contains(word) || (word.Length > 2 && word[0] is '\u0648' or '\u0641' && Contains(word[1..]));
}
