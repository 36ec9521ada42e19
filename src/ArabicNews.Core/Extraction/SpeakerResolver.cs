using System;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Resolves the speaker phrase of a statement to who spoke: a catalog entity (a person first, then an organisation or
/// outlet, then a state), a person outside the catalog (by title and name, by an appositive name, or by the surname of
/// someone named before), a title or demonstrative that points back, a source outside the catalog by the words that
/// name it (<c>مصادر مطلعة</c>, <c>مديرية الأنواء الجوية</c>), or — for a zero subject — the sentence's subject or the
/// previous speaker.
/// </summary>
internal static class SpeakerResolver
{
    private const int SubjectWords = 2;
    private const int MaxMentionsBack = 64;
    private const int MaxAppositiveNameWords = 4;
    private const int MaxWordsToCaller = 16;
    private const int MaxCallerWords = 5;
    private const int MaxWordsBeforeCallVerb = 3;

    /// <summary>Resolves a speaker phrase.</summary>
    /// <param name="context">The article.</param>
    /// <param name="trigger">The trigger's token.</param>
    /// <param name="attribution">Whether the trigger is an attribution (<c>بحسب</c>), whose outlet may be the article's source.</param>
    /// <param name="verb">Whether the trigger is a reporting verb, which may have a zero subject.</param>
    /// <param name="phraseStart">The normalized start of the speaker phrase.</param>
    /// <param name="phraseEnd">The normalized end of the speaker phrase; moved past a name in apposition to a title.</param>
    /// <param name="previous">The previous statement's speaker.</param>
    /// <param name="previousInSentence">Whether the previous statement was made in this sentence.</param>
    /// <param name="sentenceStart">The start of the trigger's sentence.</param>
    /// <param name="continuation">Whether a word such as <c>ثم</c> or <c>لكنه</c> ties the trigger to the previous speaker.</param>
    /// <param name="isSource">Set when the speaker is an outlet named by an attribution: the article's source, not a speaker.</param>
    /// <returns>The speaker, or <see langword="null"/> when nobody can be named.</returns>
    public static EntityReference? Resolve(
        ArticleContext context,
        int trigger,
        bool attribution,
        bool verb,
        int phraseStart,
        ref int phraseEnd,
        EntityReference? previous,
        bool previousInSentence,
        int sentenceStart,
        bool continuation,
        out bool isSource)
    {
        isSource = false;
        int firstToken = context.TokenAtOrAround(phraseStart);
        bool empty = phraseEnd <= phraseStart;
        bool demonstrative = !empty && context.Is(firstToken, DiplomacyLexicon.Anaphors);

        if (!empty && !demonstrative)
        {
            // A demonym after a title or an unnamed source describes the speaker: "مصدر دبلوماسي تركي" is not Turkey.
            bool titled = context.Is(firstToken, ReportingLexicon.PositionNouns);
            Entity? entity = PersonInPhrase(context, phraseStart, phraseEnd, titled)
                ?? context.FirstEntity(phraseStart, phraseEnd, static e => e.Kind is EntityKind.Organization or EntityKind.Media)
                ?? (titled || context.Is(firstToken, ReportingLexicon.UnnamedSources) ? null : context.FirstEntity(phraseStart, phraseEnd, static e => e.Kind is EntityKind.Country));
            if (titled && entity is not { Kind: EntityKind.Person } && AppositiveName(context, ref phraseEnd) is { } named)
            {
                return named; // "أعلن رئيس دائرة الاتصال بالرئاسة التركية، برهان الدين دوران، أن …": the name after the title
            }

            if (entity is not null)
            {
                isSource = attribution && entity.Kind == EntityKind.Media;
                return EntityReference.From(entity);
            }

            if (titled && TitleWithDemonym(context, firstToken, phraseStart, phraseEnd) is { } holder)
            {
                return EntityReference.From(holder); // "وأضاف الوزير الروسي أن …": the Russian minister named before
            }

            if (SurnameOfPersonBefore(context, firstToken, phraseStart, phraseEnd) is { } bySurname)
            {
                return bySurname; // "وأوضح الأنصاري أن …" after "ماجد بن محمد الأنصاري", "الرئيس بارزاني" after "مسعود بارزاني"
            }

            if (TryFindUnknownPerson(context, phraseStart, phraseEnd, out EntityReference? person))
            {
                return person;
            }

            if (titled)
            {
                // "المبعوث الأمريكي", "رئيس الجمهورية", "المسؤول": the person introduced by that title, else the person spoken of before.
                if (TitleAnaphora.Find(context, firstToken, phraseStart, phraseEnd, previous) is { } titleHolder)
                {
                    return titleHolder;
                }

                if (previous is { Kind: EntityKind.Person })
                {
                    return previous;
                }

                Entity? before = context.LastEntity(0, phraseStart, static e => e.Kind == EntityKind.Person);
                return before is null ? null : EntityReference.From(before);
            }
        }

        if (!empty && context.Is(firstToken, ReportingLexicon.StatementNouns))
        {
            // "البيان ذاته", "بيان صادر عن …": the statement of whoever spoke before; "بيان وزارة الخارجية" before anyone spoke.
            return previous ?? UnnamedSource(context, phraseStart, phraseEnd);
        }

        if (demonstrative || (!empty && context.Is(firstToken, ReportingLexicon.OrganisationNouns)))
        {
            // "هذا العضو", "الوزارة", "الدائرة الدبلوماسية": the speaker or organisation named before.
            bool wantsOrganisation = !demonstrative;
            if (previous is not null && (previous.Kind == EntityKind.Organization) == wantsOrganisation)
            {
                return previous;
            }

            Entity? before = context.LastEntity(0, phraseStart, wantsOrganisation
                ? static e => e.Kind == EntityKind.Organization
                : static e => e.Kind == EntityKind.Person);
            return before is not null ? EntityReference.From(before) : previous ?? (demonstrative ? null : UnnamedSource(context, phraseStart, phraseEnd));
        }

        if (!empty && context.Is(firstToken, ReportingLexicon.UnnamedSources))
        {
            return UnnamedSource(context, phraseStart, phraseEnd); // "مصادر مطلعة", "مديرية الأنواء الجوية"
        }

        if (!empty || !verb)
        {
            return null;
        }

        // A verb that needs its subject may share it with the verb it is coordinated with ("وأشاد نزارباييف به ووصفه بأنه …").
        ReadOnlySpan<char> word = context.Word(trigger);
        bool coordinated = word[0] == 'و' && ReportingLexicon.ExplicitSubjectVerbs.Contains(word[1..]);
        bool needsSubject = !continuation && context.Is(trigger, ReportingLexicon.ExplicitSubjectVerbs);
        if (needsSubject && !coordinated)
        {
            return null;
        }

        // A zero subject is the speaker of the sentence's previous statement ("قالت المصادر إن …، وأكدت أن …"), else the
        // subject already named in the sentence ("عقد عراقجي اجتماعا …، أكد خلاله أن"), else the previous speaker.
        if (previousInSentence && previous is not null)
        {
            return previous;
        }

        EntityReference? subject = SentenceSubject(context, sentenceStart, context.Tokens[trigger].Start);
        return needsSubject ? subject : subject ?? previous;
    }

    private static Entity? PersonInPhrase(ArticleContext context, int phraseStart, int phraseEnd, bool titled)
    {
        // A person named in the phrase; a role stands for its holder only at the start of a titled phrase ("الرئيس
        // الروسي"), not inside a descriptor ("السكرتير الصحفي لرئيس كازاخستان - رسلان زيلديباي").
        Entity? role = null;
        for (int m = Math.Max(0, context.MatchAtOrAfter(phraseStart) - 1); m < context.Matches.Count && context.Matches[m].Start < phraseEnd; m++)
        {
            CatalogMatch match = context.Matches[m];
            if (match.Start < phraseStart || match.Entity is not { Kind: EntityKind.Person } person)
            {
                continue;
            }

            if (match.Kind != CatalogMatchKind.Role)
            {
                return person;
            }

            if (role is null && (!titled || context.TokenAtOrAround(match.Start) == context.TokenAtOrAround(phraseStart)))
            {
                role = person;
            }
        }

        return role;
    }

    private static EntityReference UnnamedSource(ArticleContext context, int phraseStart, int phraseEnd) =>
        new() { Name = context.Text.OriginalText(phraseStart, phraseEnd - phraseStart).Trim(), Kind = EntityKind.Organization };

    private static EntityReference? AppositiveName(ArticleContext context, ref int phraseEnd)
    {
        // A comma, then a catalog person or two to four name words, then a comma or a colon ("نائب المتحدث باسم الخارجية، شمس زاده: …").
        ReadOnlySpan<char> after = context.Span[phraseEnd..];
        int gap = after.Length - after.TrimStart().Length;
        if (gap >= after.Length || after[gap] is not ('\u060C' or ','))
        {
            return null;
        }

        int first = context.TokenAtOrAfter(phraseEnd);
        if (first >= context.Tokens.Count)
        {
            return null;
        }

        if (context.MatchCovering(first) is { Entity: { Kind: EntityKind.Person } person } match && match.Start <= context.Tokens[first].Start)
        {
            phraseEnd = match.End;
            return EntityReference.From(person);
        }

        int last = first - 1;
        for (int k = first; k < context.Tokens.Count && k - first < MaxAppositiveNameWords; k++)
        {
            ReadOnlySpan<char> word = context.Word(k);
            bool nameWord = word.Length >= 2 && !char.IsAsciiDigit(word[0]) && context.MatchCovering(k) is null
                && !context.Is(k, ReportingLexicon.PositionNouns) && !context.Is(k, DiplomacyLexicon.FunctionWords)
                && (!word.StartsWith("ال") || word is "الدين" or "الله");
            if (!nameWord || (k > first && context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start].Trim().Length > 0))
            {
                break;
            }

            last = k;
        }

        ReadOnlySpan<char> rest = context.Span[(last >= first ? context.Tokens[last].End : phraseEnd)..].TrimStart();
        if (last - first < 1 || rest.IsEmpty || rest[0] is not ('\u060C' or ',' or ':'))
        {
            return null;
        }

        phraseEnd = context.Tokens[last].End;
        return context.AddUnknownPerson(context.Tokens[first].Start, phraseEnd);
    }

    /// <summary>Finds the person named before <paramref name="start"/> whose name ends with the words in <c>[start, end)</c>.</summary>
    /// <param name="context">The article.</param>
    /// <param name="start">The normalized start of the surname.</param>
    /// <param name="end">The normalized end of the surname.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public static EntityReference? PersonBySurname(ArticleContext context, int start, int end) =>
        SurnameOfPersonBefore(context, context.TokenAtOrAround(start), start, end);

    private static EntityReference? SurnameOfPersonBefore(ArticleContext context, int firstToken, int phraseStart, int phraseEnd)
    {
        // A speaker named by one word, or two after a name particle ("أبو زيد"), perhaps after a title, that ends the
        // name of a person the article named before.
        int words = context.WordCount(phraseStart, phraseEnd);
        int token = context.Is(firstToken, ReportingLexicon.PositionNouns) && words > 1 ? firstToken + 1 : firstToken;
        int surnameWords = words - (token - firstToken);
        if (surnameWords is < 1 or > 2 || (surnameWords == 2 && !context.Is(token, ReportingLexicon.NameParticles))
            || context.Word(token + surnameWords - 1).Length < (surnameWords == 1 ? 4 : 3))
        {
            return null;
        }

        // Looks back a bounded number of mentions, so that many one-word speakers in a long article stay linear.
        ReadOnlySpan<char> surname = context.Span[context.Tokens[token].Start..context.Tokens[token + surnameWords - 1].End];
        int first = context.MatchAtOrAfter(phraseStart) - 1;
        for (int m = first; m >= 0 && m > first - MaxMentionsBack; m--)
        {
            CatalogMatch match = context.Matches[m];
            // The family name ends an Arabic or Western name and starts a Chinese one ("وانغ" after "وانغ يي").
            if (match.Entity is { Kind: EntityKind.Person } person && match.Kind == CatalogMatchKind.Alias
                && (EndsWithWord(context.Span.Slice(match.Start, match.Length), surname) || StartsWithWord(context.Span.Slice(match.Start, match.Length), surname)))
            {
                return EntityReference.From(person);
            }
        }

        for (int u = context.UnknownPeople.Count - 1; u >= 0; u--)
        {
            (int start, int length, string name) = context.UnknownPeople[u];
            if (start < phraseStart && EndsWithWord(context.Span.Slice(start, length), surname))
            {
                return new EntityReference { Name = name, Kind = EntityKind.Person };
            }
        }

        return null;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word) =>
        name.StartsWith(word) && name.Length > word.Length && name[word.Length] == ' ';

    private static bool EndsWithWord(ReadOnlySpan<char> name, ReadOnlySpan<char> word) =>
        name.EndsWith(word) && name.Length > word.Length && name[name.Length - word.Length - 1] == ' ';

    private static bool TryFindUnknownPerson(ArticleContext context, int phraseStart, int phraseEnd, out EntityReference? person)
    {
        person = null;
        foreach ((int start, int _, string known) in context.UnknownPeople)
        {
            if (start >= phraseStart && start < phraseEnd)
            {
                person = new EntityReference { Name = known, Kind = EntityKind.Person };
                return true;
            }
        }

        if (TitledName.TryFind(context, phraseStart, phraseEnd, out person))
        {
            return true;
        }

        // "عيدين حسينوف، عضو الجمعية …" or "موسي قاسملي:": two or three plain words ending at a comma or colon.
        int first = context.TokenAtOrAfter(phraseStart);
        int last = context.TokenAtOrAfter(phraseEnd) - 1;
        int words = last - first + 1;
        if (words is < 2 or > 3)
        {
            return false;
        }

        for (int i = first; i <= last; i++)
        {
            ReadOnlySpan<char> word = context.Word(i);
            if (word.Length < 3 || word.StartsWith("ال") || char.IsAsciiDigit(word[0]) || context.Is(i, ReportingLexicon.PositionNouns))
            {
                return false;
            }
        }

        ReadOnlySpan<char> after = context.Span[phraseEnd..].TrimStart();
        bool appositive = !after.IsEmpty && after[0] is '\u060C' or ',' && last + 1 < context.Tokens.Count && context.Is(last + 1, ReportingLexicon.PositionNouns);
        bool colon = !after.IsEmpty && after[0] == ':';
        if (!appositive && !colon)
        {
            return false;
        }

        person = context.AddUnknownPerson(context.Tokens[first].Start, context.Tokens[last].End);
        return true;
    }

    private static Entity? TitleWithDemonym(ArticleContext context, int title, int phraseStart, int phraseEnd)
    {
        // A title and a demonym, and nothing else: "الوزير الروسي", "الرئيس الأذربيجاني".
        if (context.WordCount(phraseStart, phraseEnd) != 2 || context.MatchCovering(title + 1) is not { Entity.Kind: EntityKind.Country })
        {
            return null;
        }

        return context.PersonHoldingTitle(context.Word(title).ToString(), context.Word(title + 1), phraseStart, exclude: null);
    }

    private static Entity? Caller(ArticleContext context, int sentenceStart, int before)
    {
        // "(وفي سياق آخر،) تلقى X اتصالاً (هاتفياً) من Y": the verb of a call received opens the sentence, perhaps after a
        // short transition, and Y follows من closely.
        int verb = context.TokenAtOrAfter(sentenceStart);
        int lastOpening = verb + MaxWordsBeforeCallVerb;
        while (verb < context.Tokens.Count && verb <= lastOpening && context.Tokens[verb].End <= before
            && context.Word(verb) is not ("تلقي" or "تلقت" or "وتلقي" or "وتلقت"))
        {
            verb++;
        }

        if (verb >= context.Tokens.Count || verb > lastOpening || context.Tokens[verb].End > before)
        {
            return null;
        }

        bool call = false;
        for (int k = verb + 1; k < context.Tokens.Count && context.Tokens[k].End <= before && k - verb <= MaxWordsToCaller; k++)
        {
            ReadOnlySpan<char> word = context.Word(k);
            call |= word.StartsWith("اتصال") || word.StartsWith("مكالمه");
            if (call && word.SequenceEqual("من"))
            {
                int callerEnd = context.Tokens[Math.Min(k + MaxCallerWords, context.Tokens.Count - 1)].End;
                return context.FirstEntity(context.Tokens[k].End, Math.Min(callerEnd, before), static e => e.Kind == EntityKind.Person);
            }
        }

        return null;
    }

    /// <summary>Finds the subject of the sentence before <paramref name="before"/>: what a zero subject or a participle refers to.</summary>
    /// <param name="context">The article.</param>
    /// <param name="sentenceStart">The start of the sentence.</param>
    /// <param name="before">Where the trigger stands.</param>
    /// <returns>The subject, or <see langword="null"/>.</returns>
    public static EntityReference? SentenceSubject(ArticleContext context, int sentenceStart, int before)
    {
        // What is said during a call received is the caller's ("تلقى … اتصالاً هاتفياً من معالي إيلي بولوجان …، أدان خلاله …").
        if (Caller(context, sentenceStart, before) is { } caller)
        {
            return EntityReference.From(caller);
        }

        // The subject is the first person named, unless an organisation stands right after the opening verb ("نفى
        // الكرملين، الخميس، … بين بوتين …، مؤكداً أن …").
        int subjectEnd = Math.Min(before, context.Tokens[Math.Min(context.Tokens.Count - 1, context.TokenAtOrAfter(sentenceStart) + SubjectWords)].Start);
        Entity? entity = context.FirstEntity(sentenceStart, subjectEnd, static e => e.Kind is EntityKind.Person or EntityKind.Organization)
            ?? context.FirstEntity(sentenceStart, before, static e => e.Kind == EntityKind.Person)
            ?? context.FirstEntity(sentenceStart, before, static e => e.Kind is EntityKind.Organization);
        return entity is not null ? EntityReference.From(entity) : null;
    }
}
