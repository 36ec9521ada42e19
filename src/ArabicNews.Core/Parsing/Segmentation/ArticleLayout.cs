using System.Collections.Generic;
using ArabicNews.Core.Parsing.Quotations;

namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>
/// The layout of an article in normalized coordinates: its lines and what they are, the headline, the dateline,
/// the content paragraphs, their sentences and quotations.
/// </summary>
internal sealed class ArticleLayout
{
    /// <summary>Gets every line, blank and boilerplate included.</summary>
    public List<Line> Lines { get; } = [];

    /// <summary>Gets the index in <see cref="Lines"/> of the headline, or -1.</summary>
    public int TitleLine { get; set; } = -1;

    /// <summary>Gets the index in <see cref="Lines"/> of the dateline, or -1.</summary>
    public int DatelineLine { get; set; } = -1;

    /// <summary>Gets the content paragraphs (the headline first, flagged, when there is one).</summary>
    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>Gets the sentences of every paragraph, in order.</summary>
    public List<Sentence> Sentences { get; } = [];

    /// <summary>Gets the outermost quotations of every paragraph, in order.</summary>
    public List<Quotation> Quotations { get; } = [];

    /// <summary>Gets boilerplate found inside content lines.</summary>
    public List<InlineBoilerplate> InlineBoilerplate { get; } = [];

    /// <summary>Empties the layout for the next article.</summary>
    public void Clear()
    {
        Lines.Clear();
        TitleLine = -1;
        DatelineLine = -1;
        Paragraphs.Clear();
        Sentences.Clear();
        Quotations.Clear();
        InlineBoilerplate.Clear();
    }

    /// <summary>Returns the quotation containing <paramref name="index"/> strictly inside its marks, if any.</summary>
    /// <param name="index">A normalized index.</param>
    /// <param name="quotation">The quotation.</param>
    /// <returns><see langword="true"/> when <paramref name="index"/> is quoted text.</returns>
    public bool TryGetQuotation(int index, out Quotation quotation)
    {
        // Quotations are sorted and disjoint: binary search on the opening mark.
        int lo = 0;
        int hi = Quotations.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            Quotation q = Quotations[mid];
            if (q.Contains(index))
            {
                quotation = q;
                return true;
            }

            if (index <= q.Open)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        quotation = default;
        return false;
    }

    /// <summary>Returns the index of the sentence containing <paramref name="index"/>, or -1.</summary>
    /// <param name="index">A normalized index.</param>
    /// <returns>The sentence index.</returns>
    public int SentenceAt(int index)
    {
        int lo = 0;
        int hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            Sentence s = Sentences[mid];
            if (index < s.Start)
            {
                hi = mid - 1;
            }
            else if (index >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>Returns whether <paramref name="index"/> lies in a boilerplate line or inline boilerplate.</summary>
    /// <param name="index">A normalized index.</param>
    /// <returns><see langword="true"/> for boilerplate.</returns>
    public bool IsBoilerplate(int index)
    {
        if (LineAt(index) is { } line && index < line.End)
        {
            return line.Kind == LineKind.Boilerplate;
        }

        foreach (InlineBoilerplate inline in InlineBoilerplate)
        {
            if (index >= inline.Start && index < inline.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the boilerplate kind of the line containing <paramref name="index"/>, if it is boilerplate.</summary>
    /// <param name="index">A normalized index.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public BoilerplateKind? BoilerplateKindAt(int index) =>
        LineAt(index) is { Kind: LineKind.Boilerplate } line && index < line.End ? line.Boilerplate : null;

    /// <summary>Returns the last line starting at or before <paramref name="index"/> (lines are in text order).</summary>
    /// <param name="index">A normalized index.</param>
    /// <returns>The line, or <see langword="null"/> before the first line.</returns>
    public Line? LineAt(int index)
    {
        int lo = 0;
        int hi = Lines.Count - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (Lines[mid].Start <= index)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : Lines[found];
    }

    /// <summary>Returns the paragraph that is the headline, if any.</summary>
    /// <returns>The headline's bounds, or <see langword="null"/>.</returns>
    public Paragraph? Title => TitleLine >= 0 ? new Paragraph(Lines[TitleLine].Start, Lines[TitleLine].End, IsTitle: true) : null;
}
