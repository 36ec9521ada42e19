using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Text;
using ArabicNews.Core.Tests.Reliability;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

/// <summary>The recognizer never throws, runs in linear time and allocates nothing beyond its results.</summary>
/// <remarks>Runs alone (see <see cref="TimingCollection"/>), so that the other tests do not skew its timings.</remarks>
[Collection(TimingCollection.Name)]
public sealed class DateRecognizerRobustnessTests
{
    private const int MeasurementAttempts = 6;

    // Pieces that exercise every path of the grammar, glued together at random.
    private static readonly string[] Pieces =
    [
        "1", "9", "10", "22", "31", "32", "2024", "1445", "1800", "99999", "0", "٢٠٢١",
        " ", " ", " ", "  ", "\n", "\r\n", "\t",
        "/", "/ ", "-", " - ", "(", ")", "( ", " )", "[", "]", "،", ",", ".", ":", "\u2013", "\"",
        "و", "و ", "ب", "ل", "ف", "ال", "لل", "في ", "بعد", "من ", "حتى ", "إلى ", "منذ",
        "مايو", "أيار", "ابريل", "نيسان", "كانون", "الثاني", "الأول", "تشرين", "ثاني", "آب", "مارس", "ماي", "جويلية",
        "رمضان", "ربيع", "جمادى", "الآخرة", "ذو", "الحجة", "صفر", "هـ", "ه", "م", "للهجرة",
        "عام", "العام", "سنة", "عامي", "الشهر", "هذا", "الماضي", "المقبل", "الجاري", "الموافق",
        "اليوم", "يوم", "أمس", "أول", "غدا", "غد", "الاثنين", "الخميس", "احد", "صباح", "وقت", "سابق",
        "الثالث", "عشر", "عشرة", "والعشرين", "الثانية", "أول", "ثالث", "الأخير", "ثلاثاء", "شهر", "ألفين", "ألف", "وتسعمائة",
        "وثمانية", "أواخر", "منتصف", "نهاية", "النصف", "الربع", "بين", "3/2015", "2015.3", "2014-2018", "16.",
        "قال", "روسيا", "الرئيس", "a", "Z", "😀", "\uD800", "\uDC00", "\u064E", "\u0640",
    ];

    private static readonly DateOnly?[] Anchors =
    [
        null,
        new DateOnly(2024, 4, 22),
        new DateOnly(1, 1, 1),
        new DateOnly(2, 1, 1),
        new DateOnly(9998, 12, 31),
        new DateOnly(9999, 12, 31),
        new DateOnly(1900, 3, 1),
    ];

    [Fact]
    public void Recognize_RandomText_NeverThrows_AndReportsOrderedSpans()
    {
        var random = new Random(20240422);
        var results = new List<DateMatch>();
        var builder = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            builder.Clear();
            int pieces = random.Next(1, 60);
            for (int p = 0; p < pieces; p++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            string text = ArabicNormalizer.Normalize(builder.ToString());
            results.Clear();
            DateRecognizer.Recognize(text, Anchors[random.Next(Anchors.Length)], results);
            AssertWellFormed(text, results);
        }
    }

