using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Quotations;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Extracts corridors: the catalog's corridors however they are spelled, also with the name part in quotation marks
/// (<c>ممر النقل الدولي "شمال – جنوب"</c>) or described by the places it links (<c>الممر الاقتصادي لربط الهند والشرق
/// الأوسط وأوروبا</c>), and unnamed corridor mentions (<c>ممرات النقل</c>) without an id.
/// Anaphors (<c>هذا الممر</c>) add nothing.
/// </summary>
internal static class CorridorExtractor
{
    private const int MaxWordsBeforeQuotedName = 4;
    private const int MaxQuotedNameLength = 48;
    private const int MaxWordsBeforeLink = 4;
    private const int MaxPlaceListWords = 10;

    private static readonly WordSet LinkWords = new("لربط", "يربط", "تربط", "الرابط", "الرابطة", "الواصل", "الواصلة", "يصل", "تصل", "بين");
    private static readonly WordSet PlaceGlue = new("و", "مع", "ب", "عبر", "الى", "إلى");

    // The catalog's corridors with the places their names link, found once per catalog (catalogs are immutable).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EntityCatalog, (Entity Corridor, HashSet<string> Places)[]> PlacesLinked = new();


    /// <summary>Extracts the corridors of the article, one per corridor.</summary>
    /// <param name="context">The article.</param>
    /// <param name="catalog">The catalog, to look up names written with quotation marks inside them.</param>
    /// <param name="results">Receives the corridors, in order of first mention.</param>
    public static void Extract(ArticleContext context, EntityCatalog catalog, List<Corridor> results)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var covered = new List<(int Start, int End)>();
        foreach (CatalogMatch match in context.Matches)
        {
            if (match.Entity is { Kind: EntityKind.Corridor } corridor)
            {
                covered.Add((match.Start - match.ProcliticLength, match.End));
                if (seen.Add(corridor.Id))
                {
                    results.Add(new Corridor { Id = corridor.Id, Name = corridor.Name, Evidence = context.Text.ToOriginal(match.Start, match.Length) });
                }
            }
        }

