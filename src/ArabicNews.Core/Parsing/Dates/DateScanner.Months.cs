using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Month names, paired names, and the year or modifier that follows them.</summary>
internal ref partial struct DateScanner
{
    /// <summary>The earliest year taken from digits after a Gregorian month name or from words (<c>5 ديسمبر 1391</c>).</summary>
    private const int MinWrittenYear = 1000;

    /// <summary>
    /// Reads one month name (one word, or two: <c>تشرين الثاني</c>, <c>ربيع الاول</c>, <c>ذو الحجه</c>) at
    /// <paramref name="position"/>. With <paramref name="allowPrefix"/>, a glued proclitic or preposition may precede it.
    /// </summary>
    private readonly bool TryReadMonthName(
        int position, bool allowPrefix, out int start, out int end, out CalendarKind calendar, out int month, out DateWordFlags flags, out bool cued)
    {
        DateToken token = Next(position);
        start = token.Start;
        end = token.End;
        calendar = CalendarKind.Gregorian;
        month = 0;
        flags = DateWordFlags.None;
        cued = false;
        if (!Lookup(token, out DateWord word, out start) || (!allowPrefix && start != token.Start))
        {
            return false;
        }

        switch (word.Kind)
        {
            case DateWordKind.GregorianMonth:
                month = word.Value;
                break;
            case DateWordKind.HijriMonth:
                calendar = CalendarKind.Hijri;
                month = word.Value;
                break;
            case DateWordKind.MonthFirstWord:
                DateToken second = Next(token.End);
                if (second.Glued || !LookupExact(second, out DateWord ordinal) || ordinal.Kind != DateWordKind.MonthSecondWord
                    || !MonthNames.TryCombine((MonthGroup)word.Value, (MonthOrdinal)ordinal.Value, out calendar, out month))
                {
                    return false;
                }

                end = second.End;
                break;
            default:
                return false;
        }

        flags = word.Flags;
        if (start > token.Start)
        {
            // A glued preposition (بعدايلول, وفي) cues the month; a glued conjunction or ب/ل does not.
            ReadOnlySpan<char> prefix = _text.Slice(token.Start, start - token.Start);
            cued = DateLexicon.TryLookup(prefix, out DateWord glued, out _) && glued.Kind == DateWordKind.Preposition;
        }

        return true;
    }

    /// <summary>
    /// Reads a month expression: a name, optionally followed by the same month in another tradition, separated by
    /// <c>/</c>, a dash, spaces, or in parentheses (<c>نوفمبر (تشرين الثاني)</c>, <c>فبراير( شباط)</c>, <c>ايار / مايو</c>).
    /// </summary>
    private readonly bool TryMonthExpression(int position, bool allowPrefix, out MonthExpression expression)
    {
        expression = default;
        if (!TryReadMonthName(position, allowPrefix, out int start, out int end, out CalendarKind calendar, out int month, out DateWordFlags flags, out bool cued))
        {
            return false;
        }

        bool paired = false;
        if (calendar == CalendarKind.Gregorian)
        {
            DateToken separator = Next(end);
            int afterSeparator = end;
            char close = '\0';
            if (separator.Kind == DateTokenKind.Symbol)
            {
                char c = _text[separator.Start];
                if (c is '/' or '\\' or '-' or '\u2013' or '\u2014' or '|')
                {
                    afterSeparator = separator.End;
                }
                else if (c is '(' or '[')
                {
                    afterSeparator = separator.End;
                    close = c == '(' ? ')' : ']';
                }
            }

            if (afterSeparator != end || separator.Kind == DateTokenKind.Word)
            {
                if (TryReadMonthName(afterSeparator, allowPrefix: false, out _, out int secondEnd, out CalendarKind secondCalendar, out int secondMonth, out _, out _)
                    && secondCalendar == CalendarKind.Gregorian && secondMonth == month)
                {
                    if (close == '\0')
                    {
                        paired = true;
                        end = secondEnd;
                    }
                    else if (Next(secondEnd).IsSymbol(_text, close))
                    {
                        paired = true;
                        end = Next(secondEnd).End;
                    }
                }
            }
        }

        if (!cued)
        {
            DateWordKind before = PreviousKind(start);
            cued = before is DateWordKind.Preposition or DateWordKind.MonthNoun;
        }

        expression = new MonthExpression(start, end, calendar, month, flags, paired, cued);
        return true;
    }

    /// <summary>
    /// Reads a year number with an optional era marker (<c>2021</c>, <c>2024م</c>, <c>1445 هـ</c>, <c>1445 للهجره</c>).
    /// Gregorian years must lie in 1800–2100 and carry no Hijri marker; Hijri years in 1200–1600 with no Gregorian marker.
    /// With <paramref name="either"/>, a year of either calendar is accepted and <paramref name="calendar"/> says which; with
    /// <paramref name="anyCentury"/> (after a Gregorian month name, which leaves no doubt: <c>5 ديسمبر 1391</c>), Gregorian years
    /// from 1000 are.
    /// </summary>
    private readonly bool TryYearNumber(int position, ref CalendarKind calendar, bool either, out int year, out int end, bool anyCentury = false)
    {
        DateToken token = Next(position);
        year = 0;
        end = token.End;
        if (token.Kind != DateTokenKind.Number || token.Length != 4 || IsDecimalPart(token))
        {
            return false;
        }

        ReadOnlySpan<char> digits = token.Text(_text);
        year = ((digits[0] - '0') * 1000) + ((digits[1] - '0') * 100) + ((digits[2] - '0') * 10) + (digits[3] - '0');
        DateToken marker = Next(token.End);
        DateWordKind era = ExactKind(marker);
        if (era is DateWordKind.GregorianEra or DateWordKind.HijriEra)
        {
            end = marker.End;
        }
        else
        {
            era = DateWordKind.None;
        }

        int minGregorian = anyCentury ? MinWrittenYear : DateRecognizer.MinGregorianYear;
        bool gregorian = year >= minGregorian && year <= DateRecognizer.MaxGregorianYear && era != DateWordKind.HijriEra;
        bool hijri = year is >= HijriDates.MinYear and <= HijriDates.MaxYear && era != DateWordKind.GregorianEra;
        if (either && gregorian && hijri)
        {
            // 1800–1600 never overlap today, but an explicit Hijri marker decides if ranges ever do.
            calendar = era == DateWordKind.HijriEra ? CalendarKind.Hijri : CalendarKind.Gregorian;
            return true;
        }

        if (either)
        {
            calendar = gregorian ? CalendarKind.Gregorian : CalendarKind.Hijri;
            return gregorian || hijri;
        }

        return calendar == CalendarKind.Gregorian ? gregorian : hijri;
    }

    /// <summary>
    /// Reads what fixes the year of a month: a year (<c>2021</c>, <c>عام 2021</c>, <c>من عام 2021</c>, <c>، 2021</c>, <c>. 2016</c>,
    /// <c>الفين وثمانيه عشر</c>), a relative year (<c>من العام الماضي</c>, <c>من هذا العام</c>, <c>العام المقبل</c>) or a modifier
    /// (<c>الماضي</c>, <c>المقبل</c>, <c>الجاري</c>).
    /// </summary>
    private readonly bool TryYearTail(int position, CalendarKind calendar, out YearTail tail)
    {
        tail = default;
        DateToken token = Next(position);
        CalendarKind yearCalendar = calendar;
        bool gregorian = calendar == CalendarKind.Gregorian;
        if (token.IsSymbol(_text, '\u060C') || token.IsSymbol(_text, ',') || (token.Glued && token.IsSymbol(_text, '.')))
        {
            // Site headers write الاثنين، 22 ابريل، 2024; some outlets 16. نوفمبر. 2016: the mark may stand before the year.
            DateToken after = Next(token.End);
            if (after.Kind != DateTokenKind.Number && !(gregorian && token.Kind == DateTokenKind.Symbol && _text[token.Start] != '.' && TryWrittenYear(token.End, allowHundreds: false, out _, out _)))
            {
                return false;
            }

            position = token.End;
            token = after;
        }

        if (token.Kind == DateTokenKind.Number)
        {
            if (TryYearNumber(position, ref yearCalendar, either: false, out int year, out int end, anyCentury: gregorian))
            {
                tail = new YearTail(YearTailKind.Explicit, calendar, year, end);
                return true;
            }

            return false;
        }

        if (gregorian && TryWrittenYear(position, allowHundreds: false, out int written, out int writtenEnd))
        {
            tail = new YearTail(YearTailKind.Explicit, calendar, written, writtenEnd);
            return true;
        }

        if (TryModifier(position, out int steps, out int modifierEnd))
        {
            // The year field counts the steps: فبراير الماضي is 1 back, فبراير قبل الماضي 2.
            YearTailKind kind = steps < 0 ? YearTailKind.Past : steps > 0 ? YearTailKind.Next : YearTailKind.Current;
            tail = new YearTail(kind, calendar, Math.Abs(steps), modifierEnd);
            return true;
        }

        switch (ExactKind(token))
        {
            case DateWordKind.YearNoun:
                return TryYearAfterNoun(token.End, calendar, out tail);
            case DateWordKind.This:
                return TryThisYear(token.End, calendar, out tail);
            case DateWordKind.Of:
                DateToken after = Next(token.End);
                if (gregorian && TryWrittenYear(token.End, allowHundreds: false, out written, out writtenEnd))
                {
                    tail = new YearTail(YearTailKind.Explicit, calendar, written, writtenEnd);
                    return true;
                }

                return ExactKind(after) switch
                {
                    DateWordKind.YearNoun => TryYearAfterNoun(after.End, calendar, out tail),
                    DateWordKind.This => TryThisYear(after.End, calendar, out tail),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>Reads what follows <c>عام</c>/<c>العام</c> in a tail: a year number or a relative modifier.</summary>
    private readonly bool TryYearAfterNoun(int position, CalendarKind calendar, out YearTail tail)
    {
        tail = default;
        DateToken token = Next(position);
        CalendarKind yearCalendar = calendar;
        if (TryYearNumber(position, ref yearCalendar, either: false, out int year, out int end, anyCentury: calendar == CalendarKind.Gregorian)
            || (calendar == CalendarKind.Gregorian && TryWrittenYear(position, allowHundreds: true, out year, out end)))
        {
            tail = new YearTail(YearTailKind.Explicit, calendar, year, end);
            return true;
        }

        if (!TryModifier(position, out int offset, out int modifierEnd))
        {
            return false;
        }

        tail = new YearTail(YearTailKind.Offset, calendar, offset, modifierEnd);
        return true;
    }

    /// <summary>Reads <c>العام</c>/<c>السنه</c> after <c>هذا</c>/<c>هذه</c> in a tail.</summary>
    private readonly bool TryThisYear(int position, CalendarKind calendar, out YearTail tail)
    {
        tail = default;
        DateToken token = Next(position);
        if (!LookupExact(token, out DateWord word) || word.Kind != DateWordKind.YearNoun || !word.Has(DateWordFlags.HasArticle))
        {
            return false;
        }

        tail = new YearTail(YearTailKind.Offset, calendar, 0, token.End);
        return true;
    }

    /// <summary>
    /// Returns whether a number token is part of a decimal or grouped number (<c>3.5</c>, <c>1,200</c>) or a time
    /// (<c>10:30</c>), which is never a day or a year.
    /// </summary>
    private readonly bool IsDecimalPart(DateToken token)
    {
        int before = token.Start - 1;
        if (before >= 1 && (_text[before] is '.' or ',' or ':' or '\u066B' or '\u066C') && char.IsAsciiDigit(_text[before - 1]))
        {
            return true;
        }

        int after = token.End;
        return after + 1 < _text.Length && (_text[after] is '.' or ',' or ':' or '\u066B' or '\u066C') && char.IsAsciiDigit(_text[after + 1]);
    }
}
