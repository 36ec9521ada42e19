using System;
using System.IO;
using System.Runtime.CompilerServices;
using ArabicNews.Core.Tests.Parsing;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Golden;

/// <summary>
/// The full JSON of each seed article, reviewed by hand and kept in <c>Golden/Expected/</c>. Set
/// <c>ARABICNEWS_UPDATE_GOLDEN=1</c> to rewrite them after a deliberate change, then review the diff.
/// </summary>
public sealed class SeedGoldenTests
{
    [Theory]
    [MemberData(nameof(ArticleParserTests.SeedNames), MemberType = typeof(ArticleParserTests))]
    public void SeedOutput_MatchesTheReviewedGoldenFile(string name)
    {
        string actual = ArticleJson.Serialize(ArticleParser.Parse(ArticleParserTests.Seed(name)), "seeds/" + name, indented: true).ReplaceLineEndings("\n") + "\n";
        string path = Path.Combine(SourceDirectory(), "Expected", Path.ChangeExtension(name, ".json"));
        if (Environment.GetEnvironmentVariable("ARABICNEWS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the golden file {path} exists (set ARABICNEWS_UPDATE_GOLDEN=1 to create it)");
        actual.Should().Be(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
