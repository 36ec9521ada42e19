using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Quotations;
using ArabicNews.Core.Parsing.Segmentation;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Extracts statements: one per quotation or reported clause introduced by a reporting verb (<c>قال</c>, <c>أكدت</c>),
/// a participle continuing the sentence's subject (<c>مؤكداً</c>), or an attribution (<c>بحسب</c>, <c>وفقاً لـ</c>).
/// </summary>
/// <remarks>
/// The speaker is looked for right after the trigger: a catalog entity (a person first, then an organisation or
/// outlet, then a state), a person outside the catalog introduced by an appositive (<c>عيدين حسينوف، عضو …</c>),
/// a demonstrative or a generic organisation noun (<c>هذا العضو</c>, <c>وزارة الخارجية</c>) that points back, or
/// nothing at all: a zero subject (<c>وأضاف: …</c>) continues the previous speaker. Triggers inside quotations
/// are ignored. A quotation with no trigger in its sentence is attributed to the last person or organisation
/// named before it in that sentence (<c>ومن بين الكلمات المهمة لعلييف أن "…"</c>). <see cref="SpeakerResolver"/> decides who
/// a speaker phrase names, <see cref="StatementContent"/> where what was said begins.
/// </remarks>
internal static class StatementExtractor
{
    private const int MaxSpeakerWords = 8;
    private const int MinFallbackQuoteWords = 4;
    private const int MaxQuotedNameWords = 4;
    private const int MaxTitleWordsBeforeQuotedName = 6;
    private const int MaxSubjectWordsInClause = 3;
    private const int MaxRemarkTitleLength = 32;

    private enum TriggerKind
    {
        Verb,
        Participle,
        Attribution,
    }

