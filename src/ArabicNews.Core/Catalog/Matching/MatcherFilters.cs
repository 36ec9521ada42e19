using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ArabicNews.Core.Catalog.Matching;

/// <summary>
/// The bit sets the matcher tests before it hashes anything (<c>CatalogMatcherTables.FirstTokenFilter</c>), computed
/// from the keys at compile time by the catalog generator (and at run time by the catalog builder) and read in place.
/// Shared as source with the generator.
/// </summary>
/// <remarks>
/// <para>The filters are one byte array; bit <c>n</c> of a set starting at byte <c>o</c> is bit <c>n % 8</c> of byte <c>o + n / 8</c>:</para>
/// <list type="number">
/// <item><description>
/// The first-token filter, <see cref="CatalogKeyRules.FilterBits"/> bits indexed by
/// <see cref="CatalogKeyRules.FilterIndex"/> of each key's first token.
/// </description></item>
/// <item><description>
/// The tail filter: for each of <see cref="TailBuckets"/> buckets of the last three characters of a key's first token
/// (fewer for shorter tokens, see <see cref="TailBucket"/>), 64 bits: bit <c>n</c> is set when such a first token has
/// <c>n</c> characters (lengths over 63 share bit 63). Every proclitic reading of a token keeps at least its last two
/// characters, so one or two lookups reject almost every token before any reading is tried.
/// </description></item>
/// <item><description>
/// The same for the first tokens of multi-word keys only: once a reading of a token has matched, another reading
/// (which has fewer characters) can only win with more tokens.
/// </description></item>
/// <item><description>
/// The key lengths, <see cref="KeyLengthBits"/> bits: bit <c>n</c> is set when some key (or key prefix) has
/// <c>n</c> characters, so extending a match to the next token is skipped without hashing when no key could be that long.
/// </description></item>
/// </list>
/// <para>This file must compile for netstandard2.0 (the generator) as well as for the library.</para>
/// </remarks>
internal static class MatcherFilters
{
    /// <summary>The number of tail buckets.</summary>
    public const int TailBuckets = 2048;

    /// <summary>The number of key lengths the key-length set covers.</summary>
    public const int KeyLengthBits = 256;

    /// <summary>The byte offset of the first-token filter.</summary>
    public const int FirstTokenOffset = 0;

    /// <summary>The byte offset of the tail filter.</summary>
    public const int TailOffset = FirstTokenOffset + (CatalogKeyRules.FilterBits / 8);

    /// <summary>The byte offset of the multi-word tail filter.</summary>
    public const int MultiWordTailOffset = TailOffset + (TailBuckets * sizeof(ulong));

    /// <summary>The byte offset of the key-length set.</summary>
    public const int KeyLengthsOffset = MultiWordTailOffset + (TailBuckets * sizeof(ulong));

    /// <summary>The length of the filters in bytes.</summary>
    public const int Length = KeyLengthsOffset + (KeyLengthBits / 8);

    /// <summary>The tail bucket of a token from its last three (case-folded) characters, <c>'\0'</c> for those a shorter token lacks.</summary>
    /// <param name="last">The last character.</param>
    /// <param name="previous">The character before it.</param>
    /// <param name="third">The third character from the end.</param>
    /// <returns>A bucket in [0, <see cref="TailBuckets"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int TailBucket(char last, char previous, char third) =>
        (int)(unchecked(((uint)last * 0x9E3779B1u) ^ ((uint)previous * 0x85EBCA77u) ^ ((uint)third * 0xC2B2AE3Du)) >> 21);

    /// <summary>The bit of a first-token length in a tail filter word.</summary>
    /// <param name="length">The length.</param>
    /// <returns>The bit (lengths over 63 share bit 63).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>Computes the filters of a set of keys (prefix-only keys included).</summary>
    /// <param name="keys">The keys: case-folded tokens joined by <see cref="CatalogKeyRules.TokenSeparator"/>.</param>
    /// <returns>The filters, <see cref="Length"/> bytes.</returns>
    public static byte[] Build(IEnumerable<string> keys)
    {
        byte[] filters = new byte[Length];
        foreach (string key in keys)
        {
            if (key.Length < KeyLengthBits)
            {
                SetBit(filters, (KeyLengthsOffset * 8) + key.Length);
            }

            int separator = key.IndexOf(CatalogKeyRules.TokenSeparator);
            int firstLength = separator < 0 ? key.Length : separator;
            if (firstLength == 0)
            {
                continue;
            }

            SetBit(filters, (FirstTokenOffset * 8) + CatalogKeyRules.FilterIndex(key[0], key[firstLength - 1], firstLength));
            int bucket = TailBucket(
                key[firstLength - 1],
                firstLength >= 2 ? key[firstLength - 2] : '\0',
                firstLength >= 3 ? key[firstLength - 3] : '\0');
            int lengthBit = Math.Min(firstLength, 63);
            SetBit(filters, (TailOffset * 8) + (bucket * 64) + lengthBit);
            if (separator >= 0)
            {
                SetBit(filters, (MultiWordTailOffset * 8) + (bucket * 64) + lengthBit);
            }
        }

        return filters;
    }

    private static void SetBit(byte[] bits, int bit) => bits[bit >> 3] |= (byte)(1 << (bit & 7));
}
