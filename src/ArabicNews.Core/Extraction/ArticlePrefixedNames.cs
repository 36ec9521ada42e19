using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Drops names read through an article they never take. A person, city or country whose name has no ال is not
/// written with one: <c>المؤدي</c> (leading to, its hamza folded away) is not Modi, and <c>ألباريس</c> (a foreign
/// name starting with Al-) is not Paris.
/// </summary>
internal static class ArticlePrefixedNames
{
    /// <summary>Removes the matches of <paramref name="matches"/> read through an article the name does not take, in place.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    public static void Apply(ReadOnlySpan<char> text, List<CatalogMatch> matches)
    {
        int write = 0;
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            if (!ReadThroughArticle(text, match) || !TakesNoArticle(match))
            {
                matches[write++] = match;
            }
        }

        matches.RemoveRange(write, matches.Count - write);
    }

    private static bool ReadThroughArticle(ReadOnlySpan<char> text, CatalogMatch match) =>
        match.ProcliticLength >= 2 && match.Kind == CatalogMatchKind.Alias
        && text[(match.Start - match.ProcliticLength)..match.Start].EndsWith("ال", StringComparison.Ordinal);

    private static bool TakesNoArticle(CatalogMatch match) =>
        match.Entity is { Kind: EntityKind.Person or EntityKind.City or EntityKind.Country };
}
