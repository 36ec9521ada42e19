using System;
using System.Collections.Generic;
using System.Globalization;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing;

/// <summary>
/// Splits normalized text into <see cref="Token"/>s: maximal runs of letters, digits and combining marks, each
/// classified by <see cref="TokenLexicon"/>.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>, in order.</summary>
    /// <param name="text">Normalized text.</param>
    /// <param name="tokens">Receives the tokens.</param>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i - start, TokenLexicon.Classify(text[start..i])));
        }
    }

    /// <summary>Gets the index of the first token starting at or after <paramref name="position"/> (binary search).</summary>
    /// <param name="tokens">Tokens in text order.</param>
    /// <param name="position">A normalized index.</param>
    /// <returns>The token index, or <c>tokens.Count</c>.</returns>
    public static int IndexAtOrAfter(List<Token> tokens, int position)
    {
        int lo = 0;
        int hi = tokens.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Returns whether <paramref name="c"/> belongs to a word.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters, digits and non-spacing marks.</returns>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if ((uint)(c - '\u0621') <= '\u064A' - '\u0621')
        {
            return true; // the Arabic letters, the common case
        }

        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
    }
}
