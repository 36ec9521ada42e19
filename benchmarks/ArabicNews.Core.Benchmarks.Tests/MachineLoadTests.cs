using System;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class MachineLoadTests
{
    [Theory]
    [InlineData("0.52 0.58 0.59 1/234 5678\n", 0.58)]
    [InlineData("12.43 11.40 8.16 9/701 32561", 12.43)]
    [InlineData("0.80 3.90 7.00 1/120 4242", 3.90)] // quiet for a minute, busy minutes ago: still busy
    [InlineData("3", 3.0)]
    public void Reads_the_larger_of_the_one_and_five_minute_averages(string text, double expected) =>
        MachineLoad.Parse(text).Should().BeApproximately(expected, 1e-9);

    [Theory]
    [InlineData("")]
    [InlineData("busy 0.5 0.5")]
    [InlineData("-1 0 0")]
    [InlineData("0,52 0,58 0,59")]
    [InlineData("0.5 busy 0.5")]
    public void Anything_else_is_unknown(string text) => MachineLoad.Parse(text).Should().BeNull();

    [Fact]
    public void Reads_this_machine_where_it_reports_a_load()
    {
        double? load = MachineLoad.Read();

        if (OperatingSystem.IsLinux())
        {
            load.Should().NotBeNull().And.BeGreaterThanOrEqualTo(0);
        }
        else
        {
            load.Should().BeNull();
        }
    }

    [Theory]
    [InlineData(new[] { 1.1, 1.3, 1.2 }, 2, false)] // the guard alone on 2 cores
    [InlineData(new[] { 2.0, 2.0 }, 2, false)] // as many runnable threads as cores
    [InlineData(new[] { 11.4, 12.4, 10.9 }, 2, true)] // a mutation run and builds beside it
    [InlineData(new[] { 0.9, 9.0, 1.0 }, 2, false)] // one burst: the median ignores it
    [InlineData(new[] { 3.0, 1.0, 3.0, 1.0 }, 2, false)] // even count: the mean of the middle two, 2.0
    [InlineData(new[] { 3.0, 1.0, 3.0, 1.5 }, 2, true)] // the middle two average 2.25
    [InlineData(new[] { 6.0, 7.0 }, 8, false)] // a bigger machine takes more
    [InlineData(new double[0], 2, false)] // unknown: judged as quiet
    public void Busy_means_a_median_above_the_cores(double[] samples, int cores, bool busy) =>
        MachineLoad.IsBusy(samples, cores).Should().Be(busy);
}
