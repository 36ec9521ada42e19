using System;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Parsing;

/// <summary>
/// Full <see cref="ArticleParser.Parse"/> of one synthetic article: the five seeds joined and repeated 100 times
/// (1,671,298 characters, 3.0 MB of UTF-8), single-threaded, results included.
/// </summary>
/// <remarks>
/// Baseline: the naive pipeline without the name alternation (chained-replace normalization, then the date and
/// quotation patterns); with the alternation it would take about 30 s per operation here. Ceiling: copying the same text.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class CorpusParseBenchmarks
{
    private const int Copies = 100;
    private string _text = string.Empty;
    private char[] _copy = [];

    /// <summary>Builds the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.Repeated(SeedArticles.Joined(), Copies);
        _copy = new char[_text.Length];
    }

    /// <summary>The naive pipeline without names.</summary>
    /// <returns>The number of dates and quotations found.</returns>
    [Benchmark(Baseline = true)]
    public int NaivePipeline() => NaiveBaselines.NormalizeAndCountDatesAndQuotations(_text);

    /// <summary>The whole parse.</summary>
    /// <returns>The article.</returns>
    [Benchmark]
    public Article Parse() => ArticleParser.Parse(_text);

    /// <summary>The ceiling: copying the same text.</summary>
    /// <returns>The number of characters copied.</returns>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int MemoryCopy()
    {
        _text.AsSpan().CopyTo(_copy);
        return _copy.Length;
    }
}
