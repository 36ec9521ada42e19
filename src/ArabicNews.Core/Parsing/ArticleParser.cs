using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Extraction;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Segmentation;

namespace ArabicNews.Core.Parsing;

/// <summary>Parses a raw Arabic news article into an immutable <see cref="Article"/>.</summary>
/// <remarks>
/// <para>The pipeline: normalize once (keeping the map back to the original), recognise dates, segment (boilerplate
/// set aside, headline, dateline, paragraphs, sentences, quotations), find catalog mentions, then extract
/// statements, meetings, agreements and corridors sentence by sentence.</para>
/// <para>Every span in the result is in original-text coordinates (after removing a leading byte-order mark).
/// Parsing never throws on any input text and runs in time linear in its length. All members are thread-safe.</para>
/// </remarks>
public static class ArticleParser
{
    private const int MaxDatelinePlaceWords = 5;
    private const int MaxLeadSourceWords = 15;

    // Typical densities in news text (one catalog name per ~40 characters, one date per ~400), to size lists once.
    private const int MatchesPerChar = 40;
    private const int DatesPerChar = 400;

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The article as a scraper hands it over.</param>
    /// <param name="options">Options; <see cref="ArticleParserOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The parsed article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static Article Parse(string text, ArticleParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ArticleParserOptions.Default;
        EntityCatalog catalog = options.Catalog ?? EntityCatalog.Default;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        using var normalized = new NormalizedText(text);
        ReadOnlySpan<char> span = normalized.Span;

        var dates = new List<DateMatch>(ExpectedPerChar(span.Length, DatesPerChar));
        DateRecognizer.Recognize(span, options.Published, dates);
        ArticleLayout layout = ArticleSegmenter.Segment(span, dates, catalog);
        var tokens = new List<Token>(span.Length / 5);
        Tokenizer.Tokenize(span, tokens);
        PartialDate? published = options.Published is { } given ? PartialDate.FromDateOnly(given) : FindPublished(span, layout, dates, tokens);
        DateOnly? anchor = published is { } p && p.TryGetDateOnly(out DateOnly day) ? day : options.Published;
        if (anchor != options.Published)
        {
            dates.Clear();
            DateRecognizer.Recognize(span, anchor, dates);
        }

        var matches = new List<CatalogMatch>(ExpectedPerChar(span.Length, MatchesPerChar));
        catalog.Matcher.FindMatches(span, anchor, matches);
        MatchFilter.Apply(span, tokens, matches);

        var context = new ArticleContext(normalized, layout, tokens, matches, dates, anchor);
        var statements = new List<Statement>();
        StatementExtractor.Extract(context, statements);
        var meetings = new List<Meeting>();
        MeetingExtractor.Extract(context, published, meetings);
        var agreements = new List<Agreement>();
        AgreementExtractor.Extract(context, catalog, agreements);
        var corridors = new List<Corridor>();
        CorridorExtractor.Extract(context, catalog, corridors);

