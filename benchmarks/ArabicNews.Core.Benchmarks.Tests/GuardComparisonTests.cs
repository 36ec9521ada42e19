using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardComparisonTests
{
    private static readonly GuardMeasurement Committed = new("ArticleParseBenchmarks.Parse(Seed=000.txt)", 0.0100, 44_184);

    [Theory]
    [InlineData(0.0100, 44_184)] // unchanged
    [InlineData(0.0114, 44_184)] // 14% slower: within the tolerance
    [InlineData(0.0050, 44_184)] // twice as fast
    [InlineData(0.0100, 30_000)] // allocates less
    public void Within_the_limits_is_ok(double ratio, long allocated)
    {
        GuardRow row = Single(Committed with { Ratio = ratio, AllocatedBytes = allocated });

        row.Verdict.Should().Be(GuardVerdict.Ok);
        row.Fails.Should().BeFalse();
        row.IsSlower.Should().BeFalse();
    }

    [Theory]
    [InlineData(0.0116, 44_184, GuardVerdict.Slower)]
    [InlineData(0.0300, 44_184, GuardVerdict.Slower)]
    [InlineData(0.0100, 44_185, GuardVerdict.Hungrier)]
    [InlineData(0.0050, 44_185, GuardVerdict.Hungrier)]
    [InlineData(0.0120, 50_000, GuardVerdict.SlowerAndHungrier)]
    public void A_ratio_over_15_percent_or_any_extra_byte_fails(double ratio, long allocated, GuardVerdict expected)
    {
        GuardRow row = Single(Committed with { Ratio = ratio, AllocatedBytes = allocated });

        row.Verdict.Should().Be(expected);
        row.Fails.Should().BeTrue();
        row.IsSlower.Should().Be(expected is GuardVerdict.Slower or GuardVerdict.SlowerAndHungrier);
    }

    [Fact]
    public void The_change_is_relative_to_the_committed_ratio()
    {
        Single(Committed with { Ratio = 0.0125 }).RatioChangePercent.Should().BeApproximately(25, 1e-9);
        Single(Committed with { Ratio = 0.0080 }).RatioChangePercent.Should().BeApproximately(-20, 1e-9);
    }

    [Fact]
    public void A_new_benchmark_is_shown_but_not_judged()
    {
        var added = new GuardMeasurement("QuotationFindingBenchmarks.QuotationFinder", 4.0, 0);

        IReadOnlyList<GuardRow> rows = GuardComparison.Compare([Committed, added], [Committed]);

        rows.Should().HaveCount(2);
        rows[1].Should().Be(new GuardRow(added.Name, added, Then: null, GuardVerdict.New));
        rows[1].Fails.Should().BeFalse();
        rows[1].RatioChangePercent.Should().BeNull();
    }

    [Fact]
    public void A_committed_benchmark_that_was_not_measured_fails()
    {
        IReadOnlyList<GuardRow> rows = GuardComparison.Compare([], [Committed]);

        rows.Should().ContainSingle().Which.Should().Be(new GuardRow(Committed.Name, Now: null, Committed, GuardVerdict.Missing));
        rows[0].Fails.Should().BeTrue();
    }

    [Fact]
    public void Rows_follow_the_committed_order_then_the_new_benchmarks_in_measured_order()
    {
        GuardMeasurement a = Committed with { Name = "A" };
        GuardMeasurement b = Committed with { Name = "B" };
        GuardMeasurement c = Committed with { Name = "C" };
        GuardMeasurement d = Committed with { Name = "D" };

        IReadOnlyList<GuardRow> rows = GuardComparison.Compare([d, c, b], [b, a, c]);

        rows.Should().SatisfyRespectively(
            row => row.Should().Be(new GuardRow("B", b, b, GuardVerdict.Ok)),
            row => row.Should().Be(new GuardRow("A", Now: null, a, GuardVerdict.Missing)),
            row => row.Should().Be(new GuardRow("C", c, c, GuardVerdict.Ok)),
            row => row.Should().Be(new GuardRow("D", d, Then: null, GuardVerdict.New)));
    }

    [Fact]
    public void A_second_run_keeps_the_lower_ratio_of_each_benchmark()
    {
        GuardMeasurement a = Committed with { Name = "A", Ratio = 0.5 };
        GuardMeasurement b = Committed with { Name = "B", Ratio = 0.5 };
        GuardMeasurement c = Committed with { Name = "C", Ratio = 0.5 };

        GuardComparison.KeepFaster([a, b, c], [c with { Ratio = 0.4 }, a with { Ratio = 0.6 }])
            .Should().Equal(a, b, c with { Ratio = 0.4 });
    }

    [Fact]
    public void A_baseline_of_three_runs_keeps_the_median_of_each_ratio()
    {
        GuardMeasurement a = Committed with { Name = "A", Ratio = 0.2 };
        GuardMeasurement b = Committed with { Name = "B", Ratio = 0.5 };
        GuardMeasurement c = Committed with { Name = "C", Ratio = 0.3 };

        GuardMeasurement[] merged =
        [
            .. GuardComparison.Median(
            [
                [a, b, c],
                [a with { Ratio = 0.9, AllocatedBytes = 1 }, b with { Ratio = 0.1 }],
                [a with { Ratio = 0.25 }, b with { Ratio = 0.4 }],
            ]),
        ];

        merged.Should().HaveCount(3);
        merged[0].Should().Be(a with { Ratio = 0.25 }, "one unlucky pass (0.9) does not move the median; the bytes are the first run's");
        merged[1].Ratio.Should().Be(0.4);
        merged[2].Should().Be(c, "a benchmark only the first run measured keeps its ratio");
    }

    [Fact]
    public void No_runs_cannot_be_merged() =>
        FluentActions.Invoking(() => GuardComparison.Median([])).Should().Throw<ArgumentException>().WithParameterName("runs");

    [Fact]
    public void Two_passes_that_agree_decide_a_median_of_three()
    {
        GuardMeasurement ok = Committed with { Ratio = 0.0105 };
        GuardMeasurement slower = Committed with { Ratio = 0.0130 };

        GuardComparison.Undecided([[ok], [ok with { Ratio = 0.0090 }]], [Committed], passCount: 3).Should().BeEmpty();
        GuardComparison.Undecided([[slower], [slower with { Ratio = 0.0200 }]], [Committed], passCount: 3).Should().BeEmpty();
        GuardComparison.Undecided([[ok], [slower]], [Committed], passCount: 3).Should().Equal(Committed.Name);
        GuardComparison.Undecided([[ok], [slower], [ok]], [Committed], passCount: 3).Should().BeEmpty();
    }

    [Fact]
    public void One_pass_decides_nothing_and_a_median_of_five_needs_three()
    {
        GuardMeasurement ok = Committed with { Ratio = 0.0100 };

        GuardComparison.Undecided([[ok]], [Committed], passCount: 3).Should().Equal(Committed.Name);
        GuardComparison.Undecided([[ok], [ok]], [Committed], passCount: 5).Should().Equal(Committed.Name);
        GuardComparison.Undecided([[ok], [ok], [ok]], [Committed], passCount: 5).Should().BeEmpty();
    }

    [Fact]
    public void A_committed_benchmark_no_pass_measured_is_undecided_and_a_new_one_is_never()
    {
        var added = new GuardMeasurement("QuotationFindingBenchmarks.QuotationFinder", 4.0, 0);
        GuardMeasurement other = Committed with { Name = "CatalogMatcherBenchmarks.CatalogMatcher" };

        GuardComparison.Undecided([[Committed, added], [Committed, added]], [Committed, other], passCount: 3)
            .Should().Equal(other.Name);
    }

    [Fact]
    public void Skipping_the_passes_a_majority_made_useless_never_changes_a_verdict()
    {
        var random = new Random(20261122);
        for (int trial = 0; trial < 10_000; trial++)
        {
            GuardMeasurement[] passes = [.. Enumerable.Range(0, 3).Select(_ => Committed with { Ratio = Committed.Ratio * (0.8 + (0.7 * random.NextDouble())) })];
            IReadOnlyList<GuardMeasurement>[] firstTwo = [[passes[0]], [passes[1]]];
            if (GuardComparison.Undecided(firstTwo, [Committed], passCount: 3).Count > 0)
            {
                continue;
            }

            GuardVerdict skipped = Single(GuardComparison.Median(firstTwo).Single()).Verdict;
            GuardVerdict all = Single(GuardComparison.Median([.. firstTwo, [passes[2]]]).Single()).Verdict;
            skipped.Should().Be(all, "ratios {0:F5}, {1:F5}, {2:F5}", passes[0].Ratio, passes[1].Ratio, passes[2].Ratio);
        }
    }

    private static GuardRow Single(GuardMeasurement now) =>
        GuardComparison.Compare([now], [Committed]).Should().ContainSingle().Subject;
}
