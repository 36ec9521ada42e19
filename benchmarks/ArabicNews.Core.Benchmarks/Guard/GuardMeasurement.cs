namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>What the guard keeps of one benchmark: its time relative to its group's baseline, and its allocations.</summary>
/// <param name="Name">The permanent name: <c>Class.Method</c>, then the parameters, such as <c>ArticleParseBenchmarks.Parse(Seed=000_7788d47285f976e4.txt)</c>.</param>
/// <param name="Ratio">The median, over interleaved rounds, of the benchmark's time over the time of the baseline with the same parameters in the same round (lower is faster).</param>
/// <param name="AllocatedBytes">The bytes allocated per operation.</param>
public sealed record GuardMeasurement(string Name, double Ratio, long AllocatedBytes);
