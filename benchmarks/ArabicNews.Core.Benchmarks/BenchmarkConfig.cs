using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace ArabicNews.Core.Benchmarks;

/// <summary>
/// The configuration every benchmark class shares: allocations are reported beside times, and the median beside
/// the mean because the machines these run on are shared and noisy.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="BenchmarkConfig"/> class.</summary>
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}
