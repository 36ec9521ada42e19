using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Parsing;

/// <summary>
/// How <see cref="ArticleParser.Parse"/> scales: articles of 1 KB to 1 MB of UTF-8 built from the seeds' paragraphs,
/// parsed by 1, 2 and all cores at once (each thread parses its own copy of the work: one article per thread per operation).
/// </summary>
/// <remarks>
/// Cost should grow linearly with <see cref="SizeBytes"/> (time per KB flat) and throughput
/// (<see cref="Threads"/> × <see cref="SizeBytes"/> / time) with <see cref="Threads"/> up to the number of free cores.
/// Not guarded: the second core is shared with whatever else the machine runs. <c>plot-scaling.py</c> turns the CSV
/// BenchmarkDotNet writes into the table and the plot in <c>benchmarks/README.md</c>.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class ParseScalingBenchmarks
{
    private string _text = string.Empty;
    private ParallelOptions _options = new();

    /// <summary>Gets the thread counts: 1, 2 and all cores (each once).</summary>
    public static IEnumerable<int> ThreadCounts => new[] { 1, 2, Environment.ProcessorCount }.Distinct().Order();

    /// <summary>Gets or sets the number of threads parsing at once.</summary>
    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    /// <summary>Gets or sets the article's size in bytes of UTF-8.</summary>
    [Params(1024, 10 * 1024, 100 * 1024, 1024 * 1024)]
    public int SizeBytes { get; set; }

    /// <summary>Builds the article.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = SeedArticles.OfSize(SizeBytes);
        _options = new ParallelOptions { MaxDegreeOfParallelism = Threads };
    }

    /// <summary>Parses the article once on each of <see cref="Threads"/> threads.</summary>
    /// <returns>The number of statements found, summed.</returns>
    [Benchmark]
    public int Parse()
    {
        int statements = 0;
        Parallel.For(0, Threads, _options, _ => Interlocked.Add(ref statements, ArticleParser.Parse(_text).Statements.Count));
        return statements;
    }
}
