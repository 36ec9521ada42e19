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
/// الكازاخستانية</c> is not the IAEA, <c>مجلس الأمن الجماعي</c> is not the UN Security Council), a nisba that is a given name (<c>الأمير تركي بن …</c>), a forefather in a nasab
/// (<c>… بن فهد بن عبدالعزيز</c>) and a ministry's short name used as an adjective (<c>السياسة الخارجية القطرية</c>).
/// A title right before the name of someone else is that person (<c>الرئيس الأمريكي دونالد ترامب</c>), whoever held it
/// on the article's date, so that lists of titled names still read as one.
/// </summary>
internal static class MatchFilter
{
    private const string AppositionSeparators = " \t-\u2013\u2014,\u060C:";

    private static readonly WordSet RoleQualifiers = new(
        "نائب", "نائبة", "مساعد", "مساعدة", "مستشار", "مستشارة", "باسم", "سكرتير", "مبعوث", "ممثل", "حرم", "زوجة", "أرملة", "ابن",
        "ابنة", "نجل", "والد", "مكتب", "ديوان", "إدارة", "حكومة", "سفير", "سفيرة", "مستشاري", "نواب", "مساعدي", "وكيل", "وكيلة", "مندوب",
        "مندوبة", "مبعوثة", "ممثلة", "نائبا", "مساعدا", "مستشارا", "سفيرا", "مرشح", "المرشح");

    private static readonly WordSet QualifierAdjectives = new("الخاص", "الخاصة", "الشخصي", "الشخصية", "الأول", "الأولى", "الدائم", "الدائمة");

    private static readonly WordSet FormerMarkers = new("السابق", "السابقة", "الأسبق", "الأسبقة", "سابقا", "الراحل", "الراحلة", "المنتخب", "المنتخبة", "المقبل", "المقبلة", "القادم", "القادمة");

    private static readonly WordSet NasabWords = new("بن", "بنت");

    private static readonly WordSet PolicyWords = new("السياسة", "سياسة", "السياسات", "سياسات", "سياستها", "سياسته");

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

