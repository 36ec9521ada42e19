using System;
using System.Globalization;
using System.IO;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Cli;

/// <summary>
/// The tool end to end, in-process, on one core: <c>arabic-news parse --format jsonl --parallel 1 FOLDER</c> over a temporary folder holding
/// <see cref="CopiesOfEachSeed"/> copies of each seed (100 files, 334,060 characters, 605 KB of UTF-8), output (UTF-8) to <see cref="Stream.Null"/>.
/// Reading, decoding, parsing and serializing are all measured. One worker, like the naive tool it is compared with,
/// so that its time and its allocations are the tool's own, on the calling thread, the same in every run (with
/// workers, how many waits for a free worker allocate depends on the timing); how parsing scales over cores is
/// <see cref="Parsing.ParseScalingBenchmarks"/>' subject.
/// </summary>
/// <remarks>
/// Baseline: a naive tool that reads every file and runs the naive pipeline without the name alternation on it, then
/// writes one line of counts. Ceiling: reading every file and writing its text.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class CliFolderParseBenchmarks
{
    /// <summary>How many copies of each seed the folder holds.</summary>
    public const int CopiesOfEachSeed = 20;

    private string _folder = string.Empty;
    private string[] _files = [];
    private string[] _arguments = [];

    /// <summary>Creates the folder of seed copies.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("arabic-news-bench-").FullName;
        foreach (string seed in SeedArticles.Files())
        {
            for (int copy = 0; copy < CopiesOfEachSeed; copy++)
            {
                File.Copy(seed, Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{copy:D2}_{Path.GetFileName(seed)}")));
            }
        }

        _files = Directory.GetFiles(_folder);
        _arguments = ["parse", "--format", "jsonl", "--parallel", "1", _folder];
        if (Parse() != 0)
        {
            throw new InvalidOperationException("arabic-news parse failed on the folder of seeds.");
        }
    }

    /// <summary>Deletes the folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The naive tool.</summary>
    /// <returns>The number of dates and quotations found.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveTool()
    {
        int found = 0;
        foreach (string file in _files)
        {
            int count = NaiveBaselines.NormalizeAndCountDatesAndQuotations(File.ReadAllText(file));
            TextWriter.Null.WriteLine(count);
            found += count;
        }

        return found;
    }

    /// <summary><c>arabic-news parse --format jsonl --parallel 1 FOLDER</c>.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark]
    public int Parse() => ArabicNews.Cli.ArabicNewsTool.Run(_arguments, new ArabicNews.Cli.CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null) { OutStream = Stream.Null });

    /// <summary>The ceiling: reading every file and writing its text.</summary>
    /// <returns>The number of characters read.</returns>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int ReadAndWrite()
    {
        int read = 0;
        foreach (string file in _files)
        {
            string text = File.ReadAllText(file);
            TextWriter.Null.Write(text);
            read += text.Length;
        }

        return read;
    }
}
