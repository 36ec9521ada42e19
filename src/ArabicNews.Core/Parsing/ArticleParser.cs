using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Extraction;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Segmentation;

namespace ArabicNews.Core;

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

    // Typical densities of news text, to size the working lists once (a list that grows by doubling allocates twice
    // what it finally holds, which matters for long articles): at most a word per 5 characters, a catalog name per ~40, a
    // date per ~400.
    private const int CharsPerWord = 5;
    private const int CharsPerMatch = 40;
    private const int CharsPerDate = 400;

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

        ParseBuffers buffers = ParseBuffers.Rent();
        Article article = Parse(text, options, catalog, buffers);
        ParseBuffers.Return(buffers);
        return article;
    }

    private static Article Parse(string text, ArticleParserOptions options, EntityCatalog catalog, ParseBuffers buffers)
    {
        using var normalized = new NormalizedText(text);
        ReadOnlySpan<char> span = normalized.Span;

        List<DateMatch> dates = buffers.Dates;
        dates.EnsureCapacity(span.Length / CharsPerDate);
        DateRecognizer.Recognize(span, options.Published, dates);
        ArticleLayout layout = buffers.Layout;
        ArticleSegmenter.Segment(span, dates, catalog, layout);
        List<Token> tokens = buffers.Tokens;
        tokens.EnsureCapacity(span.Length / CharsPerWord);
        Tokenizer.Tokenize(span, tokens);
        PartialDate? published = options.Published is { } given
            ? PartialDate.FromDateOnly(given)
            : FindPublished(span, layout, dates, tokens) ?? (options.DefaultPublished is { } fallback ? PartialDate.FromDateOnly(fallback) : null);
        DateOnly? anchor = published is { } p && p.TryGetDateOnly(out DateOnly day) ? day : options.Published;
        if (anchor != options.Published)
        {
            DateRecognizer.Reanchor(span, anchor, dates);
        }

        List<CatalogMatch> matches = buffers.Matches;
        matches.EnsureCapacity(span.Length / CharsPerMatch);
        catalog.Matcher.FindMatches(span, anchor, matches);
        ArticlePrefixedNames.Apply(span, matches);
        MatchFilter.Apply(span, tokens, matches);
        QuotedTitles.Apply(span, matches, catalog.Matcher);
        IndefinitePlaceNames.Apply(normalized, matches);
        OmanOrAmman.Apply(normalized, matches, catalog);
        BracketedAgencyTags.Apply(span, tokens, matches, catalog.Matcher);
        BareClubNames.Apply(span, tokens, matches, catalog.Matcher);
        SurnameMentions.Apply(span, tokens, matches);
        if (anchor is null)
        {
            UndatedRoles.Apply(span, matches, dates, catalog.Matcher);
        }

        var context = new ArticleContext(normalized, layout, tokens, matches, dates, anchor);
        var statements = new List<Statement>();
        StatementExtractor.Extract(context, statements);
        var meetings = new List<Meeting>();
        MeetingExtractor.Extract(context, published, meetings);
        var agreements = new List<Agreement>();
        AgreementExtractor.Extract(context, catalog, agreements);
        var corridors = new List<Corridor>();
        CorridorExtractor.Extract(context, catalog, corridors);
        EntityReference? source = FindSource(normalized, layout, matches, tokens, catalog);
        StatementExtractor.RemoveOwnOutlet(statements, source);

        return new Article
        {
            Text = text,
            Title = layout.Title is { } title ? normalized.OriginalText(title.Start, title.End - title.Start) : null,
            Published = published,
            Source = source,
            Paragraphs = ParagraphsOf(normalized, layout),
            Boilerplate = BoilerplateOf(normalized, layout),
            Mentions = MentionsOf(context, catalog),
            Dates = DatesOf(normalized, layout, dates),
            Meetings = meetings,
            Statements = statements,
            Agreements = agreements,
            Corridors = corridors,
        };
    }

    private static List<TextSpan> ParagraphsOf(NormalizedText normalized, ArticleLayout layout)
    {
        var paragraphs = new List<TextSpan>(layout.Paragraphs.Count);
        foreach (Paragraph paragraph in layout.Paragraphs)
        {
            if (!paragraph.IsTitle)
            {
                paragraphs.Add(normalized.ToOriginal(paragraph.Start, paragraph.End - paragraph.Start));
            }
        }

        return paragraphs;
    }

    private static List<DateMention> DatesOf(NormalizedText normalized, ArticleLayout layout, List<DateMatch> dates)
    {
        // Dates in boilerplate are set aside with it, except the dateline's.
        var mentions = new List<DateMention>(dates.Count);
        foreach (DateMatch date in dates)
        {
            if (!layout.IsBoilerplate(date.Start) || layout.BoilerplateKindAt(date.Start) == BoilerplateKind.Dateline)
            {
                mentions.Add(new DateMention { Text = normalized.OriginalText(date.Start, date.Length), Span = normalized.ToOriginal(date.Start, date.Length), Value = date.Value, End = date.Last });
            }
        }

        return mentions;
    }

    private static PartialDate? FindPublished(ReadOnlySpan<char> text, ArticleLayout layout, List<DateMatch> dates, List<Token> tokens)
    {
        // 1. The dateline line: its first day (a coarser date, as in a "date 2019-09" stamp, is the last resort).
        PartialDate? coarser = null;
        if (layout.DatelineLine >= 0)
        {
            Line line = layout.Lines[layout.DatelineLine];
            foreach (DateMatch date in dates)
            {
                if (date.Start >= line.Start && date.Start < line.End && date.Last is null && date.Value is { } value)
                {
                    if (value.Precision == DatePrecision.Day)
                    {
                        return value;
                    }

                    coarser ??= date.Kind == DateExpressionKind.Absolute ? value : null;
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
                if (date.Start < paragraph.Start || date.Start >= paragraph.End || date.Last is not null || date.Value is not { Precision: DatePrecision.Day } value)
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

        return coarser;
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

        Paragraph? lead = null;
        Paragraph? last = null;
        foreach (Paragraph paragraph in layout.Paragraphs)
        {
            if (!paragraph.IsTitle)
            {
                lead ??= paragraph;
                last = paragraph;
            }
        }

        int leadEnd = lead is { } l ? TokenEnd(tokens, l.Start, MaxLeadSourceWords) : -1;
        Entity? found = LastMedia(matches, layout, BoilerplateKind.Dateline)
            ?? CreditLineOutlet(normalized.Span, layout, catalog)
            ?? (lead is { } p ? FirstMediaIn(matches, p.Start, leadEnd) : null)
            ?? LineEndingOutlet(normalized.Span, layout, matches)
            ?? (last is { } q ? LastMedia(matches, layout, BoilerplateKind.AgencyTag, BoilerplateKind.AgencyTag, q.Start, q.End + 2) : null)
            ?? LastMedia(matches, layout, BoilerplateKind.SiteSignature, BoilerplateKind.Copyright, 0, int.MaxValue);
        return found is null ? null : EntityReference.From(found);
    }

    // An outlet that is a line of its own ("سبوتنيك عربي" under the headline) or closes one after a separator, with
    // nothing but numbers and punctuation after it (a page title's suffix: "… في الكرملين - سبوتنيك عربي, 1920, 09.10.2025").
    private static Entity? LineEndingOutlet(ReadOnlySpan<char> text, ArticleLayout layout, List<CatalogMatch> matches)
    {
        foreach (CatalogMatch match in matches)
        {
            if (match.Entity is not { Kind: EntityKind.Media } entity || layout.LineAt(match.Start) is not { } line || match.End > line.End)
            {
                continue;
            }

            ReadOnlySpan<char> before = text[line.Start..match.Start].TrimEnd();
            ReadOnlySpan<char> after = text[match.End..line.End];
            bool afterSeparator = before.IsEmpty || before[^1] is '-' or '\u2013' or '|' or '\u060C' or ',';
            if (afterSeparator && !after.ContainsAnyInRange('\u0621', '\u064A') && !after.ContainsAnyInRange('A', 'Z') && !after.ContainsAnyInRange('a', 'z'))
            {
                return entity;
            }
        }

        return null;
    }

    // A credit line whose agency the catalog knows only as "وكالة …" ("بغداد/ واع", "الدوحة /قنا/").
    private static Entity? CreditLineOutlet(ReadOnlySpan<char> text, ArticleLayout layout, EntityCatalog catalog)
    {
        foreach (Line line in layout.Lines)
        {
            if (line.Kind == LineKind.Boilerplate && line.Boilerplate == BoilerplateKind.Dateline
                && ArticleSegmenter.CreditOutlet(text[line.Start..line.End], catalog) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    private static EntityReference? SourceLine(NormalizedText normalized, ArticleLayout layout, List<CatalogMatch> matches, EntityCatalog catalog)
    {
        Entity? named = LastMedia(matches, layout, BoilerplateKind.SourceLine);
        if (named is not null)
        {
            return EntityReference.From(named);
        }

        foreach (Line line in layout.Lines)
        {
            if (line.Kind == LineKind.Boilerplate && line.Boilerplate == BoilerplateKind.SourceLine)
            {
                string value = normalized.OriginalText(line.Start, line.Length);
                int colon = value.AsSpan().IndexOfAny(BoilerplateDetector.LabelSeparators);
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

    private static Entity? FirstMediaIn(List<CatalogMatch> matches, int start, int end)
    {
        foreach (CatalogMatch match in matches)
        {
            if (match.Entity is { Kind: EntityKind.Media } entity && match.Start >= start && match.Start < end)
            {
                return entity;
            }
        }

        return null;
    }

    private static Entity? LastMedia(List<CatalogMatch> matches, ArticleLayout layout, BoilerplateKind kind) =>
        LastMedia(matches, layout, kind, kind, 0, int.MaxValue);

    // The last outlet named in boilerplate of either kind between start and end (inclusive).
    private static Entity? LastMedia(List<CatalogMatch> matches, ArticleLayout layout, BoilerplateKind kind, BoilerplateKind orKind, int start, int end)
    {
        for (int i = matches.Count - 1; i >= 0; i--)
        {
            CatalogMatch match = matches[i];
            if (match.Entity is { Kind: EntityKind.Media } entity && match.Start >= start && match.Start <= end
                && KindAt(layout, match.Start) is { } at && (at == kind || at == orKind))
            {
                return entity;
            }
        }

        return null;
    }

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

    private static List<Mention> MentionsOf(ArticleContext context, EntityCatalog catalog)
    {
        // Agreements are reported as agreements; everything else the catalog matched, plus people outside it.
        // A role title also mentions the state or organisation inside it ("رئيس وزراء أرمينيا" names Armenia).
        var mentions = new List<Mention>(context.Matches.Count + context.UnknownPeople.Count);
        List<CatalogMatch>? inner = null;
        foreach (CatalogMatch match in context.Matches)
        {
            AddMention(context, match, 0, mentions);
            int space = match.Kind == CatalogMatchKind.Role ? context.Span.Slice(match.Start, match.Length).IndexOf(' ') : -1;
            if (space > 0)
            {
                // Rescan the title after its head noun, so the title itself cannot match again.
                int offset = match.Start + space + 1;
                inner ??= [];
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
        return mentions;
    }
}