            bool drop = match.Kind switch
            {
                CatalogMatchKind.Role => IsQualified(text, tokens, t, match) || (after < tokens.Count && FormerMarkers.Contains(Word(text, tokens[after]))),
                CatalogMatchKind.Demonym => IsGivenName(text, tokens, t, after),
                _ => match.Entity switch
                {
                    { Kind: EntityKind.Organization } => IsNarrowed(text, tokens, t, after, match) || IsPolicyAdjective(text, tokens, t, match),
                    { Kind: EntityKind.Person } => IsAncestor(text, tokens, t, match) || IsNamePrefix(text, tokens, t, after, matches, m),
                    _ => false,
                },
            };
            if (!drop)
            {
                matches[write++] = match.Kind == CatalogMatchKind.Role && NamesSomeoneElse(text, tokens, t, matches, m)
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

    private static bool IsNarrowed(ReadOnlySpan<char> text, List<Token> tokens, int t, int after, CatalogMatch match) =>
        after - t >= 2 && after < tokens.Count && IsNisba(Word(text, tokens[after])) && text[match.End..tokens[after].Start].Trim().IsEmpty;

    private static bool NamesSomeoneElse(ReadOnlySpan<char> text, List<Token> tokens, int t, List<CatalogMatch> matches, int m)
    {
        // "وزير الخارجية الكازاخستاني - إرزان كازيخانوف": a name in apposition says who holds the title here, whatever
        // the catalog gives for the article's date; the title is then that person, not somebody else. A title
        // governed by an aide's noun through ل ("السكرتير الصحفي لرئيس كازاخستان - …") leaves the name to that aide.
        if (m + 1 >= matches.Count)
        {
            return false;
        }

        CatalogMatch title = matches[m];
        CatalogMatch next = matches[m + 1];
        bool governed = title.ProcliticLength > 0 && text[title.Start - title.ProcliticLength] == '\u0644'
            && ((t > 0 && RoleQualifiers.Contains(WithoutArticle(Word(text, tokens[t - 1]))))
                || (t > 1 && RoleQualifiers.Contains(WithoutArticle(Word(text, tokens[t - 2])))));
        return !governed && next.Kind == CatalogMatchKind.Alias && next.Entity is { Kind: EntityKind.Person } named && !named.Equals(title.Entity)
            && next.Start - next.ProcliticLength >= title.End
            && text[title.End..(next.Start - next.ProcliticLength)].Trim(AppositionSeparators).IsEmpty;
    }

    private static bool IsGivenName(ReadOnlySpan<char> text, List<Token> tokens, int t, int after)
    {
        // "الأمير تركي بن محمد": a nisba that is a given name, known by the honorific before it or the nasab after it.
        return (t > 0 && ReportingLexicon.Honorifics.ContainsWithConjunction(Word(text, tokens[t - 1]))) || (after < tokens.Count && NasabWords.Contains(Word(text, tokens[after])));
    }

    private static bool IsAncestor(ReadOnlySpan<char> text, List<Token> tokens, int t, CatalogMatch match)
    {
        // "تركي بن محمد بن فهد بن عبدالعزيز": a name after بن is a forefather in someone else's nasab.
        return match.ProcliticLength == 0 && t > 0 && NasabWords.Contains(Word(text, tokens[t - 1]));
    }

    private static bool IsNamePrefix(ReadOnlySpan<char> text, List<Token> tokens, int t, int after, List<CatalogMatch> matches, int m)
    {
        // "السفير أحمد بن عبد العزيز قطان": a nasab the catalog knows is only the start of a longer name when a family
        // name follows it (a plain word, not a title, verb or particle the lexicon knows, nor a catalog name), unless an
        // honorific marks the royal bearer ("الأمير أحمد بن عبد العزيز").
        if (after >= tokens.Count || after - t < 3 || !NasabWords.Contains(Word(text, tokens[t + 1]))
            || (t > 0 && ReportingLexicon.Honorifics.ContainsWithConjunction(Word(text, tokens[t - 1])))
            || ReportingLexicon.Honorifics.Contains(Word(text, tokens[t])))
        {
            return false;
        }

        Token next = tokens[after];
        ReadOnlySpan<char> word = Word(text, next);
        return next.Classes == WordClass.None && word.Length >= 3 && !word.StartsWith("ال") && word[0] is not ('\u064A' or '\u062A')
            && !char.IsAsciiDigit(word[0]) && text[matches[m].End..next.Start].Trim().IsEmpty
            && (m + 1 >= matches.Count || matches[m + 1].Start - matches[m + 1].ProcliticLength > next.Start);
    }

    private static bool IsPolicyAdjective(ReadOnlySpan<char> text, List<Token> tokens, int t, CatalogMatch match)
    {
        // "السياسة الخارجية القطرية": a ministry's short name (الخارجية) is an adjective after the word for policy.
        return match.ProcliticLength == 0 && t > 0 && PolicyWords.Contains(Word(text, tokens[t - 1])) && IsNisba(Word(text, tokens[t]));
    }

    private static bool IsQualified(ReadOnlySpan<char> text, List<Token> tokens, int t, CatalogMatch match)
    {
        // "نائب رئيس الوزراء": the qualifier governs the title directly. "المبعوث الخاص للرئيس الأميركي": through an
        // adjective and the preposition ل.
        if (t > 0 && match.ProcliticLength == 0 && IsQualifier(Word(text, tokens[t - 1])))
        {
            return true; // "نائب رئيس الوزراء", "بسفير خادم الحرمين الشريفين"
        }

        bool genitive = match.ProcliticLength > 0 && text[match.Start - match.ProcliticLength] == '\u0644';
        return genitive && t > 1 && RoleQualifiers.ContainsWithConjunction(WithoutArticle(Word(text, tokens[t - 2])))
            && QualifierAdjectives.Contains(Word(text, tokens[t - 1]));
    }

    private static bool IsQualifier(ReadOnlySpan<char> word) =>
        RoleQualifiers.ContainsWithConjunction(word)
        || (word.Length > 3 && word[0] is '\u0628' or '\u0644' or '\u0643' && RoleQualifiers.Contains(word[1..]));

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) => word.StartsWith("ال") ? word[2..] : word;

    private static bool IsNisba(ReadOnlySpan<char> word) =>
        word.Length > 4 && word.StartsWith("ال") && (word.EndsWith("ي") || word.EndsWith("يه"));

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token) => text.Slice(token.Start, token.Length);
}
