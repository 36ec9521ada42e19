using System;
using System.Buffers;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Quotations;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>
/// Finds the layout of a normalized article: boilerplate lines (set aside, not deleted), the headline, the
/// dateline, content paragraphs, their quotations and sentences.
/// </summary>
internal static class ArticleSegmenter
{
    private const int MaxTitleWords = 30;
    private const int MaxSignatureWords = 10;
    private const int MaxDatelineWords = 12;
    private const int MaxTrailerWords = 3;
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\u061F\u2026\u06D4");

    private const int HeaderLines = 5;
    private const int MaxSectionWords = 3;
    private const int MinHeadlineAfterSection = 5;

    private static readonly SearchValues<char> CreditSeparators = SearchValues.Create("/-:\u2013(\u060C,");

    private static readonly WordSet ChromeWords = new("طباعه", "طباعة", "مشاركه", "شارك", "مشاركة", "اطبع", "الرئيسيه", "الرئيسية", "اخبار", "أخبار", "عاجل", "Ad");
    private const int MinDatelineDatePercent = 35;

    /// <summary>Segments <paramref name="text"/>.</summary>
    /// <param name="text">The normalized article.</param>
    /// <param name="dates">The date expressions recognised in the whole text, in order.</param>
    /// <param name="catalog">The catalog, used to recognise agency tags.</param>
    /// <param name="layout">An empty layout to fill (see <see cref="ArticleLayout.Clear"/>).</param>
    public static void Segment(ReadOnlySpan<char> text, List<DateMatch> dates, EntityCatalog catalog, ArticleLayout layout)
    {
        SplitLines(text, layout.Lines);
        MarkRelatedHeadlines(layout.Lines);
        MarkSiteSignature(text, layout.Lines);
        FindTitleAndDateline(text, layout, dates, catalog);

        for (int i = 0; i < layout.Lines.Count; i++)
        {
            Line line = layout.Lines[i];
            if (line.Kind != LineKind.Content || i == layout.DatelineLine)
            {
                continue;
            }

            int end = TrimAgencyTag(text, line, catalog, layout.InlineBoilerplate);
            if (end == line.Start)
            {
                continue; // the whole line is an agency tag: boilerplate, not an empty paragraph
            }

            var paragraph = new Paragraph(line.Start, end, IsTitle: i == layout.TitleLine);
            int paragraphIndex = layout.Paragraphs.Count;
            layout.Paragraphs.Add(paragraph);
            int firstQuotation = layout.Quotations.Count;
            QuotationFinder.Find(text, paragraph.Start, paragraph.End, layout.Quotations);
            SplitSentences(text, paragraph, paragraphIndex, layout.Quotations, firstQuotation, layout.Sentences);
        }

    }

