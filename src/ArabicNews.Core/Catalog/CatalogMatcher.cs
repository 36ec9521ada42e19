using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArabicNews.Core.Catalog.CompilerServices;
using ArabicNews.Core.Catalog.Matching;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Catalog;

/// <summary>Finds catalog names (aliases, demonyms, role titles) in normalized Arabic text.</summary>
/// <remarks>
/// <para>
/// Immutable and thread-safe. The text must already be normalized with <see cref="NormalizationOptions.Search"/>.
/// A token is a maximal run of letters, digits and combining marks. A name matches whole tokens only; the tokens
/// of a multi-word name may be separated by white space and hyphens or dashes (- ‐ ‑ ‒ – —), never by other
/// punctuation. Latin names match ordinally ignoring case.
/// </para>
/// <para>
/// At each token the longest name wins (most tokens, then most characters); matches do not overlap and are
/// reported left to right. A name may carry glued proclitics: the bare token is tried first, then without و/ف,
/// then without ب/ل/ك (after an optional و/ف), then without ال (after those), and the contraction لل (ل + ال)
/// also matches names that start with ال. What is left after stripping has at least two letters.
/// </para>
/// <para>
/// A role title resolves to the holder whose period contains the date (from inclusive, to exclusive); without a
/// date, to the current holder (open-ended period), else the latest one. A title with no holder on the date is
/// still reported, with a <see langword="null"/> entity.
/// </para>
/// <para>The lookups hash token spans into generated tables, so a call allocates nothing beyond growing the results list.</para>
/// </remarks>
public sealed class CatalogMatcher
{
    private const byte KindMask = 0x03;
    private const byte PrefixOnly = 0x03;
    private const byte ContinuesFlag = 0x80;
    private const int MaxStrip = 4; // و + ب + ال

    private readonly EntityStore _entities;
    private readonly PinnedTable<int> _slots;
    private readonly PinnedTable<int> _keyHashes;
    private readonly PinnedTable<int> _keyOffsets;
    private readonly string _keyChars;
    private readonly PinnedTable<byte> _keyKinds;
    private readonly PinnedTable<int> _keyTargets;
    private readonly PinnedTable<int> _roleOffsets;
    private readonly PinnedTable<int> _roleHolders;
    private readonly PinnedTable<int> _roleDefaults;
    private readonly PinnedTable<byte> _filter;
    private readonly int _maxTokens;
    private readonly int _mask;

    // Whether some key's first token has two characters (a reading keeps at least two: see TailLengths).
    private readonly bool _hasTwoCharKeys;

    /// <summary>Creates a matcher over the tables, read in place or copied.</summary>
    /// <param name="entities">The entities the tables refer to.</param>
    /// <param name="tables">The tables.</param>
    /// <param name="builtIn">
    /// Whether the tables are the built-in catalog's generated constants, which this assembly reads in place and does
    /// not validate (they were computed when it was built, by the code the run-time builder uses; a test compares
    /// them with validated tables); other tables are copied and validated.
    /// </param>
    /// <exception cref="ArgumentException">The tables are inconsistent.</exception>
    internal CatalogMatcher(EntityStore entities, in CatalogMatcherTables tables, bool builtIn)
    {
        _entities = entities;
        _slots = PinnedTable<int>.Create(tables.Slots, builtIn);
        _keyHashes = PinnedTable<int>.Create(tables.KeyHashes, builtIn);
        _keyOffsets = PinnedTable<int>.Create(tables.KeyOffsets, builtIn);
        _keyChars = tables.KeyChars;
        _keyKinds = PinnedTable<byte>.Create(tables.KeyKinds, builtIn);
        _keyTargets = PinnedTable<int>.Create(tables.KeyTargets, builtIn);
        _roleOffsets = PinnedTable<int>.Create(tables.RoleOffsets, builtIn);
        _roleHolders = PinnedTable<int>.Create(tables.RoleHolders, builtIn);
        _roleDefaults = PinnedTable<int>.Create(tables.RoleDefaults, builtIn);
        _filter = PinnedTable<byte>.Create(tables.FirstTokenFilter, builtIn);
        if (!builtIn)
        {
            Validate(nameof(tables));
        }

        _maxTokens = Math.Min(tables.MaxTokens, CatalogKeyRules.MaxKeyTokens);
        _mask = _slots.Length - 1;
        for (int bucket = 0; bucket < MatcherFilters.TailBuckets && !_hasTwoCharKeys; bucket++)
        {
            _hasTwoCharKeys = (FilterWord(MatcherFilters.TailOffset, bucket) & MatcherFilters.LengthBit(2)) != 0;
        }
    }

