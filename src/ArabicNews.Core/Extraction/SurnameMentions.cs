using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Finds a person again by surname alone where the catalog lists no such name: with <c>أيمن الصفدي</c> named in the
/// article, a later <c>كما التقى الصفدي</c> or <c>وأكد الصفدي</c> is him. Only people named in full before count, most
/// recent first, so a surname two people share is the one the text spoke of last.
/// </summary>
/// <remarks>
/// A last word after a name particle (<c>محمد بن سلمان</c>, <c>آل ثاني</c>) is a father's or family name, not a
/// surname, and is passed over. The work is linear: each word is compared with at most <see cref="MaxPeople"/> surnames.
/// </remarks>
internal static class SurnameMentions
{
    private const int MinSurnameLength = 4;
    private const int MaxPeople = 16;
    private const int MaxProclitics = 2;

    /// <summary>Adds a match for every uncovered word that is the surname of a person named in full before it.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="matches">The catalog matches in text order; receives the surname matches, in order.</param>
    public static void Apply(ReadOnlySpan<char> text, List<Token> tokens, List<CatalogMatch> matches)
    {
        (int Start, int Length, Entity Person)[]? people = null;
        int known = 0;
        int count = matches.Count;
        int m = 0;
        foreach (Token token in tokens)
        {
            for (; m < count && matches[m].Start + matches[m].Length <= token.Start; m++)
            {
                if (Surname(text, matches[m]) is { } surname)
                {
                    people ??= new (int, int, Entity)[MaxPeople];
                    Remember(people, ref known, surname);
                }
            }

            bool covered = m < count && matches[m].Start - matches[m].ProcliticLength <= token.Start;
            if (covered || known == 0 || token.Length < MinSurnameLength)
            {
                continue;
            }

            ReadOnlySpan<char> word = text.Slice(token.Start, token.Length);
            for (int p = known - 1; p >= 0; p--)
            {
                (int start, int length, Entity person) = people![p];
                int proclitics = word.Length - length;
                if (proclitics >= 0 && proclitics <= MaxProclitics && word.EndsWith(text.Slice(start, length)) && AreProclitics(word[..proclitics]))
                {
                    matches.Add(new CatalogMatch(token.Start + proclitics, length, proclitics, person, CatalogMatchKind.Alias));
                    break;
                }
            }
        }

        if (matches.Count > count)
        {
            matches.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static (int Start, int Length, Entity Person)? Surname(ReadOnlySpan<char> text, CatalogMatch match)
    {
        if (match.Entity is not { Kind: EntityKind.Person } person || match.Kind != CatalogMatchKind.Alias)
        {
            return null;
        }

        ReadOnlySpan<char> name = text.Slice(match.Start, match.Length);
        int space = name.LastIndexOf(' ');
        if (space < 0 || name.Length - space - 1 < MinSurnameLength)
        {
            return null;
        }

        ReadOnlySpan<char> before = name[..space];
        ReadOnlySpan<char> previous = before[(before.LastIndexOf(' ') + 1)..];
        return ReportingLexicon.NameParticles.Contains(previous) ? null : (match.Start + space + 1, name.Length - space - 1, person);
    }

    private static void Remember((int Start, int Length, Entity Person)[] people, ref int known, (int Start, int Length, Entity Person) surname)
    {
        // The most recent naming of each person is last; the oldest person is forgotten when the table is full.
        int at = -1;
        for (int p = 0; p < known && at < 0; p++)
        {
            at = people[p].Person.Equals(surname.Person) ? p : -1;
        }

        if (at < 0 && known == people.Length)
        {
            at = 0;
        }

        if (at >= 0)
        {
            Array.Copy(people, at + 1, people, at, known - at - 1);
            known--;
        }

        people[known++] = surname;
    }

    private static bool AreProclitics(ReadOnlySpan<char> prefix)
    {
        foreach (char c in prefix)
        {
            if (c is not ('\u0648' or '\u0641' or '\u0628' or '\u0644' or '\u0643'))
            {
                return false;
            }
        }

        return true;
    }
}
