using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// Periods: parts of a month or a year (<c>اواخر مارس</c>, <c>مطلع العام الجاري</c>), halves and quarters of a year
/// (<c>النصف الاول من 2024</c>, <c>الربع الثالث من عام 2016</c>), years and their ranges (<c>من 2014 الي 2018</c>), the nth
/// weekday of a month (<c>ثالث ثلاثاء في ايلول 2014</c>) and months by number (<c>شهر عشره سنه 2015</c>, <c>الشهر العاشر</c>).
/// </summary>
internal ref partial struct DateScanner
{
    /// <summary>
    /// Reads a part of a month or a year after its word at <paramref name="start"/>: <c>اواخر مارس</c>, <c>نهايه شهر مارس 2024</c>,
    /// <c>منتصف الشهر الجاري</c>, <c>مطلع العام المقبل</c>, <c>اوايل 2024</c>. One match, a range of days or of months.
    /// </summary>
    private readonly int TryPart(int start, int after, PeriodPart part)
    {
        if (TryMonthPeriod(after, out PartialDate? month, out DateExpressionKind kind, out int end))
        {
            PartialDate? first = null;
            PartialDate? last = null;
            if (month is PartialDate m)
            {
                (int firstDay, int lastDay) = PeriodParts.Days(part, DateTime.DaysInMonth(m.Year, m.Month!.Value));
                first = new PartialDate(m.Year, m.Month.Value, firstDay);
                last = new PartialDate(m.Year, m.Month.Value, lastDay);
            }

            Emit(start, end, first, kind, last);
            return end;
        }

        if (TryYearPeriod(after, out PartialDate? year, out kind, out end))
        {
            (int firstMonth, int lastMonth) = PeriodParts.Months(part);
            EmitMonths(start, end, year, kind, firstMonth, lastMonth);
            return end;
        }

        return -1;
    }

    /// <summary>Reads <c>النصف الاول/الثاني</c> or <c>الربع الاول</c> … <c>الرابع</c> of a year (<c>من</c> and <c>عام</c> may come between).</summary>
    private readonly int TryHalfOrQuarter(DateToken token)
    {
        int parts = token.Text(_text) is "النصف" ? 2 : 4;
        DateToken ordinal = Next(token.End);
        int rank = ordinal.Kind == DateTokenKind.Word ? DayOrdinals.NthAfter(ordinal.Text(_text)) : 0;
        rank = rank == DayOrdinals.Last ? parts : rank;
        if (rank < 1 || rank > parts || !TryYearPeriod(ordinal.End, out PartialDate? year, out DateExpressionKind kind, out int end))
        {
            return -1;
        }

        int length = 12 / parts;
        EmitMonths(token.Start, end, year, kind, ((rank - 1) * length) + 1, rank * length);
        return end;
    }

    private readonly void EmitMonths(int start, int end, PartialDate? year, DateExpressionKind kind, int firstMonth, int lastMonth)
    {
        PartialDate? first = year is PartialDate y ? new PartialDate(y.Year, firstMonth) : null;
        PartialDate? last = year is PartialDate z ? new PartialDate(z.Year, lastMonth) : null;
        Emit(start, end, first, kind, last);
    }

    /// <summary>
    /// Reads a month as a whole at <paramref name="position"/>: a Gregorian month name (<c>شهر</c> may come first) with its year or
    /// modifier if any (<c>مارس</c>, <c>شهر مارس 2024</c>, <c>مارس الماضي</c>), or the anchor's month (<c>الشهر الجاري</c>,
    /// <c>الشهر المقبل</c>, <c>هذا الشهر</c>).
    /// </summary>
    private readonly bool TryMonthPeriod(int position, out PartialDate? month, out DateExpressionKind kind, out int end)
    {
        month = null;
        kind = DateExpressionKind.Relative;
        DateToken next = Next(position);
        end = next.End;
        bool noun = LookupExact(next, out DateWord word) && word.Kind == DateWordKind.MonthNoun;
        if (noun && word.Has(DateWordFlags.HasArticle))
        {
            return TryModifier(next.End, out int offset, out int modifierEnd) && TryAnchorMonthValue(offset, modifierEnd, out month, out end);
        }

        if (word.Kind == DateWordKind.This && LookupExact(Next(next.End), out DateWord noun2) && noun2.Kind == DateWordKind.MonthNoun && noun2.Has(DateWordFlags.HasArticle))
        {
            return TryAnchorMonthValue(0, Next(next.End).End, out month, out end);
        }

        if (!TryMonthExpression(noun ? next.End : position, allowPrefix: false, out MonthExpression expression) || expression.Calendar != CalendarKind.Gregorian)
        {
            return false;
        }

        var item = new DateListItem { Start = expression.Start, End = expression.End, Month = expression.Month, Calendar = CalendarKind.Gregorian };
        end = expression.End;
        YearTail tail = default;
        if (TryYearTail(expression.End, CalendarKind.Gregorian, out tail))
        {
            end = tail.End;
        }

        (month, kind) = Resolve(item, tail, -1);
        return month is not null || kind == DateExpressionKind.Relative;
    }

    private readonly bool TryAnchorMonthValue(int offset, int matchEnd, out PartialDate? month, out int end)
    {
        end = matchEnd;
        month = null;
        if (_anchor is DateOnly anchor)
        {
            int index = (anchor.Year * 12) + (anchor.Month - 1) + offset;
            month = MakeValue(CalendarKind.Gregorian, index / 12, (index % 12) + 1, 0);
        }

        return true;
    }

    /// <summary>
    /// Reads a year as a whole at <paramref name="position"/> (<c>من</c> may come first): <c>2024</c>, <c>عام 2016</c>,
    /// <c>عام الفين وعشرين</c>, <c>العام الماضي</c>, <c>العام الجاري</c>, <c>هذا العام</c>. The value has year precision.
    /// </summary>
    private readonly bool TryYearPeriod(int position, out PartialDate? year, out DateExpressionKind kind, out int end)
    {
        year = null;
        kind = DateExpressionKind.Absolute;
        DateToken token = Next(position);
        if (ExactKind(token) == DateWordKind.Of)
        {
            position = token.End;
            token = Next(position);
        }

        end = token.End;
        CalendarKind calendar = CalendarKind.Gregorian;
        if (token.Kind == DateTokenKind.Number)
        {
            if (!TryYearNumber(position, ref calendar, either: false, out int bare, out end))
            {
                return false;
            }

            year = YearValue(bare);
            return true;
        }

        if (TryWrittenYear(position, allowHundreds: false, out int written, out end))
        {
            year = YearValue(written);
            return true;
        }

        if (!LookupExact(token, out DateWord word))
        {
            return false;
        }

        if (word.Kind == DateWordKind.This)
        {
            DateToken noun = Next(token.End);
            if (!LookupExact(noun, out DateWord nounWord) || nounWord.Kind != DateWordKind.YearNoun || !nounWord.Has(DateWordFlags.HasArticle))
            {
                return false;
            }

            end = noun.End;
            kind = DateExpressionKind.Relative;
            year = _anchor is DateOnly current ? YearValue(current.Year) : null;
            return true;
        }

        if (word.Kind != DateWordKind.YearNoun)
        {
            return false;
        }

        if (TryYearNumber(token.End, ref calendar, either: false, out int number, out end, anyCentury: true)
            || TryWrittenYear(token.End, allowHundreds: true, out number, out end))
        {
            year = YearValue(number);
            return year is not null;
        }

        if (!TryModifier(token.End, out int offset, out end) || !word.Has(DateWordFlags.HasArticle))
        {
            return false;
        }

        kind = DateExpressionKind.Relative;
        year = _anchor is DateOnly anchor ? YearValue(anchor.Year + offset) : null;
        return true;
    }

    /// <summary>
    /// Reads the nth weekday of a month after the weekday and its rank (at <paramref name="position"/>, <c>من</c> or <c>في</c>):
    /// <c>الثلاثاء الاخير من مارس</c>, <c>ثالث ثلاثاء في ايلول 2014</c>, <c>اول خميس من الشهر</c>. Where the rank is also a day on
    /// which the month has that weekday (<c>الخميس الاول من فبراير 2024</c>: 1 February 2024 is a Thursday), both readings agree.
    /// </summary>
    /// <returns>The end of the match, or −1.</returns>
    private readonly int TryNthWeekday(int start, DayOfWeek day, int nth, int position)
    {
        DateToken of = Next(position);
        if (ExactKind(of) != DateWordKind.Of && !(of.Kind == DateTokenKind.Word && of.Text(_text) is "في"))
        {
            return -1;
        }

        PartialDate? month;
        DateExpressionKind kind;
        int end;
        DateToken noun = Next(of.End);
        if (LookupExact(noun, out DateWord word) && word.Kind == DateWordKind.MonthNoun && word.Has(DateWordFlags.HasArticle)
            && !TryModifier(noun.End, out _, out _))
        {
            TryAnchorMonthValue(0, noun.End, out month, out end); // اول خميس من الشهر: this month
            kind = DateExpressionKind.Relative;
        }
        else if (!TryMonthPeriod(of.End, out month, out kind, out end))
        {
            return -1;
        }

        PartialDate? value = null;
        if (month is PartialDate m)
        {
            int days = DateTime.DaysInMonth(m.Year, m.Month!.Value);
            var firstOfMonth = new DateOnly(m.Year, m.Month.Value, 1);
            int firstDay = 1 + (((int)day - (int)firstOfMonth.DayOfWeek + 7) % 7);
            int date = nth == DayOrdinals.Last ? firstDay + (((days - firstDay) / 7) * 7) : firstDay + ((nth - 1) * 7);
            if (date > days)
            {
                return -1; // a fifth Tuesday the month does not have
            }

            value = new PartialDate(m.Year, m.Month.Value, date);
        }
        else if (kind == DateExpressionKind.Absolute)
        {
            return -1;
        }

        Emit(start, end, value, kind);
        return end;
    }

    /// <summary>Reads <c>ثالث ثلاثاء في ايلول</c>, <c>اول يوم جمعه من يوليو</c>, <c>اخر خميس من الشهر</c> from the rank at <paramref name="token"/>.</summary>
    private readonly int TryRankedWeekday(DateToken token, int nth)
    {
        DateToken next = Next(token.End);
        if (ExactKind(next) == DateWordKind.DayNoun)
        {
            next = Next(next.End);
        }

        return LookupExact(next, out DateWord word) && word.Kind == DateWordKind.Weekday
            ? TryNthWeekday(token.Start, (DayOfWeek)word.Value, nth, next.End)
            : -1;
    }

    /// <summary>
    /// Reads a month by its number after <c>شهر</c> (<c>شهر عشره سنه 2015</c>, <c>شهر 10 من العام الماضي</c>): only with a year
    /// after it, since <c>شهر واحد</c> is a duration.
    /// </summary>
    private readonly int TryNumberedMonth(DateToken noun, int start)
    {
        if (!TryMonthNumber(noun.End, out int month, out int numberEnd) || !TryYearTail(numberEnd, CalendarKind.Gregorian, out YearTail tail))
        {
            return -1;
        }

        var item = new DateListItem { Start = start, End = numberEnd, Month = month, Calendar = CalendarKind.Gregorian };
        (PartialDate? value, DateExpressionKind kind) = Resolve(item, tail, -1);
        if (value is null && kind == DateExpressionKind.Absolute)
        {
            return -1;
        }

        Emit(start, tail.End, value, kind);
        return tail.End;
    }

    /// <summary>
    /// Reads a month by its ordinal after <c>الشهر</c> (<c>الشهر العاشر من عام 2015</c>, <c>في الشهر العاشر</c>): with a year after
    /// it, or after a temporal preposition (the nearest such month); <c>للشهر العاشر علي التوالي</c> is a count, not a date.
    /// </summary>
    private readonly int TryOrdinalMonth(DateToken noun, int start)
    {
        DateToken ordinal = Next(noun.End);
        if (!TryOrdinalDay(ordinal, out int month, out int ordinalEnd) || month > 12)
        {
            return -1;
        }

        var item = new DateListItem { Start = start, End = ordinalEnd, Month = month, Calendar = CalendarKind.Gregorian };
        int end = ordinalEnd;
        YearTail tail = default;
        if (TryYearTail(ordinalEnd, CalendarKind.Gregorian, out tail))
        {
            end = tail.End;
        }
        else if (PreviousKind(start) != DateWordKind.Preposition || start != noun.Start)
        {
            return -1;
        }

        (PartialDate? value, DateExpressionKind kind) = Resolve(item, tail, -1);
        if (value is null && kind == DateExpressionKind.Absolute)
        {
            return -1;
        }

        Emit(start, end, value, kind);
        return end;
    }

    /// <summary>
    /// Reads a range of bare years after <c>من</c> or <c>بين</c>, in digits or words (<c>من 2014 الي 2018</c>,
    /// <c>من 2025 حتي عام 2027</c>, <c>بين 2014 و2018</c>, <c>من الفين الي الفين واربعه عشر</c>), the preposition opening the span.
    /// </summary>
    private readonly int TryYearRange(DateToken token)
    {
        ReadOnlySpan<char> before = PreviousWord(token.Start, out int wordStart);
        bool between = before is "بين" or "وبين" or "مابين";
        if (!between && before is not ("من" or "ومن"))
        {
            return -1;
        }

        if (before[0] == '\u0648')
        {
            wordStart++;
        }

        CalendarKind calendar = CalendarKind.Gregorian;
        int first;
        int firstEnd;
        if (token.Kind == DateTokenKind.Number
            ? !TryYearNumber(token.Start, ref calendar, either: false, out first, out firstEnd)
            : !TryWrittenYear(token.Start, allowHundreds: false, out first, out firstEnd))
        {
            return -1;
        }

        return TryYearRangeEnd(wordStart, first, firstEnd, between, bare: true);
    }

    /// <summary>
    /// Reads the second year of a range after the first (ending at <paramref name="position"/>): <c>الي</c>, <c>حتي</c> or a dash,
    /// or <c>و</c> after <c>بين</c>, then the year, <c>عام</c> before it or not. Emits one match from <paramref name="start"/>. With
    /// <paramref name="bare"/> (no <c>عام</c> before the first year), a word after the range that is no date word makes it an amount.
    /// </summary>
    private readonly int TryYearRangeEnd(int start, int first, int position, bool between, bool bare)
    {
        DateToken connector = Next(position);
        bool joins = (LookupExact(connector, out DateWord word) && (word.Has(DateWordFlags.RangeConnector) || (between && word.Kind == DateWordKind.And)))
            || connector.IsSymbol(_text, '-') || connector.IsSymbol(_text, '\u2013');
        if (!joins)
        {
            return -1;
        }

        int next = connector.End;
        DateToken noun = Next(next);
        if (ExactKind(noun) == DateWordKind.YearNoun)
        {
            next = noun.End;
        }

        CalendarKind calendar = CalendarKind.Gregorian;
        if (!(TryYearNumber(next, ref calendar, either: false, out int last, out int end, anyCentury: true) || TryWrittenYear(next, allowHundreds: false, out last, out end))
            || last <= first)
        {
            return -1;
        }

        // من 1900 الي 2000 دولار: bare numbers before a noun are amounts, not years.
        DateToken after = Next(end);
        if (bare && after.Kind == DateTokenKind.Word && ExactKind(after) == DateWordKind.None)
        {
            return -1;
        }

        Emit(start, end, YearValue(first), DateExpressionKind.Absolute, YearValue(last));
        return end;
    }
}
