using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using ArabicNews.Core.Benchmarks.Parsing;
using ArabicNews.Core.Benchmarks.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

[Collection(nameof(SerialCollection))]
public class GuardGroupTests
{
    [Fact]
    public void One_group_per_set_of_parameters_with_the_baseline_and_the_guarded_benchmarks_not_the_reference_loop()
    {
        GuardGroup[] groups = [.. GuardGroup.Of(typeof(NormalizationBenchmarks))];
        try
        {
            groups.Select(g => g.Baseline.Parameters["Corpus"]).Should().Equal(NormalizationCorpus.Seed, NormalizationCorpus.Diacritized, NormalizationCorpus.Clean);
            groups.Should().OnlyContain(g => g.Baseline.Descriptor.WorkloadMethod.Name == "NaiveChain");
            groups[0].Guarded.Select(GuardMeasurements.NameOf).Should().Equal(
                "NormalizationBenchmarks.SpanNormalize(Corpus=Seed)",
                "NormalizationBenchmarks.SpanNormalizeWithIndexMap(Corpus=Seed)",
                "NormalizationBenchmarks.StringNormalize(Corpus=Seed)");
        }
        finally
        {
            Array.ForEach(groups, g => g.Dispose());
        }
    }

    [Fact]
    public void The_calls_run_on_an_instance_set_up_with_its_parameters()
    {
        using GuardGroup group = GuardGroup.Of(typeof(ArticleParseBenchmarks)).First();
        Action parse = group.CallOf(group.Guarded.Single());

        parse();

        AllocationProbe.BytesPerOperation(parse).Should().BeGreaterThan(1000, "parsing seed 000 allocates its article");
    }

    [Fact]
    public void An_injected_slowdown_shows_in_the_ratio()
    {
        // Process CPU time, measured while no other test runs (see the collection); the test host's JIT tiers, so a
        // first measurement lets it finish optimizing before the two that count.
        var sampler = new InterleavedSampler(ProcessCpuClock.GetTimestamp, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(400), 9, 51);
        using GuardGroup group = GuardGroup.Of(typeof(QuotationFindingBenchmarks)).Single();
        _ = GuardMeasurements.Measure(group, sampler, []).Single();

        // Three of each, alternating, and their medians: one measurement can meet the test host's background work
        // (its JIT, the build's lingering servers) on one side only.
        GuardSlowdown[] slowdown = [new GuardSlowdown("QuotationFindingBenchmarks.QuotationFinder", 3)];
        var plainRatios = new List<double>();
        var tripledRatios = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            plainRatios.Add(GuardMeasurements.Measure(group, sampler, []).Single().Ratio);
            tripledRatios.Add(GuardMeasurements.Measure(group, sampler, slowdown).Single().Ratio);
        }

        double plain = GuardStatistics.Median(plainRatios);
        double tripled = GuardStatistics.Median(tripledRatios);

        (tripled / plain).Should().BeInRange(1.8, 4.5, "three calls are counted as one; 1 would mean the slowdown was ignored");
    }
}
