using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Segmentation;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Extracts meetings, calls and talks: one record per event per article, however often the article mentions it.
/// </summary>
/// <remarks>
/// A meeting noun (<c>لقاء</c>, <c>محادثات</c>, <c>قمة</c>) or verb (<c>التقى</c>, <c>استقبل</c>) opens a participant
/// list: the entities right after it (<c>لقاء بوتين وعلييف</c>), after <c>مع</c>/<c>بين</c>, or right before it
/// (<c>بوتين وعلييف يجريان مباحثات</c>). A single participant is paired with the nearest other person in the
/// sentence (the host of <c>خلال استقباله</c>). With no person, a list of states right after the trigger stands in
/// (<c>اجتماعاً ثلاثياً … (روسيا وأذربيجان وأرمينيا)</c>). Negated or cancelled meetings are skipped.
/// </remarks>
internal static class MeetingExtractor
{
    private const int CounterpartWindow = 6;
    private const int StateListWindow = 14;
    private const int DenialWindow = 12;
    private const int LightVerbWindow = 30;
    private const int TitledPhraseWords = 14;
    private const int MaxSentencesBack = 8;
    private const int OutsiderWindow = 30;
    private const int CallWordWindow = 8;
    private const int ProspectiveWindow = 12;
    private const int FutureDateWindow = 12;
    internal const int BareTitleWindow = 4;
    private const int MaxOutsidersBack = 16;
    private const int DelegationWords = 8;
    private const int RelativeWindow = 20;

    /// <summary>Extracts the meetings of the article.</summary>
    /// <param name="context">The article.</param>
    /// <param name="published">The publication date, used to merge an undated headline into the day's meeting.</param>
    /// <param name="results">Receives the meetings.</param>
    public static void Extract(ArticleContext context, PartialDate? published, List<Meeting> results)
    {
        var found = new List<(Meeting Meeting, bool Dated)>();
        var sentencesWithMeeting = new HashSet<int>();
        var hosts = new Dictionary<int, Entity>();
        var outsiders = new List<EntityReference>();
        for (int i = 0; i < context.Tokens.Count; i++)
        {
            if (!IsTrigger(context, i))
            {
                continue;
            }

            int position = context.Tokens[i].Start;
            int sentenceIndex = context.Layout.SentenceAt(position);
            if (sentenceIndex < 0)
            {
                continue;
            }

            Sentence sentence = context.Layout.Sentences[sentenceIndex];
            List<Entity> participants;
            if (sentencesWithMeeting.Contains(sentenceIndex))
            {
                // "تشاور مع نظيره …، ثم عقد اجتماعات مع …": a later meeting of the sentence's host with others.
                if (!hosts.TryGetValue(sentenceIndex, out Entity? host) || IsNegated(context, i) || ContinuedMeeting(context, i, sentence, host) is not { } continued)
                {
                    continue;
                }

                participants = continued;
            }
            else if (IsNegated(context, i))
            {
                // "ألغي لقاء كان مقرراً بين علييف وباشينيان … على هامش قمة …": the rest of the sentence is about the same
                // meeting that did not happen.
                sentencesWithMeeting.Add(sentenceIndex);
                continue;
            }
            else
            {
                participants = FindParticipants(context, i, sentence);
                if (ReferenceEquals(participants, context.LastMeetingParties) && i > 0 && context.Is(i - 1, DiplomacyLexicon.EventCircumstances))
                {
                    // "وفي ختام المحادثات، اتفق الوزيران على …": the talks already reported, whatever else the sentence dates.
                    sentencesWithMeeting.Add(sentenceIndex);
                    continue;
                }
            }

            outsiders.Clear();
            if (participants.Count == 1)
            {
                OutsidersIn(context, i, sentence, outsiders);
            }

            if (participants.Count + outsiders.Count < 2)
            {
                continue;
            }

            sentencesWithMeeting.Add(sentenceIndex);
            PartialDate? date = context.NearestDate(sentence.Start, sentence.End, position);
            PartialDate? today = context.Anchor is { } anchor ? PartialDate.FromDateOnly(anchor) : null;
            bool future = date is { } day && day > today;
            if ((future && NearTrigger(context, i, sentence, date!.Value)) || (IsProspective(context, i) && (date is null || date != today)))
            {
                // "… غداً", "يوم 20 مايو" after the article's date, or planned, expected or put off: a meeting still to come.
                // Planned for the article's own day ("يعتزم … إجراء مباحثات … اليوم الإثنين"), it is the day's event.
                continue;
            }

            if (future)
            {
                date = null; // "عقب اتصال هاتفي … لزيارة الدولة المرتقبة في نوفمبر المقبل": the later date is another event's
            }

            context.LastMeetingParties = participants;
            if (participants[0].Kind == EntityKind.Person)
            {
                hosts.TryAdd(sentenceIndex, participants[0]);
            }

            MeetingMode mode = ModeOf(context, i, sentence);
            Entity? location = mode is MeetingMode.Phone or MeetingMode.Video ? null : LocationOf(context, sentence, position);
            var meeting = new Meeting
            {
                Participants = [.. participants.Select(EntityReference.From), .. outsiders],
                Location = location is null ? null : EntityReference.From(location),
                Date = date ?? DateOfEarlierMention(context, sentenceIndex),
                Mode = mode,
                Evidence = context.Text.ToOriginal(sentence.Start, sentence.End - sentence.Start),
            };

            if (meeting.Participants.Count > 2 && IsSeveralBilateral(context, i, sentence))
            {
                // "بحث لافروف مع نظيريه التركي … والإيراني …": one meeting of the subject with each of the others.
                for (int guest = 1; guest < meeting.Participants.Count; guest++)
                {
                    found.Add((meeting with { Participants = [meeting.Participants[0], meeting.Participants[guest]] }, date is not null));
                }
            }
            else
            {
                found.Add((meeting, date is not null));
            }
        }

        Merge(found, published, results);
    }

