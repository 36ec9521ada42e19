using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace ArabicNews.Core.Benchmarks;

/// <summary>The configuration every benchmark class shares: allocations are reported beside times.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="BenchmarkConfig"/> class.</summary>
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
