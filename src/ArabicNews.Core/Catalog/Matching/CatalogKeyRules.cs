using System.Globalization;
using System.Runtime.CompilerServices;

namespace ArabicNews.Core.Catalog.Matching;

/// <summary>
/// The rules that turn text into matcher keys: what a token is, which separators may sit inside a
/// multi-word name, case folding and the key hash. Shared as source with the catalog generator, so the
/// tables it computes at compile time and the lookups the matcher does at run time can never drift apart.
/// </summary>
/// <remarks>
/// This file must compile for netstandard2.0 (the generator) as well as for the library: plain character
/// arithmetic only. A key is the tokens of a normalized alias, case-folded, joined by single spaces.
/// The hash is 32-bit FNV-1a over the UTF-16 code units of the key.
/// </remarks>
internal static class CatalogKeyRules
{
    /// <summary>The FNV-1a offset basis.</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>The FNV-1a prime.</summary>
    public const uint HashPrime = 16777619;

    /// <summary>The character that joins the tokens of a key.</summary>
    public const char TokenSeparator = ' ';

    /// <summary>The number of bits in the first-token filter (a power of two).</summary>
    public const int FilterBits = 1 << 15;

    /// <summary>The most tokens a key may have.</summary>
    public const int MaxKeyTokens = 16;

    /// <summary>Adds one character to an FNV-1a hash.</summary>
    /// <param name="hash">The hash so far.</param>
    /// <param name="c">The (already case-folded) character.</param>
    /// <returns>The new hash.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => unchecked((hash ^ c) * HashPrime);

    /// <summary>Folds case so that Latin names match ordinally ignoring case; Arabic letters are returned unchanged.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The upper-case invariant form of <paramref name="c"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char FoldCase(char c)
    {
        // The Arabic block (the common case in news text) has no case: one range test.
        if ((uint)(c - '\u0600') <= '\u06FF' - '\u0600' || c < 'a')
        {
            return c;
        }

        if (c <= 'z')
        {
            return (char)(c - ('a' - 'A'));
        }

        // Punctuation, symbols and the scripts above U+2000 have no case that names use: skip the culture tables.
        return c < '\u00B5' || c >= '\u2000' ? c : char.ToUpperInvariant(c);
    }

    /// <summary>Returns whether <paramref name="c"/> belongs to a token: a letter, a digit or a combining mark.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for token characters.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTokenChar(char c)
    {
        if (c < '\u0080')
        {
            // ASCII: one range test per class.
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        // The Arabic letters, harakat and Arabic-Indic digits (U+0620–U+0669) are the common case.
        if ((uint)(c - '\u0620') <= '\u0669' - '\u0620')
        {
            return true;
        }

        return IsTokenCharSlow(c);
    }

    /// <summary>
    /// Returns whether <paramref name="c"/> may separate two tokens of a multi-word name: white space and the
    /// hyphens and dashes - ‐ ‑ ‒ – —, and the plus sign of names such as «3+3».
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for joiners.</returns>
    public static bool IsJoiner(char c) =>
        c == ' ' || c == '-' || c == '+' || (uint)(c - '\u2010') <= '\u2014' - '\u2010' || char.IsWhiteSpace(c);

    /// <summary>
    /// The index of the first-token filter bit for a first token with the given first and last (case-folded)
    /// characters and length.
    /// </summary>
    /// <param name="first">The token's first character.</param>
    /// <param name="last">The token's last character.</param>
    /// <param name="length">The token's length.</param>
    /// <returns>A bit index in [0, <see cref="FilterBits"/>).</returns>
    public static int FilterIndex(char first, char last, int length)
    {
        uint mixed = unchecked((first * 0x9E3779B1u) ^ (last * 0x85EBCA77u) ^ ((uint)length * 0xC2B2AE3Du));
        mixed ^= mixed >> 15;
        mixed = unchecked(mixed * 0x2C1B3C6Du);
        return (int)(mixed >> 17);
    }

    private static bool IsTokenCharSlow(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
