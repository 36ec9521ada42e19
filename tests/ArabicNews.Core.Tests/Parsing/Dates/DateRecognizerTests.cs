using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

/// <summary>
/// Table tests for <see cref="DateRecognizer"/>. Each row gives real Arabic text, the anchor date (or null) and the
/// expected matches, written <c>"expression → value"</c>: the expression is the exact span (after normalization),
/// the value is in the JSON contract's form (its length gives the precision), <c>value..last</c> for a range, a leading
/// <c>~</c> marks a <see cref="DateExpressionKind.Relative"/> match, and <c>null</c> a relative match without an anchor.
/// The tables are in <c>DateRecognizerTests.Data.cs</c>.
/// </summary>
public sealed partial class DateRecognizerTests
{
    [Theory]
    [MemberData(nameof(AbsoluteDates))]
    [MemberData(nameof(OrdinalDays))]
    [MemberData(nameof(PairedMonthNames))]
    [MemberData(nameof(GluedPrepositions))]
    [MemberData(nameof(SharedYears))]
    [MemberData(nameof(Years))]
    [MemberData(nameof(Weekdays))]
    [MemberData(nameof(RelativeDays))]
    [MemberData(nameof(RelativeMonthsAndYears))]
    [MemberData(nameof(YearOmitted))]
    [MemberData(nameof(HijriDates))]
    [MemberData(nameof(NumericDates))]
    [MemberData(nameof(NotDates))]
    [MemberData(nameof(OrdinalDayWords))]
    [MemberData(nameof(MonthNoun))]
    [MemberData(nameof(NumericMonthYear))]
    [MemberData(nameof(WrittenYears))]
    [MemberData(nameof(WeekdayPicksTheYear))]
    [MemberData(nameof(PartsOfPeriods))]
    [MemberData(nameof(Ranges))]
    [MemberData(nameof(NthWeekdays))]
    [MemberData(nameof(Weeks))]
    [MemberData(nameof(SeenOnNews))]
    public void Recognize_FindsExpectedMatches(string text, string? anchor, string[] expected)
    {
        Describe(text, anchor).Should().Equal(expected.Select(NormalizeExpectation));
    }

    [Theory]
    [MemberData(nameof(AbsoluteDates))]
    [MemberData(nameof(PairedMonthNames))]
    [MemberData(nameof(SharedYears))]
    [MemberData(nameof(HijriDates))]
    [MemberData(nameof(OrdinalDayWords))]
    [MemberData(nameof(NumericMonthYear))]
    [MemberData(nameof(WrittenYears))]
    [MemberData(nameof(WeekdayPicksTheYear))]
    [MemberData(nameof(PartsOfPeriods))]
    [MemberData(nameof(Ranges))]
    [MemberData(nameof(NthWeekdays))]
    [MemberData(nameof(Weeks))]
    public void Recognize_DoesNotDependOnTheCurrentCulture(string text, string? anchor, string[] expected)
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // ar-SA formats with the Um Al Qura calendar by default: nothing may go through the current culture.
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            Describe(text, anchor).Should().Equal(expected.Select(NormalizeExpectation));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    [Theory]
    [MemberData(nameof(RelativeDays))]
    [MemberData(nameof(RelativeMonthsAndYears))]
    [MemberData(nameof(YearOmitted))]
    [MemberData(nameof(PartsOfPeriods))]
    [MemberData(nameof(WeekdayPicksTheYear))]
    public void Recognize_WithoutAnchor_ReportsRelativeExpressionsWithoutValue(string text, string? anchor, string[] expected)
    {
        _ = anchor;
        string[] withoutAnchor = expected
            .Select(e => e.Contains('~', StringComparison.Ordinal) ? e[..(e.IndexOf('~', StringComparison.Ordinal) + 1)] + "null" : e)
            .Select(NormalizeExpectation)
            .ToArray();
        Describe(text, null).Should().Equal(withoutAnchor);
    }

    [Fact]
    public void Recognize_EmptyText_FindsNothing()
    {
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(ReadOnlySpan<char>.Empty, new DateOnly(2024, 1, 1), results);
        results.Should().BeEmpty();
    }

    [Fact]
    public void Recognize_AppendsToExistingResults()
    {
        var existing = new DateMatch(0, 1, null, DateExpressionKind.Relative);
        var results = new List<DateMatch> { existing };
        DateRecognizer.Recognize(ArabicNormalizer.Normalize("في عام 2024"), null, results);
        results.Should().HaveCount(2);
        results[0].Should().Be(existing);
    }

    [Fact]
    public void Recognize_NullResults_Throws()
    {
        Action act = () => DateRecognizer.Recognize("2024".AsSpan(), null, null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Recognize_ValuesHaveThePrecisionOfTheirText()
    {
        string text = ArabicNormalizer.Normalize("في عام 2021 ثم في سبتمبر/أيلول 2023 ثم في 22 أبريل 2024");
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(text, null, results);
        results.Select(r => r.Value!.Value.Precision).Should().Equal(DatePrecision.Year, DatePrecision.Month, DatePrecision.Day);
        results.Should().OnlyContain(r => r.Kind == DateExpressionKind.Absolute);
    }

    [Fact]
    public void Recognize_MatchesAreInTextOrderAndDoNotOverlap()
    {
        string text = ArabicNormalizer.Normalize(
            "وقال يوم الاثنين 10 مايو/ أيار 2021 إن الاتفاق الموقع في 9 و10 نوفمبر 2020 و11 يناير (كانون الثاني) و26 نوفمبر (تشرين الثاني) 2021 سار منذ عام 2003 وحتى الشهر الماضي.");
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(text, new DateOnly(2021, 5, 11), results);
        results.Should().HaveCount(7);
        for (int i = 1; i < results.Count; i++)
        {
            results[i].Start.Should().BeGreaterThanOrEqualTo(results[i - 1].End);
        }
    }

    internal static string[] Describe(string text, string? anchor)
    {
        string normalized = ArabicNormalizer.Normalize(text);
        DateOnly? anchorDate = anchor is null ? null : DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(normalized, anchorDate, results);
        return results.Select(r => Describe(normalized, r)).ToArray();
    }

    internal static string Describe(string normalized, DateMatch match)
    {
        string value = match.Value?.ToString() ?? "null";
        if (match.Last is { } last)
        {
            value += ".." + last;
        }

        string kind = match.Kind == DateExpressionKind.Relative ? "~" : string.Empty;
        return $"{normalized.Substring(match.Start, match.Length)} → {kind}{value}";
    }

    private static string NormalizeExpectation(string expectation)
    {
        int arrow = expectation.IndexOf(" → ", StringComparison.Ordinal);
        return ArabicNormalizer.Normalize(expectation[..arrow]) + expectation[arrow..];
    }
}
