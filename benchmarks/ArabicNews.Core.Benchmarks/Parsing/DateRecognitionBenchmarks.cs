using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Text;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Parsing;

/// <summary>
/// Finding the date expressions of the five seed articles (<c>seeds/*.txt</c>, Russia–Azerbaijan relations 2021–2024),
/// concatenated and normalized with <see cref="NormalizationOptions.Search"/> beforehand, against the anchor 2024-04-22.
/// </summary>
/// <remarks>
/// Baseline: a non-backtracking <see cref="Regex"/> for day–month–year with the Egyptian/Gulf and Levantine month
/// names, the way one would write it naively (no pairs, lists, weekdays, relative words or Hijri dates, no values).
/// Ceiling: copying the same text.
/// </remarks>
[MemoryDiagnoser]
public class DateRecognitionBenchmarks
{
    private readonly List<DateMatch> _results = new(1024);
    private readonly DateOnly _anchor = new(2024, 4, 22);
    private string _text = string.Empty;
    private char[] _copy = Array.Empty<char>();
    private Regex _regex = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.JoinedNormalized();
        _copy = new char[_text.Length];
        _regex = NaiveBaselines.DateRegex;
    }

    /// <summary>The number of UTF-16 characters scanned per operation (for MB/s: chars × 2 / time).</summary>
    public int TextLength => _text.Length;

    [Benchmark(Baseline = true)]
    public int NaiveRegex() => _regex.Count(_text);

    [Benchmark]
    public int DateRecognizer()
    {
        _results.Clear();
        ArabicNews.Core.Parsing.Dates.DateRecognizer.Recognize(_text, _anchor, _results);
        return _results.Count;
    }

    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int MemoryCopy()
    {
        _text.AsSpan().CopyTo(_copy);
        return _copy.Length;
    }
}
