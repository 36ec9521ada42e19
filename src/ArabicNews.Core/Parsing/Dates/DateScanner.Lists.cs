using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Day–month–year expressions, lists of them that share a year, and numeric dates.</summary>
internal ref partial struct DateScanner
{
    /// <summary>The most items a list may have (<c>9 و10 و11 مايو</c>); longer lists are cut, keeping the scan linear.</summary>
    private const int MaxListItems = 8;

    /// <summary>
    /// Reads a list of day–month items that ends in an optional shared year or modifier, starting at
    /// <paramref name="first"/> (a day number or a month name), and appends one match per item.
    /// </summary>
    /// <param name="first">The first token of the list.</param>
    /// <param name="prefixStart">Where the first match starts when a weekday or <c>يوم</c> introduces the list; −1 otherwise.</param>
    /// <param name="requireDay">Whether the first item must have a day (after a weekday).</param>
    /// <param name="weekday">The <see cref="DayOfWeek"/> a weekday before the list gives, or −1.</param>
    /// <returns>The end of the last match, or −1 when no date starts here.</returns>
    /// <remarks>
    /// <para>
    /// Items are joined by <c>و</c> (glued or not), a comma, a dash, <c>الي</c> or <c>حتي</c>. A bare day takes the month
    /// of the next item (<c>9 و10 مايو 2021</c>), or of the item before it when it ends a range (<c>يوليو 13-15</c>); every
    /// item takes the year or modifier that ends the list (<c>11 يناير (كانون الثاني) و26 نوفمبر (تشرين الثاني) 2021</c>). An
    /// item that already has a year ends its list.
    /// </para>
    /// <para>
    /// Two items joined by <c>الي</c>, <c>حتي</c> or a dash, or by <c>و</c> after <c>بين</c>, are one range: one match whose value
    /// is the first and whose last date is the second (<c>من 10 الي 12 مايو 2024</c>, <c>بين 3 و5 يونيو</c>, <c>10-12 مايو 2024</c>);
    /// <c>من</c> or <c>بين</c> before it opens its span.
    /// </para>
    /// <para>
    /// Without a year, a day makes a month name a date (<c>بتاريخ 10 مايو</c>); a month without a day needs its
    /// paired equivalent or a temporal preposition before it (<c>في اكتوبر</c>), and ambiguous names
    /// (<c>مارس</c>, <c>اب</c>, <c>ماي</c>) never count on a preposition alone.
    /// </para>
    /// </remarks>
    private readonly int TryDateList(DateToken first, int prefixStart, bool requireDay, int weekday = -1) =>
        TryDateList(first, prefixStart, requireDay, out _, weekday);

    /// <summary>As <see cref="TryDateList(DateToken, int, bool, int)"/>, and on failure tells where the next date may start.</summary>
    /// <param name="first">The first token of the list.</param>
    /// <param name="prefixStart">Where the first match starts when a weekday or <c>يوم</c> introduces the list; −1 otherwise.</param>
    /// <param name="requireDay">Whether the first item must have a day.</param>
    /// <param name="resume">
    /// On failure, the position before which no date can start: after a run of bare day numbers joined by و or commas
    /// (<c>10 و20 و30</c>), every later number in the run would read the same run and fail the same way, so the scan
    /// resumes at the last one instead of trying each. Otherwise <paramref name="first"/>'s start.
    /// </param>
    /// <param name="weekday">The <see cref="DayOfWeek"/> a weekday before the list gives, or −1.</param>
    /// <returns>The end of the last match, or −1.</returns>
    private readonly int TryDateList(DateToken first, int prefixStart, bool requireDay, out int resume, int weekday = -1)
    {
        resume = first.Start;
        Span<DateListItem> items = stackalloc DateListItem[MaxListItems];
        int count = 0;
        int position = first.Start;
        YearTail tail = default;
        bool hasTail = false;
        bool dashJoined = false;
        bool range = false;
        while (count < MaxListItems && TryListItem(position, out DateListItem item))
        {
            item.RangeFromPrevious = range;
            items[count++] = item;
            if (item.MonthFromAnchor)
            {
                hasTail = true; // 10 من الشهر الجاري: the month fixes the year too
                tail = new YearTail(YearTailKind.None, CalendarKind.Gregorian, 0, item.End);
                break;
            }

            if (item.Month != 0 && TryYearTail(item.End, item.Calendar, out tail))
            {
                hasTail = true;
                break;
            }

            if (!TryConnector(item.End, out position, out range))
            {
                break;
            }

            dashJoined |= Next(item.End).IsSymbol(_text, '-'); // 10-5-2024 may start at a later item
        }

        if (count is > 1 and < MaxListItems && !hasTail && !dashJoined && AllBareDays(items.Slice(0, count)))
        {
            // A run of bare days that ended (not one cut at MaxListItems, whose later numbers read further):
            // none of them but the last can start a date.
            resume = items[count - 1].Start;
        }

        if (count >= 2 && !items[1].RangeFromPrevious && FollowsBetween(items[0].Start))
        {
            items[1].RangeFromPrevious = true; // بين 3 و5 يونيو
        }

        // A bare day at the end has no month to borrow, unless it ends a range (يوليو 13-15): it is not a date.
        while (count > 0 && items[count - 1].Month == 0 && !(count > 1 && items[count - 1].RangeFromPrevious && items[count - 2].Month != 0))
        {
            count--;
        }

        if (count == 0 || (requireDay && items[0].Day == 0))
        {
            return -1;
        }

        for (int i = count - 2; i >= 0; i--)
        {
            if (items[i].Month == 0)
            {
                BorrowMonth(ref items[i], items[i + 1]);
            }
        }

        if (items[count - 1].Month == 0)
        {
            BorrowMonth(ref items[count - 1], items[count - 2]);
        }

        if (!hasTail)
        {
            int kept = 0;
            bool cued = false;
            while (kept < count)
            {
                cued |= items[kept].Cued || items[kept].RangeFromPrevious || (kept + 1 < count && items[kept + 1].RangeFromPrevious);
                if (!HasContext(items[kept], cued))
                {
                    break;
                }

                kept++;
            }

            count = kept;
            if (count == 0)
            {
                return -1;
            }
        }

        int end = hasTail ? tail.End : items[count - 1].End;
        YearTail shared = hasTail ? tail : default;
        for (int i = 0; i < count; i++)
        {
            DateListItem item = items[i];
            (PartialDate? value, DateExpressionKind kind) = Resolve(item, shared, i == 0 ? weekday : -1);
            int start = i == 0 && prefixStart >= 0 ? prefixStart : item.Start;
            if (i + 1 < count && items[i + 1].RangeFromPrevious && TryRange(value, kind, items[i + 1], shared, out PartialDate? last, out DateExpressionKind rangeKind))
            {
                if (i == 0 && prefixStart < 0 && PreviousWord(item.Start, out int wordStart) is "من" or "بين")
                {
                    start = wordStart; // من 10 الي 12 مايو, بين 3 و5 يونيو: the preposition opens the range
                }

                Emit(start, i + 1 == count - 1 ? end : items[i + 1].End, value, rangeKind, last);
                i++;
                continue;
            }

            if (kind == DateExpressionKind.Absolute && value is null)
            {
                continue; // a date that does not exist (31 ابريل 2024)
            }

            Emit(start, i == count - 1 ? end : item.End, value, kind);
        }

        return end;
    }

    /// <summary>
    /// Resolves the second item of a range and checks that it ends after the first (a year left out is taken so that it does:
    /// <c>من 28 ديسمبر الي 3 يناير</c> crosses into the next year).
    /// </summary>
    private readonly bool TryRange(PartialDate? first, DateExpressionKind firstKind, DateListItem item, YearTail tail, out PartialDate? last, out DateExpressionKind kind)
    {
        (last, DateExpressionKind lastKind) = Resolve(item, tail, -1);
        kind = firstKind == DateExpressionKind.Absolute && lastKind == DateExpressionKind.Absolute ? DateExpressionKind.Absolute : DateExpressionKind.Relative;
        if (first is not PartialDate from || last is not PartialDate to)
        {
            return first is null && last is null && kind == DateExpressionKind.Relative; // no anchor: one range, unresolved
        }

        if (to <= from && lastKind == DateExpressionKind.Relative && to.Year < PartialDate.MaxYear)
        {
            last = to.Day is int day ? MakeValue(CalendarKind.Gregorian, to.Year + 1, to.Month ?? 1, day) : MakeValue(CalendarKind.Gregorian, to.Year + 1, to.Month ?? 1, 0);
            to = last ?? to;
        }

        return from.Precision == to.Precision && from < to;
    }

    /// <summary>Whether <c>بين</c> (or <c>ما بين</c>, <c>وبين</c>) stands just before <paramref name="position"/>.</summary>
    private readonly bool FollowsBetween(int position) => PreviousWord(position, out _) is "بين" or "وبين" or "مابين";

    private static void BorrowMonth(ref DateListItem item, DateListItem from)
    {
        (item.Month, item.Calendar, item.Flags, item.Paired) = (from.Month, from.Calendar, from.Flags, from.Paired);
        (item.MonthFromAnchor, item.MonthOffset) = (from.MonthFromAnchor, from.MonthOffset);
    }

    private static bool AllBareDays(ReadOnlySpan<DateListItem> items)
    {
        foreach (DateListItem item in items)
        {
            if (item.Month != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a list item without a year still counts as a date.</summary>
    private static bool HasContext(DateListItem item, bool cued)
    {
        if ((item.Flags & DateWordFlags.NeedsYear) != DateWordFlags.None)
        {
            return false;
        }

        if (item.Day != 0)
        {
            return true;
        }

        return item.Calendar == CalendarKind.Gregorian
            && (item.Paired || (cued && (item.Flags & DateWordFlags.Ambiguous) == DateWordFlags.None));
    }

    /// <summary>
    /// Reads one list item: a day with an optional month (<c>26 نوفمبر (تشرين الثاني)</c>, <c>10 من مايو</c>, <c>14 شهر شباط</c>,
    /// <c>16. نوفمبر</c>, <c>10 من الشهر الجاري</c>), an ordinal day with its month (<c>الاول من يناير</c>, <c>في اول شباط</c>,
    /// <c>الاول من شهر شباط</c>), a day in words before a month (<c>واحد وعشرين مايو</c>), or a month, with the day after it where a range or a year confirms it (<c>يوليو 13-15</c>,
    /// <c>يناير الثاني والعشرين، 2018</c>).
    /// </summary>
    private readonly bool TryListItem(int position, out DateListItem item)
    {
        item = default;
        DateToken token = Next(position);
        if (token.Kind == DateTokenKind.Number)
        {
            if (!TryDay(token, out int day))
            {
                return false;
            }

            item.Start = token.Start;
            item.End = token.End;
            item.Day = day;

            // A dot, slash or dash glued to the day may stand before the month: 16. نوفمبر, 2/ اكتوبر, 2- اكتوبر.
            DateToken symbol = Next(token.End);
            bool marked = symbol.Glued && symbol.Kind == DateTokenKind.Symbol && _text[symbol.Start] is '.' or '/' or '-';
            if (!(marked && TryDayMonth(symbol.End, ref item)))
            {
                TryDayMonth(token.End, ref item);
            }

            return true;
        }

        if (token.Kind != DateTokenKind.Word)
        {
            return false;
        }

        if (TryOrdinalDay(token, out int ordinal, out int ordinalEnd))
        {
            // An ordinal is a day only before a month: الاول من يناير, العاشر من الشهر الجاري, في اول شباط.
            item.Start = token.Start;
            item.End = ordinalEnd;
            item.Day = ordinal;
            if (ExactKind(Next(ordinalEnd)) == DateWordKind.Of)
            {
                return TryDayMonth(ordinalEnd, ref item);
            }

            DateToken noun = Next(ordinalEnd);
            int monthPosition = LookupExact(noun, out DateWord nounWord) && nounWord.Kind == DateWordKind.MonthNoun && !nounWord.Has(DateWordFlags.HasArticle)
                ? noun.End
                : ordinalEnd;
            if (TryMonthExpression(monthPosition, allowPrefix: false, out MonthExpression direct) && (direct.Flags & DateWordFlags.Ambiguous) == DateWordFlags.None)
            {
                item.End = direct.End;
                SetMonth(ref item, direct);
                return true;
            }

            return false;
        }

        if (!token.Text(_text).StartsWith("\u0627\u0644", StringComparison.Ordinal) // الاحد, الاثنين are weekdays
            && TryWrittenNumber(position, out int written, out NumberWordKind first, out _, out int writtenEnd)
            && first is NumberWordKind.Units or NumberWordKind.Ten or NumberWordKind.Tens && written is >= 1 and <= 31
            && TryMonthExpression(writtenEnd, allowPrefix: false, out MonthExpression named) && (named.Flags & DateWordFlags.Ambiguous) == DateWordFlags.None)
        {
            // A day in words before a month: واحد وعشرين مايو.
            item.Start = token.Start;
            item.End = named.End;
            item.Day = written;
            SetMonth(ref item, named);
            return true;
        }

        if (!TryMonthExpression(position, allowPrefix: true, out MonthExpression month))
        {
            return false;
        }

        item.Start = month.Start;
        item.End = month.End;
        SetMonth(ref item, month);
        TryDayAfterMonth(ref item);
        return true;
    }

    /// <summary>
    /// Reads the month of a day at <paramref name="position"/>: <c>من</c> and <c>شهر</c> may come first (<c>10 من مايو</c>,
    /// <c>14 شهر شباط</c>), and after <c>شهر</c> the month may be a number (<c>14 شهر 10</c>, <c>14 شهر عشره</c>); or the anchor's
    /// month (<c>10 من الشهر الجاري</c>).
    /// </summary>
    private readonly bool TryDayMonth(int position, ref DateListItem item)
    {
        DateToken next = Next(position);
        if (ExactKind(next) == DateWordKind.Of)
        {
            position = next.End;
            next = Next(position);
        }

        bool noun = LookupExact(next, out DateWord word) && word.Kind == DateWordKind.MonthNoun && !word.Has(DateWordFlags.HasArticle);
        MonthExpression month;
        if (TryMonthExpression(noun ? next.End : position, allowPrefix: false, out month))
        {
            item.End = month.End;
            SetMonth(ref item, month);
            return true;
        }

        if (noun && TryMonthNumber(next.End, out int number, out int numberEnd))
        {
            item.End = numberEnd;
            item.Month = number;
            item.Calendar = CalendarKind.Gregorian;
            item.Flags = DateWordFlags.None;
            item.Paired = true; // شهر 10 names the month as surely as a pair of names
            return true;
        }

        return TryAnchorMonth(position, ref item);
    }

    /// <summary>Reads a month number after <c>شهر</c>: 1 to 12 in digits or words (<c>شهر 10</c>, <c>شهر عشره</c>).</summary>
    private readonly bool TryMonthNumber(int position, out int month, out int end)
    {
        DateToken token = Next(position);
        end = token.End;
        if (token.Kind == DateTokenKind.Number)
        {
            month = token.Length <= 2 && !IsDecimalPart(token) ? ReadSmallNumber(token) : 0;
            return month is >= 1 and <= 12;
        }

        return TryWrittenMonth(position, out month, out end);
    }

    /// <summary>
    /// Reads the day after a month name (<c>يوليو 13-15</c>, <c>تموز 13 الي 15</c>, <c>يناير الثاني والعشرين، 2018</c>,
    /// <c>سبتمبر10، الف وتسعمايه وواحد</c>), the order of English-style dates: only when a range or a year follows it, since a number
    /// after a month is otherwise a count (<c>مايو 15 شخصا</c>).
    /// </summary>
    private readonly void TryDayAfterMonth(ref DateListItem item)
    {
        DateToken token = Next(item.End);
        int day;
        int dayEnd;
        if (token.Kind == DateTokenKind.Number)
        {
            if (!TryDay(token, out day))
            {
                return;
            }

            dayEnd = token.End;
        }
        else if (!TryOrdinalDay(token, out day, out dayEnd))
        {
            return;
        }

        DateToken after = Next(dayEnd);
        bool range = (after.IsSymbol(_text, '-') || after.IsSymbol(_text, '\u2013') || (LookupExact(after, out DateWord word) && word.Has(DateWordFlags.RangeConnector)))
            && TryDay(Next(after.End), out _);
        if (range || (TryYearTail(dayEnd, item.Calendar, out YearTail tail) && tail.Kind == YearTailKind.Explicit))
        {
            item.Day = day;
            item.End = dayEnd;
        }
    }

    /// <summary>Reads <c>الشهر الجاري</c>, <c>الشهر الماضي</c>, <c>الشهر المقبل</c> after a day as the item's month.</summary>
    private readonly bool TryAnchorMonth(int position, ref DateListItem item)
    {
        DateToken noun = Next(position);
        if (!LookupExact(noun, out DateWord word) || word.Kind != DateWordKind.MonthNoun || !word.Has(DateWordFlags.HasArticle))
        {
            return false;
        }

        if (!TryModifier(noun.End, out int offset, out int modifierEnd))
        {
            return false;
        }

        item.End = modifierEnd;
        item.Month = 1; // a placeholder: the anchor gives the month
        item.Calendar = CalendarKind.Gregorian;
        item.MonthFromAnchor = true;
        item.MonthOffset = offset;
        return true;
    }

    /// <summary>
    /// Reads an ordinal day (<c>الاول</c>, <c>الحادي عشر</c>, <c>الثاني والعشرين</c>, <c>الثالثه عشره</c>, <c>الثلاثين</c>) at
    /// <paramref name="token"/>.
    /// </summary>
    private readonly bool TryOrdinalDay(DateToken token, out int day, out int end)
    {
        end = token.End;
        day = 0;
        if (token.Kind != DateTokenKind.Word)
        {
            return false;
        }

        day = DayOrdinals.Unit(token.Text(_text), out bool standalone);
        if (day == 0)
        {
            return false;
        }

        if (day < 10)
        {
            DateToken next = Next(token.End);
            ReadOnlySpan<char> tens = next.Kind == DateTokenKind.Word ? next.Text(_text) : default;
            int tensEnd = next.End;
            if (tens is "و")
            {
                next = Next(next.End);
                tens = next.Kind == DateTokenKind.Word ? next.Text(_text) : default;
                tensEnd = next.End;
            }
            else if (tens.Length > 1 && tens[0] == '\u0648') // و glued: والعشرين
            {
                tens = tens.Slice(1);
            }
            else if (tens is not ("عشر" or "عشره"))
            {
                tens = default;
            }

            int value = tens.IsEmpty ? 0 : DayOrdinals.Tens(tens);
            if (value != 0 && (value != 10 || tens is "عشر" or "عشره") && day + value <= 31)
            {
                day += value;
                end = tensEnd;
                return true;
            }
        }

        return standalone;
    }

    private static void SetMonth(ref DateListItem item, MonthExpression month)
    {
        item.Month = month.Month;
        item.Calendar = month.Calendar;
        item.Flags = month.Flags;
        item.Paired = month.Paired;
        item.Cued = month.Cued;
    }

    /// <summary>Reads a day number: one or two digits, 1 to 31, not part of a decimal number or a time.</summary>
    private readonly bool TryDay(DateToken token, out int day)
    {
        day = 0;
        if (token.Kind != DateTokenKind.Number || token.Length > 2 || IsDecimalPart(token))
        {
            return false;
        }

        ReadOnlySpan<char> digits = token.Text(_text);
        day = digits.Length == 1 ? digits[0] - '0' : ((digits[0] - '0') * 10) + (digits[1] - '0');
        return day is >= 1 and <= 31;
    }

    /// <summary>
    /// Reads the connector between two list items (<c>و</c>, <c>،</c>, <c>-</c>, <c>الي</c>, <c>حتي</c>, or a و glued to
    /// the next month name) and checks that an item follows; <paramref name="next"/> is where that item starts, and
    /// <paramref name="range"/> tells whether the connector makes the two items a range (<c>الي</c>, <c>حتي</c>, a dash).
    /// A weekday may stand between a range connector and its item (<c>حتي الاربعاء، 22 يناير</c>).
    /// </summary>
    private readonly bool TryConnector(int position, out int next, out bool range)
    {
        next = position;
        range = false;
        DateToken token = Next(position);
        int candidate;
        if (token.Kind == DateTokenKind.Word)
        {
            if (LookupExact(token, out DateWord word))
            {
                if (word.Kind != DateWordKind.And && !word.Has(DateWordFlags.RangeConnector))
                {
                    return false;
                }

                range = word.Has(DateWordFlags.RangeConnector);
                candidate = token.End;
                DateToken weekday = Next(candidate);
                if (range && LookupExact(weekday, out DateWord day) && day.Kind == DateWordKind.Weekday && day.Has(DateWordFlags.HasArticle))
                {
                    DateToken comma = Next(weekday.End);
                    candidate = comma.IsSymbol(_text, '\u060C') || comma.IsSymbol(_text, ',') ? comma.End : weekday.End;
                }
            }
            else if (_text[token.Start] == '\u0648' && Lookup(token, out DateWord glued, out int stemStart)
                && stemStart == token.Start + 1 && glued.IsMonthStart)
            {
                next = token.Start; // وفبراير: the item reads the month through the glued و
                return true;
            }
            else
            {
                return false;
            }
        }
        else if (token.Kind == DateTokenKind.Symbol && _text[token.Start] is '\u060C' or ',' or '-' or '\u2013')
        {
            range = _text[token.Start] is '-' or '\u2013';
            candidate = token.End;
        }
        else
        {
            return false;
        }

        DateToken following = Next(candidate);
        bool startsItem = following.Kind == DateTokenKind.Number
            ? TryDay(following, out _)
            : TryReadMonthName(candidate, allowPrefix: false, out _, out _, out _, out _, out _, out _);
        if (startsItem)
        {
            next = candidate;
        }

        return startsItem;
    }

    /// <summary>
    /// Resolves one list item against its tail and the anchor; <paramref name="weekday"/> (a <see cref="DayOfWeek"/>, or −1)
    /// picks the year of a day whose year is left out.
    /// </summary>
    private readonly (PartialDate? Value, DateExpressionKind Kind) Resolve(DateListItem item, YearTail tail, int weekday)
    {
        if (item.MonthFromAnchor)
        {
            if (_anchor is not DateOnly monthAnchor)
            {
                return (null, DateExpressionKind.Relative);
            }

            int index = (monthAnchor.Year * 12) + (monthAnchor.Month - 1) + item.MonthOffset;
            return (MakeValue(CalendarKind.Gregorian, index / 12, (index % 12) + 1, item.Day), DateExpressionKind.Relative);
        }

        YearTailKind kind = tail.Kind;
        if (kind == YearTailKind.Explicit)
        {
            if (tail.Calendar == item.Calendar)
            {
                return (MakeValue(item.Calendar, tail.Year, item.Month, item.Day), DateExpressionKind.Absolute);
            }

            kind = YearTailKind.None; // a Hijri item before a Gregorian year, or the reverse: infer its own year
        }

        if (_anchor is not DateOnly anchor)
        {
            return (null, DateExpressionKind.Relative);
        }

        int year = kind switch
        {
            YearTailKind.Offset => RelativeDateResolver.AnchorParts(item.Calendar, anchor).Year + tail.Year,
            YearTailKind.Past => RelativeDateResolver.PreviousYear(item.Calendar, item.Month, item.Day, anchor) - (tail.Year - 1),
            YearTailKind.Next => RelativeDateResolver.NextYear(item.Calendar, item.Month, item.Day, anchor) + (tail.Year - 1),
            YearTailKind.Current => RelativeDateResolver.AnchorParts(item.Calendar, anchor).Year,
            _ => weekday >= 0 && item.Calendar == CalendarKind.Gregorian && item.Day != 0
                && RelativeDateResolver.TryInferYearOnWeekday(item.Month, item.Day, (DayOfWeek)weekday, anchor, out int onWeekday)
                ? onWeekday
                : RelativeDateResolver.InferYear(item.Calendar, item.Month, item.Day, anchor),
        };
        return (MakeValue(item.Calendar, year, item.Month, item.Day), DateExpressionKind.Relative);
    }
}
