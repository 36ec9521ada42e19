using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Domain;

public sealed class PartialDateTests
{
    public static TheoryData<int, int, int> InvalidDays => new()
    {
        { 0, 1, 1 },
        { 10000, 1, 1 },
        { 2024, 0, 1 },
        { 2024, 13, 1 },
        { 2024, 4, 0 },
        { 2024, 4, 31 },
        { 2023, 2, 29 }, // not a leap year
        { 1900, 2, 29 }, // divisible by 100, not by 400
    };

    [Theory]
    [MemberData(nameof(InvalidDays))]
    public void Constructor_InvalidParts_Throws(int year, int month, int day)
    {
        Action act = () => _ = new PartialDate(year, month, day);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    public void Constructor_InvalidYear_Throws(int year)
    {
        Action yearOnly = () => _ = new PartialDate(year);
        Action yearMonth = () => _ = new PartialDate(year, 1);
        yearOnly.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
        yearMonth.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Constructor_InvalidMonth_Throws(int month)
    {
        Action act = () => _ = new PartialDate(2024, month);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(month));
    }

    [Fact]
    public void Constructor_LeapDay_IsValidInALeapYear()
    {
        new PartialDate(2024, 2, 29).ToString().Should().Be("2024-02-29");
        new PartialDate(2000, 2, 29).ToString().Should().Be("2000-02-29");
    }

    [Fact]
    public void Properties_ReflectThePrecision()
    {
        var year = new PartialDate(2024);
        var month = new PartialDate(2024, 4);
        var day = new PartialDate(2024, 4, 22);
        (year.Year, year.Month, year.Day, year.Precision).Should().Be((2024, (int?)null, (int?)null, DatePrecision.Year));
        (month.Year, month.Month, month.Day, month.Precision).Should().Be((2024, (int?)4, (int?)null, DatePrecision.Month));
        (day.Year, day.Month, day.Day, day.Precision).Should().Be((2024, (int?)4, (int?)22, DatePrecision.Day));
    }

    [Fact]
    public void Default_IsTheYearOne()
    {
        PartialDate value = default;
        value.Year.Should().Be(1);
        value.Precision.Should().Be(DatePrecision.Year);
        value.ToString().Should().Be("0001");
        value.Should().Be(new PartialDate(1));
    }

    [Theory]
    [InlineData("2024-04-22")]
    [InlineData("2024-04")]
    [InlineData("2024")]
    [InlineData("0099-01-05")]
    [InlineData("9999-12-31")]
    [InlineData("0001")]
    public void ToString_And_TryParse_RoundTrip(string text)
    {
        PartialDate.TryParse(text, out PartialDate value).Should().BeTrue();
        value.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-4")]
    [InlineData("2024-04-2")]
    [InlineData("24-04-22")]
    [InlineData("2024/04/22")]
    [InlineData("2024-04-31")]
    [InlineData("2023-02-29")]
    [InlineData("2024-00")]
    [InlineData("2024-13")]
    [InlineData("0000")]
    [InlineData(" 2024")]
    [InlineData("2024 ")]
    [InlineData("+202")]
    [InlineData("٢٠٢٤")] // Arabic-Indic digits are not the invariant form
    [InlineData("2024-04-22T00")]
    public void TryParse_RejectsMalformedText(string text)
    {
        PartialDate.TryParse(text, out PartialDate value).Should().BeFalse();
        value.Should().Be(default(PartialDate));
    }

    [Fact]
    public void TryFormat_TooSmallDestination_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[9];
        new PartialDate(2024, 4, 22).TryFormat(buffer, out int written).Should().BeFalse();
        written.Should().Be(0);
        new PartialDate(2024, 4).TryFormat(buffer, out written).Should().BeTrue();
        buffer[..written].ToString().Should().Be("2024-04");
    }

    [Fact]
    public void Ordering_IsChronologicalThenByPrecision()
    {
        PartialDate[] expected =
        [
            new(2023, 12, 31),
            new(2024),
            new(2024, 1),
            new(2024, 1, 1),
            new(2024, 1, 2),
            new(2024, 2),
            new(2024, 12, 31),
            new(2025),
        ];
        expected.Reverse().OrderBy(d => d).Should().Equal(expected);
        (new PartialDate(2024) < new PartialDate(2024, 1)).Should().BeTrue();
        (new PartialDate(2024, 1, 2) > new PartialDate(2024, 1)).Should().BeTrue();
        (new PartialDate(2024) <= new PartialDate(2024)).Should().BeTrue();
        (new PartialDate(2025) >= new PartialDate(2024, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void Equality_IsStructural_AndPrecisionMatters()
    {
        (new PartialDate(2024, 4, 22) == new PartialDate(2024, 4, 22)).Should().BeTrue();
        (new PartialDate(2024) != new PartialDate(2024, 1)).Should().BeTrue();
        new PartialDate(2024, 1).Equals(new PartialDate(2024, 1, 1)).Should().BeFalse();
        new PartialDate(2024, 4).GetHashCode().Should().Be(new PartialDate(2024, 4).GetHashCode());
        new PartialDate(2024).Equals((object)new PartialDate(2024)).Should().BeTrue();
        new PartialDate(2024).Equals("2024").Should().BeFalse();
    }

    [Fact]
    public void CompareTo_Object()
    {
        new PartialDate(2024).CompareTo((object?)null).Should().BePositive();
        new PartialDate(2024).CompareTo((object)new PartialDate(2023)).Should().BePositive();
        Action act = () => new PartialDate(2024).CompareTo("2024");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DateOnly_Conversions()
    {
        PartialDate value = PartialDate.FromDateOnly(new DateOnly(2024, 4, 22));
        value.Should().Be(new PartialDate(2024, 4, 22));
        value.TryGetDateOnly(out DateOnly date).Should().BeTrue();
        date.Should().Be(new DateOnly(2024, 4, 22));
        new PartialDate(2024, 4).TryGetDateOnly(out _).Should().BeFalse();
        new PartialDate(2024).TryGetDateOnly(out _).Should().BeFalse();
    }

    [Fact]
    public void Text_DoesNotDependOnTheCurrentCulture()
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            // ar-SA uses the Um Al Qura calendar and, by default, Arabic-Indic digits in some formats.
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            new PartialDate(2024, 4, 22).ToString().Should().Be("2024-04-22");
            PartialDate.TryParse("2024-04-22", out PartialDate value).Should().BeTrue();
            value.Should().Be(new PartialDate(2024, 4, 22));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
