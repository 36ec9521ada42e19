using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Tests.Reliability;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Lexicon;

/// <summary>The tokenizer's classes agree with the word lists they stand for.</summary>
public class TokenLexiconTests
{
    private static readonly WordSet[] DeclaredSets = [.. typeof(ReportingLexicon).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Concat(typeof(DiplomacyLexicon).GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.FieldType == typeof(WordSet))
        .Select(field => (WordSet)field.GetValue(null)!)];

    [Fact]
    public void EveryClassifiedListHasItsOwnBitAndIsInTheTable()
    {
        WordSet[] classified = [.. DeclaredSets.Where(set => set.Class != WordClass.None)];
        classified.Should().HaveCountGreaterThan(30);
        classified.Select(set => set.Class).Should().OnlyHaveUniqueItems().And.OnlyContain(c => IsSingleBit(c));
        TokenLexicon.Sets.Should().BeEquivalentTo(classified, options => options.ComparingByValue<WordSet>(), "the table must hold every classified list (the very instances) and nothing else")
            .And.HaveCount(classified.Length);
        Enum.GetValues<WordClass>().Where(c => c != WordClass.None).Should().BeEquivalentTo(classified.Select(set => set.Class), "every bit names one list");
    }

    [Fact]
    public void AnUnclassifiedListIsLookedUpWhenAsked()
    {
        DiplomacyLexicon.BorderNouns.Class.Should().Be(WordClass.None);
        string text = ArabicNormalizer.Normalize("على الحدود مع جورجيا");
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        using var normalized = new NormalizedText(text);
        var context = new ArabicNews.Core.Extraction.ArticleContext(normalized, new ArabicNews.Core.Parsing.Segmentation.ArticleLayout(), tokens, [], [], null);

        context.Is(1, DiplomacyLexicon.BorderNouns).Should().BeTrue();
        context.Is(2, DiplomacyLexicon.BorderNouns).Should().BeFalse();
        context.Is(2, DiplomacyLexicon.Counterparts).Should().BeTrue();
        context.Is(4, DiplomacyLexicon.Counterparts).Should().BeFalse("there is no fifth word");
        context.Is(-1, DiplomacyLexicon.Counterparts).Should().BeFalse();
    }

    [Fact]
    public void ClassesOfEveryTokenOfTheCorpusAgreeWithTheLists()
    {
        int checkedTokens = 0;
        int classified = 0;
        foreach (string article in FuzzCorpus.Articles)
        {
            string normalized = ArabicNormalizer.Normalize(article);
            var tokens = new List<Token>();
            Tokenizer.Tokenize(normalized, tokens);
            foreach (Token token in tokens)
            {
                ReadOnlySpan<char> word = normalized.AsSpan(token.Start, token.Length);
                foreach (WordSet set in TokenLexicon.Sets)
                {
                    bool member = set.ContainsWithConjunction(word);
                    ((token.Classes & set.Class) != WordClass.None).Should().Be(member, "token '{0}' and {1}", word.ToString(), set.Class);
                }

                checkedTokens++;
                classified += token.Classes == WordClass.None ? 0 : 1;
            }
        }

        checkedTokens.Should().BeGreaterThan(5_000);
        classified.Should().BeGreaterThan(checkedTokens / 10, "function words, verbs and nouns of the lists are common");
    }

    [Theory]
    [InlineData("وقال", (ulong)WordClass.SpeechVerb)]
    [InlineData("فأكد", (ulong)WordClass.SpeechVerb)]
    [InlineData("مؤكداً", (ulong)(WordClass.Participle | WordClass.SpeakerBoundary))]
    [InlineData("المفاوضات", (ulong)(WordClass.MeetingNoun | WordClass.ProposalWord))]
    [InlineData("مع", (ulong)(WordClass.SpeakerBoundary | WordClass.Counterpart | WordClass.FunctionWord | WordClass.CallSource))]
    [InlineData("ومع", (ulong)(WordClass.SpeakerBoundary | WordClass.Counterpart | WordClass.FunctionWord | WordClass.CallSource))]
    [InlineData("سيلتقي", (ulong)WordClass.ProspectiveMarker)]
    [InlineData("المقبلة", (ulong)WordClass.ProspectiveTail)]
    [InlineData("وتحدث", (ulong)WordClass.CallVerb)]
    [InlineData("الممر", (ulong)WordClass.CorridorNoun)]
    [InlineData("لممر", (ulong)WordClass.NamingNoun)]
    [InlineData("و", (ulong)WordClass.ParticipantGlue)]
    [InlineData("وللمعاهدة", (ulong)WordClass.AgreementNoun)]
    [InlineData("بالاتفاقية", (ulong)WordClass.AgreementNoun)]
    [InlineData("فخارطة", (ulong)WordClass.AgreementNoun)]
    [InlineData("كالبروتوكول", (ulong)WordClass.AgreementNoun)]
    [InlineData("وو", (ulong)WordClass.None)]
    [InlineData("موسكو", (ulong)WordClass.None)]
    [InlineData("", (ulong)WordClass.None)]
    public void ClassifiesAWordAsWrittenAndWithoutAGluedConjunction(string word, ulong expected) =>
        TokenLexicon.Classify(ArabicNormalizer.Normalize(word)).Should().Be((WordClass)expected);

    [Fact]
    public void TheTokenizerClassifiesEveryToken()
    {
        string text = ArabicNormalizer.Normalize("وقال الوزير: إن الممر مهم.");
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);

        tokens.Select(token => token.Classes).Should().Equal(
            WordClass.SpeechVerb,
            WordClass.PositionNoun | WordClass.ParticipantGlue,
            TokenLexicon.Classify("ان"),
            WordClass.CorridorNoun,
            WordClass.None);
    }

    private static bool IsSingleBit(WordClass value) => value != WordClass.None && ((ulong)value & ((ulong)value - 1)) == 0;
}
