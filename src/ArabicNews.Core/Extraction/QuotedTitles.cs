using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Reads a place name between guillemets or parentheses as the newspaper of that name when the catalog knows one:
/// <c>مصادر لـ«الشرق الأوسط»</c> and a closing credit <c>(الشرق الأوسط)</c> are the newspaper <c>صحيفة الشرق الأوسط</c>,
/// not the region. A place name between guillemets with no such newspaper (an operation, a programme, a book) is no
/// mention of the place; between parentheses it stays the place.
/// </summary>
internal static class QuotedTitles
{
    private static readonly string NewspaperPrefix = ArabicNormalizer.Normalize("صحيفة", NormalizationOptions.Search) + " ";

    /// <summary>Re-resolves or removes the quoted place names of <paramref name="matches"/>, in place.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    /// <param name="matcher">The matcher that found the matches.</param>
    public static void Apply(ReadOnlySpan<char> text, List<CatalogMatch> matches, CatalogMatcher matcher)
    {
        int write = 0;
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            int start = match.Start - match.ProcliticLength;
            char before = start > 0 ? text[start - 1] : ' ';
            char after = match.End < text.Length ? text[match.End] : ' ';
            bool guillemets = before == '\u00AB' && after == '\u00BB';
            bool parentheses = before == '(' && after == ')';
            if (match.Kind != CatalogMatchKind.Alias || match.Entity is not { Kind: EntityKind.Region or EntityKind.Country or EntityKind.City } || !(guillemets || parentheses))
            {
                matches[write++] = match;
                continue;
            }

            int key = matcher.FindKey(string.Concat(NewspaperPrefix, text.Slice(match.Start, match.Length)));
            if (key >= 0 && matcher.GetKeyEntity(key) is { Kind: EntityKind.Media } newspaper)
            {
                matches[write++] = new CatalogMatch(match.Start, match.Length, match.ProcliticLength, newspaper, CatalogMatchKind.Alias);
            }
            else if (parentheses)
            {
                matches[write++] = match;
            }
        }

        matches.RemoveRange(write, matches.Count - write);
    }
}
