using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ArabicNews.Core.Tests.Text;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The real articles the fuzzer starts from: the five seeds and the ten outlet-style fixtures.</summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<string[]> LazyArticles = new(Load);

    /// <summary>Every article, seeds first, each in file-name order.</summary>
    public static string[] Articles => LazyArticles.Value;

    /// <summary>Every paragraph (text between blank lines) of every article, for building new articles.</summary>
    public static string[] Paragraphs { get; } = Articles
        .SelectMany(a => a.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(p => p.Length > 0)
        .ToArray();

    private static string[] Load()
    {
        string fixtures = Path.Combine(SourceDirectory(), "..", "Fixtures", "articles");
        return SeedText.Files
            .Concat(Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