    /// <summary>Extracts the statements of the article.</summary>
    /// <param name="context">The article.</param>
    /// <param name="results">Receives the statements, in text order.</param>
    public static void Extract(ArticleContext context, List<Statement> results)
    {
        var triggers = new List<(int Token, TriggerKind Kind)>();
        var usedQuotations = new HashSet<int>();
        EntityReference? previous = null;
        string previousText = string.Empty;
        int previousSentence = -1;

        foreach (Paragraph paragraph in context.Layout.Paragraphs)
        {
            if (paragraph.IsTitle)
            {
                continue;
            }

            triggers.Clear();
            FindTriggers(context, paragraph, triggers);
            for (int t = 0; t < triggers.Count; t++)
            {
                (int token, TriggerKind kind) = triggers[t];
                int triggerStart = context.Tokens[token].Start;
                int next = t + 1;
                if (kind == TriggerKind.Verb && next < triggers.Count && triggers[next].Kind == TriggerKind.Attribution && triggers[next].Token - token <= MaxSpeakerWords)
                {
                    next++; // "وقال شي، بحسب ما نقلت وكالة شينخوا، إن …": the attribution is a parenthesis inside the report
                }

                int nextTrigger = next < triggers.Count ? context.Tokens[triggers[next].Token].Start : paragraph.End;
                int sentenceIndex = context.Layout.SentenceAt(triggerStart);
                Sentence sentence = context.SentenceAt(triggerStart);

                // 1. The speaker phrase.
                int phraseStart = kind == TriggerKind.Participle ? context.Tokens[token].End : SpeakerPhraseStart(context, token, kind);
                if (phraseStart < 0)
                {
                    continue;
                }

                int phraseEnd = kind == TriggerKind.Participle ? phraseStart : SpeakerPhraseEnd(context, phraseStart, Math.Min(nextTrigger, sentence.End));
                int objectStart = kind == TriggerKind.Verb ? ObjectAfterName(context, phraseStart, ref phraseEnd) : -1;
                bool continuation = token > 0 && context.Is(token - 1, ReportingLexicon.Continuations);
                if (kind == TriggerKind.Verb && TryPluperfectSubject(context, token, sentence.Start, out int subjectStart, out int subjectEnd))
                {
                    // "وكانت المتحدثة باسم الخارجية ماريا زاخاروفا قد أعلنت أن …": the subject sits between كان and قد.
                    phraseStart = subjectStart;
                    phraseEnd = subjectEnd;
                }
                else if (kind == TriggerKind.Verb && StartsWithBoundary(context, token, phraseStart))
                {
                    // "وأضاف: …", "وقال" "…", "وذكر أنه …", "لكنها حذرت …": nothing names the speaker after the verb; a
                    // subject before it is the speaker ("أشار إلى أن وزير خارجية البحرين أكد، …").
                    bool subjectBefore = TrySubjectBeforeVerb(context, token, sentence.Start, out subjectStart, out subjectEnd);
                    phraseStart = subjectBefore ? subjectStart : context.Tokens[token].End;
                    phraseEnd = subjectBefore ? subjectEnd : phraseStart;
                }
                else if (kind == TriggerKind.Verb && IsBackReference(context.Word(context.TokenAtOrAfter(phraseStart))))
                {
                    continue; // "صرح بذلك وانغ …", "أدلى بهذه التصريحات …": the statement was reported before
                }

                if (kind == TriggerKind.Verb && context.Layout.TryGetQuotation(phraseStart, out Quotation quotedName) && quotedName.Open < phraseStart)
                {
                    phraseStart = quotedName.Open; // "وأضاف «أبو زيد»، …": the speaker's name with its quotation marks
                }

                EntityReference? speaker;
                string speakerText;
                if (kind == TriggerKind.Participle)
                {
                    speaker = previousSentence == sentenceIndex && previous is not null
                        ? previous
                        : SpeakerResolver.SentenceSubject(context, sentence.Start, triggerStart) ?? previous;
                    speakerText = previousSentence == sentenceIndex ? previousText : string.Empty;
                }
                else
                {
                    speaker = SpeakerResolver.Resolve(
                        context,
                        token,
                        attribution: kind == TriggerKind.Attribution,
                        verb: kind == TriggerKind.Verb,
                        phraseStart,
                        ref phraseEnd,
                        previous,
                        previousInSentence: previousSentence == sentenceIndex,
                        sentence.Start,
                        continuation,
                        out bool isSource);
                    if (isSource || speaker is null)
                    {
                        continue; // "وفقاً لوكالة تسنيم": the outlet is the article's source, not a speaker.
                    }

                    speakerText = context.Text.OriginalText(phraseStart, phraseEnd - phraseStart).Trim();
                }

                if (speaker is null)
                {
                    continue;
                }

                bool colon = false;

                // 2. The content: after a colon (to the end of the paragraph) or after the complementizer (to the next trigger or the sentence end).
                int regionEnd = Math.Min(nextTrigger, sentence.End);
                if (phraseEnd > regionEnd)
                {
                    continue; // the speaker phrase runs past the sentence or the next trigger: no room for content
                }

                bool opened = true;
                int contentStart = objectStart >= 0 ? objectStart : StatementContent.ContentStart(context, phraseEnd, regionEnd, objectFollows: kind == TriggerKind.Participle, out colon, out opened);
                if (colon)
                {
                    regionEnd = nextTrigger;
                }

                if (kind == TriggerKind.Verb && IsAnnouncement(context, token, contentStart))
                {
                    continue; // "أعلنت الحكومة عن إجراء اتصال …" reports an event, not what was said
                }

                int before = results.Count;
                if (opened && StatementContent.ReportedBeforeQuotation(context, contentStart, regionEnd))
                {
                    // "أعلنت المديرية أن السماء ستكون غائمة، "وستبدأ أمطار …"": one statement, the quotation inside it.
                    AddReportedStatement(context, speaker, speakerText, triggerStart, contentStart, regionEnd, direct: false, results);
                    MarkQuotationsUsed(context, contentStart, regionEnd, usedQuotations);
                }
                else
                {
                    AddQuotedStatements(context, speaker, speakerText, triggerStart, contentStart, regionEnd, usedQuotations, results);
                }

                bool nested = next < triggers.Count && triggers[next].Kind == TriggerKind.Verb
                    && TrySubjectBeforeVerb(context, triggers[next].Token, sentence.Start, out int nestedSubject, out _)
                    && nestedSubject <= context.Tokens[Math.Min(context.Tokens.Count - 1, context.TokenAtOrAfter(contentStart))].Start;
                if (results.Count == before && !nested && (opened || kind != TriggerKind.Verb || !StatementContent.FollowsComma(context, phraseEnd)))
                {
                    // Speech after a colon is direct even without quotation marks ("وقال الرئيس الروسي: سنراجع …").
                    AddReportedStatement(context, speaker, speakerText, triggerStart, contentStart, regionEnd, direct: colon, results);
                }

                if (results.Count > before)
                {
                    previous = speaker;
                    previousText = speakerText;
                    previousSentence = sentenceIndex;
                }
            }
        }

        AddUnattributedQuotations(context, usedQuotations, results);
        results.Sort(static (a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
    }

    /// <summary>
    /// Removes what the article's own outlet reports (<c>وأفادت وكالة مهر للأنباء أن …</c> in Mehr's article): that is the
    /// news itself, not a statement.
    /// </summary>
    /// <param name="statements">The article's statements.</param>
    /// <param name="source">The article's source, when known.</param>
    public static void RemoveOwnOutlet(List<Statement> statements, EntityReference? source)
    {
        if (source?.Id is not { } outlet)
        {
            return;
        }

        int kept = 0;
        for (int i = 0; i < statements.Count; i++)
        {
            if (statements[i].Speaker is not { Kind: EntityKind.Media } speaker || speaker.Id != outlet)
            {
                statements[kept++] = statements[i];
            }
        }

        statements.RemoveRange(kept, statements.Count - kept);
    }

    private static void FindTriggers(ArticleContext context, Paragraph paragraph, List<(int Token, TriggerKind Kind)> triggers)
    {
        const WordClass triggerClasses = WordClass.SpeechVerb | WordClass.Participle | WordClass.Attribution;
        for (int i = context.TokenAtOrAfter(paragraph.Start); i < context.Tokens.Count && context.Tokens[i].Start < paragraph.End; i++)
        {
            bool colonVerb = IsColonVerb(context, i);
            if (((context.Tokens[i].Classes & triggerClasses) == WordClass.None && !IsFoundIn(context, i) && !colonVerb && SpeakerOfRemark(context, i) < 0)
                || context.Layout.TryGetQuotation(context.Tokens[i].Start, out _))
            {
                continue;
            }

            if (context.Is(i, ReportingLexicon.SpeechVerbs) || colonVerb)
            {
                if (!InsideReportedClause(context, i))
                {
                    triggers.Add((i, TriggerKind.Verb));
                }
            }
            else if (context.Is(i, ReportingLexicon.Participles) && context.TokenAtOrAfter(context.SentenceAt(context.Tokens[i].Start).Start) != i)
            {
                triggers.Add((i, TriggerKind.Participle)); // at a sentence's start it is a noun: "متابعة أخبار …"
            }
            else if (context.Is(i, ReportingLexicon.Attributions) && !context.Word(i).SequenceEqual("فحسب"))
            {
                triggers.Add((i, TriggerKind.Attribution));
            }
            else if (IsFoundIn(context, i))
            {
                triggers.Add((i, TriggerKind.Attribution)); // "ورد في البيان أن …", "وجاء في بيان الوزارة أن …"
            }
            else if (SpeakerOfRemark(context, i) >= 0 && !HasTriggerBefore(context, context.SentenceAt(context.Tokens[i].Start).Start, context.Tokens[i].Start))
            {
                triggers.Add((i, TriggerKind.Attribution)); // "عقب تصريح سابق لوزير الخارجية …، بأن …"
            }
        }
    }

    private static int SpeakerOfRemark(ArticleContext context, int token)
    {
        // "تصريح (سابق) لوزير الخارجية …", "تصريحات للرئيس …": a remark, perhaps described, then a glued ل before a title
        // or a person; the token of that speaker, or -1.
        if (!context.Word(token).StartsWith("تصريح"))
        {
            return -1;
        }

        for (int k = token + 1; k < context.Tokens.Count && k <= token + 2; k++)
        {
            ReadOnlySpan<char> word = context.Word(k);
            if (word.Length > 3 && word.Length <= MaxRemarkTitleLength && word[0] == 'ل')
            {
                // "لوزير" is ل + "وزير"; "للرئيس" is ل + "الرئيس".
                Span<char> withArticle = stackalloc char[word.Length];
                withArticle[0] = 'ا';
                word[1..].CopyTo(withArticle[1..]);
                bool title = ReportingLexicon.PositionNouns.Contains(word[1..]) || (word[1] == 'ل' && ReportingLexicon.PositionNouns.Contains(withArticle));
                return title || context.MatchCovering(k) is { Entity.Kind: EntityKind.Person } ? k : -1;
            }

            if (!context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start].Trim().IsEmpty)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsColonVerb(ArticleContext context, int token) =>
        context.Is(token, ReportingLexicon.ColonVerbs) && context.Span[context.Tokens[token].End..].TrimStart().StartsWith(":");

    private static bool InsideReportedClause(ArticleContext context, int verb)
    {
        // "… إن مصر أشارت أكثر من مرة إلى …", "… أن الولايات المتحدة أبلغت إيران …": a verb whose subject, right after a
        // complementizer, is a state or a common noun belongs to what was said. A person or organisation there speaks
        // in a statement of their own ("أشار إلى أن وزير خارجية البحرين أكد، …").
        int sentenceStart = context.SentenceAt(context.Tokens[verb].Start).Start;
        for (int k = verb - 1; k >= 0 && verb - k <= MaxSubjectWordsInClause + 1 && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (HasBoundary(context, context.Span, context.Tokens[k].End, context.Tokens[k + 1].Start) || context.Word(k) is "الذي" or "التي" or "الذين")
            {
                return false; // "إن الآراء التي أعرب عنها الرئيس …": a relative clause's verb has its own subject
            }

            if (context.Is(k, ReportingLexicon.ContentOpeners))
            {
                return k + 1 < verb && context.Tokens[k].Start > sentenceStart && context.Is(k, ReportingLexicon.Complementizers) && !context.Is(k + 1, ReportingLexicon.PositionNouns)
                    && !context.Is(k + 1, ReportingLexicon.OrganisationNouns) && !context.Is(k + 1, ReportingLexicon.UnnamedSources)
                    && context.FirstEntity(context.Tokens[k + 1].Start, context.Tokens[verb - 1].End, static e => e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Media) is null;
            }
        }

        return false;
    }

    private static bool IsFoundIn(ArticleContext context, int token)
    {
        // "ورد في …" introduces a source; "جاء في …" only a document ("جاء في بيان", not "جاء في إطار").
        ReadOnlySpan<char> word = context.Word(token);
        bool came = word is "جاء" or "وجاء";
        return (came || word is "ورد") && token + 1 < context.Tokens.Count && context.Word(token + 1).SequenceEqual("في")
            && (!came || context.Is(token + 2, ReportingLexicon.StatementNouns));
    }

    private static int SpeakerPhraseStart(ArticleContext context, int token, TriggerKind kind)
    {
        int next = token + 1;
        if (kind == TriggerKind.Attribution)
        {
            ReadOnlySpan<char> word = context.Word(token);
            if (word.EndsWith("وفقا") || word.EndsWith("طبقا") || word.EndsWith("وفق"))
            {
                // "وفقاً لحكمة حاجييف": the source follows with a glued ل.
                return next < context.Tokens.Count && context.Word(next).StartsWith("ل") ? context.Tokens[next].Start + 1 : -1;
            }

            int remarkSpeaker = SpeakerOfRemark(context, token);
            if (remarkSpeaker >= 0)
            {
                return context.Tokens[remarkSpeaker].Start + 1; // "تصريح سابق لوزير …": the speaker after the glued ل
            }

            if (word.EndsWith("نقلا") || word is "ورد" or "جاء" or "وجاء")
            {
                next++; // "نقلا عن …", "ورد في …", "جاء في …"
            }
        }

        while (next < context.Tokens.Count && context.Is(next, ReportingLexicon.Fillers))
        {
            next++;
        }

        return next < context.Tokens.Count ? context.Tokens[next].Start : -1;
    }

    private static bool TryPluperfectSubject(ArticleContext context, int trigger, int sentenceStart, out int start, out int end)
    {
        start = end = 0;
        if (trigger == 0 || !context.Word(trigger - 1).SequenceEqual("قد"))
        {
            return false;
        }

        for (int k = trigger - 2; k >= 0 && k >= trigger - MaxSpeakerWords - 2 && context.Tokens[k].Start >= sentenceStart; k--)
        {
            ReadOnlySpan<char> word = context.Word(k);
            if (word is "كان" or "كانت" or "وكان" or "وكانت" or "فكان" or "فكانت")
            {
                start = context.Tokens[k + 1].Start;
                end = context.Tokens[trigger - 2].End;
                return k + 1 <= trigger - 2;
            }
        }

        return false;
    }

    private static bool TrySubjectBeforeVerb(ArticleContext context, int trigger, int sentenceStart, out int start, out int end)
    {
        // "… إلى أن وزير خارجية البحرين أكد، …": after a complementizer, a title or a name, then the verb.
        start = end = 0;
        for (int k = trigger - 1; k >= 0 && trigger - k <= MaxSpeakerWords && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (HasBoundary(context, context.Span, context.Tokens[k].End, context.Tokens[k + 1].Start))
            {
                return false;
            }

            if (context.Is(k, ReportingLexicon.ContentOpeners))
            {
                if (k + 1 >= trigger || context.Word(k) is "علي" or "عن" or "الي"
                    || (!context.Is(k + 1, ReportingLexicon.PositionNouns) && context.MatchCovering(k + 1) is not { Entity.Kind: EntityKind.Person or EntityKind.Organization }))
                {
                    return false;
                }

                start = context.Tokens[k + 1].Start;
                end = context.Tokens[trigger - 1].End;
                return true;
            }
        }

        return false;
    }

    private static bool IsBackReference(ReadOnlySpan<char> word) => word is "بذلك" or "بهذا" or "بهذه" or "بذلك،";

    private static bool IsAnnouncement(ArticleContext context, int trigger, int contentStart)
    {
        ReadOnlySpan<char> verb = context.Word(trigger);
        int opener = context.TokenAtOrAfter(contentStart) - 1;
        return (verb.EndsWith("اعلن") || verb.EndsWith("اعلنت")) && opener > trigger && context.Word(opener).SequenceEqual("عن");
    }

    private static void MarkQuotationsUsed(ArticleContext context, int start, int end, HashSet<int> usedQuotations)
    {
        List<Quotation> quotations = context.Layout.Quotations;
        for (int q = StatementContent.FirstQuotationAtOrAfter(quotations, start); q < quotations.Count && quotations[q].Open < end; q++)
        {
            usedQuotations.Add(q);
        }
    }

    private static bool StartsWithBoundary(ArticleContext context, int trigger, int phraseStart)
    {
        int first = context.TokenAtOrAfter(phraseStart);
        return phraseStart >= context.Span.Length
            || HasBoundary(context, context.Span, context.Tokens[trigger].End, phraseStart)
            || (context.Layout.TryGetQuotation(phraseStart, out Quotation quotation) && !IsQuotedName(context, quotation))
            || (first < context.Tokens.Count && context.Is(first, ReportingLexicon.SpeakerBoundaries));
    }

    private static bool IsQuotedName(ArticleContext context, Quotation quotation)
    {
        // "وأضاف «أبو زيد»، خلال …، أن …": a person's name in quotation marks, then a comma, is the speaker.
        if (!quotation.IsClosed || context.WordCount(quotation.ContentStart, quotation.Close) > MaxQuotedNameWords)
        {
            return false;
        }

        ReadOnlySpan<char> after = context.Span[(quotation.Close + 1)..].TrimStart();
        return !after.IsEmpty && after[0] is '\u060C' or ','
            && (context.FirstEntity(quotation.ContentStart, quotation.Close, static e => e.Kind == EntityKind.Person) is not null
                || SpeakerResolver.PersonBySurname(context, quotation.ContentStart, quotation.Close) is not null);
    }

    private static int SpeakerPhraseEnd(ArticleContext context, int phraseStart, int limit)
    {
        ReadOnlySpan<char> text = context.Span;
        int first = context.TokenAtOrAround(phraseStart);
        int end = phraseStart;
        for (int i = first; i < context.Tokens.Count && i - first < MaxSpeakerWords; i++)
        {
            Parsing.Token token = context.Tokens[i];
            if (token.Start >= limit)
            {
                break;
            }

            // Punctuation or a (non-name) quotation between the previous word and this one ends the phrase.
            if (i > first && HasBoundary(context, text, context.Tokens[i - 1].End, token.Start))
            {
                break;
            }

            // "السفير الروسي في باكو" describes the speaker; "… في تصريحات", "… في بيان", "… في مؤتمر" is how they spoke.
            bool descriptor = (context.Is(first, ReportingLexicon.PositionNouns) && context.Word(i).SequenceEqual("في")
                    && !context.Is(i + 1, ReportingLexicon.SpeakerBoundaries) && !context.Is(i + 1, ReportingLexicon.StatementNouns)
                    && !context.Is(i + 1, DiplomacyLexicon.MeetingNouns))
                || (context.Word(i).SequenceEqual("علي") && context.Is(i - 1, ReportingLexicon.NameParticles));
            if (i > first && context.Is(i, ReportingLexicon.SpeakerBoundaries) && !descriptor)
            {
                break;
            }

            end = token.End;
            if (context.Layout.TryGetQuotation(token.Start, out Quotation q) && q.IsClosed)
            {
                end = Math.Max(end, q.Close + 1);
            }
        }

        return end;
    }

    private static int ObjectAfterName(ArticleContext context, int phraseStart, ref int phraseEnd)
    {
        // "أكد بوتين وجود اتفاق على …", "أكد الرئيس الروسي فلاديمير بوتين أهمية …": the speaker phrase ends at the name, and
        // a plain word right after it (no punctuation, no preposition, complementizer or title) opens what was said.
        int nameEnd = -1;
        for (int m = context.MatchAtOrAfter(phraseStart); m < context.Matches.Count && context.Matches[m].Start < phraseEnd; m++)
        {
            if (context.Matches[m].Entity is { Kind: EntityKind.Person })
            {
                nameEnd = context.Matches[m].Start + context.Matches[m].Length; // the name after its title: "الرئيس الروسي فلاديمير بوتين"
            }
        }

        if (nameEnd < 0)
        {
            return -1;
        }

        int next = context.TokenAtOrAfter(nameEnd);
        if (nameEnd >= phraseEnd || next >= context.Tokens.Count || context.Tokens[next].Start >= phraseEnd
            || !context.Span[nameEnd..context.Tokens[next].Start].Trim().IsEmpty || context.MatchCovering(next) is not null
            || context.Is(next, ReportingLexicon.PositionNouns) || context.Is(next, ReportingLexicon.ContentOpeners)
            || context.Is(next, ReportingLexicon.Fillers) || context.Is(next, ReportingLexicon.NameParticles) || context.InsideDate(context.Tokens[next].Start))
        {
            return -1;
        }

        phraseEnd = nameEnd;
        return context.Tokens[next].Start;
    }

    private static bool HasBoundary(ArticleContext context, ReadOnlySpan<char> text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c is ':' or '\u060C' or ',' or '.' or '\u061B' or ';' or '(' or ')' or '\u061F' or '!')
            {
                return true;
            }

            if (QuotationFinder.IsQuoteMark(c) && context.Layout.TryGetQuotation(k + 1, out Quotation q) && q.Open == k
                && !(q.IsClosed && context.WordCount(q.ContentStart, q.Close) <= 3))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddQuotedStatements(
        ArticleContext context,
        EntityReference speaker,
        string speakerText,
        int triggerStart,
        int contentStart,
        int regionEnd,
        HashSet<int> usedQuotations,
        List<Statement> results)
    {
        // Quotations are sorted and disjoint: start at the first one opening in the region, so that a paragraph of
        // many triggers and quotations stays linear.
        List<Quotation> quotations = context.Layout.Quotations;
        for (int q = StatementContent.FirstQuotationAtOrAfter(quotations, contentStart); q < quotations.Count && quotations[q].Open < regionEnd; q++)
        {
            Quotation quotation = quotations[q];
            int words = context.WordCount(quotation.ContentStart, quotation.Close);
            if (words < 2 || context.IsName(quotation.ContentStart, quotation.Close) || FollowsNamingNoun(context, quotation.Open)
                || (words <= MaxQuotedNameWords && FollowsTitle(context, quotation.Open)))
            {
                continue;
            }

            usedQuotations.Add(q);
            results.Add(new Statement
            {
                Speaker = speaker,
                SpeakerText = speakerText,
                Content = context.Text.OriginalText(quotation.ContentStart, quotation.ContentLength).Trim(),
                IsDirect = true,
                Evidence = context.Text.ToOriginal(triggerStart, quotation.End - triggerStart),
            });
        }
    }

    private static bool FollowsTitle(ArticleContext context, int open)
    {
        // `السفير "طالب فر"`, `نائب وزير خارجية العراق "محمد الحسيني"`: a short quotation after a title is a name, unless
        // a reporting word stands between them (`وقال الرئيس "…"`).
        int before = context.TokenAtOrAfter(open) - 1;
        int gapEnd = open;
        for (int k = before; k >= 0 && before - k < MaxTitleWordsBeforeQuotedName; k--)
        {
            if (context.Span[context.Tokens[k].End..gapEnd].IndexOfAny('.', '\u060C', ':') >= 0 || context.Is(k, ReportingLexicon.ContentOpeners)
                || context.Is(k, ReportingLexicon.SpeechVerbs) || context.Is(k, ReportingLexicon.Participles))
            {
                return false;
            }

            if (context.Is(k, ReportingLexicon.PositionNouns))
            {
                return k == 0 || !context.Is(k - 1, ReportingLexicon.SpeechVerbs);
            }

            gapEnd = context.Tokens[k].Start;
        }

        return false;
    }

    private static bool FollowsNamingNoun(ArticleContext context, int open)
    {
        // `وكالة أنباء "يني إكوانيم"`, `لقاح "سبوتنيك V"`: a quoted name, not quoted speech.
        int before = context.TokenAtOrAfter(open) - 1;
        int gapEnd = open;
        for (int k = before; k >= 0 && before - k < 3; k--)
        {
            if (!context.Span[context.Tokens[k].End..gapEnd].Trim().IsEmpty || context.Is(k, ReportingLexicon.ContentOpeners)
                || context.Is(k, ReportingLexicon.SpeechVerbs))
            {
                return false;
            }

            ReadOnlySpan<char> word = context.Word(k);
            if (context.Is(k, ReportingLexicon.NamingNouns) || (word.Length > 3 && word[0] is 'ب' or 'ل' && ReportingLexicon.NamingNouns.Contains(word[1..])))
            {
                return true; // "ببرنامج «…»", "لصحيفة «…»": the noun with a glued preposition
            }

            gapEnd = context.Tokens[k].Start;
        }

        return false;
    }

    private static void AddReportedStatement(
        ArticleContext context,
        EntityReference speaker,
        string speakerText,
        int triggerStart,
        int contentStart,
        int regionEnd,
        bool direct,
        List<Statement> results)
    {
        ReadOnlySpan<char> text = context.Span;
        int start = contentStart;
        int end = regionEnd;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '\u060C' or ',' or ':' or '-'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\u060C' or ','))
        {
            end--;
        }

        if (context.WordCount(start, end) < 2 || StatementContent.IsOnlyDate(context, start, end))
        {
            return;
        }

        results.Add(new Statement
        {
            Speaker = speaker,
            SpeakerText = speakerText,
            Content = context.Text.OriginalText(start, end - start),
            IsDirect = direct,
            Evidence = context.Text.ToOriginal(Math.Min(triggerStart, start), end - Math.Min(triggerStart, start)), // the content may open before a verb that follows its subject
        });
    }

    private static void AddUnattributedQuotations(ArticleContext context, HashSet<int> usedQuotations, List<Statement> results)
    {
        List<Quotation> quotations = context.Layout.Quotations;
        for (int q = 0; q < quotations.Count; q++)
        {
            Quotation quotation = quotations[q];
            if (usedQuotations.Contains(q) || context.WordCount(quotation.ContentStart, quotation.Close) < MinFallbackQuoteWords
                || FollowsNamingNoun(context, quotation.Open)
                || (context.WordCount(quotation.ContentStart, quotation.Close) <= MaxQuotedNameWords && FollowsTitle(context, quotation.Open)))
            {
                continue;
            }

            Sentence sentence = context.SentenceAt(quotation.Open);
            if (sentence.Paragraph < 0 || context.Layout.Paragraphs[sentence.Paragraph].IsTitle || HasTriggerBefore(context, sentence.Start, quotation.Open))
            {
                continue;
            }

            Entity? speaker = context.LastEntity(sentence.Start, quotation.Open, static e => e.Kind is EntityKind.Person or EntityKind.Organization);
            if (speaker is null)
            {
                continue;
            }

            results.Add(new Statement
            {
                Speaker = EntityReference.From(speaker),
                SpeakerText = string.Empty,
                Content = context.Text.OriginalText(quotation.ContentStart, quotation.ContentLength).Trim(),
                IsDirect = true,
                Evidence = context.Text.ToOriginal(sentence.Start, quotation.End - sentence.Start),
            });
        }
    }

    private static bool HasTriggerBefore(ArticleContext context, int start, int end)
    {
        for (int i = context.TokenAtOrAfter(start); i < context.Tokens.Count && context.Tokens[i].Start < end; i++)
        {
            if (context.Is(i, ReportingLexicon.SpeechVerbs) || context.Is(i, ReportingLexicon.Participles) || context.Is(i, ReportingLexicon.Attributions))
            {
                return true;
            }
        }

        return false;
    }
}
