using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// The fuzzing harness. CI spends <see cref="DefaultSeconds"/> seconds on seeds from 1; set
/// <c>ARABICNEWS_FUZZ_SECONDS</c> to run for hours, <c>ARABICNEWS_FUZZ_SEED</c> to start elsewhere (or replay a
/// failure), and <c>ARABICNEWS_FUZZ_LOG</c> to a file that receives progress and failures as they happen.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeconds = 60;

    [Fact]
    [Trait("Category", "Fuzz")]
    public void EverySeed_KeepsEveryProperty()
    {
        int seconds = Setting("ARABICNEWS_FUZZ_SECONDS", DefaultSeconds);
        int firstSeed = Setting("ARABICNEWS_FUZZ_SEED", 1);
        string? logFile = Environment.GetEnvironmentVariable("ARABICNEWS_FUZZ_LOG");
        FuzzReport report = FuzzRunner.Run(firstSeed, TimeSpan.FromSeconds(seconds), line =>
        {
            if (logFile is not null)
            {
                File.AppendAllText(logFile, line + "\n");
            }
        });

        string summary = string.Create(CultureInfo.InvariantCulture, $"fuzz: seeds {report.FirstSeed}..{report.FirstSeed + report.SeedsRun - 1} ({report.SeedsRun} seeds) in {report.Elapsed.TotalSeconds:F1} s, {report.Failures.Count} failures");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        report.SeedsRun.Should().BePositive();
        report.Failures.Should().BeEmpty(string.Join("\n\n", report.Failures));
    }

    [Fact]
    public void TheSameSeed_GivesTheSameInput_AndSeedsDiffer()
    {
        FuzzInput.Create(42).Should().Be(FuzzInput.Create(42));
        Enumerable.Range(0, 20).Select(FuzzInput.Create).Distinct(StringComparer.Ordinal).Should().HaveCount(20);
    }

    [Theory]
    [InlineData(nameof(MutationKind.FlipCharacter))]
    [InlineData(nameof(MutationKind.InsertCharacter))]
    [InlineData(nameof(MutationKind.DeleteRange))]
    [InlineData(nameof(MutationKind.DuplicateRange))]
    [InlineData(nameof(MutationKind.SpliceArticles))]
    [InlineData(nameof(MutationKind.Truncate))]
    [InlineData(nameof(MutationKind.InjectQuoteMarks))]
    [InlineData(nameof(MutationKind.InjectBidiControls))]
    [InlineData(nameof(MutationKind.InjectLoneSurrogates))]
    [InlineData(nameof(MutationKind.InjectControls))]
    [InlineData(nameof(MutationKind.InjectPresentationForms))]
    [InlineData(nameof(MutationKind.ChangeLineEndings))]
    public void EveryMutation_ChangesTheArticle(string name)
    {
        MutationKind kind = Enum.Parse<MutationKind>(name);
        string article = FuzzCorpus.Articles[0];
        var random = new Random(7);
        Enumerable.Range(0, 10).Select(_ => ArticleMutator.Apply(kind, random, article, FuzzCorpus.Articles))
            .Should().Contain(mutated => !string.Equals(mutated, article, StringComparison.Ordinal), kind.ToString());
    }

    [Fact]
    public void HugeMutations_AreAsLargeAsPromised()
    {
        string line = ArticleMutator.MegabyteLine(FuzzCorpus.Articles[0]);
        line.Should().HaveLength(ArticleMutator.MegabyteLineLength);
        line.Should().NotContainAny("\n", "\r");

        string quotes = ArticleMutator.UnbalancedQuotes(new Random(3));
        quotes.Count(c => c is '"' or '«' or '“' or '„' or '\'').Should().Be(ArticleMutator.UnbalancedQuoteCount);
        quotes.Should().NotContainAny("»", "”");
    }

    [Fact]
    public void GeneratedArticles_ExerciseEveryPartOfTheParser()
    {
        var random = new Random(11);
        Article[] articles = Enumerable.Range(0, 60).Select(_ => ArticleParser.Parse(ArticleGenerator.Generate(random, FuzzCorpus.Paragraphs))).ToArray();
        articles.Should().Contain(a => a.Title != null);
        articles.Should().Contain(a => a.Boilerplate.Count > 0);
        articles.Should().Contain(a => a.Dates.Count > 0);
        articles.Should().Contain(a => a.Statements.Count > 0);
        articles.Should().Contain(a => a.Meetings.Count > 0);
        articles.Should().Contain(a => a.Mentions.Count > 0);
    }

    [Fact]
    public void Invariants_CatchASpanThatPointsElsewhere()
    {
        Article article = ArticleParser.Parse("قال بوتين إن الحوار مستمر.");
        Mention mention = article.Mentions.Should().ContainSingle().Subject;
        Article shifted = article with { Mentions = [mention with { Span = new TextSpan(mention.Span.Start + 1, mention.Span.Length) }] };
        Article outside = article with { Paragraphs = [new TextSpan(0, article.Text.Length + 1)] };

        ArticleInvariants.CheckSpans(article).Should().BeNull();
        ArticleInvariants.CheckSpans(shifted)!.Property.Should().Be("mention text");
        ArticleInvariants.CheckSpans(outside)!.Property.Should().Be("paragraph span");
    }

    [Fact]
    public void Minimizer_KeepsOnlyWhatTheFailureNeeds()
    {
        string input = new string('ا', 500) + "X\uD800" + new string('ب', 500);
        FuzzMinimizer.Minimize(input, text => text.Contains("X\uD800", StringComparison.Ordinal), TimeSpan.FromSeconds(10))
            .Should().Be("X\uD800");
    }

    [Fact]
    public void Failures_PrintTheSeedAndAReproduction()
    {
        var failure = new FuzzFailure(17, new Violation("exception", "boom"), "قال \"\u202E\0");
        string report = failure.ToString();
        report.Should().Contain("ARABICNEWS_FUZZ_SEED=17").And.Contain("exception: boom");
        report.Should().EndWith("ArticleParser.Parse(\"قال \\\"\\u202E\\u0000\")");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