    private static void SplitLines(ReadOnlySpan<char> text, List<Line> lines)
    {
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text[start..].IndexOfAny('\n', '\r');
            int end = newline < 0 ? text.Length : start + newline;
            int s = start;
            int e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (s == e)
            {
                lines.Add(new Line(s, e, LineKind.Blank, default));
            }
            else if (BoilerplateDetector.TryClassify(text[s..e], out BoilerplateKind kind))
            {
                lines.Add(new Line(s, e, LineKind.Boilerplate, kind));
            }
            else
            {
                lines.Add(new Line(s, e, LineKind.Content, default));
            }

            if (newline < 0)
            {
                break;
            }

            start = end + 1;
        }
    }

    private static void MarkRelatedHeadlines(List<Line> lines)
    {
        // "اقرأ المزيد" is followed by the headline it links to.
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Boilerplate && lines[i].Boilerplate == BoilerplateKind.RelatedLink && lines[i + 1].Kind == LineKind.Content)
            {
                lines[i + 1] = lines[i + 1] with { Kind = LineKind.Boilerplate, Boilerplate = BoilerplateKind.RelatedLink };
                i++; // the headline links nowhere itself: the line after it is the article again
            }
        }
    }

    private static void MarkSiteSignature(ReadOnlySpan<char> text, List<Line> lines)
    {
        // A short unpunctuated line followed only by boilerplate ("مجموعة الرؤية الاستراتيجية …" before the photo
        // credit and source line), or a very short last line ("بوابة الأهرام", "انتهى/ ارنا"), is the site's
        // signature, not content.
        bool boilerplateAfter = false;
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            Line line = lines[i];
            if (line.Kind == LineKind.Blank)
            {
                continue;
            }

            if (line.Kind == LineKind.Boilerplate)
            {
                boilerplateAfter = true;
                continue;
            }

            ReadOnlySpan<char> content = text[line.Start..line.End];
            int words = CountWords(content);
            if ((boilerplateAfter || words <= MaxTrailerWords) && words <= MaxSignatureWords && !EndsWithPunctuation(content, headline: false)
                && NextContent(lines, 0) != i)
            {
                lines[i] = line with { Kind = LineKind.Boilerplate, Boilerplate = BoilerplateKind.SiteSignature };
            }

            return;
        }
    }

    private static void FindTitleAndDateline(ReadOnlySpan<char> text, ArticleLayout layout, List<DateMatch> dates, EntityCatalog catalog)
    {
        List<Line> lines = layout.Lines;
        int first = NextContent(lines, 0);
        if (first < 0)
        {
            return;
        }

        // Header lines before the body: datelines ("١١ مايو ٢٠٢١", "14.05.2024 | 16:42", "نُشر: 24 أبريل 2025") and
        // credit lines ("أنقرة/ الأناضول", "باكو، 15 مارس (أذرتاج)") are set aside; the first dateline dates the article.
        int examined = 0;
        for (int i = first; i >= 0 && examined < HeaderLines; i = NextContent(lines, i + 1), examined++)
        {
            ReadOnlySpan<char> content = text[lines[i].Start..lines[i].End];
            if (IsPageChrome(content))
            {
                lines[i] = lines[i] with { Kind = LineKind.Boilerplate, Boilerplate = BoilerplateKind.PageChrome };
                continue;
            }

            // "date 2025-08-17 …" page metadata and "16:33 GMT 09.10.2025 (…)" time stamps are datelines whatever else they hold.
            bool stamp = IsMetadataOrTimestamp(content);
            bool dated = stamp ? HasAnyDayDate(lines[i], dates) : HasDayDate(lines[i], dates);
            if (!(stamp || dated || IsCreditLine(text, lines[i], catalog)) || (!stamp && CountWords(content) > MaxDatelineWords))
            {
                continue;
            }

            if (dated && layout.DatelineLine < 0)
            {
                layout.DatelineLine = i;
            }

            lines[i] = lines[i] with { Kind = LineKind.Boilerplate, Boilerplate = BoilerplateKind.Dateline };
        }

        first = NextContent(lines, 0);
        int second = first < 0 ? -1 : NextContent(lines, first + 1);
        if (first < 0 || second < 0)
        {
            return;
        }

        ReadOnlySpan<char> firstLine = text[lines[first].Start..lines[first].End];
        ReadOnlySpan<char> secondLine = text[lines[second].Start..lines[second].End];
        if (CountWords(firstLine) <= MaxSectionWords && !EndsWithPunctuation(firstLine, headline: true)
            && CountWords(secondLine) is >= MinHeadlineAfterSection and <= MaxTitleWords && !EndsWithPunctuation(secondLine, headline: true))
        {
            // "عرب وعالم" then the headline: a short section name above a longer unpunctuated line is page chrome.
            lines[first] = lines[first] with { Kind = LineKind.Boilerplate, Boilerplate = BoilerplateKind.PageChrome };
            first = second;
            firstLine = secondLine;
        }

        if (CountWords(firstLine) <= MaxTitleWords && !EndsWithPunctuation(firstLine, headline: true))
        {
            layout.TitleLine = first;
        }
    }

    private static bool IsPageChrome(ReadOnlySpan<char> line)
    {
        // Page furniture above the headline: a URL, a lone symbol ("×"), Latin-only labels ("Istanbul", "Ad"), print and
        // share buttons ("طباعه").
        if (line.Contains("://", StringComparison.Ordinal) && !line.Contains(' '))
        {
            return true;
        }

        bool letters = false;
        bool digits = false;
        bool latin = false;
        bool arabic = false;
        foreach (char c in line)
        {
            letters |= char.IsLetterOrDigit(c);
            digits |= char.IsAsciiDigit(c);
            latin |= char.IsAsciiLetter(c);
            arabic |= IsArabicLetter(c);
        }

        return !letters || (latin && !arabic && !digits && line[0] != '(' && CountWords(line) <= MaxSectionWords) || ChromeWords.Contains(line);
    }

    private static bool IsMetadataOrTimestamp(ReadOnlySpan<char> line)
    {
        // "date 2025-12-29 …" (scraper metadata) and "16:33 GMT 09.10.2025" (a time stamp opening the line).
        if (line.StartsWith("date ", StringComparison.Ordinal) && line.Length > 5 && char.IsAsciiDigit(line[5]))
        {
            return true;
        }

        int colon = line.IndexOf(':');
        return colon is 1 or 2 && line.Length > colon + 2 && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[colon - 1])
            && char.IsAsciiDigit(line[colon + 1]) && char.IsAsciiDigit(line[colon + 2]);
    }

    private static bool HasAnyDayDate(Line line, List<DateMatch> dates)
    {
        foreach (DateMatch date in dates)
        {
            if (date.Start >= line.Start && date.Start < line.End && date.Kind == DateExpressionKind.Absolute && date.Value is { Precision: DatePrecision.Day })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDayDate(Line line, List<DateMatch> dates)
    {
        // A dateline is mostly date: "نُشر: 20:15-24 أبريل 2025 م ـ 26 شوّال 1446 هـ", not a headline that mentions one.
        bool day = false;
        int covered = 0;
        foreach (DateMatch date in dates)
        {
            if (date.Start >= line.Start && date.Start < line.End)
            {
                covered += date.Length;
                day |= date.Kind == DateExpressionKind.Absolute && date.Value is { Precision: DatePrecision.Day };
            }
        }

        return day && covered * 100 >= line.Length * MinDatelineDatePercent;
    }

    private static bool IsCreditLine(ReadOnlySpan<char> text, Line line, EntityCatalog catalog)
    {
        // "أنقرة/ الأناضول", "موسكو - سبوتنيك": a short line naming an outlet after a separator.
        ReadOnlySpan<char> content = text[line.Start..line.End].TrimEnd(" )\u00BB\"".AsSpan());
        int separator = content.LastIndexOfAny(CreditSeparators);
        if (separator < 0 || CountWords(content) > 4)
        {
            return false;
        }

        string outlet = content[(separator + 1)..].Trim(" ()\u00AB\u00BB\"".AsSpan()).ToString();
        return catalog.FindByName(outlet) is { Kind: EntityKind.Media };
    }

    private static int TrimAgencyTag(ReadOnlySpan<char> text, Line line, EntityCatalog catalog, List<InlineBoilerplate> inline)
    {
        // "… المنطقة". (İLKHA)" or "… (رويترز)": a parenthesised agency name closing the paragraph.
        int end = line.End;
        if (text[end - 1] != ')')
        {
            return end;
        }

        int open = text[line.Start..end].LastIndexOf('(');
        if (open < 0)
        {
            return end;
        }

        open += line.Start;
        ReadOnlySpan<char> inner = text[(open + 1)..(end - 1)].Trim();
        if (inner.IsEmpty || inner.Length > 40 || CountWords(inner) > 4)
        {
            return end;
        }

        bool latinTag = true;
        foreach (char c in inner)
        {
            if (!(char.IsUpper(c) || c is ' ' or '-' or '.' or '\u0130'))
            {
                latinTag = false;
                break;
            }
        }

        Entity? entity = catalog.FindByName(inner.ToString());
        if (!latinTag && entity is not { Kind: EntityKind.Media })
        {
            return end;
        }

        inline.Add(new InlineBoilerplate(open, end, BoilerplateKind.AgencyTag));
        int trimmed = open;
        while (trimmed > line.Start && char.IsWhiteSpace(text[trimmed - 1]))
        {
            trimmed--;
        }

        return trimmed;
    }

    private static void SplitSentences(
        ReadOnlySpan<char> text,
        Paragraph paragraph,
        int paragraphIndex,
        List<Quotation> quotations,
        int firstQuotation,
        List<Sentence> sentences)
    {
        int start = paragraph.Start;
        int q = firstQuotation;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            // Skip quoted text: a quotation may hold several sentences of one statement.
            if (q < quotations.Count && i > quotations[q].Open)
            {
                if (i < quotations[q].Close)
                {
                    i = quotations[q].Close;
                    continue;
                }

                q++;
            }

            // Jump to the next terminal mark before the next quotation opens.
            int limit = q < quotations.Count ? Math.Min(paragraph.End, quotations[q].Open + 1) : paragraph.End;
            int next = text[i..limit].IndexOfAny(SentenceEnds);
            if (next < 0)
            {
                i = limit - 1;
                continue;
            }

            i += next;
            if (text[i] == '.' && IsDecimalPoint(text, i))
            {
                continue;
            }

            // Take the whole run of terminal punctuation ("..", "؟!") and any closing marks after it.
            int end = i + 1;
            while (end < paragraph.End && (IsSentenceEnd(text[end]) || QuotationFinder.IsQuoteMark(text[end]) || text[end] == ')'))
            {
                end++;
            }

            bool atBoundary = end >= paragraph.End || char.IsWhiteSpace(text[end]) || IsGluedSentenceStart(text, i, end);
            if (!atBoundary)
            {
                continue;
            }

            AddSentence(text, start, end, paragraphIndex, sentences);
            start = end;
            i = end - 1;
        }

        AddSentence(text, start, paragraph.End, paragraphIndex, sentences);
    }

    private static void AddSentence(ReadOnlySpan<char> text, int start, int end, int paragraphIndex, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start < end)
        {
            sentences.Add(new Sentence(start, end, paragraphIndex));
        }
    }

    private static bool IsSentenceEnd(char c) => SentenceEnds.Contains(c);

    private static bool IsGluedSentenceStart(ReadOnlySpan<char> text, int period, int end)
    {
        // Pages that lost the space after a full stop ("… الأوكرانية.وأضاف …"): a word of three letters or more, its
        // period, then an Arabic letter. Abbreviations ("د.", "م.", "أ.د.") are shorter; numbers and Latin names are not
        // Arabic letters.
        return text[period] == '.' && end == period + 1 && end < text.Length && IsArabicLetter(text[end])
            && period >= 3 && IsArabicLetter(text[period - 1]) && IsArabicLetter(text[period - 2]) && IsArabicLetter(text[period - 3]);
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static bool IsDecimalPoint(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    private static bool EndsWithPunctuation(ReadOnlySpan<char> line, bool headline)
    {
        // A full stop, colon or comma ends a sentence of the body; a headline may still ask or exclaim.
        ReadOnlySpan<char> trimmed = line.TrimEnd("\"\u201D\u201C\u00BB\u00AB') |".AsSpan());
        return !trimmed.IsEmpty && (trimmed[^1] is '.' or ':' or '\u2026' or ',' or '\u060C'
            || (!headline && trimmed[^1] is '!' or '?' or '\u061F'));
    }

    private static int NextContent(List<Line> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind == LineKind.Content)
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool word = Tokenizer.IsWordChar(c);
            if (word && !inWord)
            {
                words++;
            }

            inWord = word;
        }

        return words;
    }
}