    public static TheoryData<string> PathologicalInputs => new()
    {
        new string('1', 10_000),
        new string('ا', 100_000),
        new string(' ', 100_000) + "22 مايو 2024",
        new string('\n', 10_000),
        string.Concat(Enumerable.Repeat("9 و", 10_000)),
        string.Concat(Enumerable.Repeat("مايو/", 10_000)),
        string.Concat(Enumerable.Repeat("(", 10_000)),
        string.Concat(Enumerable.Repeat("10 مايو، ", 10_000)),
        string.Concat(Enumerable.Repeat("1/1/", 10_000)),
        string.Concat(Enumerable.Repeat("الاثنين ", 10_000)),
        string.Concat(Enumerable.Repeat("عام ", 10_000)),
        string.Concat(Enumerable.Repeat("الثالث عشر من ", 10_000)),
        string.Concat(Enumerable.Repeat("الحادي والعشرين والثلاثين ", 10_000)),
        string.Concat(Enumerable.Repeat("3/2015/", 10_000)),
        string.Concat(Enumerable.Repeat("16.11.", 10_000)),
        string.Concat(Enumerable.Repeat("2014-", 10_000)),
        string.Concat(Enumerable.Repeat("الخميس الأول من ", 10_000)),
        string.Concat(Enumerable.Repeat("الاثنين، الثلاثاء و", 10_000)),
        string.Concat(Enumerable.Repeat("ألفين و", 10_000)),
        string.Concat(Enumerable.Repeat("أواخر النصف الأول من ", 10_000)),
        string.Concat(Enumerable.Repeat("الأسبوع الأول من ", 10_000)),
        string.Concat(Enumerable.Repeat("أسبوع 16 ", 10_000)),
        string.Concat(Enumerable.Repeat("هذا ", 10_000)),
        string.Concat(Enumerable.Repeat("هذا مارس/", 10_000)),
        string.Concat(Enumerable.Repeat("الأسبوع الأخير من الشهر ", 10_000)),
        string.Concat(Enumerable.Repeat("الأول الثاني الثالث العاشر الحادي عشر العشرين ", 10_000)),
        string.Concat(Enumerable.Repeat("ثالث أول آخر الأخير ", 10_000)),
        string.Concat(Enumerable.Repeat("22.4.2024/", 10_000)),
        string.Concat(Enumerable.Repeat("1.1/", 10_000)),
        string.Concat(Enumerable.Repeat("يوم الأربعاء والخميس، الجمعة و", 10_000)),
        "22 مايو " + new string('2', 10_000),
        "عام " + new string('2', 10_000),
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Recognize_PathologicalInput_FinishesQuickly(string input)
    {
        // Quadratic behaviour on these 10,000-piece inputs would take minutes; linear takes milliseconds
        // (the bound is loose for Debug builds on a busy machine).
        var results = new List<DateMatch>();
        var watch = Stopwatch.StartNew();
        foreach (DateOnly? anchor in (DateOnly?[])[null, new DateOnly(2024, 4, 22)])
        {
            results.Clear();
            DateRecognizer.Recognize(input, anchor, results);
            AssertWellFormed(input, results);
        }

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Recognize_PathologicalInput_AllocatesNothingBeyondTheResults(string input)
    {
        var results = new List<DateMatch>();
        var anchor = new DateOnly(2024, 4, 22);
        DateRecognizer.Recognize(input, anchor, results); // warm up, and grow the list to the size the input needs
        results.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        DateRecognizer.Recognize(input, anchor, results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
    }

    // (repeated unit, size of the smaller input in characters): dense cases get smaller inputs to keep the test short.
    public static TheoryData<string, int> ScalingInputs => new()
    {
        { "seeds", 60_000 },
        { "9 و", 8_000 },
        { "1", 64_000 },
        { "مايو/ ", 32_000 },
        { "10 مايو، 11 ", 32_000 },
        { "الاثنين ", 32_000 },
        { "الثالث عشر من الأولى من شهر ", 32_000 },
        { "3/2015.2/ 16. ", 32_000 },
        { "الخميس الأول من الثلاثاء الأخير في ", 32_000 },
        { "الأسبوع الأول من الأسبوع الأخير في أسبوع 16 ", 32_000 },
        { "الأول الثاني الثالث العاشر الحادي عشر الثانية والعشرون ", 32_000 },
        { "22.4.2024/ 1/1/ 16.11. 3/2015. ", 32_000 },
        { "الاثنين، الثلاثاء والأربعاء و", 32_000 },
    };

    [Theory]
    [MemberData(nameof(ScalingInputs))]
    public void Recognize_TimeGrowsLinearlyWithTheInput(string unit, int size)
    {
        string block = unit == "seeds" ? Seeds() : unit;
        string small = string.Concat(Enumerable.Repeat(block, Math.Max(1, size / block.Length)));
        string large = string.Concat(Enumerable.Repeat(small, 8));

        // 8× the input may take at most ~10× the time (with a floor for timer noise on tiny inputs). A machine shared
        // with other builds (or with the other test assemblies, which compile with Roslyn) has bursts of load, so a
        // failed measurement is repeated after a pause: a quadratic scan fails every time.
        (double Small, double Large) last = default;
        for (int attempt = 0; attempt < MeasurementAttempts; attempt++)
        {
            last = MedianTimes(small, large);
            if (last.Large <= Math.Max(last.Small, 0.1) * 10)
            {
                return;
            }

            System.Threading.Thread.Sleep(250);
        }

        last.Large.Should().BeLessThanOrEqualTo(
            Math.Max(last.Small, 0.1) * 10,
            string.Create(CultureInfo.InvariantCulture, $"small {last.Small:F3} ms, large {last.Large:F3} ms"));
    }

    [Fact]
    public void Recognize_AllocatesNothingBeyondTheResults()
    {
        string text = Seeds();
        var results = new List<DateMatch>(capacity: 1024);
        var anchor = new DateOnly(2024, 4, 22);
        DateRecognizer.Recognize(text, anchor, results); // warm up: static tables, JIT
        results.Clear();
        DateRecognizer.Recognize(text, null, results);
        results.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        DateRecognizer.Recognize(text, anchor, results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        results.Should().NotBeEmpty();
        allocated.Should().Be(0);
    }

    [Fact]
    public void Recognize_AnchorAtTheEdgesOfDateOnly_IsTreatedAsUnknown()
    {
        string text = ArabicNormalizer.Normalize("أمس و الشهر الماضي و 10 مايو");
        var results = new List<DateMatch>();
        DateRecognizer.Recognize(text, DateOnly.MinValue, results);
        DateRecognizer.Recognize(text, DateOnly.MaxValue, results);
        results.Should().HaveCount(6).And.OnlyContain(r => r.Value == null);
    }

    internal static string Seeds()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        string all = string.Join("\n\n", Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return ArabicNormalizer.Normalize(all);
    }

    // Interleaved runs, so that load on the machine hits both sizes alike; medians of seven after two warm-ups.
    private static (double Small, double Large) MedianTimes(string small, string large)
    {
        var results = new List<DateMatch>(capacity: 1 << 16);
        var anchor = new DateOnly(2024, 4, 22);
        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        for (int run = 0; run < 9; run++)
        {
            double smallTime = Time(small, anchor, results);
            double largeTime = Time(large, anchor, results);
            if (run >= 2)
            {
                smallTimes.Add(smallTime);
                largeTimes.Add(largeTime);
            }
        }

        return (Median(smallTimes), Median(largeTimes));
    }

    private static double Time(string text, DateOnly anchor, List<DateMatch> results)
    {
        results.Clear();
        return ThreadClock.Milliseconds(() => DateRecognizer.Recognize(text, anchor, results));
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static void AssertWellFormed(string text, List<DateMatch> results)
    {
        // Plain checks first: this runs for thousands of inputs, and assertion objects are slow to build.
        int previousEnd = 0;
        foreach (DateMatch match in results)
        {
            if (match.Length <= 0 || match.Start < previousEnd || match.End > text.Length)
            {
                results.Should().BeInAscendingOrder(m => m.Start, $"matches must be ordered, non-empty and inside the text: {text}");
                match.Length.Should().BePositive();
                match.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                match.End.Should().BeLessThanOrEqualTo(text.Length);
            }

            previousEnd = match.End;
        }
    }
}
