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
/// number of times, which keeps the whole scan linear.
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
            int end = token.Kind switch
            {
                DateTokenKind.End => -2,
                DateTokenKind.Number => TryAtNumber(token),
                DateTokenKind.Word => TryAtWord(token),
                _ => -1,
            };

            if (end == -2)
            {
                return;
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

    private readonly int TryAtWord(DateToken token)
    {
        ReadOnlySpan<char> text = token.Text(_text);
        if (CountingWords.MayBe(text))
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

        if (text is "الاسبوع" or "اسبوع")
        {
            int end = TryWeek(token);
            if (end >= 0)
            {
                return end;
            }
        }

        if (!Lookup(token, out DateWord word, out int stemStart))
        {
            return -1;
        }

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

        bool found = DateLexicon.TryLookup(token.Text(_text), out word, out int offset);
        stemStart = token.Start + offset;
        return found;
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
        return DateLexicon.TryLookup(word, out DateWord entry, out _) ? entry.Kind : DateWordKind.None;
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
