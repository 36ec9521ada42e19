using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>No regular expression in <c>src/</c> can backtrack without bound: each has a timeout or is non-backtracking.</summary>
public sealed class RegexSafetyTests
{
    [Fact]
    public void NoSourceFile_BuildsARegexWithoutATimeoutOrNonBacktracking()
    {
        string src = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", "..", "src"));
        string[] files = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        files.Should().Contain(f => f.EndsWith("ArticleParser.cs", StringComparison.Ordinal), "the scan must see the library's sources");

        files.SelectMany(f => RegexCallScanner.FindUnbounded(File.ReadAllText(f)).Select(call => Path.GetRelativePath(src, f) + ": " + call))
            .Should().BeEmpty();
    }

    [Fact]
    public void NoRegexField_InTheLibrary_CanBacktrackWithoutBound()
    {
        Assembly library = typeof(ArticleParser).Assembly;
        var regexes = library.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(Regex) && !f.DeclaringType!.ContainsGenericParameters)
            .Select(f => (Field: f.DeclaringType!.Name + "." + f.Name, Regex: (Regex?)f.GetValue(null)))
            .Where(r => r.Regex is not null)
            .ToList();
        library.GetTypes().Should().NotBeEmpty();
        regexes.Where(r => r.Regex!.MatchTimeout == Regex.InfiniteMatchTimeout && !r.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(r => r.Field)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData("var r = new Regex(\"(a+)+$\");", true)]
    [InlineData("var r = new System.Text.RegularExpressions.Regex(pattern, RegexOptions.Compiled);", true)]
    [InlineData("bool b = Regex.IsMatch(text, \"(x|y)*\");", true)]
    [InlineData("string s = Regex .Replace(a, \"b\", \"c\");", true)]
    [InlineData("[GeneratedRegex(\"a+\")] private static partial Regex A();", true)]
    [InlineData("[GeneratedRegex(\"a+\", RegexOptions.IgnoreCase)] private static partial Regex A();", true)]
    [InlineData("var r = new Regex(\"(a+)+$\", RegexOptions.NonBacktracking);", false)]
    [InlineData("var r = new Regex(Build(x), RegexOptions.None, TimeSpan.FromSeconds(1));", false)]
    [InlineData("bool b = Regex.IsMatch(text, \"a\", RegexOptions.None, matchTimeout: limit);", false)]
    [InlineData("[GeneratedRegex(\"a+\", RegexOptions.None, 1000)] private static partial Regex A();", false)]
    [InlineData("// Regex is mentioned, RegexOptions too, but nothing is built: Regexes(\"x\")", false)]
    public void Scanner_FlagsExactlyTheUnboundedCalls(string source, bool flagged) =>
        RegexCallScanner.FindUnbounded(source).Should().HaveCount(flagged ? 1 : 0, source);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
