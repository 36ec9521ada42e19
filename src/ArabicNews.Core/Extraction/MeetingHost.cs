using System;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Segmentation;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// The host of a meeting named by no name after its verb: a title alone (<c>التقى الرئيس فوراً بالرئيس الفرنسي …</c>,
/// <c>والتقى صاحب السمو الأمير، …</c>) or an honorific pronoun (<c>واستقبل سموه …</c>), as Gulf agencies report a day of
/// audiences.
/// </summary>
internal static class MeetingHost
{
    private const int MaxMentionsBack = 64;

    /// <summary>Returns the person a meeting verb's title-only or pronoun subject stands for.</summary>
    /// <param name="context">The article.</param>
    /// <param name="trigger">The meeting verb's token.</param>
    /// <param name="sentence">Its sentence.</param>
    /// <param name="other">The other side, already found, which is never the host.</param>
    /// <returns>The host, or <see langword="null"/> when the verb names its subject or none fits.</returns>
    public static Entity? BareTitleSubject(ArticleContext context, int trigger, Sentence sentence, Entity other)
    {
        if (!MeetingExtractor.IsMeetingVerb(context.Word(trigger)))
        {
            return null;
        }

        int title = trigger + 1;
        while (title < context.Tokens.Count && title <= trigger + MeetingExtractor.BareTitleWindow && context.Is(title, DiplomacyLexicon.HonorificHeads))
        {
            title++;
        }

        if (context.Is(title, DiplomacyLexicon.HonorificPronouns))
        {
            return SpokenOfBefore(context, sentence, other, []); // "واستقبل سموه رئيس مجلس الأمة …"
        }

        bool ruler = context.Is(title, DiplomacyLexicon.RulerTitles);
        if (!(ruler || context.Is(title, ReportingLexicon.PositionNouns)) || context.MatchCovering(title) is not null || !StandsAlone(context, title, ruler, sentence))
        {
            return null;
        }

        ReadOnlySpan<char> office = context.Word(title);
        return SpokenOfBefore(context, sentence, other, office.StartsWith("ال") ? office[2..] : office);
    }

    private static bool StandsAlone(ArticleContext context, int title, bool ruler, Sentence sentence)
    {
        // The title stands alone when the object ("بالرئيس الفرنسي …", "مع …") comes before any name, or when a comma closes
        // a ruler's title ("التقى سمو الأمير، بسمو رئيس مجلس الوزراء …"): "استقبل رئيس الوزراء نيكول باشينيان …" names its
        // subject.
        for (int k = title + 1; k < context.Tokens.Count && k <= title + MeetingExtractor.BareTitleWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (k == title + 1 && ruler && MeetingExtractor.HasHardBoundary(context, context.Tokens[title].End, context.Tokens[k].Start))
            {
                return true;
            }

            bool person = MeetingExtractor.StartsEntity(context, k, sentence.End, EntityKind.Person);
            ReadOnlySpan<char> word = context.Word(k);
            if (context.Is(k, DiplomacyLexicon.Counterparts) || (word.Length > 3 && word[0] == '\u0628' && (person || context.Is(k, DiplomacyLexicon.ParticipantGlue))))
            {
                return true;
            }

            if (person || MeetingExtractor.StartsEntity(context, k, sentence.End, EntityKind.Country))
            {
                return false;
            }
        }

        return false;
    }

    private static Entity? SpokenOfBefore(ArticleContext context, Sentence sentence, Entity other, ReadOnlySpan<char> office)
    {
        // The host of the article's last meeting ("واستقبل الأمير … ثم التقى الأمير …"), not a guest who held the office at
        // another time; else the last person named before the sentence who holds the office (any, for a pronoun).
        if (context.LastMeetingParties is [{ Kind: EntityKind.Person } host, ..] && !host.Equals(other) && Holds(host, office, context.Anchor))
        {
            return host;
        }

        int first = context.MatchAtOrAfter(sentence.Start) - 1;
        for (int m = first; m >= 0 && m > first - MaxMentionsBack; m--)
        {
            if (context.Matches[m].Entity is { Kind: EntityKind.Person } person && !person.Equals(other) && Holds(person, office, context.Anchor))
            {
                return person;
            }
        }

        return null;
    }

    private static bool Holds(Entity person, ReadOnlySpan<char> office, DateOnly? day)
    {
        // "الرئيس" is a president ("الرئيس الإيراني", "رئيس جمهورية …"), "الوزير" a minister, "الأمير" an emir; on the
        // article's day, a role not yet or no longer held does not count. No office (a pronoun) fits anyone.
        if (office.IsEmpty)
        {
            return true;
        }

        foreach (EntityRole role in person.Roles)
        {
            if (day is { } date && !role.IsHeldOn(date))
            {
                continue;
            }

            ReadOnlySpan<char> title = ArabicNormalizer.Normalize(role.Title).AsSpan();
            title = title.StartsWith("ال") ? title[2..] : title;
            if (title.StartsWith(office) && (title.Length == office.Length || title[office.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
