using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Reads the tokens of normalized text one at a time, on demand, without allocating.</summary>
/// <remarks>
/// <para>
/// Spaces and tabs separate tokens and are skipped; a run of line breaks is a token of its own, so that
/// the grammar never joins the end of one line to the start of the next. A run of ASCII digits is a
/// <see cref="DateTokenKind.Number"/>, a run of letters (<see cref="char.IsLetter(char)"/>, which does not
/// depend on the culture) a <see cref="DateTokenKind.Word"/>, and any other character a one-character
/// <see cref="DateTokenKind.Symbol"/>. Digits and letters split even when glued: <c>و26</c> is the word
/// <c>و</c> and the number <c>26</c>, the second marked <see cref="DateToken.Glued"/>.
/// </para>
/// <para>Reading a token costs time proportional to its length and to the white space before it.</para>
/// </remarks>
internal static class DateTokenReader
{
    /// <summary>Reads the token that starts at or after <paramref name="position"/>.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="position">Where to start; white space is skipped first. May equal the text's length.</param>
    /// <returns>The token, or an <see cref="DateTokenKind.End"/> token at the end of the text.</returns>
    public static DateToken Read(ReadOnlySpan<char> text, int position)
    {
        int i = position;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        bool glued = i == position;
        if (i >= text.Length)
        {
            return new DateToken(DateTokenKind.End, text.Length, 0, glued);
        }

        int start = i;
        char c = text[i];
        DateTokenKind kind;
        if (IsBasicArabicLetter(c) || char.IsLetter(c))
        {
            // Words first: most tokens of an Arabic text are (no line break or digit is a letter).
            kind = DateTokenKind.Word;
            do
            {
                // The Arabic letters U+0621–U+064A (words are short: a plain loop beats a vectorized search), then any
                // other letter one at a time.
                while (i < text.Length && IsBasicArabicLetter(text[i]))
                {
                    i++;
                }

                while (i < text.Length && char.IsLetter(text[i]) && !IsBasicArabicLetter(text[i]))
                {
                    i++;
                }
            }
            while (i < text.Length && IsBasicArabicLetter(text[i]));
        }
        else if (IsLineBreak(c))
        {
            kind = DateTokenKind.LineBreak;
            do
            {
                i++;
            }
            while (i < text.Length && (IsLineBreak(text[i]) || text[i] is ' ' or '\t'));
        }
        else if (char.IsAsciiDigit(c))
        {
            kind = DateTokenKind.Number;
            do
            {
                i++;
            }
            while (i < text.Length && char.IsAsciiDigit(text[i]));
        }
        else
        {
            kind = DateTokenKind.Symbol;
            i++;
        }

        return new DateToken(kind, start, i - start, glued);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\v' or '\f';

    private static bool IsBasicArabicLetter(char c) => (uint)(c - '\u0621') <= '\u064A' - '\u0621';
}
