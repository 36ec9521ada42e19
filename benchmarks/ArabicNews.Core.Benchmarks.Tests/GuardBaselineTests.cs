using ArabicNews.Core.Benchmarks.Guard;
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
}