    private static PartialDate? DateOfEarlierMention(ArticleContext context, int sentenceIndex)
    {
        // A meeting the sentence does not date is the event an earlier sentence of its paragraph or the one before dated:
        // "القمة … في 9 أكتوبر" then "وجمعت القمة …", "… يوم الجمعة 8 أغسطس" then "فقد استقبل ترامب …". Background in the
        // pluperfect ("وكان … قد …") dates some other, earlier event, so it is passed over; an undated meeting reported in
        // the pluperfect is not the day's event and stays undated. A meeting no sentence dates is the day's news: "اليوم"
        // alone, or a lead that names no other day, points at the article's date.
        if (context.IsPluperfect(context.Layout.Sentences[sentenceIndex]))
        {
            return null;
        }

        int paragraph = context.Layout.Sentences[sentenceIndex].Paragraph;
        for (int s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - MaxSentencesBack && context.Layout.Sentences[s].Paragraph >= paragraph - 1; s--)
        {
            Sentence previous = context.Layout.Sentences[s];
            if (context.IsPluperfect(previous))
            {
                continue;
            }

            for (int k = context.TokenAtOrAfter(previous.Start); k < context.Tokens.Count && context.Tokens[k].Start < previous.End; k++)
            {
                if (IsTrigger(context, k) && context.NearestDate(previous.Start, previous.End, context.Tokens[k].Start) is { } date)
                {
                    return date;
                }
            }
        }

        return context.Anchor is { } anchor ? PartialDate.FromDateOnly(anchor) : null;
    }

    private static bool IsTrigger(ArticleContext context, int i) =>
        context.Is(i, DiplomacyLexicon.MeetingNouns) || IsMeetingVerb(context.Word(i)) || IsMeetingNounWithPronoun(context.Word(i))
        || (context.Is(i, DiplomacyLexicon.CallVerbs) && CallWordAfter(context, i));

