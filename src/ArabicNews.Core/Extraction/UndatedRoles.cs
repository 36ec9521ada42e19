using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Dates;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Resolves role titles in an article without a date of its own, from what the article itself says: the holder it
/// names (<c>الرئيس الإيراني</c> beside <c>إبراهيم رئيسي</c> elsewhere is Raisi, whoever holds the office today; of
/// several holders it names, the one named last before the title, else first after it), else the holder of the period
/// the article's dates fall in, else the only holder the catalog knows; no one when two are still possible.
/// </summary>
internal static class UndatedRoles
{
    /// <summary>Re-resolves the role matches of <paramref name="matches"/>, in place.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="matches">The catalog matches, in text order, already filtered.</param>
    /// <param name="dates">The article's date expressions.</param>
    /// <param name="matcher">The matcher that found the matches.</param>
    public static void Apply(ReadOnlySpan<char> text, List<CatalogMatch> matches, List<DateMatch> dates, CatalogMatcher matcher)
    {
        List<(Entity Holder, int From, int To)>? holders = null;
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            if (match.Kind != CatalogMatchKind.Role)
            {
                continue;
            }

            holders ??= [];
            holders.Clear();
            ReadOnlySpan<char> title = text.Slice(match.Start, match.Length);
            int key = matcher.FindKey(title);
            if (key < 0)
            {
                // After the لل contraction (للرئيس) the title's article lost its alef.
                key = matcher.FindKey(string.Concat("\u0627", title));
            }

            matcher.GetRoleHolders(key, holders);
            Entity? holder = Nearest(holders, matches, m, out int choices);
            if (choices == 0)
            {
                holder = Single(holders, h => InDates(h.From, h.To, dates), out choices);
            }

            if (choices == 0)
            {
                holder = Single(holders, static _ => true, out choices);
            }

            matches[m] = new CatalogMatch(match.Start, match.Length, match.ProcliticLength, choices == 1 ? holder : null, match.Kind);
        }
    }

    /// <summary>The one distinct holder that satisfies <paramref name="accept"/>, with the number of distinct ones.</summary>
    private static Entity? Single(List<(Entity Holder, int From, int To)> holders, Func<(Entity Holder, int From, int To), bool> accept, out int choices)
    {
        Entity? chosen = null;
        choices = 0;
        foreach (var holder in holders)
        {
            if (accept(holder) && !holder.Holder.Equals(chosen))
            {
                chosen ??= holder.Holder;
                choices++;
            }
        }

        return chosen;
    }

    /// <summary>Whether a holder's period overlaps a date the article gives (a year or month is its whole span).</summary>
    private static bool InDates(int from, int to, List<DateMatch> dates)
    {
        foreach (DateMatch date in dates)
        {
            if (date.Value is not { } value)
            {
                continue;
            }

            var first = new DateOnly(value.Year, value.Month ?? 1, value.Day ?? 1);
            DateOnly last = value.Precision switch
            {
                DatePrecision.Day => first,
                DatePrecision.Month => first.AddMonths(1).AddDays(-1),
                _ => new DateOnly(value.Year, 12, 31),
            };
            if (from <= last.DayNumber && first.DayNumber < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The holder the article names by an alias nearest the title at <paramref name="title"/>: the last before it, else the first after it.</summary>
    private static Entity? Nearest(List<(Entity Holder, int From, int To)> holders, List<CatalogMatch> matches, int title, out int choices)
    {
        choices = 0;
        for (int before = title - 1; before >= 0; before--)
        {
            if (IsNamedHolder(matches[before], holders))
            {
                choices = 1;
                return matches[before].Entity;
            }
        }

        for (int after = title + 1; after < matches.Count; after++)
        {
            if (IsNamedHolder(matches[after], holders))
            {
                choices = 1;
                return matches[after].Entity;
            }
        }

        return null;
    }

    private static bool IsNamedHolder(CatalogMatch match, List<(Entity Holder, int From, int To)> holders)
    {
        if (match.Kind == CatalogMatchKind.Role || match.Entity is not { Kind: EntityKind.Person } person)
        {
            return false;
        }

        foreach (var holder in holders)
        {
            if (holder.Holder.Equals(person))
            {
                return true;
            }
        }

        return false;
    }
}
