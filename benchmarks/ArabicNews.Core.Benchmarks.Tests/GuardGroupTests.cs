using System;
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
    public void One_group_per_set_of_parameters_with_the_baseline_and_the_guarded_benchmarks()
    {
        GuardGroup[] groups = [.. GuardGroup.Of(typeof(NormalizationBenchmarks))];
        try
        {
            groups.Select(g => g.Baseline.Parameters["Corpus"]).Should().Equal(NormalizationCorpus.Seed, NormalizationCorpus.Diacritized, NormalizationCorpus.Clean);
            groups.Should().OnlyContain(g => g.Baseline.Descriptor.WorkloadMethod.Name == "NaiveChain");
            groups[0].Guarded.Select(GuardMeasurements.NameOf).Should().Equal(
                "NormalizationBenchmarks.ScalarSwitchLoop(Corpus=Seed)",
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

        double plain = GuardMeasurements.Measure(group, sampler, []).Single().Ratio;
        double tripled = GuardMeasurements.Measure(group, sampler, [new GuardSlowdown("QuotationFindingBenchmarks.QuotationFinder", 3)]).Single().Ratio;

        (tripled / plain).Should().BeInRange(1.8, 4.5, "three calls are counted as one; 1 would mean the slowdown was ignored");
    }
}
