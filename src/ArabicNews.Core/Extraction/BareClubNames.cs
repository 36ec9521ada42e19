using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Finds clubs named bare in match reports: <c>الهلال والنصر</c>, <c>شباك الرياض</c>. A bare club name is also a word
/// or a city (crescent, victory, Riyadh), so the catalog lists it after the word for club (<c>نادي الهلال</c>); in an
/// article about a game (at least <see cref="MinSportsWords"/> words that only football uses: match, half, stadium, coach…) a bare
/// definite word that the catalog knows in that form is the club. A city name stays the city after a preposition
/// (<c>في الرياض</c>, <c>بالرياض</c>). Where clubs of several countries share the name, the club of a country the
/// article names wins: with <c>الدوري السعودي</c> in the article, <c>الأهلي</c> is <c>نادي الأهلي السعودي</c>.
/// </summary>
internal static class BareClubNames
{
    private const string ClubWord = "نادي ";

    private const int MaxNameLength = 24;

    private const int MaxKeyLength = 64;

    private const int MinSportsWords = 2;

    private static readonly WordSet SportsWords = new(
        "مباراة", "المباراة", "مباريات", "المباريات", "الشوط", "ملعب", "استاد", "مدرب", "المدرب", "هدفين", "ركلة", "شباك", "الهداف",
        "الهدافين");

    private static readonly WordSet PlacePrepositions = new("في", "من", "إلى", "الى", "مدينة", "العاصمة");

    /// <summary>Adds the clubs an article about a game names bare to <paramref name="matches"/>, in text order.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    /// <param name="matcher">The catalog's matcher.</param>
    public static void Apply(ReadOnlySpan<char> text, List<Token> tokens, List<CatalogMatch> matches, CatalogMatcher matcher)
    {
        if (!IsAboutAGame(text, tokens))
        {
            return;
        }

        Span<char> key = stackalloc char[MaxKeyLength];
        ClubWord.AsSpan().CopyTo(key);
        List<Entity>? countries = null;
        int m = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            while (m < matches.Count && matches[m].End <= token.Start)
            {
                m++;
            }

            bool covered = m < matches.Count && matches[m].Start - matches[m].ProcliticLength < token.End;
            bool city = covered && matches[m] is { ProcliticLength: 0, Entity.Kind: EntityKind.City } && matches[m].Start == token.Start
                && matches[m].End == token.End && (t == 0 || !PlacePrepositions.Contains(Word(text, tokens[t - 1])));
            int conjunction = token.Length > 3 && text[token.Start] == ArabicLetters.Waw && text[token.Start + 1] == ArabicLetters.Alef ? 1 : 0;
            ReadOnlySpan<char> name = text.Slice(token.Start + conjunction, token.Length - conjunction);
            if ((covered && !city) || name.Length > MaxNameLength || name.Length < 4 || !name.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            name.CopyTo(key[ClubWord.Length..]);
            int found = matcher.FindKey(key[..(ClubWord.Length + name.Length)]);
            if (found >= 0 && matcher.GetKeyEntity(found) is { Kind: EntityKind.Organization } named)
            {
                Entity club = ClubOfNamedCountry(key, ClubWord.Length + name.Length, countries ??= CountriesOf(matches), matcher) ?? named;
                var match = new CatalogMatch(token.Start + conjunction, name.Length, conjunction, club, CatalogMatchKind.Alias);
                if (city)
                {
                    matches[m] = match;
                }
                else
                {
                    matches.Insert(m, match);
                }
            }
        }
    }

    private static Entity? ClubOfNamedCountry(Span<char> key, int length, List<Entity> countries, CatalogMatcher matcher)
    {
        // "نادي الأهلي" + " السعودي": the club's name followed by the nisba of a country the article names.
        foreach (Entity country in countries)
        {
            foreach (string demonym in country.Demonyms)
            {
                string nisba = ArabicNormalizer.Normalize(demonym);
                if (nisba.StartsWith("ال", StringComparison.Ordinal) && nisba.EndsWith('\u064A') && length + 1 + nisba.Length <= key.Length)
                {
                    key[length] = ' ';
                    nisba.AsSpan().CopyTo(key[(length + 1)..]);
                    int found = matcher.FindKey(key[..(length + 1 + nisba.Length)]);
                    if (found >= 0 && matcher.GetKeyEntity(found) is { Kind: EntityKind.Organization } club)
                    {
                        return club;
                    }
                }
            }
        }

        return null;
    }

    private static List<Entity> CountriesOf(List<CatalogMatch> matches)
    {
        var countries = new List<Entity>();
        foreach (CatalogMatch match in matches)
        {
            if (match.Entity is { Kind: EntityKind.Country } country && !countries.Contains(country))
            {
                countries.Add(country);
            }
        }

        return countries;
    }

    private static bool IsAboutAGame(ReadOnlySpan<char> text, List<Token> tokens)
    {
        int count = 0;
        foreach (Token token in tokens)
        {
            if (SportsWords.ContainsWithConjunction(Word(text, token)) && ++count >= MinSportsWords)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
}
