using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Drops catalog matches that the words around them contradict: a role title qualified as someone else's
/// (<c>نائب رئيس الوزراء الروسي</c>, <c>المتحدث باسم الرئيس الروسي</c>, <c>مستشار المرشد</c>) or a former holder
/// (<c>… السابق</c>), and a descriptive organisation name narrowed by an adjective (<c>وكالة الطاقة الذرية
/// الكازاخستانية</c> is not the IAEA, <c>مجلس الأمن الجماعي</c> is not the UN Security Council). A role title right
/// before a person's name is that person (<c>الرئيس الأمريكي دونالد ترامب</c>), whoever held it on the article's date.
/// </summary>
internal static class MatchFilter
{
    private static readonly WordSet RoleQualifiers = new(
        "نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "باسم", "سكرتير", "مبعوث", "ممثل", "حرم", "زوجة", "أرملة", "ابن",
        "ابنة", "نجل", "والد", "مكتب", "ديوان", "إدارة", "حكومة", "سفير", "سفيرة", "مستشاري", "نواب", "مساعدي", "وكيل", "وكيلة", "مندوب",
        "مندوبة", "مبعوثة", "ممثلة", "نائبا", "مساعدا", "مستشارا", "سفيرا", "مرشح", "المرشح");

    private const string AppositionMarks = " \u060C,-\u2013";

    private static readonly WordSet QualifierAdjectives = new("الخاص", "الخاصة", "الشخصي", "الشخصية", "الأول", "الأولى", "الدائم", "الدائمة");

    private static readonly WordSet FormerMarkers = new("السابق", "السابقة", "الأسبق", "الأسبقة", "سابقا", "الراحل", "الراحلة", "المنتخب", "المنتخبة", "المقبل", "المقبلة", "القادم", "القادمة");

    /// <summary>Removes contradicted matches from <paramref name="matches"/>, in place.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="matches">The catalog matches, in text order.</param>
    public static void Apply(ReadOnlySpan<char> text, List<Token> tokens, List<CatalogMatch> matches)
    {
        int write = 0;
        int t = 0;
        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            int start = match.Start - match.ProcliticLength;
            while (t < tokens.Count && tokens[t].Start < start)
            {
                t++;
            }

            int after = t;
            while (after < tokens.Count && tokens[after].Start < match.End)
            {
                after++;
            }

            bool drop = match.Kind == CatalogMatchKind.Role
                ? IsQualified(text, tokens, t, match) || (after < tokens.Count && FormerMarkers.Contains(Word(text, tokens[after])))
                : match.Entity is { Kind: EntityKind.Organization } && after - t >= 2 && after < tokens.Count
                    && IsNisba(Word(text, tokens[after])) && text[match.End..tokens[after].Start].Trim().IsEmpty;
            if (!drop)
            {
                matches[write++] = match.Kind == CatalogMatchKind.Role && IsNamedAfter(text, matches, m)
                    ? new CatalogMatch(match.Start, match.Length, match.ProcliticLength, matches[m + 1].Entity, match.Kind)
                    : match;
            }
        }

        matches.RemoveRange(write, matches.Count - write);
        ResolveSurnames(text, matches);
    }

    private static void ResolveSurnames(ReadOnlySpan<char> text, List<CatalogMatch> matches)
    {
        // A surname alone is the person the article names in full with that surname: with "ميكائيل جباروف" in the
        // article, "جباروف" is him, not the catalog's other Japarov, unless the article names that other one too (with
        // "حيدر علييف" in it, "علييف" stays the "إلهام علييف" the article is about). One entry per person named in
        // full or by title, so the work stays linear in the number of matches.
        List<CatalogMatch>? namedInFull = null;
        foreach (CatalogMatch match in matches)
        {
            if (match.Entity is { Kind: EntityKind.Person } person && (match.Kind == CatalogMatchKind.Role || text.Slice(match.Start, match.Length).IndexOf(' ') >= 0)
                && (namedInFull is null || !Names(namedInFull, person)))
            {
                (namedInFull ??= []).Add(match);
            }
        }

        if (namedInFull is null)
        {
            return;
        }

        for (int m = 0; m < matches.Count; m++)
        {
            CatalogMatch match = matches[m];
            if (match.Entity is not { Kind: EntityKind.Person } entity || match.Kind == CatalogMatchKind.Role || Names(namedInFull, entity))
            {
                continue;
            }

            ReadOnlySpan<char> surname = text.Slice(match.Start, match.Length);
            foreach (CatalogMatch full in namedInFull)
            {
                ReadOnlySpan<char> fullName = text.Slice(full.Start, full.Length);
                if (full.Kind != CatalogMatchKind.Role && fullName.Length > surname.Length && fullName.EndsWith(surname) && fullName[^(surname.Length + 1)] == ' ')
                {
                    matches[m] = new CatalogMatch(match.Start, match.Length, match.ProcliticLength, full.Entity, match.Kind);
                    break;
                }
            }
        }
    }

    private static bool IsNamedAfter(ReadOnlySpan<char> text, List<CatalogMatch> matches, int m)
    {
        // "الرئيس الأمريكي دونالد ترامب", "وزير الخارجية الروسي، سيرغي لافروف": the name right after a title says who holds
        // it in this text, whoever held it on the article's date, so the title is that person.
        if (m + 1 >= matches.Count || matches[m + 1].Entity is not { Kind: EntityKind.Person } || matches[m + 1].Kind != CatalogMatchKind.Alias)
        {
            return false;
        }

        CatalogMatch title = matches[m];
        CatalogMatch name = matches[m + 1];
        int gapStart = title.Start + title.Length;
        int gapEnd = name.Start - name.ProcliticLength;
        return gapEnd >= gapStart && text[gapStart..gapEnd].Trim(AppositionMarks).IsEmpty;
    }

    private static bool Names(List<CatalogMatch> matches, Entity entity)
    {
        foreach (CatalogMatch match in matches)
        {
            if (entity.Equals(match.Entity))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQualified(ReadOnlySpan<char> text, List<Token> tokens, int t, CatalogMatch match)
    {
        // "نائب رئيس الوزراء": the qualifier governs the title directly. "المبعوث الخاص للرئيس الأميركي": through an
        // adjective and the preposition ل.
        if (t > 0 && match.ProcliticLength == 0 && RoleQualifiers.Contains(Word(text, tokens[t - 1])))
        {
            return true;
        }

        bool genitive = match.ProcliticLength > 0 && text[match.Start - match.ProcliticLength] == '\u0644';
        return genitive && t > 1 && RoleQualifiers.ContainsWithConjunction(WithoutArticle(Word(text, tokens[t - 2])))
            && QualifierAdjectives.Contains(Word(text, tokens[t - 1]));
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) => word.StartsWith("ال") ? word[2..] : word;

    private static bool IsNisba(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.StartsWith("ال") && (word.EndsWith("ي") || word.EndsWith("يه"));

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
}
