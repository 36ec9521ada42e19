using System;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Resolves a title that stands for a person named earlier (<c>وأكد المبعوث الأمريكي أن …</c>, <c>وقال السكرتير
/// الصحفي …</c>, <c>وأكد ولي العهد …</c>) to the person the article introduced with the same title: the name right before
/// it (<c>توم باراك، المبعوث الخاص …</c>, <c>عبد الملك الخليلي رئيس مجلس الدولة</c>) or right after it (<c>ولي العهد
/// الأمير محمد بن سلمان</c>).
/// </summary>
internal static class TitleAnaphora
{
    private const int MaxTokensBack = 400;
    private const int MaxTokensToName = 6;

    /// <summary>Finds the person last introduced with the title at token <paramref name="title"/>.</summary>
    /// <param name="context">The article.</param>
    /// <param name="title">The token of the title word.</param>
    /// <param name="phraseStart">The start of the speaker phrase: the title must have been used before it.</param>
    /// <param name="phraseEnd">The end of the speaker phrase.</param>
    /// <param name="preferred">
    /// The previous speaker: when they were introduced with the same title, the title is theirs even if someone else
    /// was given it since (<c>وزير الخارجية</c> of the host after the guest's).
    /// </param>
    /// <returns>The person, or <see langword="null"/> when the title was not used with a name before.</returns>
    public static EntityReference? Find(ArticleContext context, int title, int phraseStart, int phraseEnd, EntityReference? preferred)
    {
        ReadOnlySpan<char> head = Bare(context.Word(title));
        if (head.Length < 3)
        {
            return null;
        }

        // "رئيس الجمهورية" must meet "رئيس الجمهورية" again, not "نائب رئيس الوزراء"; a title alone or with a demonym
        // ("المبعوث الأمريكي") may meet the title with another descriptor ("المبعوث الخاص للرئيس").
        int descriptor = DescriptorAfter(context, title);
        bool described = descriptor < context.Tokens.Count && context.Tokens[descriptor].End <= phraseEnd
            && context.MatchCovering(descriptor) is not { Entity.Kind: EntityKind.Country };
        EntityReference? latest = null;
        for (int k = title - 1; k >= 0 && title - k <= MaxTokensBack; k--)
        {
            if (context.Tokens[k].End > phraseStart || !Bare(context.Word(k)).SequenceEqual(head)
                || (described && (k + 1 >= title || !Bare(context.Word(DescriptorAfter(context, k))).SequenceEqual(Bare(context.Word(descriptor))))))
            {
                continue;
            }

            // "الرئيس التركي" names its holder; "توم باراك، المبعوث الخاص للرئيس …" names the person before the title; "ولي
            // العهد الأمير محمد بن سلمان" after it; "عبد الملك الخليلي رئيس مجلس الدولة" before it when no name follows.
            bool appositive = k > 0 && context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start].IndexOfAny('\u060C', ',') >= 0;
            EntityReference? person = context.MatchCovering(k) is { Entity: { Kind: EntityKind.Person } holder }
                ? EntityReference.From(holder)
                : (appositive ? PersonEndingAt(context, k - 1) : null) ?? PersonAfter(context, k) ?? PersonEndingAt(context, k - 1);
            if (person is not null && (preferred is null || IsSame(person, preferred)))
            {
                return person;
            }

            latest ??= person;
        }

        return latest;
    }

    private static bool IsSame(EntityReference a, EntityReference b) => a.Id is not null ? a.Id == b.Id : b.Id is null && a.Name == b.Name;

    private static int DescriptorAfter(ArticleContext context, int title)
    {
        // "المتحدث الرسمي باسم الخارجية" is "المتحدث باسم الخارجية": "official" describes no other office.
        int next = title + 1;
        return next < context.Tokens.Count && context.Word(next) is "الرسمي" or "الرسميه" ? next + 1 : next;
    }

    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word)
    {
        // "والمبعوث", "للمبعوث", "المبعوث" → "مبعوث".
        if (word.Length > 4 && word[0] == 'و' && (word[1..].StartsWith("ال") || word[1..].StartsWith("لل")))
        {
            word = word[1..];
        }

        return word.Length > 4 && (word.StartsWith("ال") || word.StartsWith("لل")) ? word[2..] : word;
    }

    private static EntityReference? PersonEndingAt(ArticleContext context, int token)
    {
        if (token < 0)
        {
            return null;
        }

        if (context.MatchCovering(token) is { Kind: CatalogMatchKind.Alias, Entity: { Kind: EntityKind.Person } person } match
            && match.End == context.Tokens[token].End)
        {
            return EntityReference.From(person);
        }

        foreach ((int start, int length, string name) in context.UnknownPeople)
        {
            if (start + length == context.Tokens[token].End)
            {
                return new EntityReference { Name = name, Kind = EntityKind.Person };
            }
        }

        return null;
    }

    private static EntityReference? PersonAfter(ArticleContext context, int title)
    {
        // The name follows the title's descriptor within a few words, before any sentence punctuation.
        ReadOnlySpan<char> text = context.Span;
        for (int k = title + 1; k < context.Tokens.Count && k - title <= MaxTokensToName; k++)
        {
            if (text[context.Tokens[k - 1].End..context.Tokens[k].Start].IndexOfAny('.', '\u061F', ':') >= 0)
            {
                return null;
            }

            if (context.MatchCovering(k) is { Kind: CatalogMatchKind.Alias, Entity: { Kind: EntityKind.Person } person })
            {
                return EntityReference.From(person); // a name, not a role inside the descriptor ("لرئيس كازاخستان")
            }

            foreach ((int start, int _, string name) in context.UnknownPeople)
            {
                if (start == context.Tokens[k].Start)
                {
                    return new EntityReference { Name = name, Kind = EntityKind.Person };
                }
            }
        }

        return null;
    }
}
