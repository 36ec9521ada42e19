using System;
using System.Collections.Generic;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The working state of one <see cref="DateRecognizer.Recognize"/> call: the text, the anchor and the results.</summary>
/// <remarks>
/// <para>
/// The scanner walks the tokens left to right. At each token it tries the expressions that can start there
/// (a number: a numeric date or a day–month list; a word: a month, a weekday, a relative word, a year noun),
/// each of which reads a bounded number of tokens ahead. The first that succeeds appends its matches and
/// the walk resumes after them; otherwise it resumes after the token. Every token is therefore read a bounded
/// number of times, which keeps the whole scan linear. A word is classified first, by one look-up in the
/// <see cref="DateWordTable"/>; at most words of a text no expression can start, and the walk moves on at once.
/// </para>
/// <para>
/// The parts live in partial files by concept: <c>DateScanner.Months.cs</c> (month names and the tail that gives
/// their year), <c>DateScanner.Lists.cs</c> (day–month–year lists and numeric dates),
/// <c>DateScanner.Relative.cs</c> (weekdays and relative words, years after <c>عام</c>).
/// </para>
/// </remarks>
internal ref partial struct DateScanner
{
    private readonly ReadOnlySpan<char> _text;
    private readonly DateOnly? _anchor;
    private readonly List<DateMatch> _results;

    /// <summary>Initializes a scanner.</summary>
    /// <param name="text">The normalized text.</param>
    /// <param name="anchor">The article's date, or <see langword="null"/>.</param>
    /// <param name="results">Where matches are appended.</param>
    public DateScanner(ReadOnlySpan<char> text, DateOnly? anchor, List<DateMatch> results)
    {
        _text = text;
        _anchor = anchor;
        _results = results;
    }

    /// <summary>Scans the whole text.</summary>
    public readonly void Run()
    {
        int position = 0;
        while (true)
        {
            DateToken token = Next(position);
            int end;
            if (token.Kind == DateTokenKind.Word)
            {
                // One look-up says whether any expression can start at the word: none can, for most words of a text,
                // and the scan moves on at once.
                DateWordClass wordClass = DateWordTable.Classify(token.Text(_text));
                end = wordClass.IsNone ? -1 : TryAtWord(token, wordClass);
            }
            else if (token.Kind == DateTokenKind.Number)
            {
                end = TryAtNumber(token);
            }
            else if (token.Kind == DateTokenKind.End)
            {
                return;
            }
            else
            {
                end = -1;
            }

            position = end > token.Start ? end : token.End;
        }
    }

    private readonly int TryAtNumber(DateToken token)
    {
        int end = TryNumericDate(token, token.Start);
        if (end < 0 && token.Length == 4)
        {
            end = TryYearRange(token);
        }

        if (end < 0)
        {
            end = TryDateList(token, -1, requireDay: false, out int resume);
            if (end < 0)
            {
                return resume; // past a run of bare day numbers, or the token itself (no progress: Run moves on)
            }
        }

        return end;
    }

    /// <summary>
    /// Returns whether <see cref="TryAtWord"/> tries an expression at a word the lexicon knows, by its entry and
    /// spelling (the cases of its switch): the glue words (<c>من</c>, <c>و</c>), the modifiers and most prepositions start none.
    /// </summary>
    /// <param name="word">The word's lexicon entry.</param>
    /// <param name="stemOffset">The length of its glued prefix.</param>
    /// <param name="spelling">The whole word.</param>
    /// <returns><see langword="true"/> when the word may start a date expression.</returns>
    internal static bool MayStartAt(DateWord word, int stemOffset, ReadOnlySpan<char> spelling) => word.Kind switch
    {
        DateWordKind.GregorianMonth or DateWordKind.MonthFirstWord or DateWordKind.HijriMonth or DateWordKind.Weekday
            or DateWordKind.DayNoun or DateWordKind.Today or DateWordKind.Yesterday or DateWordKind.Tomorrow
            or DateWordKind.YearNoun or DateWordKind.YearNounDual or DateWordKind.MonthNoun or DateWordKind.This => true,
        DateWordKind.MonthSecondWord => stemOffset == 0 && spelling is "اول",
        DateWordKind.Preposition => (stemOffset == 0 && spelling is "بعد") || PeriodParts.Of(spelling[stemOffset..]) != PeriodPart.None,
        _ => false,
    };

    /// <summary>Tries the expressions that can start at a word, by what <paramref name="wordClass"/> says it is.</summary>
    private readonly int TryAtWord(DateToken token, DateWordClass wordClass)
    {
        ReadOnlySpan<char> text = token.Text(_text);
        if (wordClass.IsCounting)
        {
            if (DayOrdinals.Unit(text, out _) != 0 && TryOrdinalDay(token, out _, out _))
            {
                int end = TryDateList(token, -1, requireDay: true);
                if (end >= 0)
                {
                    return end;
                }
            }

            int nth = DayOrdinals.Nth(text);
            if (nth != 0)
            {
                int end = TryRankedWeekday(token, nth);
                if (end >= 0)
                {
                    return end;
                }
            }

            if (text is "النصف" or "الربع")
            {
                return TryHalfOrQuarter(token);
            }

            int number = NumberWords.Value(text, out NumberWordKind numberKind);
            if (number != 0 && (numberKind == NumberWordKind.Thousands || !text.StartsWith("\u0627\u0644", StringComparison.Ordinal)))
            {
                int end = numberKind == NumberWordKind.Thousands ? TryYearRange(token) : TryDateList(token, -1, requireDay: true);
                if (end >= 0)
                {
                    return end;
                }
            }
        }

        if (wordClass.IsWeekNoun)
        {
            int end = TryWeek(token);
            if (end >= 0)
            {
                return end;
            }
        }

        DateWord word = wordClass.Word;
        int stemStart = token.Start + wordClass.StemOffset;

        switch (word.Kind)
        {
            case DateWordKind.GregorianMonth:
            case DateWordKind.MonthFirstWord:
            case DateWordKind.HijriMonth:
                return TryDateList(token, -1, requireDay: false);
            case DateWordKind.Weekday:
                return TryWeekday(stemStart, token, word, introduced: false, today: false);
            case DateWordKind.DayNoun:
                return TryDayNoun(token, stemStart);
            case DateWordKind.Today:
                return TryToday(token, stemStart);
            case DateWordKind.Yesterday:
                return TryDayOffset(stemStart, token.End, -1, allowFollowingFirst: true);
            case DateWordKind.Tomorrow:
                return TryTomorrow(token, stemStart);
            case DateWordKind.MonthSecondWord when stemStart == token.Start && text is "اول":
                return TryDayBeforeYesterday(token);
            case DateWordKind.Preposition when stemStart == token.Start && text is "بعد":
                return TryDayAfterTomorrow(token);
            case DateWordKind.Preposition when PeriodParts.Of(_text[stemStart..token.End]) is var part and not PeriodPart.None:
                return TryPart(stemStart, token.End, part);
            case DateWordKind.YearNoun:
                return TryYearNoun(token, stemStart, word);
            case DateWordKind.YearNounDual:
                return TryYearDual(token, stemStart);
            case DateWordKind.MonthNoun when word.Has(DateWordFlags.HasArticle):
                int relative = TryRelativeMonth(stemStart, token.End);
                return relative >= 0 ? relative : TryOrdinalMonth(token, stemStart);
            case DateWordKind.MonthNoun:
                return TryNumberedMonth(token, stemStart);
            case DateWordKind.This:
                return TryThis(token, stemStart);
            default:
                return -1;
        }
    }

    /// <summary>Reads the token at or after <paramref name="position"/>.</summary>
    private readonly DateToken Next(int position) => DateTokenReader.Read(_text, position);

    /// <summary>Looks a word token up in the lexicon; <paramref name="stemStart"/> is where the date word begins.</summary>
    private readonly bool Lookup(DateToken token, out DateWord word, out int stemStart)
    {
        stemStart = token.Start;
        if (token.Kind != DateTokenKind.Word)
        {
            word = default;
            return false;
        }

        DateWordClass wordClass = DateWordTable.Classify(token.Text(_text));
        word = wordClass.Word;
        stemStart = token.Start + wordClass.StemOffset;
        return word.Kind != DateWordKind.None;
    }

    /// <summary>Looks a word token up exactly as it is (no glued prefix).</summary>
    private readonly bool LookupExact(DateToken token, out DateWord word)
    {
        if (token.Kind == DateTokenKind.Word)
        {
            return DateLexicon.TryFind(token.Text(_text), out word);
        }

        word = default;
        return false;
    }

    /// <summary>Returns the kind of a word token looked up exactly, or <see cref="DateWordKind.None"/>.</summary>
    private readonly DateWordKind ExactKind(DateToken token) => LookupExact(token, out DateWord word) ? word.Kind : DateWordKind.None;

    /// <summary>
    /// Gets the word that ends just before <paramref name="position"/> with only spaces between, or an empty span.
    /// Looks back at most a few characters, so the cost is constant.
    /// </summary>
    private readonly ReadOnlySpan<char> PreviousWord(int position, out int wordStart)
    {
        const int MaxLookBack = 16;
        int i = position - 1;
        while (i >= 0 && position - i <= MaxLookBack && _text[i] is ' ' or '\t')
        {
            i--;
        }

        int end = i + 1;
        while (i >= 0 && end - i <= MaxLookBack && char.IsLetter(_text[i]))
        {
            i--;
        }

        wordStart = i + 1;
        bool whole = i < 0 || !char.IsLetter(_text[i]);
        return whole ? _text.Slice(wordStart, end - wordStart) : ReadOnlySpan<char>.Empty;
    }

    /// <summary>Looks up the word before <paramref name="position"/>, seeing through glued proclitics.</summary>
    private readonly DateWordKind PreviousKind(int position)
    {
        ReadOnlySpan<char> word = PreviousWord(position, out _);
        return DateWordTable.Classify(word).Word.Kind;
    }

    /// <summary>Appends a match; <paramref name="last"/> is the last date of a range, or null for a single date.</summary>
    private readonly void Emit(int start, int end, PartialDate? value, DateExpressionKind kind, PartialDate? last = null) =>
        _results.Add(new DateMatch(start, end - start, value, kind, value is null ? null : last));

    /// <summary>Builds a value of day precision from a calendar date (the anchor keeps every such date in range).</summary>
    private static PartialDate? DayValue(DateOnly date) => PartialDate.FromDateOnly(date);

    /// <summary>Builds a value from a year, month and day in a calendar, or null when it does not exist.</summary>
    private static PartialDate? MakeValue(CalendarKind calendar, int year, int month, int day)
    {
        if (calendar == CalendarKind.Hijri)
        {
            if (!HijriDates.TryToGregorian(year, month, day == 0 ? 1 : day, out DateOnly gregorian))
            {
                return null;
            }

            return day == 0 ? new PartialDate(gregorian.Year, gregorian.Month) : PartialDate.FromDateOnly(gregorian);
        }

        if (year is < PartialDate.MinYear or > PartialDate.MaxYear || month is < 1 or > 12)
        {
            return null;
        }

        if (day == 0)
        {
            return new PartialDate(year, month);
        }

        return day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    /// <summary>Builds a value of year precision, or null when out of range.</summary>
    private static PartialDate? YearValue(int year) =>
        year is >= PartialDate.MinYear and <= PartialDate.MaxYear ? new PartialDate(year) : null;
}
