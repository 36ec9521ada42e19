
namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Dates written in digits only: day–month–year, month–year and year ranges.</summary>
internal ref partial struct DateScanner
{
    /// <summary>
    /// Reads a numeric date with one separator (<c>/</c>, <c>-</c> or <c>.</c>) and no spaces: day first (<c>22/4/2024</c>,
    /// <c>22-04-2024</c>, <c>22.04.2024</c>; month first only where the first number cannot be a month, <c>12/25/2015</c>) or
    /// year first (<c>2024-04-22</c>), optionally followed by an era marker (<c>15/9/1445هـ</c> is Hijri); a month and year
    /// (<c>3/2015</c>, <c>2015/3</c>, <c>3-2015</c>, <c>2015.3</c>), never after <c>رقم</c> (a file number); or two years
    /// (<c>2014-2018</c>), a range.
    /// </summary>
    /// <returns>The end of the match, or −1.</returns>
    private readonly int TryNumericDate(DateToken first, int prefixStart)
    {
        if (first.Kind != DateTokenKind.Number || first.Length is 3 or > 4
            || (first.Start >= 2 && (_text[first.Start - 1] is '/' or '-' or '.') && char.IsAsciiDigit(_text[first.Start - 2])))
        {
            return -1;
        }

        DateToken separator = Next(first.End);
        if (!separator.Glued || separator.Kind != DateTokenKind.Symbol || _text[separator.Start] is not ('/' or '-' or '.'))
        {
            return -1;
        }

        char symbol = _text[separator.Start];
        DateToken second = Next(separator.End);
        if (!second.Glued || second.Kind != DateTokenKind.Number || second.Length is 3 or > 4)
        {
            return -1;
        }

        DateToken separator2 = Next(second.End);
        DateToken third = Next(separator2.End);
        if (!separator2.Glued || !separator2.IsSymbol(_text, symbol) || !third.Glued || third.Kind != DateTokenKind.Number)
        {
            return (second.End < _text.Length && _text[second.End] is '/' or '-' or '.' or ':' or ',' or '\u066B' or '\u066C'
                    && second.End + 1 < _text.Length && char.IsAsciiDigit(_text[second.End + 1]))
                || PreviousWord(first.Start, out _) is "رقم" or "برقم" or "الرقم"
                ? -1
                : TryMonthYear(first, second, symbol, prefixStart < 0 ? first.Start : prefixStart);
        }

        if (second.Length > 2 || (third.End + 1 < _text.Length && _text[third.End] == symbol && char.IsAsciiDigit(_text[third.End + 1])))
        {
            return -1;
        }

        int a = ReadSmallNumber(first);
        int month = ReadSmallNumber(second);
        int c = ReadSmallNumber(third);
        int year;
        int day;
        if (first.Length == 4 && third.Length <= 2)
        {
            (year, day) = (a, c);
        }
        else if (first.Length <= 2 && third.Length == 4)
        {
            (year, day) = (c, a);
            if (month > 12 && day <= 12)
            {
                (day, month) = (month, day); // 12/25/2015: 25 cannot be the month
            }
        }
        else
        {
            return -1;
        }

        int end = third.End;
        DateToken marker = Next(third.End);
        DateWordKind era = ExactKind(marker);
        CalendarKind calendar = CalendarKind.Gregorian;
        if (era is DateWordKind.GregorianEra or DateWordKind.HijriEra)
        {
            end = marker.End;
            calendar = era == DateWordKind.HijriEra ? CalendarKind.Hijri : CalendarKind.Gregorian;
        }

        bool inRange = calendar == CalendarKind.Hijri
            ? year is >= HijriDates.MinYear and <= HijriDates.MaxYear
            : year is >= DateRecognizer.MinGregorianYear and <= DateRecognizer.MaxGregorianYear;
        if (!inRange || day is < 1 or > 31)
        {
            return -1;
        }

        PartialDate? value = MakeValue(calendar, year, month, day);
        if (value is null)
        {
            return -1;
        }

        Emit(prefixStart < 0 ? first.Start : prefixStart, end, value, DateExpressionKind.Absolute);
        return end;
    }

    /// <summary>Reads a month and year (<c>3/2015</c>, <c>2015.3</c>) or two years (<c>2014-2018</c>) from two numbers.</summary>
    private readonly int TryMonthYear(DateToken first, DateToken second, char symbol, int start)
    {
        int a = ReadSmallNumber(first);
        int b = ReadSmallNumber(second);
        if (first.Length == 4 && second.Length == 4)
        {
            if (symbol is '.' || !IsGregorianYear(a) || !IsGregorianYear(b) || b <= a)
            {
                return -1;
            }

            Emit(start, second.End, YearValue(a), DateExpressionKind.Absolute, YearValue(b));
            return second.End;
        }

        (int month, int year) = first.Length == 4 ? (b, a) : second.Length == 4 ? (a, b) : (0, 0);
        if (month is < 1 or > 12 || !IsGregorianYear(year))
        {
            return -1;
        }

        Emit(start, second.End, MakeValue(CalendarKind.Gregorian, year, month, 0), DateExpressionKind.Absolute);
        return second.End;
    }

    /// <summary>Whether a number is a Gregorian year the recognizer accepts without words around it (1800–2100).</summary>
    private static bool IsGregorianYear(int year) => year is >= DateRecognizer.MinGregorianYear and <= DateRecognizer.MaxGregorianYear;

    /// <summary>Reads a number token of at most four digits.</summary>
    private readonly int ReadSmallNumber(DateToken token)
    {
        int value = 0;
        foreach (char c in token.Text(_text))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
