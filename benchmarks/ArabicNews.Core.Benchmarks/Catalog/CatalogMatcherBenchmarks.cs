using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Catalog;

/// <summary>
/// Finding catalog names in the five seed articles (<c>seeds/*.txt</c>, Russia–Azerbaijan relations 2021–2024),
/// concatenated and normalized with <see cref="NormalizationOptions.Search"/> beforehand.
/// </summary>
/// <remarks>
/// Baseline: an interpreted <see cref="Regex"/> alternation of every normalized alias, demonym and role title (longest
/// first) between letter/digit boundaries, the way one would write it naively (no proclitics, no role dates).
/// Ceiling: copying the same text. The first-use cost of the generated catalog is measured by <see cref="CreateCatalog"/>.
/// </remarks>
[MemoryDiagnoser]
public class CatalogMatcherBenchmarks
{
    private readonly List<CatalogMatch> _results = new(4096);
    private string _text = string.Empty;
    private char[] _copy = Array.Empty<char>();
    private Regex _regex = null!;
    private CatalogMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.JoinedNormalized();
        _copy = new char[_text.Length];
        _matcher = EntityCatalog.Default.Matcher;

        _regex = NaiveBaselines.BuildNameRegex();
    }

    /// <summary>The number of UTF-16 characters scanned per operation (for MB/s: chars × 2 / time).</summary>
    public int TextLength => _text.Length;

    [Benchmark(Baseline = true)]
    public int NaiveRegex() => _regex.Count(_text);

    [Benchmark]
    public int CatalogMatcher()
    {
        _results.Clear();
        _matcher.FindMatches(_text, new DateOnly(2022, 2, 22), _results);
        return _results.Count;
    }

    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int MemoryCopy()
    {
        _text.AsSpan().CopyTo(_copy);
        return _copy.Length;
    }

    /// <summary>What the first access to <c>EntityCatalog.Default</c> costs: entities and tables built from generated constants.</summary>
    [Benchmark]
    public EntityCatalog CreateCatalog() => Entities.CreateCatalog();
}
