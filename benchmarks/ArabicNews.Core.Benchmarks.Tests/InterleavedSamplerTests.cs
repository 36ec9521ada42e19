using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class InterleavedSamplerTests
{
    /// <summary>A fake clock: each operation advances it by its cost, times the machine's current slowness.</summary>
    private sealed class FakeMachine
    {
        public long Now { get; private set; }

        public double Slowness { get; set; } = 1;

        public List<string> Calls { get; } = [];

        public Action Operation(string name, long cost) => () =>
        {
            Calls.Add(name);
            Now += (long)(cost * Slowness);
        };
    }

    private static InterleavedSampler Sampler(FakeMachine machine, int minRounds = 5, int maxRounds = 5) =>
        new(() => machine.Now, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(10), minRounds, maxRounds);

    [Fact]
    public void Each_round_times_every_operation_forward_then_backward()
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("base", 1_000_000)), new(machine.Operation("a", 1_000_000)), new(machine.Operation("b", 1_000_000))];

        IReadOnlyList<double[]> times = Sampler(machine, 3, 3).Measure(operations);

        times.Should().HaveCount(3).And.OnlyContain(t => t.Length == 3);
        times.SelectMany(t => t).Should().OnlyContain(t => t == 1_000_000);

        // Calibration: one warm-up call and one timed call each; then one unrecorded and three recorded rounds.
        machine.Calls.Skip(6).Should().Equal(Enumerable.Repeat<string[]>(["base", "a", "b", "b", "a", "base"], 4).SelectMany(r => r));
    }

    [Fact]
    public void Fast_operations_are_called_often_enough_to_fill_a_sample()
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("base", 1_000_000)), new(machine.Operation("fast", 10_000))];

        IReadOnlyList<double[]> times = Sampler(machine).Measure(operations);

        times[1].Should().OnlyContain(t => t == 10_000);
        machine.Calls.Count(c => c == "fast").Should().BeGreaterThan(100 * 2 * 5, "each of the 2 samples of the 5 recorded rounds calls it about 100 times");
    }

    [Fact]
    public void A_baseline_call_longer_than_a_sample_sets_the_length_of_every_sample()
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("slow base", 10_000_000)), new(machine.Operation("fast", 10_000))];

        IReadOnlyList<double[]> times = Sampler(machine, 3, 3).Measure(operations);

        times[1].Should().OnlyContain(t => t == 10_000);

        // Calibration: 1 + 1 + 2 + 4 + 8 + 16 + 32 calls of the fast operation (a quarter of the 1 ms sample time);
        // then 4 rounds of 2 samples as long as one 10 ms baseline call, 1,000 calls each.
        machine.Calls.Count(c => c == "fast").Should().Be(64 + (4 * 2 * 1_000));
    }

    [Fact]
    public void A_slowdown_makes_more_calls_per_counted_operation()
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("base", 100_000)), new(machine.Operation("slowed", 50_000), Slowdown: 1.3)];

        IReadOnlyList<double[]> times = Sampler(machine).Measure(operations);

        GuardStatistics.MedianOfRatios(times[1], times[0]).Should().BeApproximately(0.65, 0.01);
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(1.15)]
    [InlineData(1.5)]
    public void A_slowdown_of_an_operation_called_once_per_sample_is_not_rounded_away(double slowdown)
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("base", 2_000_000)), new(machine.Operation("slowed", 2_000_000), slowdown)];

        IReadOnlyList<double[]> times = Sampler(machine).Measure(operations);

        GuardStatistics.MedianOfRatios(times[1], times[0]).Should().BeApproximately(slowdown, 0.02 * slowdown);
    }

    [Fact]
    public void A_load_that_changes_from_round_to_round_leaves_the_ratio_alone()
    {
        var machine = new FakeMachine();
        int calls = 0;
        Action varying = machine.Operation("base", 1_000_000);
        SampledOperation[] operations =
        [
            new(() =>
            {
                // Every few baseline calls the machine becomes busier or quieter, for everything that follows.
                machine.Slowness = ++calls % 3 == 0 ? 1 + (calls % 7 * 0.3) : machine.Slowness;
                varying();
            }),
            new(machine.Operation("candidate", 250_000)),
        ];

        IReadOnlyList<double[]> times = Sampler(machine, 20, 20).Measure(operations);

        times[0].Distinct().Should().HaveCountGreaterThan(2, "the load really changed");
        GuardStatistics.MedianOfRatios(times[1], times[0]).Should().BeApproximately(0.25, 0.01);
    }

    [Fact]
    public void The_budget_sets_the_rounds_within_the_limits()
    {
        var machine = new FakeMachine();
        SampledOperation[] operations = [new(machine.Operation("base", 1_000_000))];

        // A round is two 1 ms samples; a 10 ms budget holds 5 of them.
        Sampler(machine, 1, 100).Measure(operations)[0].Should().HaveCount(5);
        Sampler(machine, 8, 100).Measure(operations)[0].Should().HaveCount(8);
        Sampler(machine, 1, 3).Measure(operations)[0].Should().HaveCount(3);
    }

    [Fact]
    public void Nothing_to_measure_is_refused() =>
        FluentActions.Invoking(() => Sampler(new FakeMachine()).Measure([])).Should().Throw<ArgumentException>().WithParameterName("operations");
}
