using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Drops place names written with tanween: place names take none, so <c>درعاً تكريمياً</c> is a shield, not Daraa.
/// Only the original text shows it; normalization removes the harakat.
/// </summary>
internal static class IndefinitePlaceNames
{
    private const char Fathatan = '\u064B';
    private const char Kasratan = '\u064D';
    private const char LastHaraka = '\u0652';

    /// <summary>Removes the place matches of <paramref name="matches"/> that the article writes with tanween, in place.</summary>
    /// <param name="text">The normalized article, with its original text.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    public static void Apply(NormalizedText text, List<CatalogMatch> matches)
    {
        int write = 0;
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            if (match.Kind != CatalogMatchKind.Alias || match.Entity is not { Kind: EntityKind.City or EntityKind.Region or EntityKind.Country }
                || !HasTanween(text.Original, text.ToOriginal(match.Start, match.Length)))
            {
                matches[write++] = match;
            }
        }

        matches.RemoveRange(write, matches.Count - write);
    }

    private static bool HasTanween(string original, TextSpan span)
    {
        // The harakat after the last letter (درعاً) are outside the mapped span; those inside it (درعًا) are within.
        int end = span.End;
        while (end < original.Length && original[end] is >= Fathatan and <= LastHaraka)
        {
            end++;
        }

        foreach (char c in original.AsSpan(span.Start, end - span.Start))
        {
            if (c is >= Fathatan and <= Kasratan)
            {
                return true;
            }
        }

        return false;
    }
}
