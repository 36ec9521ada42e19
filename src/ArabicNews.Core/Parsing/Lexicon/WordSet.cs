using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// An immutable set of words that answers <see cref="Contains"/> for a span of Search-normalized text in constant
/// time without allocating (open addressing over an FNV-1a hash of the characters, so it behaves the same on every
/// target framework).
/// </summary>
/// <remarks>
/// Entries are normalized with <see cref="NormalizationOptions.Search"/> when the set is built, so tables can be
/// written in ordinary Arabic spelling (رئيس, الدائرة, مؤكداً) and always agree with the text they are matched
/// against. Immutable and thread-safe.
/// </remarks>
internal sealed class WordSet
{
    private readonly string?[] _slots;
    private readonly int _mask;
    private readonly int _minLength;
    private readonly int _maxLength;

    /// <summary>Creates a set that <see cref="TokenLexicon"/> does not classify tokens by.</summary>
    /// <param name="words">The words, in any spelling the Search preset folds.</param>
    public WordSet(params string[] words)
        : this(WordClass.None, words)
    {
    }

    /// <summary>Creates a set whose words <see cref="TokenLexicon"/> marks with <paramref name="class"/>.</summary>
    /// <param name="class">The set's bit, or <see cref="WordClass.None"/>.</param>
    /// <param name="words">The words, in any spelling the Search preset folds.</param>
    public WordSet(WordClass @class, params string[] words)
    {
        Class = @class;
        string[] normalized = words.Select(static w => ArabicNormalizer.Normalize(w)).Distinct(StringComparer.Ordinal).ToArray();
        Words = normalized;
        int capacity = 4;
        while (capacity < normalized.Length * 2)
        {
            capacity <<= 1;
        }

        _slots = new string?[capacity];
        _mask = capacity - 1;
        _minLength = normalized.Length == 0 ? 1 : normalized.Min(static w => w.Length);
        _maxLength = normalized.Length == 0 ? 0 : normalized.Max(static w => w.Length);
        foreach (string word in normalized)
        {
            int slot = (int)WordHash.Of(word) & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = word;
        }
    }

    /// <summary>Gets the bit that marks the set's words on every token (<see cref="Token.Classes"/>), or <see cref="WordClass.None"/>.</summary>
    public WordClass Class { get; }

    /// <summary>Gets the set's words, normalized, each once.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Returns whether <paramref name="word"/> is in the set.</summary>
    /// <param name="word">The word to look up.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < _minLength || word.Length > _maxLength)
        {
            return false;
        }

        for (int slot = (int)WordHash.Of(word) & _mask; _slots[slot] is { } entry; slot = (slot + 1) & _mask)
        {
            if (word.SequenceEqual(entry))
            {
                return true;
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
        Contains(word) || (HasGluedConjunction(word) && Contains(word[1..]));

    /// <summary>Returns whether <paramref name="word"/> may carry a glued و or ف that <see cref="ContainsWithConjunction"/> strips.</summary>
    /// <param name="word">The word.</param>
    /// <returns><see langword="true"/> when the word is longer than two letters and starts with و or ف.</returns>
    public static bool HasGluedConjunction(ReadOnlySpan<char> word) => word.Length > 2 && word[0] is '\u0648' or '\u0641';

}
