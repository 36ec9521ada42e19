using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArabicNews.Core.Benchmarks;

/// <summary>
/// Many distinct articles made from the seeds and the fixtures (articles in other outlets' styles): each keeps the
/// title and first paragraph of one source and shuffles the rest of its paragraphs with one to three paragraphs of
/// another, so no two texts are the same and no text is one repeated (a loop over one text measures warm caches).
/// </summary>
internal static class DistinctArticles
{
    /// <summary>Gets the folder the fixtures are copied to.</summary>
    public static string FixturesFolder { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>Builds <paramref name="count"/> articles, the same ones on every call (seeded shuffles).</summary>
    /// <param name="count">How many.</param>
    /// <returns>The texts, each ending with its number.</returns>
    public static string[] Build(int count)
    {
        string[][] sources = [.. SeedArticles.Files().Concat(Directory.GetFiles(FixturesFolder, "*.txt").Order(StringComparer.Ordinal))
            .Select(static path => File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        var random = new Random(19);
        string[] articles = new string[count];
        for (int i = 0; i < count; i++)
        {
            string[] source = sources[i % sources.Length];
            string[] other = sources[random.Next(sources.Length)];
            List<string> body = [.. source.Skip(2), .. other.Skip(1).OrderBy(_ => random.Next()).Take(random.Next(1, 4))];
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(body));
            articles[i] = string.Join("\n\n", [.. source.Take(2), .. body, i.ToString(CultureInfo.InvariantCulture)]) + "\n";
        }

        return articles;
    }
}
