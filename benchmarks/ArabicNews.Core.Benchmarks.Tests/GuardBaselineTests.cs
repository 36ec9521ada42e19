using System.IO;
using System.Linq;
using ArabicNews.Core.Benchmarks.Guard;
using BenchmarkDotNet.Running;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardBaselineTests
{
    [Fact]
    public void The_file_is_camel_case_json_and_reads_back_the_same()
    {
        var baseline = new GuardBaseline("0.1.0", "2026-11-22", "AMD EPYC, 2 cores", [new("CorpusParseBenchmarks.Parse", 4.8, 15_393_504)]);

        string json = baseline.ToJson();
        GuardBaseline read = GuardBaseline.Parse(json);

        json.Should().Contain("\"release\": \"0.1.0\"").And.Contain("\"allocatedBytes\": 15393504").And.EndWith("}\n").And.NotContain("\r");
        read.Should().BeEquivalentTo(baseline);
    }

    [Fact]
    public void Every_benchmark_in_the_committed_baseline_is_still_guarded()
    {
        // A benchmark renamed, removed or moved out of the guard after the release would make every guard run fail as
        // Missing: caught here, on every change, rather than on the day of the next release. A new benchmark may wait
        // for the release's baseline (the guard shows it as New).
        string[] guarded =
        [
            .. GuardedBenchmarks.Types
                .SelectMany(type => BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases)
                .Where(GuardMeasurements.IsGuarded)
                .Select(GuardMeasurements.NameOf),
        ];

        GuardBaseline committed = GuardBaseline.Load(Path.Combine(GuardCommand.FindRepositoryRoot(), "benchmarks", "baseline.json"));

        committed.Benchmarks.Select(m => m.Name).Should().BeSubsetOf(guarded).And.OnlyHaveUniqueItems();
        committed.Benchmarks.Should().OnlyContain(m => m.Ratio > 0 && m.AllocatedBytes >= 0);
    }
}
