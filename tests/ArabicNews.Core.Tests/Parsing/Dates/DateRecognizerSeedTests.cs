using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

/// <summary>
/// Runs the recognizer over the reference articles in <c>seeds/</c> and compares the values with the expected
/// <c>dates</c> of the evaluation set (copied here; tests do not read <c>../shared</c>): every expected value must be
/// found (as a multiset), and nothing outside <c>dates</c> and <c>dates_optional</c> may be.
/// </summary>
public sealed class DateRecognizerSeedTests
{
    public static TheoryData<string, string?, string[], string[]> Seeds => new()
    {
        {
            "000_7788d47285f976e4.txt", null,
            ["2024", "1992-04-04", "1992-09-25", "1997-07-03", "2003", "2022-02-22"],
            ["1920", "1920s"]
        },
        {
            // The dateline (١١ مايو ٢٠٢١) is one of the dates.
            "001_b5b12b844ce0d8d8.txt", "2021-05-11",
            ["2021-05-11", "2021-05-10", "2021-05-10", "2020-11-09", "1988-02", "2020-09-27", "2020-11-09"],
            []
        },
        {
            "002_761cb0edd2caddef.txt", "2024-04-22",
            ["2024-04-22", "2024-04-22", "2023-10", "2024-02", "2024-03", "2024-03-24", "2024-04-17", "2020-11", "2023-09", "2024-01-01"],
            ["2024"]
        },
        { "003_fe381b2efaed3531.txt", null, ["2023-09"], [] },
        {
            // In the article parser this anchor comes from the lead sentence (اليوم الاثنين 4 ابريل/نيسان 2022).
            "004_584aa30879799b75.txt", "2022-04-04",
            ["2022-04-04", "2021", "2024", "2020-11-09", "2021-01-11", "2021-11-26", "2022-02-22"],
            []
        },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Recognize_FindsTheExpectedDatesOfTheSeed(string file, string? anchor, string[] expected, string[] optional)
    {
        string[] found = ValuesOf(file, anchor);

        var remaining = found.ToList();
        foreach (string value in expected)
        {
            remaining.Remove(value).Should().BeTrue($"{value} is expected in {file}; found [{string.Join(", ", found)}]");
        }

        remaining.Where(v => !expected.Contains(v) && !optional.Contains(v)).Should().BeEmpty($"found [{string.Join(", ", found)}]");
    }

    public static TheoryData<string, string?, string[]> SeedSpans => new()
    {
        {
            "002_761cb0edd2caddef.txt", "2024-04-22",
            [
                "22 ابريل 2024 → 2024-04-22",
                "اليوم الاثنين 22 ابريل/نيسان 2024 → 2024-04-22",
                "هذا العام → ~2024",
                "اكتوبر/تشرين الاول من العام الماضي → ~2023-10",
                "فبراير/شباط الماضي → ~2024-02",
                "مارس/اذار الماضي → ~2024-03",
                "24 مارس الماضي → ~2024-03-24",
                "17 ابريل → ~2024-04-17",
                "نوفمبر/تشرين الثاني 2020 → 2020-11",
                "سبتمبر/ايلول 2023 → 2023-09",
                "1 يناير/كانون الثاني 2024 → 2024-01-01",
            ]
        },
        { "003_fe381b2efaed3531.txt", null, ["ايلول/ سبتمبر 2023 → 2023-09"] },
        {
            "004_584aa30879799b75.txt", "2022-04-04",
            [
                "اليوم الاثنين 4 ابريل/نيسان 2022 → 2022-04-04",
                "عام 2021 → 2021",
                "عام 2024 → 2024",
                "9 نوفمبر (تشرين الثاني) 2020 → 2020-11-09",
                "11 يناير (كانون الثاني) → 2021-01-11",
                "26 نوفمبر (تشرين الثاني) 2021 → 2021-11-26",
                "22 فبراير( شباط) من هذا العام → ~2022-02-22",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(SeedSpans))]
    public void Recognize_ReportsTheExactSpansOfTheSeed(string file, string? anchor, string[] expected)
    {
        string normalized = ArabicNormalizer.Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file)));
        DateOnly? anchorDate = anchor is null ? null : DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(normalized, anchorDate, results);
        results.Select(r => DateRecognizerTests.Describe(normalized, r)).Should().Equal(expected);
    }

    internal static string[] ValuesOf(string file, string? anchor)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        string normalized = ArabicNormalizer.Normalize(text);
        DateOnly? anchorDate = anchor is null ? null : DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(normalized, anchorDate, results);
        return results.Where(r => r.Value is not null).Select(r => r.Value!.Value.ToString()).ToArray();
    }
}
