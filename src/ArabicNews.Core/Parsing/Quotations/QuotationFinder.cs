using System;
using System.Buffers;
using System.Collections.Generic;

namespace ArabicNews.Core.Parsing.Quotations;

/// <summary>
/// Finds quotations in one paragraph: « », “ ” and straight double quotes, tolerating unbalanced and nested marks
/// and a proclitic glued before the opening mark (<c>و"…"</c>, <c>بـ"…"</c>).
/// </summary>
/// <remarks>
/// One left-to-right pass. A typed mark (« “ opening, » ” closing) is trusted when its partner is open; otherwise
/// the mark's role comes from its neighbours, as it does for straight quotes: a mark after a space or a glued
/// one-letter proclitic and before a letter opens, a mark after a letter and before a space or punctuation closes.
/// Only the outermost quotation is reported; a quotation that never closes runs to the end of the paragraph.
/// </remarks>
internal static class QuotationFinder
{
    /// <summary>The quotation marks, straight and typed, that open or close a quotation or a quoted name.</summary>
    internal static readonly SearchValues<char> QuoteMarkValues = SearchValues.Create("\"\u00AB\u00BB\u201C\u201D\u201E\u201F");

    /// <summary>Appends the outermost quotations of <c>text[start..end)</c> to <paramref name="results"/>.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="start">The start of the paragraph.</param>
    /// <param name="end">The end of the paragraph.</param>
    /// <param name="results">Receives the quotations, in order.</param>
    public static void Find(ReadOnlySpan<char> text, int start, int end, List<Quotation> results)
    {
        int depth = 0;
        int open = -1;
        for (int i = start; i < end; i++)
        {
            // Jump from mark to mark: most paragraphs have none or a few.
            int next = text[i..end].IndexOfAny(QuoteMarkValues);
            if (next < 0)
            {
                break;
            }

            i += next;
            bool opens = Opens(text, i, start, end, depth);
            if (opens)
            {
                if (depth == 0)
                {
                    open = i;
                }

                depth++;
            }
            else if (depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    results.Add(new Quotation(open, i, IsClosed: true));
                }
            }

            // A closing mark with nothing open is a stray mark: ignored.
        }

        if (depth > 0)
        {
            results.Add(new Quotation(open, end, IsClosed: false));
        }
    }

    /// <summary>Returns whether <paramref name="c"/> is a double quotation mark.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for " « » “ ” „ ‟.</returns>
    public static bool IsQuoteMark(char c) => QuoteMarkValues.Contains(c);

    private static bool Opens(ReadOnlySpan<char> text, int i, int start, int end, int depth)
    {
        char c = text[i];
        bool before = i > start && IsWordChar(text[i - 1]);
        bool after = i + 1 < end && IsWordChar(text[i + 1]);
        bool gluedProclitic = before && IsGluedProclitic(text, i, start);

        if (c is '\u00AB' or '\u201C' or '\u201E')
        {
            // A typed opening mark; but “ after a word and before a space closes in text typed right to left.
            return !(before && !after && !gluedProclitic && depth > 0);
        }

        if (c is '\u00BB' or '\u201D' or '\u201F')
        {
            // A typed closing mark; it opens only when nothing is open and it sits before a word after a space.
            return depth == 0 && after && (!before || gluedProclitic);
        }

        // Straight quote: decide from the neighbours, then from the nesting state.
        if (after && (!before || gluedProclitic))
        {
            return depth == 0 || !after || before;
        }

        if (before && !after)
        {
            return false;
        }

        return depth == 0;
    }

    private static bool IsGluedProclitic(ReadOnlySpan<char> text, int quote, int start)
    {
        // و"…", ب"…", بـ"…" (tatweel already removed by normalization), ل"…", ك"…", ف"…": a one-letter word before the mark.
        int letter = quote - 1;
        bool single = letter == start || !IsWordChar(text[letter - 1]);
        return single && text[letter] is '\u0648' or '\u0628' or '\u0644' or '\u0643' or '\u0641';
    }

    private static bool IsWordChar(char c) => Tokenizer.IsWordChar(c);
}
