using System;
using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardTableTests
{
    [Theory]
    [InlineData(1.0, "1.00")]
    [InlineData(4.8012, "4.80")]
    [InlineData(0.10894, "0.109")]
    [InlineData(0.018345, "0.0183")]
    [InlineData(0.00028734, "0.000287")]
    [InlineData(0.0, "0.00")]
    public void Ratios_keep_three_significant_digits(double ratio, string expected) =>
        GuardTable.FormatRatio(ratio).Should().Be(expected);

    [Fact]
    public void The_table_has_a_header_and_one_aligned_line_per_row()
    {
        var then = new GuardMeasurement("ArticleParseBenchmarks.Parse(Seed=000.txt)", 0.0100, 44_184);
        GuardRow[] rows =
        [
            new(then.Name, then with { Ratio = 0.0125, AllocatedBytes = 45_000 }, then, GuardVerdict.SlowerAndHungrier),
            new("CorpusParseBenchmarks.Parse", new("CorpusParseBenchmarks.Parse", 4.8, 15_393_504), Then: null, GuardVerdict.New),
        ];

        string[] lines = GuardTable.Format(rows).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(4);
        Cells(lines[0]).Should().Equal("Benchmark", "Ratio now", "Ratio at release", "Change", "Allocated now", "Allocated at release", "Verdict");
        lines[1].Should().MatchRegex(@"^\|:-+\|(-+:\|){6}$");
        Cells(lines[2]).Should().Equal(then.Name, "0.0125", "0.0100", "+25.0%", "45,000 B", "44,184 B", "SlowerAndHungrier");
        Cells(lines[3]).Should().Equal("CorpusParseBenchmarks.Parse", "4.80", "—", "—", "15,393,504 B", "—", "New");
        lines.Should().OnlyContain(line => line.Length == lines[0].Length);
    }

    private static string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(cell => cell.Trim())];
}
