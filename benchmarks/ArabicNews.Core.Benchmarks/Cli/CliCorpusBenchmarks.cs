using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using ArabicNews.Cli;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Cli;

/// <summary>
/// The tool end to end, in-process, over <see cref="Articles"/> distinct articles (<see cref="DistinctArticles"/>) on
/// 1 and 2 workers: <c>arabic-news parse -j N FOLDER</c> over one file per article and <c>arabic-news parse -j N
/// --input jsonl FILE</c> over the same articles as JSON Lines records, output (JSON Lines, UTF-8) to
/// <see cref="Stream.Null"/>. Reading, decoding, parsing and writing are all measured.
/// </summary>
/// <remarks>
/// Baseline: the library's own loop, <see cref="ArticleParser.Parse(string, ArticleParserOptions?)"/> over the same
/// texts already in memory, on as many threads. Ceiling: <c>cat</c> of the folder, reading every file's bytes and
/// writing them. Not guarded: its second worker belongs to whatever else the machine runs.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class CliCorpusBenchmarks
{
    /// <summary>How many distinct articles the corpus holds.</summary>
    public const int Articles = 2_000;

    private string _folder = string.Empty;
    private string[] _texts = [];
    private string[] _files = [];
    private string[] _folderArguments = [];
    private string[] _jsonlArguments = [];

    /// <summary>Gets or sets how many articles are parsed at once.</summary>
    [Params(1, 2)]
    public int Parallelism { get; set; }

    /// <summary>Writes the corpus as files and as one JSON Lines file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("arabic-news-bench-").FullName;
        string articles = Directory.CreateDirectory(Path.Combine(_folder, "articles")).FullName;
        _texts = DistinctArticles.Build(Articles);
        _files = new string[_texts.Length];
        string jsonl = Path.Combine(_folder, "articles.jsonl");
        using (FileStream records = File.Create(jsonl))
        using (var writer = new Utf8JsonWriter(records, ArticleJson.WriterOptions))
        {
            for (int i = 0; i < _texts.Length; i++)
            {
                string id = i.ToString("D5", CultureInfo.InvariantCulture);
                _files[i] = Path.Combine(articles, id + ".txt");
                File.WriteAllText(_files[i], _texts[i]);
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("text", _texts[i]);
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                records.WriteByte((byte)'\n');
            }
        }

        string parallelism = Parallelism.ToString(CultureInfo.InvariantCulture);
        _folderArguments = ["parse", "--format", "jsonl", "--parallel", parallelism, articles];
        _jsonlArguments = ["parse", "--format", "jsonl", "--parallel", parallelism, "--input", "jsonl", jsonl];
        if (CliFolder() != 0 || CliJsonl() != 0)
        {
            throw new InvalidOperationException("arabic-news parse failed on the corpus.");
        }
    }

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The library's loop over the texts, on <see cref="Parallelism"/> threads.</summary>
    /// <returns>The number of meetings found.</returns>
    [Benchmark(Baseline = true)]
    public int LibraryLoop()
    {
        int meetings = 0;
        Parallel.ForEach(_texts, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, text =>
        {
            int found = ArticleParser.Parse(text).Meetings.Count;
            System.Threading.Interlocked.Add(ref meetings, found);
        });
        return meetings;
    }

    /// <summary><c>arabic-news parse --format jsonl --parallel N FOLDER</c>.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark]
    public int CliFolder() => Run(_folderArguments);

    /// <summary><c>arabic-news parse --format jsonl --parallel N --input jsonl FILE</c>.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark]
    public int CliJsonl() => Run(_jsonlArguments);

    /// <summary>The ceiling: <c>cat</c> of the folder, every file's bytes read and written.</summary>
    /// <returns>The number of bytes.</returns>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public long Cat()
    {
        long bytes = 0;
        foreach (string file in _files)
        {
            byte[] content = File.ReadAllBytes(file);
            Stream.Null.Write(content);
            bytes += content.Length;
        }

        return bytes;
    }

    private static int Run(string[] arguments) =>
        ArabicNewsTool.Run(arguments, new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null) { OutStream = Stream.Null });
}
