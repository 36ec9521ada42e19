using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Segmentation;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Extracts agreements from their trigger nouns (<c>معاهدة</c>, <c>اتفاقية</c>, <c>إعلان</c>, <c>بيان مشترك</c>,
/// <c>مذكرة تفاهم</c>, <c>خطة عمل</c>, <c>خارطة طريق</c>, <c>بروتوكول</c>) and the verb <c>اتفقا على</c>.
/// </summary>
/// <remarks>
/// The title runs from the trigger (with a count before it, <c>150 اتفاقية</c>) to the first clause boundary. The
/// status is signed when a signing word is in the sentence, proposed when the signing is still to come
/// (<c>في توقيع اتفاق السلام</c>). Dates introduced by <c>بتاريخ</c> after the title are signing dates, and a list of
/// them yields one agreement per date. A known agreement is linked to the catalog by its name, or by its kind and
/// signing date. Anaphors (<c>هذا الاتفاق</c>) add nothing.
/// </remarks>
internal static class AgreementExtractor
{
    private const int MaxTitleWords = 18;
    private const int MaxCount = 999;
    private const int StatusWindowBefore = 16;
    private const int StatusWindowAfter = 10;

    private static readonly WordSet TitleStops = new(
        "التي", "الذي", "الموقعه", "الموقع", "وقعه", "وقعها", "وقعاه", "بتاريخ", "المؤرخه", "المؤرخ", "علي", "حتي", "من", "قبل",
        "يوم", "عام", "تم", "خلال", "منذ", "الي", "رفيعه", "بما", "وهو", "وهي", "كما", "اذ", "حيث", "فيما", "ان", "انه", "انها",
        "بان", "لكن", "لان", "ستعمل", "سيتم", "يتم", "سيكون", "ستكون", "يكون", "تكون", "كان", "كانت", "قد", "لقد", "اليوم", "امس");

    private static readonly WordSet AgreedOnPronouns = new("عليه", "عليها", "عليهما", "عليهم");

    private static readonly WordSet ReachingNouns = new("التوصل", "للتوصل", "بالتوصل", "الوصول", "للوصول", "بالوصول");

    private static readonly WordSet ReachingAnnouncements = new("أعلن", "أعلنت", "أعلنا", "يعلن", "تعلن", "إعلان", "تم", "جرى", "عن", "أكد", "أكدت");

    private static readonly WordSet Rulers = new("ولي", "الملك", "السلطان");

    private static readonly WordSet DateIntroducers = new("بتاريخ", "وبتاريخ", "المؤرخ", "المؤرخة");

    private static readonly WordSet JointQualifiers = new("مشترك", "المشترك", "مشتركا", "ثلاثي", "الثلاثي", "ختامي", "الختامي", "ثنائي", "الثنائي", "مشتركه", "المشتركه", "الثلاثيه", "ثلاثيه");

    // The catalog's signed agreements, found once per catalog (catalogs are immutable).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EntityCatalog, Entity[]> SignedAgreements = new();

    private static readonly System.Buffers.SearchValues<char> TitleBreaks = System.Buffers.SearchValues.Create(".\u060C,:\u061B()");

    /// <summary>Extracts the agreements of the article.</summary>
    /// <param name="context">The article.</param>
    /// <param name="catalog">The catalog, to link known agreements.</param>
    /// <param name="results">Receives the agreements.</param>
    public static void Extract(ArticleContext context, EntityCatalog catalog, List<Agreement> results)
    {
        int signedListSentence = -1;
        for (int i = 0; i < context.Tokens.Count; i++)
        {
            AgreementKind? kind = KindAt(context, i, out int titleFirstExtra);
            if (kind is null || (i > 0 && context.Is(i - 1, DiplomacyLexicon.Anaphors)) || InsideOtherName(context, i) || IsBackReference(context, i, titleFirstExtra, kind.Value, results))
            {
                continue;
            }

            int position = context.Tokens[i].Start;
            Sentence sentence = context.SentenceAt(position);
            if (sentence.Paragraph < 0)
            {
                continue; // a boilerplate line ("اقرأ أيضا: …", "الصور: …"): no sentence to stand as evidence
            }

            bool counted = i > 0 && IsCount(context, i - 1);
            if (counted && IsPlural(context.Word(i)))
            {
                continue; // "وقّع الجانبان 5 اتفاقيات ومذكرات تفاهم": a summary of the list that follows
            }

            int titleStart = counted ? context.Tokens[i - 1].Start : position;
            if (!counted && context.Word(i)[0] is '\u0648' or '\u0641' && !KindWordStartsWithConjunction(context.Word(i)))
            {
                titleStart++; // "ومذكرة تفاهم …": the title starts after the conjunction
            }

            int titleEnd = TitleEnd(context, i + titleFirstExtra, sentence.End);
            AgreementStatus status = StatusOf(context, sentence, i);
            if (status == AgreementStatus.Mentioned && signedListSentence == sentence.Start && context.Word(i)[0] == '\u0648')
            {
                status = AgreementStatus.Signed; // "جرى التوقيع على …: مذكرة تفاهم …، واتفاقية …، وخطة عمل …": the list shares its signing
            }

            signedListSentence = status == AgreementStatus.Signed ? sentence.Start : -1;
            List<PartialDate> dated = AttachedDates(context, titleEnd, sentence.End);
            bool inferred = false;
            if (dated.Count == 0 && status == AgreementStatus.Signed)
            {
                // A document signed with no date in its sentence was signed on the day the article reports ("ووقع الطرفان
                // خلال الاجتماع خارطة طريق …"), unless the sentence is background in the pluperfect.
                PartialDate? near = context.NearestDate(sentence.Start, sentence.End, position);
                if (near is null && context.Anchor is { } day && !context.IsPluperfect(sentence) && !SignedInCatalog(context, titleStart, Math.Max(titleEnd, position + 1)))
                {
                    near = PartialDate.FromDateOnly(day);
                    inferred = true;
                }

                if (near is not null)
                {
                    dated.Add(near.Value);
                }
            }

            string title = context.Text.OriginalText(titleStart, titleEnd - titleStart).Trim();
            int titleWords = context.WordCount(titleStart, titleEnd);
            bool bare = titleWords < 2 || (inferred && IsPlural(context.Word(i)) && titleWords <= titleFirstExtra + 1);
            if ((dated.Count == 0 || inferred) && bare && context.FirstEntity(titleStart, titleEnd + 1, static e => e.Kind == EntityKind.Agreement) is null)
            {
                continue; // a bare "الاتفاقات", "الإعلان" or "ومذكرات تفاهم" names nothing
            }

            Entity? named = context.FirstEntity(titleStart, Math.Max(titleEnd, position + 1), static e => e.Kind == EntityKind.Agreement);
            var parties = PartiesOf(context, sentence);
            TextSpan evidence = context.Text.ToOriginal(sentence.Start, sentence.End - sentence.Start);
            if (dated.Count == 0)
            {
                Add(results, Build(catalog, named, kind.Value, title, null, status, parties, evidence), sameDateIsSameDocument: true);
            }

            foreach (PartialDate date in dated)
            {
                Add(results, Build(catalog, named, kind.Value, title, date, AgreementStatus.Signed, parties, evidence), sameDateIsSameDocument: !inferred);
            }

            i = Math.Max(i, context.TokenAtOrAfter(titleEnd) - 1);
        }

        RemoveHeadlineSummaries(context, results);
    }

    private static bool SignedInCatalog(ArticleContext context, int start, int end) =>
        context.FirstEntity(start, end, static e => e.Kind == EntityKind.Agreement && e.Signed is not null) is not null;

    private static bool IsBackReference(ArticleContext context, int trigger, int triggerWords, AgreementKind kind, List<Agreement> found)
    {
        // "المعاهدة" alone after a treaty was named ("وتمتد المعاهدة لعشرين عاما", "وصف بزشكيان المعاهدة بأنها …",
        // "وأوضحت خريطة الطريق أن …") is that document again: a definite singular trigger with no name of its own after it.
        ReadOnlySpan<char> word = context.Word(trigger);
        int last = trigger + triggerWords - 1;
        bool definite = StripConjunction(context.Word(last)).StartsWith("ال");
        if (!definite || IsPlural(word) || !HasKind(found, kind) || last + 1 >= context.Tokens.Count)
        {
            return false;
        }

        ReadOnlySpan<char> next = context.Word(last + 1);
        bool ownName = next.StartsWith("ال") || next.StartsWith("لل") || next is "بين" or "بشان" or "حول"
            || JointQualifiers.Contains(next) || context.MatchCovering(trigger + 1) is not null;
        return !ownName;
    }

    private static void RemoveHeadlineSummaries(ArticleContext context, List<Agreement> results)
    {
        // The headline names what the body reports in full ("بوتين وبزشكيان يوقعان معاهدة الشراكة … في الكرملين"):
        // a headline document of a kind the body also has is the same document.
        if (context.Layout.Title is not { } title)
        {
            return;
        }

        TextSpan headline = context.Text.ToOriginal(title.Start, title.End - title.Start);
        results.RemoveAll(a => a.Evidence.Start >= headline.Start && a.Evidence.Start < headline.Start + headline.Length
            && results.Exists(b => b.Kind == a.Kind && b.Evidence.Start >= headline.Start + headline.Length));
    }

    private static AgreementKind? KindAt(ArticleContext context, int i, out int extra)
    {
        extra = 1;
        if (!context.Is(i, DiplomacyLexicon.AgreementNouns))
        {
            return null; // nearly every word: no document noun in any form
        }

        // Words compare in their normalized form: ة is ه, أ is ا, ئ is ي (a test keeps every such literal normalized).
        ReadOnlySpan<char> word = StripArticle(context.Word(i));
        switch (word)
        {
            case "معاهده" or "معاهدات" or "معاهدتين":
                return AgreementKind.Treaty;
            case "اتفاقيه" or "اتفاقيات" or "اتفاق" or "اتفاقا" or "اتفاقات":
                return IsVerbalNoun(context, i) || IsSoughtAfter(context, i) ? null : AgreementKind.Agreement;
            case "اعلان" or "اعلانا" or "اعلانات":
                return IsAnnouncement(context, i) ? null : AgreementKind.Declaration;
            case "بيان" or "بيانا":
                return i + 1 < context.Tokens.Count && context.Is(i + 1, JointQualifiers) ? AgreementKind.JointStatement : null;
            case "مذكره" or "مذكرات":
                return AgreementKind.Memorandum;
            case "خطه" when NextWord(context, i) is "عمل" or "العمل" or "المشاورات" or "مشاورات" or "التعاون" or "تعاون":
                extra = 2;
                return AgreementKind.ActionPlan;
            case "برنامج" or "برنامجا" or "برامج" when NextWord(context, i) is "للتعاون" or "تعاون" or "التعاون" or "عمل":
                // "وبرنامج للتعاون في مجال الثقافة للفترة 2025-2027": a programme of cooperation is a plan of action.
                return AgreementKind.ActionPlan;
            case "خارطه" or "خريطه" or "خرايط" when NextWord(context, i) is "طريق" or "الطريق":
                extra = 2;
                return AgreementKind.Roadmap;
            case "بروتوكول" or "بروتوكولا" or "بروتوكولات":
                return AgreementKind.Protocol;
            default:
                return null;
        }
    }

    private static bool IsVerbalNoun(ArticleContext context, int i) =>
        // "الملفات التي تم الاتفاق عليها": agreeing on something already named, not a document.
        i + 1 < context.Tokens.Count && context.Is(i + 1, AgreedOnPronouns);

    private static bool IsSoughtAfter(ArticleContext context, int i)
    {
        // "يعملون على … التوصل إلى اتفاق بشأن …": an agreement sought is none yet, unless its reaching is announced
        // ("أعلن … التوصل إلى اتفاق", "تم التوصل إلى اتفاق").
        if (i < 2 || !context.Word(i - 1).SequenceEqual("الي") || !context.Is(i - 2, ReachingNouns))
        {
            return false;
        }

        int sentenceStart = context.SentenceAt(context.Tokens[i].Start).Start;
        for (int k = i - 3; k >= 0 && k >= i - 8 && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (context.Is(k, ReachingAnnouncements))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAnnouncement(ArticleContext context, int i)
    {
        // "إعلان عن …", "لإعلان …", "إعلان الاتفاق سيكون …", "إعلان ولي العهد …": the announcing of something or by someone,
        // not a document.
        if (context.Word(i).StartsWith("ل"))
        {
            return true;
        }

        if (i + 1 >= context.Tokens.Count)
        {
            return false;
        }

        ReadOnlySpan<char> next = context.Word(i + 1);
        return next.SequenceEqual("عن") || context.Is(i + 1, DiplomacyLexicon.AgreementNouns) || context.Is(i + 1, ReportingLexicon.PositionNouns)
            || context.Is(i + 1, ReportingLexicon.Honorifics) || context.Is(i + 1, Rulers) || context.MatchCovering(i + 1) is { Entity.Kind: EntityKind.Person };
    }

    private static bool IsPlaceOrDateAfterIn(ArticleContext context, int k)
    {
        // "اتفاقية بشأن التعاون في بناء محطات …" goes on; "… في موسكو" or "… في 3 يوليو 1997" ends the title.
        if (!context.Word(k).SequenceEqual("في") || k + 1 >= context.Tokens.Count)
        {
            return false;
        }

        int next = context.Tokens[k + 1].Start;
        int m = context.MatchAtOrAfter(next);
        bool place = m < context.Matches.Count && context.Matches[m].Start - context.Matches[m].ProcliticLength == next
            && context.Matches[m].Entity is { Kind: EntityKind.City or EntityKind.Country or EntityKind.Region };
        return place || DateStartsAt(context, next) || char.IsAsciiDigit(context.Word(k + 1)[0]) || context.Is(k + 1, TitleStops);
    }

    private static bool DateStartsAt(ArticleContext context, int position)
    {
        int i = context.FirstDateAtOrAfter(position);
        return i < context.Dates.Count && context.Dates[i].Start == position;
    }

    private static bool InsideOtherName(ArticleContext context, int token) =>
        // "منظمة معاهدة الأمن الجماعي" is an organisation, not a treaty.
        context.MatchCovering(token) is { Entity: { Kind: not EntityKind.Agreement } } match
            && match.Start - match.ProcliticLength < context.Tokens[token].Start;

    private static bool IsCount(ArticleContext context, int token)
    {
        ReadOnlySpan<char> word = context.Word(token);
        return int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
            && count <= MaxCount && context.Span[context.Tokens[token].End..context.Tokens[token + 1].Start].Trim().IsEmpty;
    }

    // A loop, not found.Exists(a => a.Kind == kind): the lambda would capture kind, a closure allocated on every call.
    private static bool HasKind(List<Agreement> agreements, AgreementKind kind)
    {
        foreach (Agreement agreement in agreements)
        {
            if (agreement.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) => word.EndsWith("ات") || word.SequenceEqual("خرايط");

    private static bool KindWordStartsWithConjunction(ReadOnlySpan<char> word) => word.StartsWith("وثيق");

    private static ReadOnlySpan<char> StripConjunction(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] is '\u0648' or '\u0641' ? word[1..] : word;

    // The word after token i without its article, or nothing at the end of the text.
    private static ReadOnlySpan<char> NextWord(ArticleContext context, int i) =>
        i + 1 < context.Tokens.Count ? StripArticle(context.Word(i + 1)) : default;

    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> word)
    {
        // و/ف, then ب/ل/ك, then ال (or the contraction لل).
        word = StripConjunction(word);

        if (word.StartsWith("لل") && word.Length > 4)
        {
            return word[2..];
        }

        if (word.Length > 4 && word[0] is '\u0628' or '\u0644' or '\u0643' && word[1..].StartsWith("ال"))
        {
            word = word[1..];
        }

        return word.StartsWith("ال") && word.Length > 4 ? word[2..] : word;
    }

    private static int TitleEnd(ArticleContext context, int firstAfter, int limit)
    {
        int end = context.Tokens[firstAfter - 1].End;
        for (int k = firstAfter; k < context.Tokens.Count && k - firstAfter < MaxTitleWords && context.Tokens[k].Start < limit; k++)
        {
            ReadOnlySpan<char> gap = context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start];
            if (gap.IndexOfAny(TitleBreaks) >= 0 || context.Is(k, TitleStops) || char.IsAsciiDigit(context.Word(k)[0]) || IsPlaceOrDateAfterIn(context, k))
            {
                break;
            }

            end = context.Tokens[k].End;
        }

        return end;
    }

    private static AgreementStatus StatusOf(ArticleContext context, Sentence sentence, int trigger)
    {
        // The nearest signing or proposal word within the clause around the trigger decides:
        // "في توقيع اتفاق السلام" is still to come, "الإعلانات الثلاثية التي وقعها قادة …" is signed.
        int first = Math.Max(context.TokenAtOrAfter(sentence.Start), trigger - StatusWindowBefore);
        int best = int.MaxValue;
        AgreementStatus status = AgreementStatus.Mentioned;
        for (int k = first; k < context.Tokens.Count && k <= trigger + StatusWindowAfter && context.Tokens[k].Start < sentence.End; k++)
        {
            AgreementStatus? signal = SignalAt(context, k, trigger);
            int distance = Math.Abs(k - trigger);
            if (signal is { } found && distance < best)
            {
                best = distance;
                status = found;
            }
        }

        return status;
    }

    private static AgreementStatus? SignalAt(ArticleContext context, int k, int trigger)
    {
        ReadOnlySpan<char> word = context.Word(k);
        bool masdar = word.EndsWith("توقيع") && !word.EndsWith("التوقيع");
        if (masdar)
        {
            return k > 0 && context.Word(k - 1).SequenceEqual("تم") ? AgreementStatus.Signed : AgreementStatus.Proposed;
        }

        if (context.Is(k, DiplomacyLexicon.SigningWords))
        {
            return AgreementStatus.Signed;
        }

        return k < trigger && k >= trigger - 2 && context.Is(k, DiplomacyLexicon.ProposalWords) ? AgreementStatus.Proposed : null;
    }

    private static List<PartialDate> AttachedDates(ArticleContext context, int titleEnd, int sentenceEnd)
    {
        // "… بتاريخ 9 نوفمبر (تشرين الثاني) 2020 و11 يناير (كانون الثاني) و26 نوفمبر (تشرين الثاني) 2021".
        var dates = new List<PartialDate>();
        int k = context.TokenAtOrAfter(titleEnd);
        int limit = Math.Min(context.Tokens.Count, k + 4);
        int from = -1;
        for (; k < limit && context.Tokens[k].Start < sentenceEnd; k++)
        {
            if (context.Is(k, DateIntroducers))
            {
                bool thenFi = k + 1 < context.Tokens.Count && context.Word(k + 1).SequenceEqual("في"); // "المؤرخة في 5 مارس"
                from = context.Tokens[thenFi ? k + 1 : k].End;
                break;
            }
        }

        if (from < 0)
        {
            return dates;
        }

        int previousEnd = from;
        for (int i = context.FirstDateAtOrAfter(from); i < context.Dates.Count && context.Dates[i].Start < sentenceEnd; i++)
        {
            DateMatch date = context.Dates[i];

            ReadOnlySpan<char> gap = context.Span[previousEnd..date.Start].Trim();
            if (!gap.IsEmpty && !gap.SequenceEqual("و") && !gap.SequenceEqual("\u060C") && !gap.SequenceEqual(","))
            {
                break;
            }

            if (ArticleContext.EventDate(date) is { } value)
            {
                dates.Add(value);
            }

            previousEnd = date.Start + date.Length;
        }

        return dates;
    }

    private static List<EntityReference> PartiesOf(ArticleContext context, Sentence sentence)
    {
        var parties = new List<EntityReference>();
        for (int m = context.MatchAtOrAfter(sentence.Start); m < context.Matches.Count && context.Matches[m].Start < sentence.End; m++)
        {
            if (context.Matches[m].Entity is { Kind: EntityKind.Country } country && context.Matches[m].Kind != CatalogMatchKind.Demonym
                && !parties.Exists(p => p.Id == country.Id))
            {
                parties.Add(EntityReference.From(country));
            }
        }

        return parties;
    }

    private static Agreement Build(
        EntityCatalog catalog,
        Entity? named,
        AgreementKind kind,
        string title,
        PartialDate? signed,
        AgreementStatus status,
        List<EntityReference> parties,
        TextSpan evidence)
    {
        Entity? known = named ?? FindBySigning(catalog, kind, signed);
        IReadOnlyList<EntityReference> knownParties = parties;
        if (known is not null && known.Parties.Count > 0)
        {
            var fromCatalog = new List<EntityReference>(known.Parties.Count);
            foreach (string id in known.Parties)
            {
                if (catalog.TryGetById(id, out Entity? party))
                {
                    fromCatalog.Add(EntityReference.From(party));
                }
            }

            knownParties = fromCatalog;
        }

        return new Agreement
        {
            Id = known?.Id,
            Kind = kind,
            Title = title,
            Signed = signed ?? (known?.Signed is { } date ? PartialDate.FromDateOnly(date) : null),
            Status = status,
            Parties = knownParties,
            Evidence = evidence,
        };
    }

    private static Entity? FindBySigning(EntityCatalog catalog, AgreementKind kind, PartialDate? signed)
    {
        if (signed is not { Precision: DatePrecision.Day } date || !date.TryGetDateOnly(out DateOnly day))
        {
            return null;
        }

        foreach (Entity entity in SignedAgreements.GetValue(catalog, static c => c.OfKind(EntityKind.Agreement).Where(static e => e.Signed is not null).ToArray()))
        {
            if (entity.Signed == day && Compatible(kind, entity.AgreementKind))
            {
                return entity;
            }
        }

        return null;
    }

    private static bool Compatible(AgreementKind kind, AgreementKind? catalogKind)
    {
        // Outlets call the same document a declaration, a joint statement or an agreement.
        bool looseFamily = kind is AgreementKind.Agreement or AgreementKind.Declaration or AgreementKind.JointStatement;
        return catalogKind switch
        {
            AgreementKind.Treaty or AgreementKind.Memorandum or AgreementKind.ActionPlan or AgreementKind.Roadmap or AgreementKind.Protocol => kind == catalogKind,
            _ => looseFamily,
        };
    }

    private static void Add(List<Agreement> results, Agreement agreement, bool sameDateIsSameDocument)
    {
        // One record per document: the same catalog entry, or the same kind signed on the same date (unless the date is
        // only the article's, which several documents signed that day share), or the same title.
        int same = results.FindIndex(a =>
            (a.Id is not null && a.Id == agreement.Id && (a.Signed == agreement.Signed || a.Signed is null || agreement.Signed is null))
            || (sameDateIsSameDocument && a.Signed is not null && a.Signed == agreement.Signed && a.Kind == agreement.Kind)
            || (a.Signed is null && agreement.Signed is null && a.Kind == agreement.Kind && a.Title == agreement.Title));
        if (same < 0)
        {
            results.Add(agreement);
        }
        else if (results[same].Signed is null && agreement.Signed is not null)
        {
            results[same] = results[same] with { Signed = agreement.Signed, Status = AgreementStatus.Signed };
        }
    }
}