    private static bool CallWordAfter(ArticleContext context, int verb)
    {
        // "تحدث أردوغان هاتفياً مع علييف", "اتصل الرئيس … عبر الفيديو": the verb is a call only with its phone or video word.
        int sentenceEnd = context.SentenceAt(context.Tokens[verb].Start).End;
        for (int k = verb + 1; k < context.Tokens.Count && k <= verb + CallWordWindow && context.Tokens[k].Start < sentenceEnd; k++)
        {
            if (context.Is(k, DiplomacyLexicon.PhoneWords) || context.Is(k, DiplomacyLexicon.VideoWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearTrigger(ArticleContext context, int trigger, Sentence sentence, PartialDate date)
    {
        // The sentence's own dates only (found by binary search), so an article with many dates stays linear.
        for (int d = context.FirstDateAtOrAfter(sentence.Start); d < context.Dates.Count && context.Dates[d].Start < sentence.End; d++)
        {
            if (context.Dates[d].Value == date && Math.Abs(context.TokenAtOrAfter(context.Dates[d].Start) - trigger) <= FutureDateWindow)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsProspective(ArticleContext context, int i)
    {
        // "من المقرر أن يلتقي …", "سيلتقي … في القمة", "يجري العمل على تنسيق لقاء", "أرجئ الاجتماع", "لن يشارك … في القمة",
        // "القمة المقبلة", "اتفقا على عقد جولة جديدة": a meeting announced, planned, agreed on, expected, put off or missed
        // is no meeting. A meeting the clause
        // places as the circumstance of what is reported ("خلال لقائه", "على هامش القمة") did take place.
        for (int k = i + 1; k < context.Tokens.Count && k <= i + 2; k++)
        {
            if (context.Is(k, DiplomacyLexicon.ProspectiveTails))
            {
                return true;
            }
        }

        int sentenceStart = context.SentenceAt(context.Tokens[i].Start).Start;
        for (int k = i - 1; k >= 0 && k >= i - ProspectiveWindow && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (HasHardBoundary(context, context.Tokens[k].End, context.Tokens[k + 1].Start) || context.Is(k, DiplomacyLexicon.EventCircumstances))
            {
                return false;
            }

            if (context.Is(k, DiplomacyLexicon.ProspectiveMarkers)
                || (context.Is(k, DiplomacyLexicon.AbsenceVerbs) && k > 0 && context.Is(k - 1, DiplomacyLexicon.MeetingNegations))
                || (context.Word(k).SequenceEqual("عقد") && k > 0 && context.Word(k - 1).SequenceEqual("علي")))
            {
                return true;
            }
        }

        return false;
    }

    private static Entity? LocationOf(ArticleContext context, Sentence sentence, int trigger)
    {
        // The place the text gives the event ("في مدينة سان بطرسبورغ", "في قازان"), not the dateline city the story was
        // filed from ("موسكو، 8 أبريل …:", "باكو –"): a city opening its paragraph before a comma, colon or dash.
        Entity? after = context.FirstEntity(trigger, sentence.End, static e => e.Kind == EntityKind.City);
        if (after is not null)
        {
            return after;
        }

        for (int m = context.MatchAtOrAfter(sentence.Start); m < context.Matches.Count && context.Matches[m].Start < sentence.End; m++)
        {
            CatalogMatch match = context.Matches[m];
            if (match.Entity is { Kind: EntityKind.City } city && !IsDatelinePlace(context, match))
            {
                return city;
            }
        }

        return null;
    }

    private static bool IsDatelinePlace(ArticleContext context, CatalogMatch match)
    {
        int paragraphStart = context.Layout.Paragraphs[context.Layout.Sentences[context.Layout.SentenceAt(match.Start)].Paragraph].Start;
        if (context.WordCount(paragraphStart, match.Start) > 1)
        {
            return false;
        }

        ReadOnlySpan<char> after = context.Span[(match.Start + match.Length)..].TrimStart();
        return after.Length > 0 && after[0] is '،' or ',' or ':' or '-' or '–' or '—' or '(' or '/';
    }

    private static bool IsMeetingNounWithPronoun(ReadOnlySpan<char> word)
    {
        // "محادثاتهما", "لقائهما", "اجتماعهم": a meeting noun with a possessive pronoun (every one ends in ا or م).
        if (word.Length < 6 || word[^1] is not ('\u0627' or '\u0645'))
        {
            return false;
        }

        foreach (string suffix in (ReadOnlySpan<string>)["هما", "هم", "ها"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix) && DiplomacyLexicon.MeetingNouns.ContainsWithConjunction(word[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="word"/> is a verb that reports a meeting by itself (التقى, استقبل, بحث, هاتف…).</summary>
    /// <param name="word">A normalized word, perhaps with a glued و or ف.</param>
    /// <returns><see langword="true"/> for a meeting verb.</returns>
    internal static bool IsMeetingVerb(ReadOnlySpan<char> word)
    {
        // Verbs that are meetings by themselves; "أجرى", "عقد", "يعتزم" only count through the noun that follows them.
        ReadOnlySpan<char> bare = word.Length > 3 && word[0] is '\u0648' or '\u0641' ? word[1..] : word;
        if (bare.Length < 3)
        {
            return false;
        }

        // Dispatched on the first letter, so that an ordinary word costs one comparison or none.
        return bare[0] switch
        {
            '\u0627' => bare.StartsWith("التق") || bare.StartsWith("استقبل") || bare.StartsWith("اجتمع"),
            '\u064A' => bare.StartsWith("يلتق") || bare.StartsWith("يستقبل") || bare.StartsWith("يجتمع") || bare is "يبحث" or "يبحثان" or "يبحثون",
            '\u062A' => bare.StartsWith("تلتق") || bare is "تباحث" or "تباحثا" or "تحادث" or "تحادثا" or "تبحثان" or "تشاور" or "تشاورا" or "تشاورت",
            '\u0647' => bare is "هاتف" or "هاتفت",
            '\u0628' => bare is "بحث" or "بحثا" or "بحثت",
            _ => false,
        };
    }

    private static bool IsNegated(ArticleContext context, int i)
    {
        // "لم يلتق", "إلغاء لقاء" right before; a denial further back in the clause ("نفى الكرملين، الخميس، وجود أي
        // تحضيرات لعقد لقاء بين …").
        int sentenceStart = context.SentenceAt(context.Tokens[i].Start).Start;
        for (int k = i - 1; k >= 0 && k >= i - DenialWindow && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (k >= i - 3 ? context.Is(k, DiplomacyLexicon.MeetingNegations) : context.Is(k, DiplomacyLexicon.MeetingDenials))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Entity> FindParticipants(ArticleContext context, int trigger, Sentence sentence)
    {
        var people = new List<Entity>();
        int afterTrigger = CollectList(context, trigger + 1, sentence.End, EntityKind.Person, people);
        if (people.Count == 0 && IsMeetingVerb(context.Word(trigger)) && SubjectBehindTitle(context, trigger, sentence) is int titledSubject)
        {
            // "تباحث وزير الشؤون الخارجية المغربي ناصر بوريطة مع نظيره …": the subject after a title the list cannot walk.
            afterTrigger = CollectList(context, titledSubject, sentence.End, EntityKind.Person, people);
        }

        int named = people.Count;

        // "مع نظيره …", "بين بوتين وعلييف" a few words further on; "تلقى … اتصالاً هاتفياً من …" after a call; "اجتماع
        // ثلاثي ضم …" after the verb that lists who took part.
        for (int k = afterTrigger; k < context.Tokens.Count && k - afterTrigger <= CounterpartWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (k > trigger && IsTrigger(context, k))
            {
                break; // "التقى بوتين أردوغان في سوتشي، لكنه لم يلتق مع …": the next meeting's other side
            }

            // The other side alone after "مع", "من" of a call or "جمعه ب…": the clause's subject comes before.
            bool other = (context.Is(k, DiplomacyLexicon.CallSources) && (context.Is(k, DiplomacyLexicon.Counterparts) || IsCall(context, trigger)))
                || context.Is(k, DiplomacyLexicon.SubjectObjectIntroducers);
            bool introducer = context.Is(k, DiplomacyLexicon.ParticipantIntroducers);
            if (other || introducer || context.Is(k, DiplomacyLexicon.Counterparts))
            {
                // "لقاء ثنائي جمع بين ماكرون و…": the pair after the verb that introduces it; "مع كلٍّ من …": the list after.
                int from = introducer && context.Is(k + 1, DiplomacyLexicon.Counterparts) ? k + 2 : k + 1;
                if (context.Is(from, DiplomacyLexicon.EachWords) && from + 1 < context.Tokens.Count && context.Word(from + 1).SequenceEqual("من"))
                {
                    from += 2;
                }

                int after = CollectList(context, from, sentence.End, EntityKind.Person, people);
                if (people.Count > 0 && context.Is(after, DiplomacyLexicon.Counterparts))
                {
                    CollectList(context, after + 1, sentence.End, EntityKind.Person, people); // "بين توكاييف مع الرئيس الروسي …"
                }

                if (other && named == 0 && people.Count > 0 && SubjectBefore(context, trigger, sentence.Start, people) is { } first)
                {
                    // "قال لافروف إنه شارك في اجتماع ثلاثي مع نظيره التركي … و…", "خلال لقائه مع …": the other side follows مع,
                    // the clause's subject is the first.
                    people.Insert(0, first);
                }

                break;
            }
        }

        if (people.Count < 2 && IsMeetingVerb(context.Word(trigger)) && AgentAfter(context, trigger, sentence) is int agent)
        {
            // "استُقبل وزير الشؤون الخارجية …، أحمد عطاف، … من قبل الشيخ محمد بن عبد الرحمن …": the passive's subject
            // behind its title, then its agent.
            if (people.Count == 0 && FirstPersonToken(context, context.Tokens[trigger].End, context.Tokens[agent].Start) is int passiveSubject)
            {
                CollectList(context, passiveSubject, context.Tokens[agent].Start, EntityKind.Person, people);
            }

            CollectList(context, agent + 1, sentence.End, EntityKind.Person, people);
        }

        if (people.Count == 0)
        {
            CollectListBefore(context, trigger, sentence.Start, people);
        }

        if (people.Count < 2 && LightVerbBefore(context, trigger, sentence.Start) is int verb)
        {
            // "أجرى الرئيس الروسي بوتين ونظيره الكازاخستاني توكاييف، اليوم الخميس، محادثات …", "تلقى وزير الخارجية،
            // الأمير …، اتصالاً": every person between the verb and the meeting is its subject, appositive commas and all.
            PeopleBetween(context, context.Tokens[verb].End, context.Tokens[trigger].Start, people);
        }

        if (people.Count < 2 && context.Is(trigger + 1, DiplomacyLexicon.SubjectPronouns) && FirstPersonToken(context, sentence.Start, context.Tokens[trigger].Start) is int subject)
        {
            // "وقع بوتين ونظيره الإيراني بزشكيان … المعاهدة، وذلك في ختام محادثات بينهما": the sentence's subjects.
            CollectList(context, subject, context.Tokens[trigger].Start, EntityKind.Person, people);
        }

        if (people.Count == 0 && CounterpartBefore(context, trigger, sentence.Start) is int with)
        {
            // "… مؤتمر صحفي عقده في موسكو مع نظيره الكازاخستاني، مراد نورتلو، عقب محادثاتهما".
            CollectList(context, with + 1, context.Tokens[trigger].Start, EntityKind.Person, people);
        }

        if (people.Count == 1 && AnaphoricCounterpart(context, trigger, sentence, people[0]) is { } counterpart)
        {
            people.Add(counterpart); // "اجتماعا مع المسؤول الروسي": the person spoken of before
        }

        if (people.Count < 2 && PartiesOfLastMeeting(context, trigger, sentence) is { } parties)
        {
            return parties; // "وكان الزعيمان قد التقيا …"
        }

        if (people.Count == 1 && MeetingHost.BareTitleSubject(context, trigger, sentence, people[0]) is { } titled)
        {
            people.Insert(0, titled); // "التقى الرئيس فوراً بالرئيس الفرنسي …": the president the article is about
        }

        if (people.Count == 1)
        {
            Entity? other = NearestOtherPerson(context, sentence, trigger, people[0]);
            if (other is not null)
            {
                people.Add(other);
            }
        }

        if (people.Count >= 2)
        {
            return people;
        }

        // No two people: a list of states right after a meeting called bilateral or trilateral.
        if (!QualifiedAsMultiparty(context, trigger, sentence))
        {
            return people;
        }

        var states = new List<Entity>();
        for (int k = trigger + 1; k < context.Tokens.Count && k - trigger <= StateListWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.BorderNouns))
            {
                break; // "… القريبة من الحدود مع جورجيا وأرمينيا": the states that follow are neighbours, not parties
            }

            states.Clear();
            CollectList(context, k, sentence.End, EntityKind.Country, states);
            if (states.Count >= 2)
            {
                return states;
            }
        }

        return people;
    }

    private static bool IsCall(ArticleContext context, int trigger)
    {
        ReadOnlySpan<char> word = context.Word(trigger);
        return word.EndsWith("اتصال") || word.EndsWith("اتصالا") || word.EndsWith("مكالمه") || context.Is(trigger, DiplomacyLexicon.CallVerbs);
    }

    private static Entity? SubjectBefore(ArticleContext context, int trigger, int sentenceStart, List<Entity> exclude)
    {
        // "… وزراء من الدول الثماني التي شاركت في محادثات مع …": a feminine relative after a word that names no person
        // makes that word (states, a body) the subject, not the person named before it.
        int relative = FeminineRelativeBefore(context, trigger, sentenceStart);
        for (int m = context.MatchAtOrAfter(context.Tokens[trigger].Start) - 1; m >= 0 && context.Matches[m].Start >= sentenceStart; m--)
        {
            if (context.Matches[m].Start < relative)
            {
                return null;
            }

            if (context.Matches[m].Entity is { Kind: EntityKind.Person } person)
            {
                return exclude.Contains(person) ? null : person;
            }
        }

        return null;
    }

    private static int? SubjectBehindTitle(ArticleContext context, int trigger, Sentence sentence)
    {
        // The first person within a title's length after the verb, before any word that introduces the other side.
        for (int k = trigger + 1; k < context.Tokens.Count && k <= trigger + TitledPhraseWords && context.Tokens[k].Start < sentence.End; k++)
        {
            if (StartsEntity(context, k, sentence.End, EntityKind.Person))
            {
                return k;
            }

            if (context.Is(k, DiplomacyLexicon.Counterparts) || context.Is(k, DiplomacyLexicon.CounterpartNouns) || IsTrigger(context, k))
            {
                return null;
            }
        }

        return null;
    }

    private static int? AgentAfter(ArticleContext context, int trigger, Sentence sentence)
    {
        for (int k = trigger + 2; k + 1 < context.Tokens.Count && k <= trigger + OutsiderWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.AgentNouns) && context.Word(k - 1).SequenceEqual("من"))
            {
                return k;
            }
        }

        return null;
    }

    private static int FeminineRelativeBefore(ArticleContext context, int trigger, int sentenceStart)
    {
        for (int k = trigger - 1; k > 0 && k >= trigger - RelativeWindow && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (context.Is(k, DiplomacyLexicon.FeminineRelatives))
            {
                return context.MatchCovering(k - 1) is { Entity.Kind: EntityKind.Person } ? -1 : context.Tokens[k].Start; // "الوزيرة … التي"
            }
        }

        return -1;
    }

    private static void PeopleBetween(ArticleContext context, int start, int end, List<Entity> into)
    {
        int at = 0;
        for (int m = context.MatchAtOrAfter(start); m < context.Matches.Count && context.Matches[m].Start < end; m++)
        {
            if (context.Matches[m].Entity is { Kind: EntityKind.Person } person && !into.Contains(person))
            {
                into.Insert(at++, person);
            }
        }
    }

    private static int? CounterpartBefore(ArticleContext context, int trigger, int sentenceStart)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 14 && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (context.Is(k, DiplomacyLexicon.Counterparts))
            {
                return k;
            }
        }

        return null;
    }

    private static Entity? AnaphoricCounterpart(ArticleContext context, int trigger, Sentence sentence, Entity first)
    {
        for (int k = trigger + 1; k < context.Tokens.Count && k <= trigger + CounterpartWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.Counterparts) && context.Is(k + 1, Parsing.Lexicon.ReportingLexicon.PositionNouns)
                && FirstPersonToken(context, context.Tokens[k + 1].Start, Math.Min(sentence.End, context.Tokens[Math.Min(k + BareTitleWindow, context.Tokens.Count - 1)].End)) is null)
            {
                // "اجتماعا مع المسؤول الروسي": a title with no name after it is the person spoken of before, not across a
                // feminine relative ("الدول … التي شاركت في محادثات مع الرئيس …").
                int before = context.Tokens[trigger].Start;
                int relative = FeminineRelativeBefore(context, trigger, sentence.Start);
                for (int m = context.MatchAtOrAfter(before) - 1; m >= 0 && context.Matches[m].Start >= relative; m--)
                {
                    if (context.Matches[m].Entity is { Kind: EntityKind.Person } person && !person.Equals(first))
                    {
                        return person;
                    }
                }
            }
        }

        return null;
    }

    private static List<Entity>? PartiesOfLastMeeting(ArticleContext context, int trigger, Sentence sentence)
    {
        for (int k = Math.Max(0, trigger - 4); k < context.Tokens.Count && k <= trigger + 2 && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Tokens[k].Start >= sentence.Start && context.Is(k, DiplomacyLexicon.PartyAnaphors))
            {
                return context.LastMeetingParties;
            }
        }

        return null;
    }

    private static int? LightVerbBefore(ArticleContext context, int trigger, int sentenceStart)
    {
        for (int k = trigger - 1; k >= 0 && k >= trigger - LightVerbWindow && context.Tokens[k].Start >= sentenceStart; k--)
        {
            if (context.Is(k, DiplomacyLexicon.LightVerbs))
            {
                return k;
            }
        }

        return null;
    }

    private static List<Entity>? ContinuedMeeting(ArticleContext context, int trigger, Sentence sentence, Entity host)
    {
        // Only a meeting that names its own other side right after it ("ثم عقد اجتماعات مع …", "كما التقى مع …"); a
        // second mention of the sentence's meeting ("خلال اللقاء") names no one new.
        if (!context.Is(trigger + 1, DiplomacyLexicon.Counterparts) || context.Tokens[trigger + 1].Start >= sentence.End)
        {
            return null;
        }

        var people = new List<Entity> { host };
        CollectList(context, trigger + 2, sentence.End, EntityKind.Person, people);
        return people.Count > 1 ? people : null;
    }

    private static bool IsSeveralBilateral(ArticleContext context, int trigger, Sentence sentence)
    {
        // "عقد اجتماعات مع …، و…", "لقاءات ثنائية مع …", "التقى … نظيريه العراقي … والغامبي …": separate meetings, unless
        // the text calls them joint or trilateral ("اجتماعاً ثلاثياً مع نظيريه …").
        bool bilateral = context.Is(trigger + 1, DiplomacyLexicon.BilateralQualifiers);
        if (!bilateral && QualifiedAsMultiparty(context, trigger, sentence))
        {
            return false;
        }

        if (context.Is(trigger, DiplomacyLexicon.SeveralMeetings))
        {
            return context.Is(bilateral ? trigger + 2 : trigger + 1, DiplomacyLexicon.Counterparts);
        }

        for (int k = trigger + 1; k < context.Tokens.Count && k <= trigger + TitledPhraseWords && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.SeveralCounterparts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QualifiedAsMultiparty(ArticleContext context, int trigger, Sentence sentence)
    {
        for (int k = trigger; k < context.Tokens.Count && k <= trigger + 2 && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.MultipartyQualifiers))
            {
                return true;
            }
        }

        return false;
    }

    private static int CollectList(ArticleContext context, int token, int end, EntityKind kind, List<Entity> into)
    {
        // Walk words: glue words (titles, و) are skipped; an entity of the wanted kind is taken; anything else stops.
        int k = token;
        while (k < context.Tokens.Count && context.Tokens[k].Start < end)
        {
            if (context.InsideDate(context.Tokens[k].Start))
            {
                k++;
                continue;
            }

            bool listComma = IsListComma(context, k);
            if (k > token && !listComma && HasHardBoundary(context, context.Tokens[k - 1].End, context.Tokens[k].Start) && !context.InsideDate(context.Tokens[k - 1].Start))
            {
                break;
            }

            int m = context.MatchAtOrAfter(context.Tokens[k].Start);
            if (m < context.Matches.Count && context.Matches[m].Start - context.Matches[m].ProcliticLength == context.Tokens[k].Start
                && context.Matches[m].Entity is { } entity && entity.Kind == kind)
            {
                if (!into.Contains(entity))
                {
                    into.Add(entity);
                }

                k = context.TokenAtOrAfter(context.Matches[m].Start + context.Matches[m].Length);
                continue;
            }

            if (m < context.Matches.Count && context.Matches[m].Start - context.Matches[m].ProcliticLength == context.Tokens[k].Start
                && context.Matches[m].Entity is { Kind: EntityKind.Country })
            {
                // A demonym or state inside a title ("نظيره الأذربيجاني") is glue for a list of people; after "نظيره" with
                // no name following, it is the counterpart itself ("التقى لافروف بنظيره الأرميني").
                int next = context.TokenAtOrAfter(context.Matches[m].Start + context.Matches[m].Length);
                if (kind == EntityKind.Person && context.Is(k - 1, DiplomacyLexicon.CounterpartNouns) && !StartsEntity(context, next, end, EntityKind.Person)
                    && TitledCounterpart(context, context.Word(k), into.Count > 0 ? into[0] : null, context.Tokens[k].Start) is { } counterpart
                    && !into.Contains(counterpart))
                {
                    into.Add(counterpart);
                }

                k = next;
                continue;
            }

            if (!context.Is(k, DiplomacyLexicon.ParticipantGlue))
            {
                break;
            }

            k++;
        }

        return k;
    }

    private static void OutsidersIn(ArticleContext context, int trigger, Sentence sentence, List<EntityReference> into)
    {
        // The other side is someone outside the catalog: named again by surname ("اجتماعا مع بيلوزيروف ورئيس …"), or
        // introduced by their title ("استقبل … إلهام علييف، يوم 3 يونيو، الرئيس التنفيذي لشركة السكك الحديدية الروسية
        // أوليغ بيلوزيروف", "كما التقى أوفرتشوك وزيرة الطرق … فرزانه صادق").
        int first = Math.Max(context.TokenAtOrAfter(sentence.Start), trigger - OutsiderWindow);
        for (int k = first; k < context.Tokens.Count && k <= trigger + OutsiderWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (KnownOutsider(context, k, sentence.Start) is { } known && !into.Exists(p => p.Name == known.Name))
            {
                into.Add(known);
            }
        }

        if (TitledPersonIn(context, first, trigger + OutsiderWindow, sentence) is { } titled && !into.Exists(p => p.Name == titled.Name))
        {
            into.Add(titled);
        }

        if (into.Count == 0 && DelegationIn(context, trigger, sentence) is { } delegation)
        {
            into.Add(delegation);
        }
    }

    private static EntityReference? DelegationIn(ArticleContext context, int trigger, Sentence sentence)
    {
        // "استقبل … وفداً من ممثلي اتحاد الجالية …", "التقى الصفدي وفداً من لجنة … في مجلس النواب الأمريكي": a delegation is
        // the other side, named by what it comes from (the catalog's organisation or state when it opens the phrase).
        for (int k = trigger + 1; k < context.Tokens.Count - 2 && k <= trigger + OutsiderWindow && context.Tokens[k].Start < sentence.End; k++)
        {
            if (!context.Is(k, DiplomacyLexicon.DelegationNouns) || !context.Is(k + 1, DiplomacyLexicon.DelegationSources))
            {
                continue;
            }

            int from = k + 2;
            if (StartsEntity(context, from, sentence.End, EntityKind.Organization) || StartsEntity(context, from, sentence.End, EntityKind.Country))
            {
                return EntityReference.From(context.Matches[context.MatchAtOrAfter(context.Tokens[from].Start)].Entity!);
            }

            int last = from - 1;
            while (last + 1 < context.Tokens.Count && last + 1 - from < DelegationWords && context.Tokens[last + 1].Start < sentence.End
                && !HasHardBoundary(context, context.Tokens[last].End, context.Tokens[last + 1].Start) && !context.Is(last + 1, DiplomacyLexicon.DelegationStops))
            {
                last++;
            }

            return last < from ? null : new EntityReference
            {
                Name = context.Text.OriginalText(context.Tokens[k].Start, context.Tokens[last].End - context.Tokens[k].Start),
                Kind = EntityKind.Organization,
            };
        }

        return null;
    }

    private static EntityReference? KnownOutsider(ArticleContext context, int k, int before)
    {
        ReadOnlySpan<char> word = context.Word(k);
        for (int u = context.UnknownPeople.Count - 1; u >= 0 && u >= context.UnknownPeople.Count - MaxOutsidersBack; u--)
        {
            (int start, int length, string name) = context.UnknownPeople[u];
            ReadOnlySpan<char> known = context.Span.Slice(start, length);
            ReadOnlySpan<char> surname = known[(known.LastIndexOf(' ') + 1)..];
            if (start < before && surname.Length > 3 && (word.SequenceEqual(surname) || (word.Length == surname.Length + 1 && word[0] == '\u0648' && word[1..].SequenceEqual(surname))))
            {
                return new EntityReference { Name = name, Kind = EntityKind.Person };
            }
        }

        return null;
    }

    private static EntityReference? TitledPersonIn(ArticleContext context, int firstToken, int lastToken, Sentence sentence)
    {
        for (int k = firstToken; k < context.Tokens.Count && k <= lastToken && context.Tokens[k].Start < sentence.End; k++)
        {
            if (!context.Is(k, ReportingLexicon.PositionNouns) || context.MatchCovering(k) is not null)
            {
                continue;
            }

            if (TitledName.TryFindBeforeTitle(context, k, out EntityReference? named) && context.Tokens[k - 1].Start >= sentence.Start)
            {
                return named; // "مع الشيخ عبد الملك الخليلي رئيس مجلس الدولة": the name before its title
            }

            // The phrase runs to the clause's end or to the quotation mark that closes a quoted name ("سفير … \"حسن رضائي نيا\" قبيل …").
            int last = k;
            bool quoted = false;
            while (last + 1 < context.Tokens.Count && last - k < TitledPhraseWords && context.Tokens[last + 1].Start < sentence.End
                && !HasHardBoundary(context, context.Tokens[last].End, context.Tokens[last + 1].Start))
            {
                if (context.Span[context.Tokens[last].End..context.Tokens[last + 1].Start].IndexOfAny(Parsing.Quotations.QuotationFinder.QuoteMarkValues) >= 0)
                {
                    if (quoted)
                    {
                        break;
                    }

                    quoted = true;
                }

                last++;
            }

            if (TitledName.TryFind(context, context.Tokens[k].Start, context.Tokens[last].End, out EntityReference? person))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Returns whether an entity of <paramref name="kind"/> starts at token <paramref name="k"/>, before <paramref name="end"/>.</summary>
    /// <param name="context">The article.</param>
    /// <param name="k">A token index.</param>
    /// <param name="end">The end of the span searched.</param>
    /// <param name="kind">The kind wanted.</param>
    /// <returns><see langword="true"/> when such an entity starts there.</returns>
    internal static bool StartsEntity(ArticleContext context, int k, int end, EntityKind kind)
    {
        if (k >= context.Tokens.Count || context.Tokens[k].Start >= end)
        {
            return false;
        }

        int m = context.MatchAtOrAfter(context.Tokens[k].Start);
        return m < context.Matches.Count && context.Matches[m].Start - context.Matches[m].ProcliticLength == context.Tokens[k].Start
            && context.Matches[m].Entity?.Kind == kind;
    }

    private static int? FirstPersonToken(ArticleContext context, int start, int end)
    {
        for (int k = context.TokenAtOrAfter(start); k < context.Tokens.Count && context.Tokens[k].Start < end; k++)
        {
            if (StartsEntity(context, k, end, EntityKind.Person))
            {
                return k;
            }
        }

        return null;
    }

    private static Entity? TitledCounterpart(ArticleContext context, ReadOnlySpan<char> demonym, Entity? subject, int before)
    {
        // "نظيره الأرميني": the person named earlier who holds the subject's own office in that state, the office being
        // the subject's title without its demonym ("وزير الخارجية الروسي" → "وزير الخارجية الأرميني").
        string? office = subject is null ? null : OfficeOf(subject, context.Anchor);
        return context.PersonHoldingTitle(office, demonym, before, subject);
    }

    private static string? OfficeOf(Entity person, DateOnly? day)
    {
        EntityRole? role = day is { } date ? person.GetRoleOn(date) : null;
        role ??= person.Roles.Count > 0 ? person.Roles[0] : null;
        if (role is null)
        {
            return null;
        }

        string title = ArabicNormalizer.Normalize(role.Title);
        int space = title.LastIndexOf(' ');
        return space > 0 ? title[..space] : null;
    }

    private static bool IsListComma(ArticleContext context, int k)
    {
        // "فيدان، ونظيره الأذربيجاني بيراموف، ووزيرة الخارجية …": a comma before a conjoined item continues the list.
        if (k == 0)
        {
            return false;
        }

        // Quotation marks around the names do not count ("“محمد شياع السوداني”، والرئيس العراقي “عبد اللطيف رشيد”").
        ReadOnlySpan<char> gap = context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start].Trim();
        while (gap.Length > 0 && Parsing.Quotations.QuotationFinder.IsQuoteMark(gap[0]))
        {
            gap = gap[1..].TrimStart();
        }

        while (gap.Length > 0 && Parsing.Quotations.QuotationFinder.IsQuoteMark(gap[^1]))
        {
            gap = gap[..^1].TrimEnd();
        }

        return gap is "\u060C" or "," && context.Word(k)[0] == '\u0648' && context.Word(k).Length > 2;
    }

    private static void CollectListBefore(ArticleContext context, int trigger, int sentenceStart, List<Entity> into)
    {
        // "بوتين وعلييف يجريان مباحثات": people joined by و just before the trigger, one verb allowed between.
        int k = trigger - 1;
        if (k >= 0 && context.Tokens[k].Start >= sentenceStart && context.MatchAtOrAfter(context.Tokens[k].Start) is int m0
            && !(m0 < context.Matches.Count && context.Matches[m0].Start - context.Matches[m0].ProcliticLength == context.Tokens[k].Start))
        {
            k--;
        }

        while (k >= 0 && context.Tokens[k].Start >= sentenceStart)
        {
            int m = context.MatchAtOrAfter(context.Tokens[k].Start);
            bool startsHere = m < context.Matches.Count && context.Matches[m].Start - context.Matches[m].ProcliticLength == context.Tokens[k].Start;
            if (startsHere && context.Matches[m].Entity is { Kind: EntityKind.Person } person)
            {
                if (!into.Contains(person))
                {
                    into.Insert(0, person);
                }
            }
            else if (!context.Is(k, DiplomacyLexicon.ParticipantGlue) && context.MatchCovering(k) is null
                && !(startsHere && context.Matches[m].Entity is { Kind: EntityKind.Country }))
            {
                break;
            }

            k--;
        }
    }

    private static Entity? NearestOtherPerson(ArticleContext context, Sentence sentence, int trigger, Entity participant)
    {
        // Not across a feminine relative whose antecedent names no person: "الدول … التي شاركت في محادثات مع ترامب".
        int position = context.Tokens[trigger].Start;
        int first = Math.Max(sentence.Start, FeminineRelativeBefore(context, trigger, sentence.Start));
        Entity? best = null;
        int bestDistance = int.MaxValue;
        for (int m = context.MatchAtOrAfter(first); m < context.Matches.Count && context.Matches[m].Start < sentence.End; m++)
        {
            if (context.Matches[m].Entity is not { Kind: EntityKind.Person } person || person.Equals(participant))
            {
                continue;
            }

            int distance = Math.Abs(context.Matches[m].Start - position);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = person;
            }
        }

        return best;
    }

    /// <summary>Returns whether the text between <paramref name="from"/> and <paramref name="to"/> holds a clause boundary.</summary>
    /// <param name="context">The article.</param>
    /// <param name="from">The start of the gap.</param>
    /// <param name="to">The end of the gap.</param>
    /// <returns><see langword="true"/> for a full stop, colon, semicolon, question or exclamation mark, or comma.</returns>
    internal static bool HasHardBoundary(ArticleContext context, int from, int to)
    {
        ReadOnlySpan<char> gap = context.Span[from..to];
        foreach (char c in gap)
        {
            if (c is '.' or ':' or '\u061B' or ';' or '\u061F' or '!' or '\u060C' or ',')
            {
                return true;
            }
        }

        return false;
    }

    private static MeetingMode ModeOf(ArticleContext context, int trigger, Sentence sentence)
    {
        for (int k = context.TokenAtOrAfter(sentence.Start); k < context.Tokens.Count && context.Tokens[k].Start < sentence.End; k++)
        {
            if (context.Is(k, DiplomacyLexicon.PhoneWords))
            {
                return MeetingMode.Phone;
            }

            if (context.Is(k, DiplomacyLexicon.VideoWords))
            {
                return MeetingMode.Video;
            }
        }

        ReadOnlySpan<char> word = context.Word(trigger);
        return word.EndsWith("محادثه") || word.EndsWith("اتصال") || word.EndsWith("اتصالا") ? MeetingMode.Unspecified : MeetingMode.InPerson;
    }

    private static void Merge(List<(Meeting Meeting, bool Dated)> found, PartialDate? published, List<Meeting> results)
    {
        // Reports that date themselves first, so a mention of the same participants dated only by inference (the
        // headline, "** اتصال هاتفي بين أردوغان وعلييف") folds into one of them.
        foreach ((Meeting meeting, bool dated) in found.Where(static m => m.Dated).Concat(found.Where(static m => !m.Dated)))
        {
            int same = -1;
            for (int r = 0; r < results.Count; r++)
            {
                if (!SameParticipants(results[r], meeting))
                {
                    continue;
                }

                if (dated ? results[r].Date == meeting.Date : same < 0 || results[r].Date == published || results[r].Date == meeting.Date)
                {
                    same = r;
                }
            }

            if (same < 0)
            {
                results.Add(meeting);
            }
            else if (results[same].Location is null && meeting.Location is not null)
            {
                results[same] = results[same] with { Location = meeting.Location };
            }
        }

        results.Sort(static (a, b) => a.Evidence.Start.CompareTo(b.Evidence.Start));
    }

    private static bool SameParticipants(Meeting a, Meeting b) =>
        a.Participants.Count == b.Participants.Count && a.Participants.All(p => b.Participants.Any(q => q.Id == p.Id && q.Name == p.Name));
}
