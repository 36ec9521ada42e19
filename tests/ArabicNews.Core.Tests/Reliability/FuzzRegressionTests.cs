using System.Linq;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Parsing;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>Every input the fuzzer found failing, minimized, with the seed that found it. Each keeps every property now.</summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string, string> FoundByFuzzing => new()
    {
        // Seed 2: a line that is only an agency tag became an empty paragraph ([n..n)).
        { "seed 2", "(\u0130)" },
        { "seed 2, Latin tag", "قال بوتين إن الحوار مستمر.\n(TASS)\n" },
    };

    [Theory]
    [MemberData(nameof(FoundByFuzzing))]
    public void FoundByFuzzing_KeepsEveryProperty(string seed, string input) =>
        ArticleInvariants.Check(input, out _).Should().BeNull(seed);

    [Fact]
    public void LineOfOnlyAnAgencyTag_IsBoilerplate_NotAnEmptyParagraph()
    {
        const string Text = "قال بوتين إن الحوار مستمر.\n(TASS)\nوأكد لافروف ذلك.";
        Article article = ArticleParser.Parse(Text);
        article.Paragraphs.Should().Equal(new TextSpan(0, 26), new TextSpan(34, 16));
        article.Boilerplate.Select(b => (b.Text, b.Span)).Should().Equal(("(TASS)", new TextSpan(27, 6)));

        Article tagOnly = ArticleParser.Parse("(\u0130)");
        tagOnly.Paragraphs.Should().BeEmpty();
        tagOnly.Boilerplate.Should().ContainSingle().Which.Kind.Should().Be(BoilerplateKind.AgencyTag);
    }
}
