using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Segmentation;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Extraction;

/// <summary>Everything recognised in one article, shared by the extractors (all indices normalized).</summary>
internal sealed class ArticleContext
{
    private const int PluperfectWindow = 8;
    private const int MaxTitleHoldersBack = 64;
    private const int MaxRecentUnknown = 8;

    // A range of days shorter than this is one event's days (a three-day visit); a longer one is a part of a month.
    private const int MaxEventDays = 7;

    /// <summary>Creates the context.</summary>
    /// <param name="text">The normalized article.</param>
    /// <param name="layout">Its layout.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="matches">Catalog matches, in text order.</param>
    /// <param name="dates">Date expressions, in text order.</param>
    /// <param name="anchor">The article's date, for relative expressions.</param>
    public ArticleContext(NormalizedText text, ArticleLayout layout, List<Token> tokens, List<CatalogMatch> matches, List<DateMatch> dates, DateOnly? anchor)
    {
        Text = text;
        Layout = layout;
        Tokens = tokens;
        Matches = matches;
        Dates = dates;
        Anchor = anchor;
    }

    /// <summary>Gets the normalized article.</summary>
    public NormalizedText Text { get; }

    /// <summary>Gets the normalized characters.</summary>
    public ReadOnlySpan<char> Span => Text.Span;

    /// <summary>Gets the layout.</summary>
    public ArticleLayout Layout { get; }

    /// <summary>Gets the words.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Gets the catalog matches.</summary>
    public List<CatalogMatch> Matches { get; }

    /// <summary>Gets the date expressions.</summary>
    public List<DateMatch> Dates { get; }

    /// <summary>Gets the article's date.</summary>
    public DateOnly? Anchor { get; }

    /// <summary>Gets or sets the participants of the last meeting found, for anaphors such as <c>الزعيمان</c>.</summary>
    public List<Entity>? LastMeetingParties { get; set; }

    /// <summary>Gets people outside the catalog recognised so far (name span and Arabic name).</summary>
    public List<(int Start, int Length, string Name)> UnknownPeople { get; } = [];

    /// <summary>Gets the text of token <paramref name="index"/>.</summary>
    /// <param name="index">A token index.</param>
    /// <returns>The normalized word.</returns>
    public ReadOnlySpan<char> Word(int index) => Span.Slice(Tokens[index].Start, Tokens[index].Length);

    /// <summary>
    /// Returns whether token <paramref name="index"/> exists and is in <paramref name="set"/> (a glued و/ف allowed): a
    /// bit test for the sets the tokenizer classified by, a lookup for the others.
    /// </summary>
    /// <param name="index">A token index.</param>
    /// <param name="set">The words.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Is(int index, WordSet set)
    {
        if ((uint)index >= (uint)Tokens.Count)
        {
            return false;
        }

        return set.Class != WordClass.None ? (Tokens[index].Classes & set.Class) != WordClass.None : set.ContainsWithConjunction(Word(index));
    }

    /// <summary>Returns whether <paramref name="position"/> lies inside a recognised date expression.</summary>
    /// <param name="position">A position in the normalized text.</param>
    /// <returns><see langword="true"/> inside a date.</returns>
    public bool InsideDate(int position)
    {
        // The dates are in text order and do not overlap: only the last one that starts at or before the position may cover it.
        int i = FirstDateAtOrAfter(position + 1) - 1;
        return i >= 0 && position < Dates[i].End;
    }

    /// <summary>Gets the index of the first token starting at or after <paramref name="position"/>.</summary>
    /// <param name="position">A normalized index.</param>
    /// <returns>The token index, or <c>Tokens.Count</c>.</returns>
    public int TokenAtOrAfter(int position) => Tokenizer.IndexAtOrAfter(Tokens, position);

    /// <summary>
    /// Gets the index of the token that contains <paramref name="position"/> (a phrase may start after a glued ل:
    /// <c>وفقاً للتحليل</c>), else of the first token after it.
    /// </summary>
    /// <param name="position">A normalized index.</param>
    /// <returns>The token index.</returns>
    public int TokenAtOrAround(int position)
    {
        int index = TokenAtOrAfter(position);
        return index > 0 && Tokens[index - 1].End > position ? index - 1 : index;
    }

