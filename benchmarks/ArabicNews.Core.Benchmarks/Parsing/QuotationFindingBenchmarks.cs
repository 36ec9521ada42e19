using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ArabicNews.Core.Benchmarks.Baselines;
using ArabicNews.Core.Parsing.Quotations;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Parsing;

/// <summary>
/// Finding the quotations of the five seed articles, concatenated, normalized beforehand and repeated 10 times
/// (166,438 characters), paragraph by paragraph as the parser does.
/// </summary>
/// <remarks>
/// Baseline: a non-backtracking <see cref="Regex"/> for “…”, «…» and "…" within one line (no nesting, no unbalanced
/// marks, no glued proclitics). Ceiling: copying the same text.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class QuotationFindingBenchmarks
{
    private readonly List<Quotation> _results = new(1024);
    private readonly List<(int Start, int End)> _paragraphs = [];
    private string _text = string.Empty;
    private char[] _copy = [];

    /// <summary>Builds the corpus and its paragraph boundaries.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.Repeated(SeedArticles.JoinedNormalized(), 10);
        _copy = new char[_text.Length];
        int start = 0;
        while (start < _text.Length)
        {
            int end = _text.IndexOf('\n', start);
            end = end < 0 ? _text.Length : end;
            if (end > start)
            {
                _paragraphs.Add((start, end));
            }

            start = end + 1;
        }

        if (QuotationFinder() == 0)
        {
            throw new InvalidOperationException("The seeds contain no quotations: the benchmark would measure nothing.");
        }
    }

    /// <summary>The naive pattern over the whole text.</summary>
    /// <returns>The number of quotations.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveRegex() => NaiveBaselines.QuotationRegex.Count(_text);

    /// <summary><c>QuotationFinder.Find</c> on every paragraph.</summary>
    /// <returns>The number of quotations.</returns>
    [Benchmark]
    public int QuotationFinder()
    {
        _results.Clear();
        foreach ((int start, int end) in _paragraphs)
        {
            ArabicNews.Core.Parsing.Quotations.QuotationFinder.Find(_text, start, end, _results);
        }

        return _results.Count;
    }

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
