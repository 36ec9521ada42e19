using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Tests.Text;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

public sealed class DateReanchorTests
{
    private const string Relatives =
        "التقى الوزيران أمس في موسكو.\n" +
        "وكان الرئيس قد زار أنقرة يوم الاثنين الماضي، ثم باكو في 5 مايو، وسيزور طهران الشهر المقبل.\n" +
        "ووقعت الاتفاقية في 12 أبريل 2024 بحضور الوزيرين.\n" +
        "\n" +
        "وقال إن الاجتماع سيعقد في 10 و11 من الشهر الجاري، وإن القمة المقبلة في العام القادم.\n" +
        "بدأت المحادثات اليوم في 3 رمضان 1445 هـ";

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { Relatives, Relatives.Replace('\n', ' '), "أمس", "" };
        foreach (string file in SeedText.Files)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reanchoring_gives_what_recognizing_with_the_anchor_gives(string textOrSeed)
    {
        string text = textOrSeed.EndsWith(".txt", StringComparison.Ordinal) ? File.ReadAllText(Path.Combine(SeedText.Directory, textOrSeed)) : textOrSeed;
        string normalized = ArabicNormalizer.Normalize(text, NormalizationOptions.Search);
        foreach (DateOnly? anchor in new DateOnly?[] { new DateOnly(2024, 4, 22), new DateOnly(2020, 2, 29), new DateOnly(1999, 12, 31), null })
        {
            var expected = new List<DateMatch>();
            DateRecognizer.Recognize(normalized, anchor, expected);

            var reanchored = new List<DateMatch>();
            DateRecognizer.Recognize(normalized, null, reanchored);
            DateRecognizer.Reanchor(normalized, anchor, reanchored);
            reanchored.Should().Equal(expected, "anchor {0}", anchor);
        }
    }

    [Fact]
    public void Reanchoring_resolves_relative_dates_and_keeps_absolute_ones()
    {
        string normalized = ArabicNormalizer.Normalize(Relatives, NormalizationOptions.Search);
        var dates = new List<DateMatch>();
        DateRecognizer.Recognize(normalized, null, dates);
        dates.Where(d => d.Kind == DateExpressionKind.Relative).Should().NotBeEmpty().And.OnlyContain(d => d.Value == null);

        DateRecognizer.Reanchor(normalized, new DateOnly(2024, 4, 22), dates);
        dates.Where(d => d.Kind == DateExpressionKind.Relative).Should().OnlyContain(d => d.Value != null);
        dates.Single(d => normalized.Substring(d.Start, d.Length) == "امس").Value!.Value.ToString().Should().Be("2024-04-21");
        dates.Should().Contain(d => d.Kind == DateExpressionKind.Absolute && d.Value!.Value.ToString() == "2024-04-12");
    }
}
