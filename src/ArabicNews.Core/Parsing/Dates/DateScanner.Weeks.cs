using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Weeks of a month or a year (<c>الاسبوع الاول من مارس</c>, <c>الاسبوع الاخير من عام 2015</c>) and the week of a date (<c>اسبوع 16 سبتمبر</c>).</summary>
/// <remarks>
/// A week is a range of seven days from Monday to Sunday, by ISO 8601. The weeks of a month or a year are counted as
/// ISO 8601 counts the weeks of a year: the first is the week that holds the 4th day (so most of its days belong to the
/// month or year), the next ones follow it, and the last is the week that holds the 4th day from the end. A week can
/// therefore begin in the month or year before (<c>الاسبوع الاول من عام 2015</c> is 29 December 2014 – 4 January 2015). A
/// fifth week the month does not have is not a date (the month itself still is).
/// </remarks>
internal ref partial struct DateScanner
{
    /// <summary>
    /// Reads a week from <c>الاسبوع</c> at <paramref name="noun"/>: its rank then <c>من</c> or <c>في</c> and a month or a year
    /// (<c>الاسبوع الثاني من شهر يناير 2016</c>, <c>الاسبوع الثالث من العام المقبل</c>), or, after <c>اسبوع</c>, a day and its month
    /// (<c>اسبوع 16 سبتمبر</c>).
    /// </summary>
    /// <returns>The end of the match, or −1.</returns>
    private readonly int TryWeek(DateToken noun)
    {
        DateToken rank = Next(noun.End);
        if (rank.Kind == DateTokenKind.Number && noun.Text(_text) is "اسبوع")
        {
            return TryWeekOfDay(noun, rank);
        }

        int nth = rank.Kind == DateTokenKind.Word ? DayOrdinals.NthAfter(rank.Text(_text)) : 0;
        if (nth == 0)
        {
            return -1;
        }

        DateToken of = Next(rank.End);
        if (ExactKind(of) != DateWordKind.Of && !(of.Kind == DateTokenKind.Word && of.Text(_text) is "في"))
        {
            return -1;
        }

        int firstDay;
        int lastDay;
        DateOnly first;
        PartialDate? value;
        DateExpressionKind kind;
        int end;
        if (TryMonthPeriod(of.End, out PartialDate? month, out kind, out end))
        {
            value = month;
            if (month is PartialDate m)
            {
                first = new DateOnly(m.Year, m.Month!.Value, 1);
                firstDay = 1;
                lastDay = DateTime.DaysInMonth(m.Year, m.Month.Value);
            }
            else
            {
                first = default;
                firstDay = lastDay = 0;
            }
        }
        else if (TryYearPeriod(of.End, out PartialDate? year, out kind, out end))
        {
            value = year;
            if (year is PartialDate y)
            {
                first = new DateOnly(y.Year, 1, 1);
                firstDay = 1;
                lastDay = DateTime.IsLeapYear(y.Year) ? 366 : 365;
            }
            else
            {
                first = default;
                firstDay = lastDay = 0;
            }
        }
        else
        {
            return -1;
        }

        if (value is null)
        {
            if (kind == DateExpressionKind.Absolute)
            {
                return -1;
            }

            Emit(noun.Start, end, null, kind);
            return end;
        }

        // The week that holds the 4th day (or the 4th from the end), then whole weeks after it.
        DateOnly fourth = first.AddDays(nth == DayOrdinals.Last ? lastDay - 4 : 3);
        DateOnly monday = fourth.AddDays(-(((int)fourth.DayOfWeek + 6) % 7));
        if (nth != DayOrdinals.Last)
        {
            monday = monday.AddDays(7 * (nth - 1));
            if (monday.AddDays(3) > first.AddDays(lastDay - firstDay))
            {
                return rank.End; // a fifth week the month does not have: not a date (the month after it may still be one)
            }
        }

        if (monday.DayNumber > DateOnly.MaxValue.DayNumber - 6)
        {
            return -1;
        }

        Emit(noun.Start, end, DayValue(monday), kind, DayValue(monday.AddDays(6)));
        return end;
    }

    /// <summary>Reads <c>اسبوع 16 سبتمبر</c> (the Monday-to-Sunday week that holds the date) from the day number at <paramref name="day"/>.</summary>
    /// <returns>The end of the match, or −1.</returns>
    private readonly int TryWeekOfDay(DateToken noun, DateToken day)
    {
        int start = _results.Count;
        int end = TryDateList(day, -1, requireDay: true);
        if (end < 0)
        {
            return -1;
        }

        // One day only (a list or a range keeps what it found, without the week).
        DateMatch single = _results[start];
        if (_results.Count != start + 1 || single.Last is not null || single.Value is not PartialDate value || value.Day is not int dayOfMonth)
        {
            return end;
        }

        var date = new DateOnly(value.Year, value.Month!.Value, dayOfMonth);
        int back = ((int)date.DayOfWeek + 6) % 7;
        if (date.DayNumber - back < 0 || date.DayNumber - back > DateOnly.MaxValue.DayNumber - 6)
        {
            return end;
        }

        DateOnly monday = date.AddDays(-back);
        _results[start] = single with { Start = noun.Start, Length = end - noun.Start, Value = DayValue(monday), Last = DayValue(monday.AddDays(6)) };
        return end;
    }
}
