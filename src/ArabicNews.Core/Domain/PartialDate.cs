using System;
using System.Runtime.InteropServices;

namespace ArabicNews.Core;

/// <summary>
/// A Gregorian date known to the year, the month or the day: <c>2024</c>, <c>2024-04</c> or <c>2024-04-22</c>.
/// </summary>
/// <remarks>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// <para>
/// Years run from 1 to 9999 (the range of <see cref="DateOnly"/>), so every date of
/// <see cref="DatePrecision.Day"/> precision converts to a <see cref="DateOnly"/>. A day is validated against
/// its month in its year: 29 February exists only in leap years.
/// </para>
/// <para>
/// Equality is structural: <c>2024</c>, <c>2024-01</c> and <c>2024-01-01</c> are three different values.
/// Ordering is chronological by the first day each value covers, and a less precise value sorts before a
/// more precise one that starts on the same day: <c>2024</c> &lt; <c>2024-01</c> &lt; <c>2024-01-01</c> &lt;
/// <c>2024-01-02</c> &lt; <c>2024-02</c>.
/// </para>
/// <para>
/// Text is always written and read in the invariant <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> form with
/// ASCII digits, whatever the current culture and its calendar.
/// </para>
/// <para>The default value is the year 1 (<see cref="DatePrecision.Year"/> precision).</para>
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
{
    /// <summary>The smallest year a <see cref="PartialDate"/> can hold.</summary>
    public const int MinYear = 1;

    /// <summary>The largest year a <see cref="PartialDate"/> can hold.</summary>
    public const int MaxYear = 9999;

    /// <summary>The longest text <see cref="TryFormat"/> writes (<c>YYYY-MM-DD</c>).</summary>
    public const int MaxFormattedLength = 10;

    // Stored as year − 1 so that default(PartialDate) is the valid year 1.
    private readonly short _yearMinusOne;
    private readonly byte _month; // 0 when unknown
    private readonly byte _day;   // 0 when unknown

    /// <summary>Initializes a date known to the year.</summary>
    /// <param name="year">The Gregorian year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public PartialDate(int year)
    {
        ValidateYear(year);
        _yearMinusOne = (short)(year - 1);
    }

    /// <summary>Initializes a date known to the month.</summary>
    /// <param name="year">The Gregorian year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    public PartialDate(int year, int month)
    {
        ValidateYear(year);
        ValidateMonth(month);
        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
    }

    /// <summary>Initializes a date known to the day.</summary>
    /// <param name="year">The Gregorian year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, 1 to the number of days in that month of that year.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="year"/>, <paramref name="month"/> or <paramref name="day"/> is out of range
    /// (for example 29 February in a common year).
    /// </exception>
    public PartialDate(int year, int month, int day)
    {
        ValidateYear(year);
        ValidateMonth(month);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in this month of this year.");
        }

        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>Gets the year (1–9999).</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>Gets the month (1–12), or <see langword="null"/> for a date known only to the year.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>Gets the day of the month, or <see langword="null"/> for a date not known to the day.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Compares two dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when both have the same precision and the same parts.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when the precision or a part differs.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison described in the type's remarks.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison described in the type's remarks.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison described in the type's remarks.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>The result of the comparison described in the type's remarks.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a date of <see cref="DatePrecision.Day"/> precision.</summary>
    /// <param name="date">The calendar date.</param>
    /// <returns>The same date as a <see cref="PartialDate"/>.</returns>
    public static PartialDate FromDateOnly(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>
    /// Parses the invariant form <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (exactly four, two and two ASCII
    /// digits, nothing around them).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The parsed date, or the default value when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid date in that form; never throws.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate value)
    {
        value = default;
        if (text.Length is not (4 or 7 or 10)
            || !TryReadDigits(text.Slice(0, 4), out int year) || year < MinYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryReadDigits(text.Slice(5, 2), out int month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryReadDigits(text.Slice(8, 2), out int day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Gets the <see cref="DateOnly"/> of a date known to the day.</summary>
    /// <param name="date">The date, or the default value when the precision is not <see cref="DatePrecision.Day"/>.</param>
    /// <returns><see langword="true"/> when the precision is <see cref="DatePrecision.Day"/>.</returns>
    public bool TryGetDateOnly(out DateOnly date)
    {
        if (_day == 0)
        {
            date = default;
            return false;
        }

        date = new DateOnly(Year, _month, _day);
        return true;
    }

    /// <summary>Writes the invariant form (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) without allocating.</summary>
    /// <param name="destination">Where to write; <see cref="MaxFormattedLength"/> characters are always enough.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too small.</param>
    /// <returns><see langword="true"/> when the text fitted in <paramref name="destination"/>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        int length = _day != 0 ? 10 : _month != 0 ? 7 : 4;
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        WriteDigits(destination.Slice(0, 4), Year);
        if (_month != 0)
        {
            destination[4] = '-';
            WriteDigits(destination.Slice(5, 2), _month);
        }

        if (_day != 0)
        {
            destination[7] = '-';
            WriteDigits(destination.Slice(8, 2), _day);
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Returns the invariant form: <c>2024-04-22</c>, <c>2024-04</c> or <c>2024</c>.</summary>
    /// <returns>The date as text; the current culture and its calendar play no part.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        TryFormat(buffer, out int written);
        return new string(buffer.Slice(0, written));
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) =>
        _yearMinusOne == other._yearMinusOne && _month == other._month && _day == other._day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_yearMinusOne << 16) | (_month << 8) | _day;

    /// <summary>Compares this date with another, chronologically and then by precision (see the type's remarks).</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive as this date sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PartialDate other)
    {
        // A missing month or day is 0, which sorts before every real one: 2024 < 2024-01 < 2024-01-01.
        int order = _yearMinusOne.CompareTo(other._yearMinusOne);
        if (order == 0)
        {
            order = _month.CompareTo(other._month);
        }

        return order != 0 ? order : _day.CompareTo(other._day);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PartialDate.", nameof(obj)),
    };

    private static void ValidateYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }
    }

    private static void ValidateMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }
    }

    private static bool TryReadDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void WriteDigits(Span<char> destination, int value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