    /// <summary>Gets the number of keys (aliases, demonyms and role titles, after normalization) the matcher knows.</summary>
    public int KeyCount
    {
        get
        {
            int count = 0;
            foreach (byte kind in _keyKinds.Span)
            {
                if ((kind & KindMask) != PrefixOnly)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Finds the catalog names in <paramref name="normalizedText"/> and appends them to <paramref name="results"/> in text order.</summary>
    /// <param name="normalizedText">Text normalized with <see cref="NormalizationOptions.Search"/>.</param>
    /// <param name="asOf">The date role titles are resolved against, or <see langword="null"/> for the current holders.</param>
    /// <param name="results">The list the matches are appended to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    [SuppressMessage("Design", "CA1002:Do not expose generic lists", Justification = "The caller owns and reuses a pre-sized list so that matching allocates nothing.")]
    public void FindMatches(ReadOnlySpan<char> normalizedText, DateOnly? asOf, List<CatalogMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int dayNumber = asOf?.DayNumber ?? 0;
        bool hasDate = asOf.HasValue;
        Span<int> tokenBounds = stackalloc int[CatalogKeyRules.MaxKeyTokens * 2];
        var scanner = new TokenScanner(normalizedText);
        int next = 0;
        while (scanner.TryNext(next, out int position, out int tokenEnd))
        {
            next = tokenEnd;

            // One lookup rejects almost every token: no key's first token ends in these two characters with a
            // length any proclitic reading of this token could have.
            int tokenLength = tokenEnd - position;
            ulong lengths = TailLengths(MatcherFilters.TailOffset, normalizedText, tokenEnd, tokenLength);
            int shortest = Math.Max(1, tokenLength - MaxStrip);
            if (tokenLength < 63 && ((lengths >> shortest) & ((2UL << (tokenLength - shortest)) - 1)) == 0)
            {
                continue;
            }

            var best = default(Candidate);
            MatchToken(normalizedText, position, tokenEnd, lengths, tokenBounds, ref best);
            if (best.Tokens > 0)
            {
                results.Add(CreateMatch(best, hasDate, dayNumber));
                next = best.End;
            }
        }
    }

    /// <summary>Looks up one name (already split into a key) and returns its key index, or -1.</summary>
    internal int FindKey(ReadOnlySpan<char> normalizedName)
    {
        Span<int> tokenBounds = stackalloc int[CatalogKeyRules.MaxKeyTokens * 2];
        int start = 0;
        while (start < normalizedName.Length && !CatalogKeyRules.IsTokenChar(normalizedName[start]))
        {
            start++;
        }

        if (start == normalizedName.Length)
        {
            return -1;
        }

        int end = start + 1;
        while (end < normalizedName.Length && CatalogKeyRules.IsTokenChar(normalizedName[end]))
        {
            end++;
        }

        var best = default(Candidate);
        TryVariant(normalizedName, start, end, 0, virtualAlef: false, ulong.MaxValue, tokenBounds, ref best);
        if (best.Tokens == 0)
        {
            return -1;
        }

        // The whole name must have been consumed (only trailing separators may remain).
        for (int i = best.End; i < normalizedName.Length; i++)
        {
            if (CatalogKeyRules.IsTokenChar(normalizedName[i]))
            {
                return -1;
            }
        }

        return best.Key;
    }

    /// <summary>Resolves a key index to its entity (role titles to the current holder).</summary>
    internal Entity? GetKeyEntity(int key)
    {
        var candidate = new Candidate(key, 1, 0, 0, 0);
        return CreateMatch(candidate, hasDate: false, 0).Entity;
    }

    /// <summary>Appends every holder of the role title <paramref name="key"/> with its period (first day, first day after; <see cref="DateOnly.DayNumber"/>, open bounds <see cref="int.MinValue"/> and <see cref="int.MaxValue"/>); nothing for other keys.</summary>
    internal void GetRoleHolders(int key, List<(Entity Holder, int From, int To)> holders)
    {
        if ((uint)key >= (uint)_keyKinds.Length || (_keyKinds[key] & KindMask) != (int)CatalogMatchKind.Role)
        {
            return;
        }

        int group = _keyTargets[key];
        for (int i = _roleOffsets[group] * 3; i < _roleOffsets[group + 1] * 3; i += 3)
        {
            holders.Add((_entities[_roleHolders[i]], _roleHolders[i + 1], _roleHolders[i + 2]));
        }
    }

    /// <summary>Checks that the tables are consistent with each other and with the entities.</summary>
    /// <param name="paramName">The parameter the tables came from.</param>
    /// <exception cref="ArgumentException">The tables are inconsistent.</exception>
    private void Validate(string paramName)
    {
        ArgumentNullException.ThrowIfNull(_keyChars, paramName);
        int keys = _keyHashes.Length;
        int entityCount = _entities.Count;
        if (_slots.Length == 0 || (_slots.Length & (_slots.Length - 1)) != 0 || _slots.Length <= keys)
        {
            throw new ArgumentException("The slot table length must be a power of two larger than the key count.", paramName);
        }

        if (_keyOffsets.Length != keys + 1 || _keyKinds.Length != keys || _keyTargets.Length != keys
            || _keyOffsets[keys] != _keyChars.Length || _filter.Length != MatcherFilters.Length
            || _roleOffsets.Length != _roleDefaults.Length + 1
            || _roleOffsets[_roleOffsets.Length - 1] * 3 != _roleHolders.Length)
        {
            throw new ArgumentException("The matcher tables are inconsistent.", paramName);
        }

        if (_slots.Span.IndexOfAnyExceptInRange(0, keys) >= 0)
        {
            throw new ArgumentException("A slot refers to a key that does not exist.", paramName);
        }

        for (int key = 0; key < keys; key++)
        {
            int kind = _keyKinds[key] & KindMask;
            int target = _keyTargets[key];
            bool valid = kind switch
            {
                PrefixOnly => true,
                (int)CatalogMatchKind.Role => (uint)target < (uint)_roleDefaults.Length,
                _ => (uint)target < (uint)entityCount,
            };
            if (!valid || _keyOffsets[key] > _keyOffsets[key + 1])
            {
                throw new ArgumentException("A key refers to an entity or role that does not exist.", paramName);
            }
        }

        for (int i = 0; i < _roleHolders.Length; i += 3)
        {
            if ((uint)_roleHolders[i] >= (uint)entityCount)
            {
                throw new ArgumentException("A role holder refers to an entity that does not exist.", paramName);
            }
        }
    }

    private CatalogMatch CreateMatch(in Candidate best, bool hasDate, int dayNumber)
    {
        int kind = _keyKinds[best.Key] & KindMask;
        int target = _keyTargets[best.Key];
        Entity? entity = kind == (int)CatalogMatchKind.Role ? ResolveRole(target, hasDate, dayNumber) : _entities[target];
        return new CatalogMatch(best.NameStart, best.End - best.NameStart, best.ProcliticLength, entity, (CatalogMatchKind)kind);
    }

    private Entity? ResolveRole(int group, bool hasDate, int dayNumber)
    {
        if (!hasDate)
        {
            int holder = _roleDefaults[group];
            return holder < 0 ? null : _entities[holder];
        }

        for (int i = _roleOffsets[group] * 3; i < _roleOffsets[group + 1] * 3; i += 3)
        {
            if (_roleHolders[i + 1] <= dayNumber && dayNumber < _roleHolders[i + 2])
            {
                return _entities[_roleHolders[i]];
            }
        }

        return null;
    }

    /// <summary>Tries the bare token and every proclitic reading of it, keeping the best candidate.</summary>
    private void MatchToken(ReadOnlySpan<char> text, int start, int end, ulong lengths, Span<int> tokenBounds, ref Candidate best)
    {
        int tokenLength = end - start;
        TryVariant(text, start, end, 0, virtualAlef: false, lengths, tokenBounds, ref best);
        if (tokenLength < 3)
        {
            // Stripping anything would leave fewer than two letters.
            return;
        }

        if (best.Tokens > 0)
        {
            // The bare token matched: a proclitic reading has fewer characters, so it only wins with more tokens.
            lengths &= TailLengths(MatcherFilters.MultiWordTailOffset, text, end, tokenLength);
            if (lengths == 0)
            {
                return;
            }
        }

        char first = text[start];
        int conjunction = first is ArabicLetters.Waw or ArabicLetters.Feh ? 1 : 0;
        if (conjunction == 1)
        {
            TryVariant(text, start, end, 1, virtualAlef: false, lengths, tokenBounds, ref best);
        }

        int preposition = 0;
        for (int c = 0; c <= conjunction; c++)
        {
            char letter = text[start + c];
            if (letter is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf)
            {
                TryVariant(text, start, end, c + 1, virtualAlef: false, lengths, tokenBounds, ref best);
                if (letter == ArabicLetters.Lam && start + c + 1 < end && text[start + c + 1] == ArabicLetters.Lam)
                {
                    // لل = ل + ال with the alef elided: read the second lam as the article of a name starting with ال.
                    TryVariant(text, start, end, c + 1, virtualAlef: true, lengths, tokenBounds, ref best);
                }

                if (c == conjunction)
                {
                    preposition = 1;
                }
            }
        }

        TryArticle(text, start, end, 0, lengths, tokenBounds, ref best);
        if (conjunction == 1)
        {
            TryArticle(text, start, end, 1, lengths, tokenBounds, ref best);
        }

        if (preposition == 1)
        {
            TryArticle(text, start, end, conjunction + 1, lengths, tokenBounds, ref best);
        }
    }

    private void TryArticle(ReadOnlySpan<char> text, int start, int end, int skip, ulong lengths, Span<int> tokenBounds, ref Candidate best)
    {
        int at = start + skip;
        if (at + 1 < end && text[at] == ArabicLetters.Alef && text[at + 1] == ArabicLetters.Lam)
        {
            TryVariant(text, start, end, skip + 2, virtualAlef: false, lengths, tokenBounds, ref best);
        }
    }

    /// <summary>Matches the longest key starting at the token read with <paramref name="skip"/> proclitic characters removed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void TryVariant(ReadOnlySpan<char> text, int start, int end, int skip, bool virtualAlef, ulong lengths, Span<int> tokenBounds, ref Candidate best)
    {
        int remainder = end - start - skip;
        if ((skip > 0 && remainder < 2) || (virtualAlef && remainder < 3)
            || (lengths & MatcherFilters.LengthBit(remainder + (virtualAlef ? 1 : 0))) == 0)
        {
            // Too short once stripped, or no key's first token has this length and these last two characters.
            return;
        }

        MatchFrom(text, start + skip, end, skip, virtualAlef, tokenBounds, ref best);
    }

    /// <summary>Matches the longest key starting at <paramref name="nameStart"/> (the token read without <paramref name="skip"/> proclitic characters).</summary>
    private void MatchFrom(ReadOnlySpan<char> text, int nameStart, int end, int skip, bool virtualAlef, Span<int> tokenBounds, ref Candidate best)
    {
        int keyLength = end - nameStart + (virtualAlef ? 1 : 0);
        char firstChar = virtualAlef ? ArabicLetters.Alef : CatalogKeyRules.FoldCase(text[nameStart]);
        int bit = CatalogKeyRules.FilterIndex(firstChar, CatalogKeyRules.FoldCase(text[end - 1]), keyLength);
        if (!HasFilterBit((MatcherFilters.FirstTokenOffset * 8) + bit))
        {
            return;
        }

        uint hash = CatalogKeyRules.HashSeed;
        if (virtualAlef)
        {
            hash = CatalogKeyRules.Step(hash, ArabicLetters.Alef);
        }

        for (int i = nameStart; i < end; i++)
        {
            hash = CatalogKeyRules.Step(hash, CatalogKeyRules.FoldCase(text[i]));
        }

        tokenBounds[0] = nameStart;
        tokenBounds[1] = end;
        int tokens = 1;
        int tokenEnd = end;
        while (true)
        {
            int key = Lookup(hash, keyLength, text, tokenBounds, tokens, virtualAlef);
            if (key < 0)
            {
                return;
            }

            byte kind = _keyKinds[key];
            if ((kind & KindMask) != PrefixOnly
                && (tokens > best.Tokens || (tokens == best.Tokens && tokenEnd - nameStart > best.End - best.NameStart)))
            {
                best = new Candidate(key, tokens, nameStart, tokenEnd, skip);
            }

            if ((kind & ContinuesFlag) == 0 || tokens == _maxTokens)
            {
                return;
            }

            // Extend to the next token across joiners (white space, hyphens, dashes) only.
            int next = tokenEnd;
            while (next < text.Length && CatalogKeyRules.IsJoiner(text[next]))
            {
                next++;
            }

            if (next == tokenEnd || next == text.Length || !CatalogKeyRules.IsTokenChar(text[next]))
            {
                return;
            }

            int nextEnd = next + 1;
            while (nextEnd < text.Length && CatalogKeyRules.IsTokenChar(text[nextEnd]))
            {
                nextEnd++;
            }

            int extendedLength = keyLength + 1 + (nextEnd - next);
            if (extendedLength < MatcherFilters.KeyLengthBits && !HasFilterBit((MatcherFilters.KeyLengthsOffset * 8) + extendedLength))
            {
                // No key (or key prefix) has that many characters.
                return;
            }

            hash = CatalogKeyRules.Step(hash, CatalogKeyRules.TokenSeparator);
            for (int i = next; i < nextEnd; i++)
            {
                hash = CatalogKeyRules.Step(hash, CatalogKeyRules.FoldCase(text[i]));
            }

            keyLength += 1 + (nextEnd - next);
            tokenBounds[tokens * 2] = next;
            tokenBounds[(tokens * 2) + 1] = nextEnd;
            tokens++;
            tokenEnd = nextEnd;
        }
    }

    /// <summary>The first-token lengths a key could have for a token ending at <paramref name="end"/> (a superset), from the tail filter at <paramref name="filterOffset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong TailLengths(int filterOffset, ReadOnlySpan<char> text, int end, int tokenLength)
    {
        char last = CatalogKeyRules.FoldCase(text[end - 1]);
        if (tokenLength == 1)
        {
            return FilterWord(filterOffset, MatcherFilters.TailBucket(last, '\0', '\0'));
        }

        char previous = CatalogKeyRules.FoldCase(text[end - 2]);
        if (tokenLength == 2)
        {
            return FilterWord(filterOffset, MatcherFilters.TailBucket(last, previous, '\0'));
        }

        // A reading keeps at least two characters: two-character keys live in their own bucket.
        ulong lengths = FilterWord(filterOffset, MatcherFilters.TailBucket(last, previous, CatalogKeyRules.FoldCase(text[end - 3])));
        return _hasTwoCharKeys
            ? lengths | (FilterWord(filterOffset, MatcherFilters.TailBucket(last, previous, '\0')) & MatcherFilters.LengthBit(2))
            : lengths;
    }

    /// <summary>Reads the 64 bits of a tail bucket (little-endian) from the tail filter at <paramref name="filterOffset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong FilterWord(int filterOffset, int bucket) =>
        BinaryPrimitives.ReadUInt64LittleEndian(_filter.Span.Slice(filterOffset + (bucket * sizeof(ulong)), sizeof(ulong)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool HasFilterBit(int bit) => (_filter[bit >> 3] & (1 << (bit & 7))) != 0;

    /// <summary>Finds the key with this hash and length whose characters equal the tokens read so far, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Lookup(uint hash, int keyLength, ReadOnlySpan<char> text, ReadOnlySpan<int> tokenBounds, int tokens, bool virtualAlef)
    {
        int slot = (int)hash & _mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            int key = entry - 1;
            if (_keyHashes[key] == (int)hash && _keyOffsets[key + 1] - _keyOffsets[key] == keyLength
                && KeyEquals(_keyChars.AsSpan(_keyOffsets[key], keyLength), text, tokenBounds, tokens, virtualAlef))
            {
                return key;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private static bool KeyEquals(ReadOnlySpan<char> key, ReadOnlySpan<char> text, ReadOnlySpan<int> tokenBounds, int tokens, bool virtualAlef)
    {
        if (tokens == 1 && !virtualAlef && text.Slice(tokenBounds[0], key.Length).SequenceEqual(key))
        {
            // The common case: one token, already in key form (Arabic has no case to fold).
            return true;
        }

        int k = 0;
        if (virtualAlef)
        {
            if (key[0] != ArabicLetters.Alef)
            {
                return false;
            }

            k = 1;
        }

        for (int t = 0; t < tokens; t++)
        {
            if (t > 0)
            {
                if (key[k] != CatalogKeyRules.TokenSeparator)
                {
                    return false;
                }

                k++;
            }

            for (int i = tokenBounds[t * 2]; i < tokenBounds[(t * 2) + 1]; i++)
            {
                if (key[k] != CatalogKeyRules.FoldCase(text[i]))
                {
                    return false;
                }

                k++;
            }
        }

        return k == key.Length;
    }

    /// <summary>The best reading found so far at one token.</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly struct Candidate
    {
        public Candidate(int key, int tokens, int nameStart, int end, int procliticLength)
        {
            Key = key;
            Tokens = tokens;
            NameStart = nameStart;
            End = end;
            ProcliticLength = procliticLength;
        }

        public int Key { get; }

        public int Tokens { get; }

        public int NameStart { get; }

        public int End { get; }

        public int ProcliticLength { get; }
    }
}