        return new Article
        {
            Text = text,
            Title = layout.Title is { } title ? normalized.OriginalText(title.Start, title.End - title.Start) : null,
            Published = published,
            Source = FindSource(normalized, layout, matches, tokens, catalog),
            Paragraphs = layout.Paragraphs.Where(static p => !p.IsTitle).Select(p => normalized.ToOriginal(p.Start, p.End - p.Start)).ToArray(),
            Boilerplate = BoilerplateOf(normalized, layout),
            Mentions = MentionsOf(context, catalog),
            Dates = dates.Where(d => !layout.IsBoilerplate(d.Start) || layout.BoilerplateKindAt(d.Start) == BoilerplateKind.Dateline)
                .Select(d => new DateMention { Text = normalized.OriginalText(d.Start, d.Length), Span = normalized.ToOriginal(d.Start, d.Length), Value = d.Value })
                .ToArray(),
            Meetings = meetings,
            Statements = statements,
            Agreements = agreements,
            Corridors = corridors,
        };
    }

    private static int ExpectedPerChar(int length, int charsPerItem) => Math.Max(4, length / charsPerItem);

    private static PartialDate? FindPublished(ReadOnlySpan<char> text, ArticleLayout layout, List<DateMatch> dates, List<Token> tokens)
    {
        // 1. The dateline line.
        if (layout.DatelineLine >= 0)
        {
            Line line = layout.Lines[layout.DatelineLine];
            foreach (DateMatch date in dates)
            {
                if (date.Start >= line.Start && date.Start < line.End && date.Value is { Precision: DatePrecision.Day } value)
                {
                    return value;
                }
            }
        }

        // 2. A dateline opening the lead: "موسكو، 12 كانون الثاني 2026 (إنترفاكس) - أجرى …", "أستانا في 28 نوفمبر 2024 /أ ش أ/".
        // 3. The lead dating itself with "today": "… اليوم الاثنين 4 ابريل/نيسان 2022".
        int paragraphs = 0;
        foreach (Paragraph paragraph in layout.Paragraphs)
        {
            if (paragraph.IsTitle)
            {
                continue;
            }

            foreach (DateMatch date in dates)
            {
                if (date.Start < paragraph.Start || date.Start >= paragraph.End || date.Value is not { Precision: DatePrecision.Day } value)
                {
                    continue;
                }

                bool opensLead = paragraphs == 0 && date.Kind == DateExpressionKind.Absolute && Tokenizer.IndexAtOrAfter(tokens, date.Start) - Tokenizer.IndexAtOrAfter(tokens, paragraph.Start) <= MaxDatelinePlaceWords;
                ReadOnlySpan<char> around = text[Math.Max(paragraph.Start, date.Start - 16)..(date.Start + Math.Min(date.Length, 16))];
                if (opensLead || around.Contains("اليوم", StringComparison.Ordinal))
                {
                    return value;
                }
            }

            if (++paragraphs == 2)
            {
                break;
            }
        }

        return null;
    }

    private static EntityReference? FindSource(NormalizedText normalized, ArticleLayout layout, List<CatalogMatch> matches, List<Token> tokens, EntityCatalog catalog)
    {
        // In order of trust: the source line ("المصدر: تاس"); a dateline or credit line ("أنقرة/ الأناضول"); the
        // lead's opening words ("موسكو - سبوتنيك."); an agency tag closing the article ("(İLKHA)"); a signature,
        // copyright or translation credit (the last outlet named: "… translated from Tasnim").
        if (SourceLine(normalized, layout, matches, catalog) is { } fromLine)
        {
            return fromLine;
        }

        Paragraph? lead = layout.Paragraphs.Where(static p => !p.IsTitle).Select(static p => (Paragraph?)p).FirstOrDefault();
        Paragraph? last = layout.Paragraphs.Where(static p => !p.IsTitle).Select(static p => (Paragraph?)p).LastOrDefault();
        int leadEnd = lead is { } l ? TokenEnd(tokens, l.Start, MaxLeadSourceWords) : -1;
        Entity? found = LastMedia(matches, m => KindAt(layout, m.Start) == BoilerplateKind.Dateline)
            ?? FirstMedia(matches, m => lead is { } p && m.Start >= p.Start && m.Start < leadEnd)
            ?? LastMedia(matches, m => KindAt(layout, m.Start) == BoilerplateKind.AgencyTag && last is { } p && m.Start >= p.Start && m.Start <= p.End + 2)
            ?? LastMedia(matches, m => KindAt(layout, m.Start) is BoilerplateKind.SiteSignature or BoilerplateKind.Copyright);
        return found is null ? null : EntityReference.From(found);
    }

    private static EntityReference? SourceLine(NormalizedText normalized, ArticleLayout layout, List<CatalogMatch> matches, EntityCatalog catalog)
    {
        Entity? named = LastMedia(matches, m => KindAt(layout, m.Start) == BoilerplateKind.SourceLine);
        if (named is not null)
        {
            return EntityReference.From(named);
        }

        foreach (Line line in layout.Lines)
        {
            if (line.Kind == LineKind.Boilerplate && line.Boilerplate == BoilerplateKind.SourceLine)
            {
                string value = normalized.OriginalText(line.Start, line.Length);
                int colon = value.IndexOfAny([':', '-']);
                string name = value[(colon + 1)..].Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                Entity? entity = catalog.FindByName(name) ?? catalog.FindByName("وكالة " + name);
                return entity is not null ? EntityReference.From(entity) : new EntityReference { Name = name, Kind = EntityKind.Media };
            }
        }

        return null;
    }

    private static int TokenEnd(List<Token> tokens, int start, int words)
    {
        int index = Tokenizer.IndexAtOrAfter(tokens, start) + words - 1;
        return index < tokens.Count ? tokens[index].End : int.MaxValue;
    }

    private static Entity? FirstMedia(List<CatalogMatch> matches, Func<CatalogMatch, bool> where) =>
        matches.FirstOrDefault(m => m.Entity is { Kind: EntityKind.Media } && where(m)).Entity;

    private static Entity? LastMedia(List<CatalogMatch> matches, Func<CatalogMatch, bool> where) =>
        matches.LastOrDefault(m => m.Entity is { Kind: EntityKind.Media } && where(m)).Entity;

    private static void AddMention(ArticleContext context, CatalogMatch match, int offset, List<Mention> mentions)
    {
        if (match.Entity is { } entity && entity.Kind != EntityKind.Agreement)
        {
            mentions.Add(new Mention
            {
                Id = entity.Id,
                Kind = entity.Kind,
                Text = context.Text.OriginalText(offset + match.Start, match.Length),
                Span = context.Text.ToOriginal(offset + match.Start, match.Length),
            });
        }
    }

    private static BoilerplateKind? KindAt(ArticleLayout layout, int index)
    {
        foreach (InlineBoilerplate inline in layout.InlineBoilerplate)
        {
            if (index >= inline.Start && index < inline.End)
            {
                return inline.Kind;
            }
        }

        return layout.BoilerplateKindAt(index);
    }

    private static Boilerplate[] BoilerplateOf(NormalizedText normalized, ArticleLayout layout)
    {
        var result = new List<Boilerplate>();
        foreach (Line line in layout.Lines)
        {
            if (line.Kind == LineKind.Boilerplate)
            {
                result.Add(new Boilerplate { Kind = line.Boilerplate, Text = normalized.OriginalText(line.Start, line.Length), Span = normalized.ToOriginal(line.Start, line.Length) });
            }
        }

        foreach (InlineBoilerplate inline in layout.InlineBoilerplate)
        {
            result.Add(new Boilerplate { Kind = inline.Kind, Text = normalized.OriginalText(inline.Start, inline.End - inline.Start), Span = normalized.ToOriginal(inline.Start, inline.End - inline.Start) });
        }

        result.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. result];
    }

    private static Mention[] MentionsOf(ArticleContext context, EntityCatalog catalog)
    {
        // Agreements are reported as agreements; everything else the catalog matched, plus people outside it.
        // A role title also mentions the state or organisation inside it ("رئيس وزراء أرمينيا" names Armenia).
        var mentions = new List<Mention>();
        var inner = new List<CatalogMatch>();
        foreach (CatalogMatch match in context.Matches)
        {
            AddMention(context, match, 0, mentions);
            int space = match.Kind == CatalogMatchKind.Role ? context.Span.Slice(match.Start, match.Length).IndexOf(' ') : -1;
            if (space > 0)
            {
                // Rescan the title after its head noun, so the title itself cannot match again.
                int offset = match.Start + space + 1;
                inner.Clear();
                catalog.Matcher.FindMatches(context.Span[offset..match.End], context.Anchor, inner);
                foreach (CatalogMatch part in inner)
                {
                    AddMention(context, part, offset, mentions);
                }
            }
        }

        foreach ((int start, int length, string name) in context.UnknownPeople)
        {
            mentions.Add(new Mention { Id = null, Kind = EntityKind.Person, Text = name, Span = context.Text.ToOriginal(start, length) });
        }

        mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. mentions];
    }
}
