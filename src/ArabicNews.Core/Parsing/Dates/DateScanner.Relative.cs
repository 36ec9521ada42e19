using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Weekdays, relative days, months and years, and years introduced by <c>عام</c>.</summary>
internal ref partial struct DateScanner
{
    /// <summary>
    /// Reads a weekday. Followed by a date, the weekday (and <c>يوم</c>/<c>اليوم</c> before it) joins that date's
    /// match; followed by <c>الماضي</c>/<c>المقبل</c> it is the one strictly before/after the anchor; alone it is the
    /// latest such weekday on or before the anchor (the anchor itself after <c>اليوم</c>).
    /// </summary>
    /// <param name="prefixStart">Where the match starts (at <c>يوم</c>/<c>اليوم</c> when one introduces the weekday).</param>
    /// <param name="token">The weekday's token.</param>
    /// <param name="word">The weekday's lexicon entry.</param>
    /// <param name="introduced">Whether <c>يوم</c> or <c>اليوم</c> comes first.</param>
    /// <param name="today">Whether <c>اليوم</c> comes first.</param>
    /// <returns>The end of the match, or −1.</returns>
    private readonly int TryWeekday(int prefixStart, DateToken token, DateWord word, bool introduced, bool today)
    {
        if (!introduced && !word.Has(DateWordFlags.HasArticle))
        {
            return -1; // احد, اثنين without يوم are the numbers one and two
        }

        // 1. The nth weekday of a month: الثلاثاء الاخير من مارس, الخميس الاول من فبراير 2024.
        DayOfWeek day = (DayOfWeek)word.Value;
        DateToken rank = Next(token.End);
        int nth = rank.Kind == DateTokenKind.Word && !rank.Glued ? DayOrdinals.NthAfter(rank.Text(_text)) : 0;
        if (nth != 0)
        {
            int end = TryNthWeekday(prefixStart, day, nth, rank.End);
            if (end >= 0)
            {
                return end;
            }
        }

        // 2. The date the weekday introduces: الاثنين 10 مايو 2021, الاثنين، الموافق 10 مايو; its year, when left out, is one in
        // which the date falls on that weekday.
        DateToken next = Next(token.End);
        if (next.IsSymbol(_text, '\u060C') || next.IsSymbol(_text, ',') || next.IsSymbol(_text, '-'))
        {
            next = Next(next.End);
        }

        if (ExactKind(next) == DateWordKind.Corresponding)
        {
            next = Next(next.End);
        }

        if (next.Kind is DateTokenKind.Number or DateTokenKind.Word)
        {
            int end = TryNumericDate(next, prefixStart);
            if (end < 0)
            {
                end = TryDateList(next, prefixStart, requireDay: true, (int)day);
            }

            if (end >= 0)
            {
                return end;
            }
        }

        // 3. A modifier: الاثنين الماضي, الخميس المقبل.
        if (TryModifier(token.End, out int weeks, out int modifierEnd) && weeks != 0)
        {
            PartialDate? value = _anchor is DateOnly anchor
                ? DayValue((weeks < 0 ? RelativeDateResolver.Before(anchor, day) : RelativeDateResolver.After(anchor, day)).AddDays(7 * (weeks - Math.Sign(weeks))))
                : null;
            Emit(prefixStart, modifierEnd, value, DateExpressionKind.Relative);
            return modifierEnd;
        }

        // 4. Alone. الاثنين is also "the two": alone it needs يوم, a time of day or في وقت سابق/لاحق before it, or commas
        // around it as a wire-service aside ("أجرى أردوغان، الاثنين، اتصالا"). صلاه الجمعه, خطبه الجمعه (the Friday prayer,
        // the Friday sermon) name an institution, not a day.
        if (!introduced
            && ((word.Has(DateWordFlags.Ambiguous) && PreviousKind(token.Start) != DateWordKind.TimeOfDay && !IsCommaAside(token)
                    && !FollowsEarlierOrLater(token.Start))
                || PreviousWord(token.Start, out _) is "صلاه" or "خطبه" or "وصلاه"))
        {
            return -1;
        }

        PartialDate? alone = _anchor is DateOnly a ? DayValue(today ? a : RelativeDateResolver.OnOrBefore(a, day)) : null;
        Emit(prefixStart, token.End, alone, DateExpressionKind.Relative);
        return token.End;
    }

    /// <summary>
    /// Reads a relative modifier at <paramref name="position"/>: <c>الماضي</c> (−1), <c>المقبل</c>/<c>القادم</c> (+1),
    /// <c>الجاري</c>/<c>الحالي</c> (0), and the step beyond: <c>قبل الماضي</c> (−2), <c>بعد المقبل</c> (+2).
    /// </summary>
    private readonly bool TryModifier(int position, out int offset, out int end)
    {
        DateToken token = Next(position);
        end = token.End;
        DateWordKind kind = ExactKind(token);
        if (kind == DateWordKind.Preposition && token.Text(_text) is "قبل" or "بعد")
        {
            DateToken second = Next(token.End);
            end = second.End;
            bool before = token.Text(_text) is "قبل";
            offset = before ? -2 : 2;
            return ExactKind(second) == (before ? DateWordKind.Past : DateWordKind.Next);
        }

        offset = kind switch
        {
            DateWordKind.Past => -1,
            DateWordKind.Next => 1,
            DateWordKind.Current => 0,
            _ => int.MinValue,
        };
        return offset != int.MinValue;
    }

    /// <summary>Whether <paramref name="token"/> is an ordinal day word (<c>الثالث</c>, <c>العاشره</c>).</summary>
    private readonly bool IsOrdinalWord(DateToken token) => token.Kind == DateTokenKind.Word && DayOrdinals.Unit(token.Text(_text), out _) != 0;

    /// <summary>Returns whether <paramref name="token"/> stands alone between commas (<c>، الاثنين،</c>).</summary>
    private readonly bool IsCommaAside(DateToken token)
    {
        ReadOnlySpan<char> before = _text[..token.Start].TrimEnd(' ');
        ReadOnlySpan<char> after = _text[token.End..].TrimStart(' ');
        return !before.IsEmpty && before[^1] is '\u060C' or ',' && !after.IsEmpty && after[0] is '\u060C' or ',';
    }

    /// <summary>Reads what follows <c>يوم</c>: a weekday, a date, <c>امس</c> or <c>غد</c>/<c>الغد</c>.</summary>
    private readonly int TryDayNoun(DateToken token, int stemStart)
    {
        DateToken next = Next(token.End);
        if (next.Kind == DateTokenKind.Number || IsOrdinalWord(next))
        {
            int end = TryNumericDate(next, stemStart);
            return end >= 0 ? end : TryDateList(next, stemStart, requireDay: true);
        }

        if (!LookupExact(next, out DateWord word))
        {
            return -1;
        }

        return word.Kind switch
        {
            DateWordKind.Weekday => TryWeekday(stemStart, next, word, introduced: true, today: false),
            DateWordKind.Yesterday => TryDayOffset(stemStart, next.End, -1, allowFollowingFirst: true),
            DateWordKind.Tomorrow or DateWordKind.TomorrowNoun => TryDayOffset(stemStart, next.End, 1, allowFollowingFirst: false),
            _ => -1,
        };
    }

    /// <summary>
    /// Reads <c>اليوم</c> where it is the date adverb: before a weekday or a date (joined to it), or after a time of
    /// day (<c>صباح اليوم</c>, <c>مساء اليوم</c>) or <c>في وقت سابق/لاحق</c>. Elsewhere it is the noun "today, nowadays"
    /// (<c>في العالم اليوم</c>, <c>يتم الاحتفال بها اليوم</c>) and no date.
    /// </summary>
    private readonly int TryToday(DateToken token, int stemStart)
    {
        DateToken next = Next(token.End);
        DateToken weekday = next.IsSymbol(_text, '\u060C') || next.IsSymbol(_text, ',') ? Next(next.End) : next;
        if (LookupExact(weekday, out DateWord word) && word.Kind == DateWordKind.Weekday)
        {
            return TryWeekday(stemStart, weekday, word, introduced: true, today: true);
        }

        if (next.Kind == DateTokenKind.Number || IsOrdinalWord(next))
        {
            // اليوم 17 مايو, اليوم الثالث من اكتوبر: the day of a date.
            int end = TryNumericDate(next, stemStart);
            if (end < 0)
            {
                end = TryDateList(next, stemStart, requireDay: true);
            }

            if (end >= 0)
            {
                return end;
            }
        }

        if (PreviousKind(token.Start) != DateWordKind.TimeOfDay && !FollowsEarlierOrLater(token.Start) && !OpensItsComplement(token, next))
        {
            return -1;
        }

        // صباح اليوم التالي, صباح اليوم نفسه, مساء اليوم الوطني: an adjective makes اليوم a noun (the next day, the same
        // day, the national day). A preposition after it (مساء اليوم الي) does not.
        if (next.Kind == DateTokenKind.Word
            && ((next.Text(_text).StartsWith("\u0627\u0644", StringComparison.Ordinal) && ExactKind(next) != DateWordKind.Preposition)
                || next.Text(_text) is "نفسه" or "ذاته"))
        {
            return -1;
        }

        PartialDate? value = _anchor is DateOnly anchor ? DayValue(anchor) : null;
        Emit(stemStart, token.End, value, DateExpressionKind.Relative);
        return token.End;
    }

    /// <summary>
    /// Whether <c>اليوم</c> sits inside a clause, between its verb or subject and what follows: an indefinite word or a
    /// preposition (<c>تلقى الرئيس اليوم اتصالا</c>, <c>يشهد قصر قرطاج اليوم قمة</c>, <c>التقى الوزير اليوم في عمان</c>).
    /// Opening a sentence (<c>اليوم نعيش</c>), closing one (<c>في العالم اليوم.</c>) or before a definite adjective
    /// (<c>اليوم الوطني</c>) it is the noun; after <c>روسيا</c>, <c>المصري</c>, <c>الامارات</c> or <c>العالم</c> it ends an
    /// outlet's name or means "nowadays".
    /// </summary>
    private readonly bool OpensItsComplement(DateToken today, DateToken next)
    {
        if (next.Kind != DateTokenKind.Word
            || (next.Text(_text).StartsWith("\u0627\u0644", StringComparison.Ordinal) && ExactKind(next) != DateWordKind.Preposition)
            || next.Text(_text) is "نفسه" or "ذاته")
        {
            return false;
        }

        ReadOnlySpan<char> before = _text[..today.Start].TrimEnd(' ');
        if (before.IsEmpty || before[^1] is not ('\u060C' or ',') && !char.IsLetter(before[^1]))
        {
            return false;
        }

        ReadOnlySpan<char> previous = PreviousWord(today.Start, out _);
        if (previous.Length > 1 && previous[0] == '\u0648')
        {
            previous = previous[1..]; // والعالم اليوم
        }

        return previous is not ("روسيا" or "المصري" or "الامارات" or "العالم" or "عالم");
    }

    /// <summary>Whether <c>(في) وقت سابق</c> or <c>وقت لاحق</c>, <c>من</c> after it or not, ends just before <paramref name="position"/>.</summary>
    private readonly bool FollowsEarlierOrLater(int position)
    {
        ReadOnlySpan<char> adjective = PreviousWord(position, out int adjectiveStart);
        if (adjective is "من")
        {
            adjective = PreviousWord(adjectiveStart, out adjectiveStart); // في وقت سابق من اليوم
        }

        return adjective is "سابق" or "لاحق" && PreviousWord(adjectiveStart, out _) is "وقت" or "بوقت";
    }

    /// <summary>
    /// Emits a day relative to the anchor (<c>امس</c> = −1, <c>غدا</c> = +1) from <paramref name="start"/>; <c>امس الاول</c>
    /// is −2, and a weekday right after (<c>امس الاثنين</c>) joins the match.
    /// </summary>
    private readonly int TryDayOffset(int start, int after, int offset, bool allowFollowingFirst)
    {
        int end = after;
        DateToken next = Next(after);
        if (allowFollowingFirst && next.Kind == DateTokenKind.Word && next.Text(_text) is "الاول")
        {
            offset = -2;
            end = next.End;
            next = Next(end);
        }

        if (LookupExact(next, out DateWord word) && word.Kind == DateWordKind.Weekday && word.Has(DateWordFlags.HasArticle))
        {
            if (Next(next.End).Kind == DateTokenKind.Number)
            {
                return -1; // يوم غد الاحد 7 يوليوز 2024: the date itself says which day, and the weekday reads it
            }

            end = next.End;
        }

        PartialDate? value = _anchor is DateOnly anchor ? DayValue(anchor.AddDays(offset)) : null;
        Emit(start, end, value, DateExpressionKind.Relative);
        return end;
    }

    /// <summary>
    /// Reads <c>غدا</c>: tomorrow. The same letters are also the verb "became" (<c>غدا الوضع مستقرا</c>), which a definite
    /// noun follows; the adverb is followed by a weekday, a verb, a preposition or punctuation.
    /// </summary>
    private readonly int TryTomorrow(DateToken token, int stemStart)
    {
        DateToken next = Next(token.End);
        if (next.Kind == DateTokenKind.Word
            && next.Text(_text).StartsWith("\u0627\u0644", StringComparison.Ordinal)
            && !(LookupExact(next, out DateWord word) && word.Kind is DateWordKind.Weekday or DateWordKind.Preposition))
        {
            return -1;
        }

        return TryDayOffset(stemStart, token.End, 1, allowFollowingFirst: false);
    }

    /// <summary>Reads <c>اول امس</c> or <c>اول من امس</c>: the day before yesterday.</summary>
    private readonly int TryDayBeforeYesterday(DateToken token)
    {
        DateToken next = Next(token.End);
        if (ExactKind(next) == DateWordKind.Of)
        {
            next = Next(next.End);
        }

        return ExactKind(next) == DateWordKind.Yesterday ? TryDayOffset(token.Start, next.End, -2, allowFollowingFirst: false) : -1;
    }

    /// <summary>Reads <c>بعد غد</c>: the day after tomorrow.</summary>
    private readonly int TryDayAfterTomorrow(DateToken token)
    {
        DateToken next = Next(token.End);
        return ExactKind(next) is DateWordKind.TomorrowNoun or DateWordKind.Tomorrow
            ? TryDayOffset(token.Start, next.End, 2, allowFollowingFirst: false)
            : -1;
    }

    /// <summary>
    /// Reads a year after <c>عام</c>/<c>العام</c>/<c>سنه</c> (<c>في عام 2021</c>, <c>عام 1445 هـ</c>), with more years joined to it
    /// (<c>عام 2021 و2022</c>: one match each), or a relative year (<c>العام الماضي</c>, <c>السنه المقبله</c>,
    /// <c>العام الجاري</c>). A Hijri year gives the Gregorian year of its first day.
    /// </summary>
    private readonly int TryYearNoun(DateToken token, int stemStart, DateWord word)
    {
        int end = TryYearList(token.End, stemStart);
        if (end >= 0)
        {
            return end;
        }

        if (!TryModifier(token.End, out int offset, out int modifierEnd) || !word.Has(DateWordFlags.HasArticle))
        {
            return -1;
        }

        Emit(stemStart, modifierEnd, _anchor is DateOnly anchor ? YearValue(anchor.Year + offset) : null, DateExpressionKind.Relative);
        return modifierEnd;
    }

    /// <summary>Reads <c>عامي 2020 و2021</c>: the years after the dual noun, one match each.</summary>
    private readonly int TryYearDual(DateToken token, int stemStart) => TryYearList(token.End, stemStart);

    /// <summary>
    /// Reads a year at <paramref name="position"/> (the first match starting at <paramref name="start"/>, the noun before
    /// it), in digits or words (<c>عام الف وتسعمايه وواحد</c>), and the years joined to it by و or a comma, each its own match;
    /// or the year that ends a range with it (<c>عام 2014 حتي عام 2022</c>, <c>عامي 2020-2021</c>, <c>بين عامي 2020 و2021</c>), one
    /// match.
    /// </summary>
    private readonly int TryYearList(int position, int start)
    {
        CalendarKind calendar = CalendarKind.Gregorian;
        if (!TryYearNumber(position, ref calendar, either: true, out int year, out int end))
        {
            if (!TryWrittenYear(position, allowHundreds: true, out year, out end))
            {
                return -1;
            }

            calendar = CalendarKind.Gregorian;
        }

        if (calendar == CalendarKind.Gregorian)
        {
            int range = TryYearRangeEnd(start, year, end, FollowsBetween(start), bare: false);
            if (range >= 0)
            {
                return range;
            }
        }

        Emit(start, end, YearOf(calendar, year), DateExpressionKind.Absolute);
        for (int i = 1; i < MaxListItems; i++)
        {
            DateToken connector = Next(end);
            bool joins = ExactKind(connector) == DateWordKind.And || connector.IsSymbol(_text, '\u060C') || connector.IsSymbol(_text, ',');
            if (!joins || !TryYearNumber(connector.End, ref calendar, either: false, out year, out int next))
            {
                break;
            }

            Emit(Next(connector.End).Start, next, YearOf(calendar, year), DateExpressionKind.Absolute);
            end = next;
        }

        return end;
    }

    /// <summary>Reads <c>الشهر الماضي</c>, <c>الشهر المقبل</c>, <c>الشهر الجاري</c> after <c>الشهر</c> at <paramref name="start"/>.</summary>
    private readonly int TryRelativeMonth(int start, int after)
    {
        if (!TryModifier(after, out int offset, out int end))
        {
            return -1;
        }

        EmitRelativeMonth(start, end, offset);
        return end;
    }

    /// <summary>
    /// Reads <c>هذا العام</c>, <c>هذه السنه</c>, <c>هذا الشهر</c>, and a Gregorian month of the anchor's year (<c>هذا سبتمبر</c>,
    /// <c>في هذا اكتوبر</c>; not a name that is also an everyday word, such as <c>مارس</c>, unless paired).
    /// </summary>
    private readonly int TryThis(DateToken token, int stemStart)
    {
        if (TryMonthExpression(token.End, allowPrefix: false, out MonthExpression named) && named.Calendar == CalendarKind.Gregorian
            && (named.Paired || (named.Flags & (DateWordFlags.Ambiguous | DateWordFlags.NeedsYear)) == DateWordFlags.None))
        {
            Emit(stemStart, named.End, _anchor is DateOnly current ? MakeValue(CalendarKind.Gregorian, current.Year, named.Month, 0) : null, DateExpressionKind.Relative);
            return named.End;
        }

        DateToken next = Next(token.End);
        if (!LookupExact(next, out DateWord word) || !word.Has(DateWordFlags.HasArticle))
        {
            return -1;
        }

        if (word.Kind == DateWordKind.YearNoun)
        {
            Emit(stemStart, next.End, _anchor is DateOnly anchor ? YearValue(anchor.Year) : null, DateExpressionKind.Relative);
            return next.End;
        }

        if (word.Kind == DateWordKind.MonthNoun)
        {
            EmitRelativeMonth(stemStart, next.End, 0);
            return next.End;
        }

        return -1;
    }

    private readonly void EmitRelativeMonth(int start, int end, int offset)
    {
        PartialDate? value = null;
        if (_anchor is DateOnly anchor)
        {
            int index = (anchor.Year * 12) + (anchor.Month - 1) + offset;
            value = MakeValue(CalendarKind.Gregorian, index / 12, (index % 12) + 1, 0);
        }

        Emit(start, end, value, DateExpressionKind.Relative);
    }

    /// <summary>The Gregorian year of a year in a calendar (for a Hijri year, the year of its first day).</summary>
    private static PartialDate? YearOf(CalendarKind calendar, int year)
    {
        if (calendar == CalendarKind.Gregorian)
        {
            return YearValue(year);
        }

        return HijriDates.TryToGregorian(year, 1, 1, out DateOnly first) ? YearValue(first.Year) : null;
    }
}
