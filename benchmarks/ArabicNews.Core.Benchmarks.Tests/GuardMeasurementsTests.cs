using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using ArabicNews.Core.Benchmarks.Parsing;
using ArabicNews.Core.Benchmarks.Text;
using BenchmarkDotNet.Running;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardMeasurementsTests
{
    [Fact]
    public void Names_are_class_method_and_parameters()
    {
        BenchmarkCase[] cases = BenchmarkConverter.TypeToBenchmarks(typeof(ArticleParseBenchmarks)).BenchmarksCases;

        cases.Where(GuardMeasurements.IsGuarded).Select(GuardMeasurements.NameOf).Should().Equal(
            "ArticleParseBenchmarks.Parse(Seed=000_7788d47285f976e4.txt)",
            "ArticleParseBenchmarks.Parse(Seed=001_b5b12b844ce0d8d8.txt)",
            "ArticleParseBenchmarks.Parse(Seed=002_761cb0edd2caddef.txt)",
            "ArticleParseBenchmarks.Parse(Seed=003_fe381b2efaed3531.txt)",
            "ArticleParseBenchmarks.Parse(Seed=004_584aa30879799b75.txt)");
    }

    [Fact]
    public void Baselines_ceilings_and_reference_loops_are_not_guarded()
    {
        BenchmarkCase[] cases = BenchmarkConverter.TypeToBenchmarks(typeof(NormalizationBenchmarks)).BenchmarksCases;

        cases.Where(c => !GuardMeasurements.IsGuarded(c)).Select(c => c.Descriptor.WorkloadMethod.Name).Distinct()
            .Should().BeEquivalentTo("NaiveChain", "ScalarSwitchLoop", "MemoryCopy");
        cases.Where(GuardMeasurements.IsGuarded).Select(GuardMeasurements.NameOf).Should().Contain("NormalizationBenchmarks.SpanNormalize(Corpus=Seed)");
    }

    [Fact]
    public void Every_guarded_class_is_named_after_its_operation_and_has_one_baseline()
    {
        foreach (System.Type type in GuardedBenchmarks.Types)
        {
            type.Name.Should().EndWith("Benchmarks");
            BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases.Select(c => c.Descriptor).Distinct()
                .Should().ContainSingle(d => d.Baseline, $"{type.Name} needs exactly one naive baseline");
        }
    }
}
