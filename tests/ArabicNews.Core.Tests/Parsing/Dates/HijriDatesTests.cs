using System;
using System.Globalization;
using ArabicNews.Core.Parsing.Dates;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

public sealed class HijriDatesTests
{
    [Theory]
    [InlineData(1445, 9, 1, "2024-03-11")]  // 1 Ramadan 1445 (Umm al-Qura)
    [InlineData(1445, 10, 1, "2024-04-10")] // Eid al-Fitr 1445
    [InlineData(1445, 12, 10, "2024-06-16")] // Eid al-Adha 1445
    [InlineData(1446, 1, 1, "2024-07-07")]  // Hijri new year 1446
    [InlineData(1444, 9, 1, "2023-03-23")]  // 1 Ramadan 1444
    public void TryToGregorian_KnownDates(int year, int month, int day, string expected)
    {
        HijriDates.TryToGregorian(year, month, day, out DateOnly date).Should().BeTrue();
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void TryToGregorian_Day30OfA29DayMonth_IsTheNextMonthsFirstDay()
    {
        var calendar = new UmAlQuraCalendar();
        int month = 1;
        while (calendar.GetDaysInMonth(1445, month) != 29)
        {
            month++;
        }

        HijriDates.TryToGregorian(1445, month, 30, out DateOnly thirtieth).Should().BeTrue();
        HijriDates.TryToGregorian(1445, month + 1, 1, out DateOnly next).Should().BeTrue();
        thirtieth.Should().Be(next);
    }

    [Fact]
    public void TryToGregorian_OutsideUmAlQura_FallsBackToTheTabularCalendar()
    {
        HijriDates.TryToGregorian(1300, 1, 1, out DateOnly date).Should().BeTrue();
        date.Should().Be(DateOnly.FromDateTime(new HijriCalendar().ToDateTime(1300, 1, 1, 0, 0, 0, 0)));
    }

    [Theory]
    [InlineData(1199, 1, 1)]
    [InlineData(1601, 1, 1)]
    [InlineData(1445, 0, 1)]
    [InlineData(1445, 13, 1)]
    [InlineData(1445, 1, 0)]
    [InlineData(1445, 1, 31)]
    public void TryToGregorian_OutOfRange_ReturnsFalse(int year, int month, int day)
    {
        HijriDates.TryToGregorian(year, month, day, out _).Should().BeFalse();
    }

    [Fact]
    public void FromGregorian_GivesTheHijriParts()
    {
        HijriDates.FromGregorian(new DateOnly(2024, 4, 22)).Should().Be((1445, 10, 13));
        HijriDates.FromGregorian(new DateOnly(1, 1, 1)).Should().Be((1, 1, 1));
        HijriDates.FromGregorian(new DateOnly(9999, 12, 31)).Year.Should().BeGreaterThan(9000);
    }
}