    /// <summary>Gets the index of the first catalog match whose proclitic-inclusive start is at or after <paramref name="position"/>.</summary>
    /// <param name="position">A normalized index.</param>
    /// <returns>The match index, or <c>Matches.Count</c>.</returns>
    public int MatchAtOrAfter(int position)
    {
        int lo = 0;
        int hi = Matches.Count;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (Matches[mid].Start - Matches[mid].ProcliticLength < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Finds the first catalog match starting in <c>[start, end)</c> whose entity satisfies <paramref name="accept"/>.</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="end">The normalized end.</param>
    /// <param name="accept">The filter.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? FirstEntity(int start, int end, Func<Entity, bool> accept)
    {
        // The match just before may have its proclitic before start and its name at or after it ("لحكمة").
        for (int m = Math.Max(0, MatchAtOrAfter(start) - 1); m < Matches.Count && Matches[m].Start < end; m++)
        {
            if (Matches[m].Start >= start && Matches[m].Entity is { } entity && accept(entity))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>Finds the last catalog match ending before <paramref name="end"/> and starting at or after <paramref name="start"/>.</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="end">The normalized end.</param>
    /// <param name="accept">The filter.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? LastEntity(int start, int end, Func<Entity, bool> accept)
    {
        for (int m = MatchAtOrAfter(end) - 1; m >= 0 && Matches[m].Start >= start; m--)
        {
            if (Matches[m].Start + Matches[m].Length <= end && Matches[m].Entity is { } entity && accept(entity))
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>Gets the catalog match whose span (proclitic included) covers token <paramref name="token"/>, if any.</summary>
    /// <param name="token">A token index.</param>
    /// <returns>The match, or <see langword="null"/>.</returns>
    public CatalogMatch? MatchCovering(int token)
    {
        int start = Tokens[token].Start;
        int m = MatchAtOrAfter(start + 1) - 1;
        return m >= 0 && Matches[m].Start - Matches[m].ProcliticLength <= start && Matches[m].End >= Tokens[token].End ? Matches[m] : null;
    }

    /// <summary>Records a person outside the catalog and returns a reference to them by their Arabic name.</summary>
    /// <param name="start">The normalized start of the name.</param>
    /// <param name="end">The normalized end of the name.</param>
    /// <returns>The reference.</returns>
    public EntityReference AddUnknownPerson(int start, int end)
    {
        string name = Text.OriginalText(start, end - start);
        if (!IsRecordedUnknown(start))
        {
            UnknownPeople.Add((start, end - start, name));
        }

        return new EntityReference { Name = name, Kind = EntityKind.Person };
    }

    /// <summary>Gets the sentence containing <paramref name="position"/>, or an empty range.</summary>
    /// <param name="position">A normalized index.</param>
    /// <returns>The sentence.</returns>
    public Sentence SentenceAt(int position)
    {
        int index = Layout.SentenceAt(position);
        return index >= 0 ? Layout.Sentences[index] : new Sentence(position, position, -1);
    }

    /// <summary>Counts the words in <c>[start, end)</c>.</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="end">The normalized end.</param>
    /// <returns>The number of tokens.</returns>
    public int WordCount(int start, int end) => Math.Max(0, TokenAtOrAfter(end) - TokenAtOrAfter(start));

    /// <summary>Returns whether a catalog match covers all the words of <c>[start, end)</c> (a quoted name such as "إلهام علييف").</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="end">The normalized end.</param>
    /// <returns><see langword="true"/> for a name.</returns>
    public bool IsName(int start, int end)
    {
        int first = TokenAtOrAfter(start);
        int last = TokenAtOrAfter(end) - 1;
        if (first > last)
        {
            return false;
        }

        int covered = Tokens[first].Start;
        for (int m = MatchAtOrAfter(start); m < Matches.Count && Matches[m].Start < end; m++)
        {
            if (Matches[m].Start - Matches[m].ProcliticLength > covered + 2)
            {
                return false;
            }

            covered = Math.Max(covered, Matches[m].Start + Matches[m].Length);
        }

        return covered >= Tokens[last].End;
    }

    /// <summary>
    /// Finds the person named last before <paramref name="before"/> who holds, on the article's date, a title ending in
    /// <paramref name="demonym"/> and starting with <paramref name="office"/> (<c>الوزير الروسي</c> → the holder of
    /// <c>وزير الخارجية الروسي</c> named before).
    /// </summary>
    /// <param name="office">The office the title starts with, normalized (<c>وزير</c>, <c>وزير الخارجيه</c>), or <see langword="null"/> for any.</param>
    /// <param name="demonym">The nisba the title ends with, normalized, with or without the article.</param>
    /// <param name="before">The normalized position to look back from.</param>
    /// <param name="exclude">A person who is not the one meant (the subject of <c>نظيره</c>).</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public Entity? PersonHoldingTitle(string? office, ReadOnlySpan<char> demonym, int before, Entity? exclude)
    {
        ReadOnlySpan<char> nisba = WithoutArticle(demonym);
        ReadOnlySpan<char> head = office is null ? default : WithoutArticle(office);
        int first = MatchAtOrAfter(before) - 1;
        for (int m = first; m >= 0 && m > first - MaxTitleHoldersBack; m--)
        {
            if (Matches[m].Entity is not { Kind: EntityKind.Person } person || person.Equals(exclude))
            {
                continue;
            }

            foreach (EntityRole role in person.Roles)
            {
                if (Anchor is { } day && !role.IsHeldOn(day))
                {
                    continue;
                }

                string title = ArabicNormalizer.Normalize(role.Title);
                int space = title.LastIndexOf(' ');
                if (space > 0 && WithoutArticle(title.AsSpan(space + 1)).SequenceEqual(nisba)
                    && (head.IsEmpty || (title.AsSpan(0, space).StartsWith(head) && (space == head.Length || title[head.Length] == ' '))))
                {
                    return person;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns whether <paramref name="sentence"/> is background in the pluperfect (<c>وكان الزعيمان قد التقيا …</c>,
    /// <c>وكانت الدولتان قد وقعتا …</c>): كان opening the sentence, then قد a few words on.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns><see langword="true"/> for background.</returns>
    public bool IsPluperfect(Sentence sentence)
    {
        int first = TokenAtOrAfter(sentence.Start);
        if (!Is(first, DiplomacyLexicon.PluperfectAuxiliaries))
        {
            return false;
        }

        for (int k = first + 1; k < Tokens.Count && k <= first + PluperfectWindow && Tokens[k].Start < sentence.End; k++)
        {
            if (Word(k) is "قد")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gets the most precise date expression within <c>[start, end)</c>, the nearest to <paramref name="position"/>
    /// among equally precise ones (an event is dated by its day rather than by the year a clause mentions).
    /// </summary>
    /// <param name="start">The normalized start of the window.</param>
    /// <param name="end">The normalized end of the window.</param>
    /// <param name="position">Where the event is mentioned.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public PartialDate? NearestDate(int start, int end, int position)
    {
        PartialDate? best = null;
        int bestDistance = int.MaxValue;
        for (int i = FirstDateAtOrAfter(start); i < Dates.Count && Dates[i].Start < end; i++)
        {
            DateMatch date = Dates[i];
            if (EventDate(date) is not { } value)
            {
                continue;
            }

            int distance = Math.Abs(date.Start - position);
            bool morePrecise = best is { } current && value.Precision > current.Precision;
            bool samePrecision = best is null || value.Precision == best.Value.Precision;
            if (morePrecise || (samePrecision && distance < bestDistance))
            {
                bestDistance = distance;
                best = value;
            }
        }

        return best;
    }

    /// <summary>Gets the index of the first date expression that starts at or after <paramref name="position"/> (binary search: the dates are in text order).</summary>
    /// <param name="position">A normalized position.</param>
    /// <returns>The index, or <see cref="List{T}.Count"/> of <see cref="Dates"/> when none does.</returns>
    public int FirstDateAtOrAfter(int position)
    {
        int low = 0;
        int high = Dates.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Dates[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Gets the date an event mentioned beside <paramref name="date"/> takes from it: the date itself; for a range of a few days
    /// (<c>من 10 الي 12 مايو</c>) its first day, for a longer one within a month (<c>اواخر مارس</c>) the month, for months within
    /// a year (<c>النصف الثاني من العام</c>) the year; a range across years (<c>للفتره 2025-2027</c>) dates no event.
    /// </summary>
    /// <param name="date">The date expression.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static PartialDate? EventDate(DateMatch date)
    {
        if (date.Value is not { } value || date.Last is not { } last)
        {
            return date.Value;
        }

        if (value.Year != last.Year || value.Precision == DatePrecision.Year)
        {
            return null;
        }

        if (value.Precision == DatePrecision.Month)
        {
            return new PartialDate(value.Year);
        }

        if (value.Month != last.Month)
        {
            return null;
        }

        return last.Day - value.Day < MaxEventDays ? value : new PartialDate(value.Year, value.Month!.Value);
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word) => word.StartsWith("ال") && word.Length > 4 ? word[2..] : word;

    private bool IsRecordedUnknown(int start)
    {
        // The same phrase may name a statement's speaker and a meeting's participant: recorded once. The recent entries
        // are enough, as both come from the same sentence.
        for (int u = UnknownPeople.Count - 1; u >= 0 && u >= UnknownPeople.Count - MaxRecentUnknown; u--)
        {
            if (UnknownPeople[u].Start == start)
            {
                return true;
            }
        }

        return false;
    }
}