        for (int i = 0; i < context.Tokens.Count; i++)
        {
            int start = context.Tokens[i].Start;
            if (!IsCorridorNoun(context, i) || (i > 0 && context.Is(i - 1, DiplomacyLexicon.Anaphors)) || IsCovered(covered, start))
            {
                continue;
            }

            if (QuotedName(context, catalog, i) is { } quoted)
            {
                covered.Add((start, quoted.End));
                if (seen.Add(quoted.Corridor.Id))
                {
                    results.Add(new Corridor { Id = quoted.Corridor.Id, Name = quoted.Corridor.Name, Evidence = context.Text.ToOriginal(start, quoted.End - start) });
                }

                continue;
            }

            if (DescribedCorridor(context, catalog, i) is { } described)
            {
                covered.Add((start, described.End));
                if (seen.Add(described.Corridor.Id))
                {
                    results.Add(new Corridor { Id = described.Corridor.Id, Name = described.Corridor.Name, Evidence = context.Text.ToOriginal(start, described.End - start) });
                }

                continue;
            }

            if (!DiplomacyLexicon.CorridorNouns.Contains(context.Word(i)))
            {
                start++; // "وممرات النقل", "لممر النقل": the name starts after the glued conjunction or preposition
            }

            bool modifier = i + 1 < context.Tokens.Count && IsPlainGap(context, i) && !context.Is(i + 1, DiplomacyLexicon.FunctionWords);
            int end = modifier ? context.Tokens[i + 1].End : context.Tokens[i].End;
            string name = context.Text.OriginalText(start, end - start);
            if (seen.Add(name))
            {
                results.Add(new Corridor { Id = null, Name = name, Evidence = context.Text.ToOriginal(start, end - start) });
            }
        }
    }

    private static (Entity Corridor, int End)? QuotedName(ArticleContext context, EntityCatalog catalog, int noun)
    {
        // "ممر النقل الدولي "شمال – جنوب"", "ممر «الشمال – الجنوب»": the words up to the closing mark, read without the
        // marks, name a catalog corridor.
        ReadOnlySpan<char> text = context.Span;
        for (int k = noun; k < context.Tokens.Count - 1 && k - noun < MaxWordsBeforeQuotedName; k++)
        {
            int open = text[context.Tokens[k].End..context.Tokens[k + 1].Start].IndexOfAny(QuotationFinder.QuoteMarkValues);
            if (open < 0)
            {
                continue;
            }

            int nameStart = context.Tokens[k].End + open + 1;
            int close = text[nameStart..Math.Min(text.Length, nameStart + MaxQuotedNameLength)].IndexOfAny(QuotationFinder.QuoteMarkValues);
            if (close <= 0)
            {
                return null;
            }

            string name = string.Concat(text[context.Tokens[noun].Start..context.Tokens[k].End], " ", text.Slice(nameStart, close));
            var matches = new List<CatalogMatch>(2);
            catalog.Matcher.FindMatches(name, context.Anchor, matches);
            foreach (CatalogMatch match in matches)
            {
                if (match.Entity is { Kind: EntityKind.Corridor } corridor && match.Start - match.ProcliticLength == 0 && match.End >= name.TrimEnd().Length)
                {
                    return (corridor, nameStart + close + 1);
                }
            }

            return null;
        }

        return null;
    }

    private static (Entity Corridor, int End)? DescribedCorridor(ArticleContext context, EntityCatalog catalog, int noun)
    {
        // "مشروع «الممر الاقتصادي» لربط الهند والشرق الأوسط وأوروبا": a corridor described by the places it links is the
        // catalog corridor whose names link exactly those places.
        for (int k = noun + 1; k < context.Tokens.Count && k - noun <= MaxWordsBeforeLink; k++)
        {
            if (!context.Is(k, LinkWords))
            {
                continue;
            }

            var places = new List<string>(4);
            int end = CollectPlaces(context, k + 1, places);
            if (places.Count < 2)
            {
                return null;
            }

            Entity? found = null;
            foreach ((Entity corridor, HashSet<string> linked) in PlacesLinked.GetValue(catalog, LinkedPlaces))
            {
                if (linked.Count == places.Count && places.TrueForAll(linked.Contains))
                {
                    if (found is not null)
                    {
                        return null; // two corridors link the same places: the text does not say which
                    }

                    found = corridor;
                }
            }

            return found is null ? null : (found, end);
        }

        return null;
    }

    private static int CollectPlaces(ArticleContext context, int token, List<string> places)
    {
        int end = -1;
        for (int k = token; k < context.Tokens.Count && k - token <= MaxPlaceListWords;)
        {
            if (context.MatchCovering(k) is { Entity: { Kind: EntityKind.Country or EntityKind.Region or EntityKind.City } place } match
                && match.Start - match.ProcliticLength == context.Tokens[k].Start)
            {
                places.Add(place.Id);
                end = match.End;
                k = context.TokenAtOrAfter(match.End);
                continue;
            }

            if (!context.Is(k, PlaceGlue))
            {
                break;
            }

            k++;
        }

        return end;
    }

    private static (Entity Corridor, HashSet<string> Places)[] LinkedPlaces(EntityCatalog catalog)
    {
        // Each catalog corridor with the places its own names link ("الممر الاقتصادي بين الهند والشرق الأوسط وأوروبا"),
        // found once per catalog (catalogs are immutable) by matching its names against the catalog.
        var found = new List<(Entity, HashSet<string>)>();
        var matches = new List<CatalogMatch>();
        foreach (Entity corridor in catalog.Entities)
        {
            if (corridor.Kind != EntityKind.Corridor)
            {
                continue;
            }

            var places = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in corridor.Aliases.Append(corridor.ArabicName))
            {
                // The whole name matches the corridor itself, so its places are read from the words after its noun.
                string[] words = ArabicNormalizer.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var linked = new HashSet<string>(StringComparer.Ordinal);
                for (int skip = 1; skip < words.Length && linked.Count == 0; skip++)
                {
                    matches.Clear();
                    catalog.Matcher.FindMatches(string.Join(' ', words, skip, words.Length - skip), null, matches);
                    if (matches.Exists(static m => m.Entity is { Kind: EntityKind.Corridor }))
                    {
                        continue;
                    }

                    foreach (CatalogMatch match in matches)
                    {
                        if (match.Entity is { Kind: EntityKind.Country or EntityKind.Region or EntityKind.City } place)
                        {
                            linked.Add(place.Id);
                        }
                    }

                    break;
                }

                if (linked.Count >= 2)
                {
                    places.UnionWith(linked);
                    break; // the first name that links places says which
                }
            }

            if (places.Count >= 2)
            {
                found.Add((corridor, places));
            }
        }

        return [.. found];
    }

    private static bool IsCorridorNoun(ArticleContext context, int i)
    {
        // As written or after a glued و/ف (the token's classes), or after a glued ل/ب ("لممر النقل").
        if (context.Is(i, DiplomacyLexicon.CorridorNouns))
        {
            return true;
        }

        ReadOnlySpan<char> word = context.Word(i);
        return word.Length > 3 && word[0] is '\u0644' or '\u0628' && DiplomacyLexicon.CorridorNouns.Contains(word[1..]);
    }

    private static bool IsCovered(List<(int Start, int End)> covered, int position)
    {
        foreach ((int start, int end) in covered)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainGap(ArticleContext context, int token)
    {
        ReadOnlySpan<char> gap = context.Span[context.Tokens[token].End..context.Tokens[token + 1].Start];
        return gap.Trim().IsEmpty;
    }
}
