using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ArabicNews.Cli;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Cli;

/// <summary>
/// The tool end to end, in-process, on one worker, over <see cref="Articles"/> distinct articles
/// (<see cref="DistinctArticles"/>): <c>arabic-news parse -j 1 FOLDER</c> over one file per article and
/// <c>arabic-news parse -j 1 --input jsonl FILE</c> over the same articles as JSON Lines records, output (JSON Lines,
/// UTF-8) to <see cref="Stream.Null"/>. Reading, decoding, parsing and writing are all measured.
/// </summary>
/// <remarks>
/// Baseline: the library's own loop over the same texts already in memory, parsing each and writing its JSON as the
/// tool does (<see cref="LibraryLoop"/>); <see cref="ParseOnly"/> shows the parse alone. Ceiling: <c>cat</c> of the
/// folder, reading every file's bytes and writing them. One worker, so that the time and the allocations measured are
/// the tool's own, on the calling thread, the same in every run; how the tool scales over cores is measured as
/// processes (<c>benchmarks/tool-scaling.sh</c>).
/// </remarks>
[Config(typeof(BenchmarkConfig))]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes through [GlobalCleanup].")]
public class CliCorpusBenchmarks
{
    /// <summary>How many distinct articles the corpus holds.</summary>
    public const int Articles = 2_000;

    private readonly ArrayBufferWriter<byte> _json = new(64 * 1024);
    private string _folder = string.Empty;
    private string[] _texts = [];
    private string[] _files = [];
    private string[] _folderArguments = [];
    private string[] _jsonlArguments = [];
    private Utf8JsonWriter _writer = null!;

    /// <summary>Writes the corpus as files and as one JSON Lines file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("arabic-news-bench-").FullName;
        string articles = Directory.CreateDirectory(Path.Combine(_folder, "articles")).FullName;
        _texts = DistinctArticles.Build(Articles);
        _writer = new Utf8JsonWriter(_json, ArticleJson.WriterOptions);
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

        _folderArguments = ["parse", "--format", "jsonl", "--parallel", "1", articles];
        _jsonlArguments = ["parse", "--format", "jsonl", "--parallel", "1", "--input", "jsonl", jsonl];
        if (CliFolder() != 0 || CliJsonl() != 0)
        {
            throw new InvalidOperationException("arabic-news parse failed on the corpus.");
        }
    }

    /// <summary>Deletes the corpus.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>
    /// The library's loop that gives the tool's output: <see cref="ArticleParser.Parse(string, ArticleParserOptions?)"/>
    /// and <see cref="ArticleJson.Write"/> of every text, with one reused writer and buffer.
    /// </summary>
    /// <returns>The number of bytes of JSON.</returns>
    [Benchmark(Baseline = true)]
    public long LibraryLoop()
    {
        long bytes = 0;
        foreach (string text in _texts)
        {
            _json.ResetWrittenCount();
            _writer.Reset(_json);
            ArticleJson.Write(_writer, ArticleParser.Parse(text));
            _writer.Flush();
            bytes += _json.WrittenCount;
        }

        return bytes;
    }

    /// <summary>The library's parse alone over the texts: the share of the loop that is parsing.</summary>
    /// <returns>The number of meetings found.</returns>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Reference)]
    public int ParseOnly()
    {
        int meetings = 0;
        foreach (string text in _texts)
        {
            meetings += ArticleParser.Parse(text).Meetings.Count;
        }

        return meetings;
    }

    /// <summary><c>arabic-news parse --format jsonl --parallel 1 FOLDER</c>.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark]
    public int CliFolder() => Run(_folderArguments);

    /// <summary><c>arabic-news parse --format jsonl --parallel 1 --input jsonl FILE</c>.</summary>
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
