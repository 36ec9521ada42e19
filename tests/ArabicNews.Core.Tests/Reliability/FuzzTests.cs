using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CsCheck;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// The fuzzing harness, on CsCheck. CI spends <see cref="DefaultSeconds"/> seconds on random seeds; set
/// <c>ARABICNEWS_FUZZ_SECONDS</c> to run for hours, <c>ARABICNEWS_FUZZ_SEED</c> to the CsCheck seed a failure printed to
/// replay it (with <c>ARABICNEWS_FUZZ_SECONDS=0</c>, only that input), and <c>ARABICNEWS_FUZZ_LOG</c> to a file that
/// receives progress and failures as they happen.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeconds = 60;
    private static readonly System.Threading.Lock LogLock = new();

    [Fact]
    [Trait("Category", "Fuzz")]
    public void EveryInput_KeepsEveryProperty()
    {
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("ARABICNEWS_FUZZ_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : DefaultSeconds;
        string? seed = Environment.GetEnvironmentVariable("ARABICNEWS_FUZZ_SEED") is { Length: > 0 } given ? given.Trim() : null;
        string? logFile = Environment.GetEnvironmentVariable("ARABICNEWS_FUZZ_LOG");
        FuzzReport report = FuzzRunner.Run(FuzzInput.Generator, FuzzRunner.KeepsEveryProperty, seed, seconds, line =>
        {
            if (logFile is not null)
            {
                lock (LogLock)
                {
                    File.AppendAllText(logFile, line + "\n");
                }
            }
        });

        string summary = string.Create(CultureInfo.InvariantCulture, $"fuzz: {report.InputsChecked} inputs in {report.Elapsed.TotalSeconds:F1} s{(seed is null ? string.Empty : ", seed " + seed)}, {(report.Failure is null ? "no failure" : "a failure")}");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        report.InputsChecked.Should().BePositive();
        report.Failure.Should().BeNull(report.Failure?.ToString());
    }

    [Fact]
    public void AFailure_PrintsTheSeedThatReplaysItsShrunkInput()
    {
        static Violation? HasAQuoteMark(string input) =>
            input.Any(HostileText.QuoteMarks.Contains) ? new Violation("quote mark", "the input holds a quotation mark") : null;

        FuzzReport report = FuzzRunner.Run(FuzzInput.Generator, HasAQuoteMark, seed: null, seconds: 2, log: _ => { });

        FuzzFailure failure = report.Failure.Should().NotBeNull().And.Subject.As<FuzzFailure>();
        failure.Seed.Should().NotBeNullOrEmpty();
        failure.ToString().Should().StartWith("fuzzing failure; replay: ARABICNEWS_FUZZ_SEED=" + failure.Seed + " ARABICNEWS_FUZZ_SECONDS=0")
            .And.Contain("quote mark: the input holds a quotation mark");

        string? replayed = null;
        FuzzInput.Generator.Sample(input => replayed = input, seed: failure.Seed, iter: 1, threads: 1);
        HasAQuoteMark(replayed!).Should().NotBeNull("the seed replays a failing input");
        string reproduction = FuzzFailure.ToReproduction(replayed!);
        failure.Report.Should().Contain(reproduction[..Math.Min(reproduction.Length, 2_000)], "the report shows the input the seed replays (CsCheck cuts it after 5,000 characters)");
    }

    [Fact]
    public void TheSameSeed_GivesTheSameInput_AndInputsDiffer()
    {
        string[] inputs = FuzzInput.Generator.Array[20].Single();
        inputs.Distinct(StringComparer.Ordinal).Should().HaveCountGreaterThan(15);
        string seed = FuzzRunner.Run(FuzzInput.Generator, _ => new Violation("any", "every input fails"), seed: null, seconds: 0, log: _ => { }).Failure!.Seed!;
        Replay(seed).Should().Be(Replay(seed));
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
        ArticleMutator.Apply(kind, article, FuzzCorpus.Articles).Array[10].Single()
            .Should().Contain(mutated => !string.Equals(mutated, article, StringComparison.Ordinal), kind.ToString());
    }

    [Fact]
    public void HugeMutations_AreAsLargeAsPromised()
    {
        string line = ArticleMutator.MegabyteLine(FuzzCorpus.Articles[0]);
        line.Should().HaveLength(ArticleMutator.MegabyteLineLength);
        line.Should().NotContainAny("\n", "\r");

        string quotes = ArticleMutator.UnbalancedQuotes.Single();
        quotes.Count(c => c is '"' or '«' or '“' or '„' or '\'').Should().Be(ArticleMutator.UnbalancedQuoteCount);
        quotes.Should().NotContainAny("»", "”");
    }

    [Fact]
    public void GeneratedArticles_ExerciseEveryPartOfTheParser()
    {
        Article[] articles = ArticleGenerator.Article(FuzzCorpus.Paragraphs).Array[100].Single().Select(a => ArticleParser.Parse(a)).ToArray();
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
    public void Invariants_CatchJsonThatDoesNotReadBack()
    {
        string text = "قال بوتين إن الحوار مستمر.";
        string json = ArticleJson.Serialize(ArticleParser.Parse(text));
        ArticleInvariants.CheckReadBack(json, text).Should().BeNull();
        ArticleInvariants.CheckReadBack(json.Replace("\"person\"", "\"planet\"", StringComparison.Ordinal), text)!.Property.Should().Be("json read-back");
        ArticleInvariants.CheckReadBack(json, "قال")!.Property.Should().Be("json read-back", "the spans lie outside a shorter text");
    }

    private static string Replay(string seed)
    {
        string? input = null;
        FuzzInput.Generator.Sample(generated => input = generated, seed: seed, iter: 1, threads: 1);
        return input!;
    }
}
