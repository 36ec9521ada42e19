using System;
using ArabicNews.Core.Benchmarks.Catalog;
using ArabicNews.Core.Benchmarks.Cli;
using ArabicNews.Core.Benchmarks.Parsing;
using ArabicNews.Core.Benchmarks.Text;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The benchmark classes the guard runs: every hot path. <see cref="ParseScalingBenchmarks"/> is left out, because
/// what it measures (the second core) belongs to whatever else the machine runs.
/// </summary>
internal static class GuardedBenchmarks
{
    /// <summary>Gets the classes, in the order they run and are listed.</summary>
    public static Type[] Types { get; } =
    [
        typeof(NormalizationBenchmarks),
        typeof(CatalogMatcherBenchmarks),
        typeof(DateRecognitionBenchmarks),
        typeof(QuotationFindingBenchmarks),
        typeof(ArticleParseBenchmarks),
        typeof(CorpusParseBenchmarks),
        typeof(CliFolderParseBenchmarks),
        typeof(CliCorpusBenchmarks),
    ];
}
