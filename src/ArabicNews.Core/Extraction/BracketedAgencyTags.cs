using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Finds news agencies tagged by a bare abbreviation in brackets or slashes: <c>(قنا)</c>, <c>/بنا/</c>, <c>(واع)</c>.
/// Such abbreviations are also ordinary words (canals, with us, aware), so the catalog does not list them alone; it
/// lists them after the word for agency (<c>وكالة قنا</c>), and a bracketed word that the catalog knows in that form is
/// that agency.
/// </summary>
internal static class BracketedAgencyTags
{
    private const string AgencyWord = "وكاله ";

    private const int MaxTagLength = 16;

    /// <summary>Adds the agencies tagged in brackets or slashes to <paramref name="matches"/>, in text order.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    /// <param name="matcher">The catalog's matcher.</param>
    public static void Apply(ReadOnlySpan<char> text, List<Token> tokens, List<CatalogMatch> matches, CatalogMatcher matcher)
    {
        Span<char> key = stackalloc char[AgencyWord.Length + MaxTagLength];
        AgencyWord.AsSpan().CopyTo(key);
        int m = 0;
        foreach (Token token in tokens)
        {
            while (m < matches.Count && matches[m].End <= token.Start)
            {
                m++;
            }

            if (token.Length > MaxTagLength || (m < matches.Count && matches[m].Start - matches[m].ProcliticLength < token.End) || !IsBracketed(text, token))
            {
                continue;
            }

            text.Slice(token.Start, token.Length).CopyTo(key[AgencyWord.Length..]);
            int found = matcher.FindKey(key[..(AgencyWord.Length + token.Length)]);
            if (found >= 0 && matcher.GetKeyEntity(found) is { Kind: EntityKind.Media } agency)
            {
                matches.Insert(m, new CatalogMatch(token.Start, token.Length, 0, agency, CatalogMatchKind.Alias));
            }
        }
    }

    private static bool IsBracketed(ReadOnlySpan<char> text, Token token)
    {
        char before = Neighbour(text, token.Start - 1, -1);
        char after = Neighbour(text, token.End, 1);
        return (before == '(' && after == ')') || (before == '/' && after == '/');
    }

    private static char Neighbour(ReadOnlySpan<char> text, int i, int step)
    {
        while (i >= 0 && i < text.Length && text[i] == ' ')
        {
            i += step;
        }

        return i >= 0 && i < text.Length ? text[i] : '\0';
    }
}
