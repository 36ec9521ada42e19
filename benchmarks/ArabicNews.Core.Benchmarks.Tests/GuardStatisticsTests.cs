using System;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardStatisticsTests
{
    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 1.0, 1.0, 100.0 }, 1.0)]
    public void The_median_is_the_middle_value(double[] values, double expected) =>
        GuardStatistics.Median(values).Should().Be(expected);

    [Fact]
    public void The_median_of_nothing_is_refused() =>
        FluentActions.Invoking(() => GuardStatistics.Median([])).Should().Throw<ArgumentException>().WithParameterName("values");

    [Fact]
    public void A_load_that_slows_a_whole_round_cancels_out_of_its_ratio()
    {
        // Every candidate time is a tenth of the baseline's in the same round, though the rounds differ 3x.
        double[] baseline = [100, 300, 150, 120, 280];
        double[] candidate = [10, 30, 15, 12, 28];

        GuardStatistics.MedianOfRatios(candidate, baseline).Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void A_burst_that_hits_one_side_of_a_few_rounds_is_ignored()
    {
        double[] baseline = [100, 100, 400, 100, 100, 100, 100];
        double[] candidate = [10, 50, 10, 10, 10, 10, 10];

        GuardStatistics.MedianOfRatios(candidate, baseline).Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Rounds_must_pair_up()
    {
        FluentActions.Invoking(() => GuardStatistics.MedianOfRatios([1, 2], [1])).Should().Throw<ArgumentException>().WithParameterName("baseline");
        FluentActions.Invoking(() => GuardStatistics.MedianOfRatios([1], [0])).Should().Throw<ArgumentException>().WithParameterName("baseline");
    }
}
