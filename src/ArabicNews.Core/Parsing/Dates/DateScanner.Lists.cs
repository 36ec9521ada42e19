using System;
using ArabicNews.Core.Domain;

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
    /// <returns>The end of the last match, or −1 when no date starts here.</returns>
    /// <remarks>
    /// <para>
    /// Items are joined by <c>و</c> (glued or not), a comma, a dash, <c>الي</c> or <c>حتي</c>. A bare day takes the month
    /// of the next item (<c>9 و10 مايو 2021</c>); every item takes the year or modifier that ends the list
    /// (<c>11 يناير (كانون الثاني) و26 نوفمبر (تشرين الثاني) 2021</c>). An item that already has a year ends its list.
    /// </para>
    /// <para>
    /// Without a year, a day makes a month name a date (<c>بتاريخ 10 مايو</c>); a month without a day needs its
    /// paired equivalent or a temporal preposition before it (<c>في اكتوبر</c>), and ambiguous names
    /// (<c>مارس</c>, <c>اب</c>, <c>ماي</c>) never count on a preposition alone.
    /// </para>
    /// </remarks>
    private readonly int TryDateList(DateToken first, int prefixStart, bool requireDay) =>
        TryDateList(first, prefixStart, requireDay, out _);

    /// <summary>As <see cref="TryDateList(DateToken, int, bool)"/>, and on failure tells where the next date may start.</summary>
    /// <param name="first">The first token of the list.</param>
    /// <param name="prefixStart">Where the first match starts when a weekday or <c>يوم</c> introduces the list; −1 otherwise.</param>
    /// <param name="requireDay">Whether the first item must have a day.</param>
    /// <param name="resume">
    /// On failure, the position before which no date can start: after a run of bare day numbers joined by و or commas
    /// (<c>10 و20 و30</c>), every later number in the run would read the same run and fail the same way, so the scan
    /// resumes at the last one instead of trying each. Otherwise <paramref name="first"/>'s start.
    /// </param>
    /// <returns>The end of the last match, or −1.</returns>
    private readonly int TryDateList(DateToken first, int prefixStart, bool requireDay, out int resume)
    {
        resume = first.Start;
        Span<DateListItem> items = stackalloc DateListItem[MaxListItems];
        int count = 0;
        int position = first.Start;
        YearTail tail = default;
        bool hasTail = false;
        bool dashJoined = false;
        while (count < MaxListItems && TryListItem(position, out DateListItem item))
        {
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

            if (!TryConnector(item.End, out position))
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

        // A bare day at the end has no month to borrow: it is not a date.
        while (count > 0 && items[count - 1].Month == 0)
        {
            count--;
        }

        if (count == 0 || (requireDay && items[0].Day == 0))
        {
            return -1;
        }

        for (int i = count - 2; i >= 0; i--)
        {
            ref DateListItem item = ref items[i];
            if (item.Month == 0)
            {
                DateListItem next = items[i + 1];
                (item.Month, item.Calendar, item.Flags, item.Paired) = (next.Month, next.Calendar, next.Flags, next.Paired);
                (item.MonthFromAnchor, item.MonthOffset) = (next.MonthFromAnchor, next.MonthOffset);
            }
        }

        if (!hasTail)
        {
            int kept = 0;
            bool cued = false;
            while (kept < count)
            {
                cued |= items[kept].Cued;
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
        for (int i = 0; i < count; i++)
        {
            DateListItem item = items[i];
            (PartialDate? value, DateExpressionKind kind) = Resolve(item, hasTail ? tail : default);
            if (kind == DateExpressionKind.Absolute && value is null)
            {
                continue; // a date that does not exist (31 ابريل 2024)
            }

            int start = i == 0 && prefixStart >= 0 ? prefixStart : item.Start;
            Emit(start, i == count - 1 ? end : item.End, value, kind);
        }

        return end;
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
    /// Reads one list item: a day with an optional month (<c>26 نوفمبر (تشرين الثاني)</c>, <c>10 من مايو</c>,
    /// <c>10 من الشهر الجاري</c>), an ordinal day with its month (<c>الاول من يناير</c>), or a month.
    /// </summary>
    private readonly bool TryListItem(int position, out DateListItem item)
    {
        item = default;
        DateToken token = Next(position);
        MonthExpression month;
        if (token.Kind == DateTokenKind.Number)
        {
            if (!TryDay(token, out int day))
            {
                return false;
            }

            item.Start = token.Start;
            item.End = token.End;
            item.Day = day;
            DateToken of = Next(token.End);
            int monthPosition = ExactKind(of) == DateWordKind.Of ? of.End : token.End;
            if (TryMonthExpression(monthPosition, allowPrefix: false, out month))
            {
                item.End = month.End;
                SetMonth(ref item, month);
            }
            else
            {
                TryAnchorMonth(monthPosition, ref item);
            }

            return true;
        }

        if (token.Kind != DateTokenKind.Word)
        {
            return false;
        }

        if (TryOrdinalDay(token, out int ordinal, out int ordinalEnd))
        {
            // An ordinal is a day only before من and a month: الاول من يناير, العاشر من الشهر الجاري.
            DateToken of = Next(ordinalEnd);
            if (ExactKind(of) != DateWordKind.Of)
            {
                return false;
            }

            item.Start = token.Start;
            item.Day = ordinal;
            if (TryMonthExpression(of.End, allowPrefix: false, out month))
            {
                item.End = month.End;
                SetMonth(ref item, month);
                return true;
            }

            return TryAnchorMonth(of.End, ref item);
        }

        if (!TryMonthExpression(position, allowPrefix: true, out month))
        {
            return false;
        }

        item.Start = month.Start;
        item.End = month.End;
        SetMonth(ref item, month);
        return true;
    }

    /// <summary>Reads <c>الشهر الجاري</c>, <c>الشهر الماضي</c>, <c>الشهر المقبل</c> after a day as the item's month.</summary>
    private readonly bool TryAnchorMonth(int position, ref DateListItem item)
    {
        DateToken noun = Next(position);
        if (!LookupExact(noun, out DateWord word) || word.Kind != DateWordKind.MonthNoun || !word.Has(DateWordFlags.HasArticle))
        {
            return false;
        }

        DateToken modifier = Next(noun.End);
        int offset = ExactKind(modifier) switch
        {
            DateWordKind.Past => -1,
            DateWordKind.Next => 1,
            DateWordKind.Current => 0,
            _ => int.MinValue,
        };
        if (offset == int.MinValue)
        {
            return false;
        }

        item.End = modifier.End;
        item.Month = 1; // a placeholder: the anchor gives the month
        item.Calendar = CalendarKind.Gregorian;
        item.MonthFromAnchor = true;
        item.MonthOffset = offset;
        return true;
    }

    /// <summary>
    /// Reads an ordinal day (<c>الاول</c>, <c>الحادي عشر</c>, <c>الثاني والعشرين</c>, <c>الثلاثين</c>) at <paramref name="token"/>.
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
            else if (tens is not "عشر")
            {
                tens = default;
            }

            int value = tens.IsEmpty ? 0 : DayOrdinals.Tens(tens);
            if (value != 0 && (value != 10 || tens is "عشر") && day + value <= 31)
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
    /// the next month name) and checks that an item follows; <paramref name="next"/> is where that item starts.
    /// </summary>
    private readonly bool TryConnector(int position, out int next)
    {
        next = position;
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

                candidate = token.End;
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

    /// <summary>Resolves one list item against its tail and the anchor.</summary>
    private readonly (PartialDate? Value, DateExpressionKind Kind) Resolve(DateListItem item, YearTail tail)
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
            YearTailKind.Past => RelativeDateResolver.PreviousYear(item.Calendar, item.Month, item.Day, anchor),
            YearTailKind.Next => RelativeDateResolver.NextYear(item.Calendar, item.Month, item.Day, anchor),
            YearTailKind.Current => RelativeDateResolver.AnchorParts(item.Calendar, anchor).Year,
            _ => RelativeDateResolver.InferYear(item.Calendar, item.Month, item.Day, anchor),
        };
        return (MakeValue(item.Calendar, year, item.Month, item.Day), DateExpressionKind.Relative);
    }

    /// <summary>
    /// Reads a numeric date, day first (<c>22/4/2024</c>, <c>22-04-2024</c>, <c>22.04.2024</c>) or year first
    /// (<c>2024-04-22</c>, <c>2024/4/22</c>), with the same separator twice and no spaces, optionally followed by
    /// an era marker (<c>15/9/1445هـ</c> is Hijri).
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
        DateToken separator2 = Next(second.End);
        DateToken third = Next(separator2.End);
        if (!second.Glued || second.Kind != DateTokenKind.Number || second.Length > 2
            || !separator2.Glued || !separator2.IsSymbol(_text, symbol)
            || !third.Glued || third.Kind != DateTokenKind.Number
            || (third.End + 1 < _text.Length && _text[third.End] == symbol && char.IsAsciiDigit(_text[third.End + 1])))
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

        Emit(prefixStart, end, value, DateExpressionKind.Absolute);
        return end;
    }

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
