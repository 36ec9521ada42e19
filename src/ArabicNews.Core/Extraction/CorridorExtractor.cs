using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Extracts corridors: the catalog's corridors however they are spelled, and unnamed corridor mentions
/// (<c>ممرات النقل</c>) without an id. Anaphors (<c>هذا الممر</c>) add nothing.
/// </summary>
internal static class CorridorExtractor
{
    /// <summary>Extracts the corridors of the article, one per corridor.</summary>
    /// <param name="context">The article.</param>
    /// <param name="results">Receives the corridors, in order of first mention.</param>
    public static void Extract(ArticleContext context, List<Corridor> results)
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
            if (!context.Is(i, DiplomacyLexicon.CorridorNouns) || (i > 0 && context.Is(i - 1, DiplomacyLexicon.Anaphors)) || IsCovered(covered, start))
            {
                continue;
            }

            if (!DiplomacyLexicon.CorridorNouns.Contains(context.Word(i)))
            {
                start++; // "وممرات النقل": the name starts after the glued conjunction
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
