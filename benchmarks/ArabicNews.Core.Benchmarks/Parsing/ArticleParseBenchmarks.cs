using System;
using System.Text.RegularExpressions;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Parsing;

/// <summary>
/// Full <see cref="ArticleParser.Parse"/> of each seed article (<c>seeds/*.txt</c>), single-threaded, results included.
/// </summary>
/// <remarks>
/// Baseline: a naive pipeline that only finds things (chained-replace normalization, then a name alternation, a
/// day–month–year pattern and a quotation pattern), with no segmentation, no spans mapped back and no extraction.
/// Ceiling: copying the same text.
/// </remarks>
[MemoryDiagnoser]
public class ArticleParseBenchmarks
{
    private static readonly Regex Names = NaiveBaselines.BuildNameRegex();
    private string _text = string.Empty;
    private char[] _copy = Array.Empty<char>();

    /// <summary>Gets or sets the seed article parsed.</summary>
    [Params("000_7788d47285f976e4.txt", "001_b5b12b844ce0d8d8.txt", "002_761cb0edd2caddef.txt", "003_fe381b2efaed3531.txt", "004_584aa30879799b75.txt")]
    public string Seed { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.Read(Seed);
        _copy = new char[_text.Length];
    }

    [Benchmark(Baseline = true)]
    public int NaivePipeline()
    {
        string normalized = NaiveBaselines.NormalizeByReplacing(_text);
        return Names.Count(normalized) + NaiveBaselines.CountDatesAndQuotations(normalized);
    }

    [Benchmark]
    public Article Parse() => ArticleParser.Parse(_text);

    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int MemoryCopy()
    {
        _text.AsSpan().CopyTo(_copy);
        return _copy.Length;
    }
}
