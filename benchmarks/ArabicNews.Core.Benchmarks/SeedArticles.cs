using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Benchmarks;

/// <summary>
/// The five reference articles in <c>seeds/</c> (Russia–Azerbaijan relations 2021–2024), copied next to the
/// benchmarks, and the corpora the benchmarks build from them.
/// </summary>
internal static class SeedArticles
{
    /// <summary>Gets the folder the seeds are copied to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Gets the seed files, in ordinal order.</summary>
    /// <returns>The full paths.</returns>
    public static string[] Files() => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Reads one seed.</summary>
    /// <param name="name">The file name, such as <c>000_7788d47285f976e4.txt</c>.</param>
    /// <returns>The article's text.</returns>
    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>Gets the seeds joined by blank lines, as published.</summary>
    /// <returns>The text.</returns>
    public static string Joined() => string.Join("\n\n", Files().Select(File.ReadAllText));

    /// <summary>Gets the seeds normalized with <see cref="NormalizationOptions.Search"/> and joined by blank lines.</summary>
    /// <returns>The text (16,642 characters).</returns>
    public static string JoinedNormalized() => string.Join("\n\n", Files().Select(path => ArabicNormalizer.Normalize(File.ReadAllText(path))));

    /// <summary>Gets <paramref name="text"/> repeated <paramref name="times"/> times, joined by blank lines.</summary>
    /// <param name="text">The text.</param>
    /// <param name="times">How many copies.</param>
    /// <returns>The corpus.</returns>
    public static string Repeated(string text, int times) => string.Join("\n\n", Enumerable.Repeat(text, times));

    /// <summary>
    /// Builds an article of exactly <paramref name="utf8Bytes"/> bytes of UTF-8 (give or take one character) from the
    /// seeds' non-empty lines, taken in turn and repeated as often as needed, separated by blank lines.
    /// </summary>
    /// <param name="utf8Bytes">The size in UTF-8 bytes, as the file would be on disk.</param>
    /// <returns>The article.</returns>
    public static string OfSize(int utf8Bytes)
    {
        List<string> paragraphs = [.. Files().SelectMany(File.ReadAllLines).Where(line => !string.IsNullOrWhiteSpace(line))];
        var builder = new StringBuilder(utf8Bytes);
        int bytes = 0;
        for (int i = 0; bytes < utf8Bytes; i++)
        {
            string paragraph = (builder.Length == 0 ? string.Empty : "\n\n") + paragraphs[i % paragraphs.Count];
            foreach (char c in paragraph)
            {
                if (bytes >= utf8Bytes)
                {
                    break;
                }

                builder.Append(c);
                bytes += Encoding.UTF8.GetByteCount([c]);
            }
        }

        return builder.ToString();
    }
}
