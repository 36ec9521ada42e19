using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Parsing 8× more text costs at most about 10× the time, for ordinary articles and for the inputs that break
/// naive scanners. Runs alone (see <see cref="TimingCollection"/>).
/// </summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Timing")]
public sealed class ParserScalingTests
{
    private const int Growth = 8;
    private const double AllowedRatio = 10;
    private const double TimerFloorMilliseconds = 1;
    private const int Attempts = 6;
    private const int WarmUps = 1;
    private const int Runs = 7;

    /// <summary>The case names; <see cref="Build"/> makes an input of about a given number of repeated units.</summary>
    public static TheoryData<string, int> Cases => new()
    {
        { "articles", 2 },
        { "megabyte line", ArticleMutator.MegabyteLineLength / Growth },
        { "unbalanced quotes", ArticleMutator.UnbalancedQuoteCount / Growth },
        { "nested quotes", 400 },
        { "nested quotes never closed", 2_000 },
        { "proclitic letters", 100_000 },
        { "proclitic words", 16_000 },
        { "digits and month names", 8_000 },
        { "reporting verbs without speakers", 8_000 },
        { "ordinal words", 4_000 },
        { "digits separated by slashes and dots", 8_000 },
        { "weekday lists", 4_000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_TimeGrowsLinearlyWithTheInput(string name, int units)
    {
        string small = Build(name, units);
        string large = Build(name, units * Growth);
        large.Length.Should().BeInRange(small.Length * (Growth - 1), small.Length * (Growth + 1));

        // A machine shared with other builds has bursts of load, so a failed measurement is repeated after a
        // pause: a quadratic parse fails every time.
        (double Small, double Large) medians = default;
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            medians = MedianMilliseconds(small, large);
            if (medians.Large <= Math.Max(medians.Small, TimerFloorMilliseconds) * AllowedRatio)
            {
                return;
            }

            Thread.Sleep(250);
        }

        medians.Large.Should().BeLessThanOrEqualTo(
            Math.Max(medians.Small, TimerFloorMilliseconds) * AllowedRatio,
            string.Create(CultureInfo.InvariantCulture, $"{name}: {small.Length:N0} chars in {medians.Small:F2} ms, {large.Length:N0} chars in {medians.Large:F2} ms"));
    }

    private static string Build(string name, int units) => name switch
    {
        "articles" => Repeat(string.Join("\n\n", FuzzCorpus.Articles), units),
        "megabyte line" => ArticleMutator.MegabyteLine(FuzzCorpus.Articles[0])[..units],
        "unbalanced quotes" => Repeat("وقال بوتين \"إن ", units),
        "nested quotes" => Repeat("وقال بوتين: «إن “الحوار «مستمر» اليوم” كما قال» ", units),
        "nested quotes never closed" => Repeat("قال: «إن «الحوار “مستمر ", units),
        "proclitic letters" => new string('و', units / 2) + Repeat("فبلكال", units / 12) + " بوتين",
        "proclitic words" => Repeat("وبال ولل فب كال ", units),
        "digits and month names" => Repeat("12 مايو 2024 ٣ أيار/ 1 و ", units),
        "reporting verbs without speakers" => Repeat("وقال وأضاف: مؤكداً بحسب ", units),
        "ordinal words" => Repeat("الثالث عشر من الحادي والعشرين الأولى من شهر ", units),
        "digits separated by slashes and dots" => Repeat("3/2015.2/ 16. 2014-2018/", units),
        "weekday lists" => Repeat("الخميس الأول من الثلاثاء الأخير في ثالث ", units),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case."),
    };

    private static string Repeat(string unit, int count)
    {
        var builder = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    // Interleaved runs, so that load on the machine hits both sizes alike; medians after a warm-up.
    private static (double Small, double Large) MedianMilliseconds(string small, string large)
    {
        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        for (int run = 0; run < WarmUps + Runs; run++)
        {
            double smallTime = Milliseconds(small);
            double largeTime = Milliseconds(large);
            if (run >= WarmUps)
            {
                smallTimes.Add(smallTime);
                largeTimes.Add(largeTime);
            }
        }

        return (Median(smallTimes), Median(largeTimes));
    }

    private static double Milliseconds(string text)
    {
        // Start every run with a clean heap, so that a collection left over from the previous run (large inputs
        // allocate large arrays) is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return ThreadClock.Milliseconds(() => ArticleParser.Parse(text));
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
