using System.Collections.Generic;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardOutcomeTests
{
    private static readonly GuardMeasurement Measurement = new("ArticleParseBenchmarks.Parse(Seed=000.txt)", 0.01, 21_928);

    [Theory]
    [InlineData(GuardVerdict.Ok, false, GuardCommand.Passed)]
    [InlineData(GuardVerdict.New, false, GuardCommand.Passed)]
    [InlineData(GuardVerdict.Slower, false, GuardCommand.Regressed)]
    [InlineData(GuardVerdict.Hungrier, false, GuardCommand.Regressed)]
    [InlineData(GuardVerdict.SlowerAndHungrier, false, GuardCommand.Regressed)]
    [InlineData(GuardVerdict.Missing, false, GuardCommand.Regressed)]
    [InlineData(GuardVerdict.Ok, true, GuardCommand.Inconclusive)] // a busy machine may hide a regression: no pass
    [InlineData(GuardVerdict.Slower, true, GuardCommand.Inconclusive)] // nor convict on speed
    [InlineData(GuardVerdict.Hungrier, true, GuardCommand.Regressed)] // allocations are exact whatever the load
    [InlineData(GuardVerdict.SlowerAndHungrier, true, GuardCommand.Regressed)]
    [InlineData(GuardVerdict.Missing, true, GuardCommand.Regressed)]
    public void Speed_is_judged_only_on_a_quiet_machine(GuardVerdict verdict, bool busy, int expected)
    {
        var rows = new List<GuardRow>
        {
            new("NormalizationBenchmarks.SpanNormalize(Corpus=Seed)", Measurement, Measurement, GuardVerdict.Ok),
            new(Measurement.Name, Measurement, Measurement, verdict),
        };

        GuardCommand.Outcome(rows, busy).Should().Be(expected);
    }

    [Theory]
    [InlineData(false, GuardCommand.Passed)]
    [InlineData(true, GuardCommand.Inconclusive)]
    public void Nothing_measured_is_no_regression(bool busy, int expected) =>
        GuardCommand.Outcome([], busy).Should().Be(expected);
}
