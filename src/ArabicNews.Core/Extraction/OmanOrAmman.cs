using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Decides whether a bare <c>عمان</c> is Oman or Amman. Outlets write Jordan's capital <c>عمّان</c>, with a shadda
/// that normalization removes, or without it, like Oman. The catalog gives the bare name to Oman; this pass gives it
/// to Amman when the original text has the shadda, or when the article speaks more of Jordan than of Oman: it names
/// Jordan, Amman or Jordan's news agency (alone or inside a title) more often than Oman's other names, Muscat or Oman's
/// news agency. A name listed with states (<c>بين الأردن وعمان</c>) stays Oman. A catalog without these entities is
/// left as it is.
/// </summary>
internal static class OmanOrAmman
{
    private const char Shadda = '\u0651';

    private static readonly string[] JordanIds = ["country:jordan", "city:amman", "media:jordan-news-agency"];

    private static readonly string[] OmanIds = ["country:oman", "city:muscat", "media:oman-news-agency"];

    /// <summary>Gives the bare <c>عمان</c> matches of <paramref name="matches"/> to Amman where the text says so, in place.</summary>
    /// <param name="text">The normalized article, with its original text.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    /// <param name="catalog">The catalog the matches come from.</param>
    public static void Apply(NormalizedText text, List<CatalogMatch> matches, EntityCatalog catalog)
    {
        if (!catalog.TryGetById(OmanIds[0], out Entity? oman) || !catalog.TryGetById(JordanIds[1], out Entity? amman))
        {
            return;
        }

        if (!HasBareName(text.Span, matches, oman))
        {
            return;
        }

        (int jordanNames, int omanNames) = CountNames(text.Span, matches, catalog);
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            if (oman.Equals(match.Entity) && IsBareName(text.Span, match) && !IsListedWithCountries(text.Span, matches, m)
                && (jordanNames > omanNames || HasShadda(text, match)))
            {
                matches[m] = new CatalogMatch(match.Start, match.Length, match.ProcliticLength, amman, match.Kind);
            }
        }
    }

    private static (int Jordan, int Oman) CountNames(ReadOnlySpan<char> text, List<CatalogMatch> matches, EntityCatalog catalog)
    {
        // A title names its state too: "وزير الخارجية الأردني" speaks of Jordan.
        int jordan = 0;
        int oman = 0;
        List<CatalogMatch>? inner = null;
        foreach (CatalogMatch match in matches)
        {
            Count(match, IsBareName(text, match), ref jordan, ref oman);
            int space = match.Kind == CatalogMatchKind.Role ? text.Slice(match.Start, match.Length).IndexOf(' ') : -1;
            if (space > 0)
            {
                inner ??= [];
                inner.Clear();
                catalog.Matcher.FindMatches(text[(match.Start + space + 1)..match.End], null, inner);
                foreach (CatalogMatch part in inner)
                {
                    Count(part, bare: false, ref jordan, ref oman); // a bare name inside a title (سلطان عمان) is the state
                }
            }
        }

        return (jordan, oman);
    }

    private static void Count(CatalogMatch match, bool bare, ref int jordan, ref int oman)
    {
        if (match.Entity is { } entity && match.Kind != CatalogMatchKind.Role && !bare)
        {
            jordan += Array.IndexOf(JordanIds, entity.Id) >= 0 ? 1 : 0;
            oman += Array.IndexOf(OmanIds, entity.Id) >= 0 ? 1 : 0;
        }
    }

    private static bool HasBareName(ReadOnlySpan<char> text, List<CatalogMatch> matches, Entity oman)
    {
        foreach (CatalogMatch match in matches)
        {
            if (oman.Equals(match.Entity) && IsBareName(text, match))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsListedWithCountries(ReadOnlySpan<char> text, List<CatalogMatch> matches, int m)
    {
        // "بين الأردن وعمان", "عمان وإيران": a capital is not listed with states.
        CatalogMatch match = matches[m];
        return (m > 0 && match.ProcliticLength > 0 && text[match.Start - match.ProcliticLength] == ArabicLetters.Waw && IsCountryRightBefore(text, matches[m - 1], match))
            || (m + 1 < matches.Count && matches[m + 1].ProcliticLength > 0 && text[matches[m + 1].Start - matches[m + 1].ProcliticLength] == ArabicLetters.Waw
                && IsCountryRightBefore(text, match, matches[m + 1]) && matches[m + 1].Entity is { Kind: EntityKind.Country });
    }

    private static bool IsCountryRightBefore(ReadOnlySpan<char> text, CatalogMatch before, CatalogMatch after) =>
        before.Entity is { Kind: EntityKind.Country } && before.End <= after.Start - after.ProcliticLength
        && text[before.End..(after.Start - after.ProcliticLength)].Trim().IsEmpty;

    private static bool IsBareName(ReadOnlySpan<char> text, CatalogMatch match) =>
        match.Kind == CatalogMatchKind.Alias && text.Slice(match.Start, match.Length).SequenceEqual("عمان");

    private static bool HasShadda(NormalizedText text, CatalogMatch match)
    {
        TextSpan original = text.ToOriginal(match.Start, match.Length);
        return text.Original.AsSpan(original.Start, original.Length).Contains(Shadda);
    }
}
