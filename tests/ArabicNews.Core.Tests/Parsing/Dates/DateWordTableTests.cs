using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Tests.Api;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

/// <summary>The one look-up of the date scanner classifies every word as the lexicon and the counting words do.</summary>
public sealed class DateWordTableTests
{
    // Glued to every counting spelling, so that the words around the table's keys are checked too.
    private static readonly string[] Prefixes = ["", "ال", "و", "وال", "ب", "بال", "لل", "ف", "في", "ك"];

    [Fact]
    public void Classify_EverySpellingOfTheLexicon_GivesTheLexiconsEntryAndStem()
    {
        int found = 0;
        foreach (string spelling in DateLexicon.Spellings())
        {
            DateWordClass wordClass = DateWordTable.Classify(spelling);
            if (DateLexicon.TryLookup(spelling, out DateWord word, out int stemOffset))
            {
                found++;
                (wordClass.Word, (int)wordClass.StemOffset).Should().Be((word, stemOffset), spelling);
            }
            else
            {
                wordClass.Word.Kind.Should().Be(DateWordKind.None, spelling);
            }
        }

        found.Should().BeGreaterThan(1000).And.BeLessThanOrEqualTo(DateWordTable.Count);
    }

    [Fact]
    public void Classify_AgreesWithTheLexiconAndTheCountingWords_OnEveryWordOfTheTestTexts()
    {
        string root = RepositoryFiles.Root;
        IEnumerable<string> texts = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "ArabicNews.Core.Tests", "Fixtures", "articles"), "*.txt"))
            .Select(path => ArabicNormalizer.Normalize(File.ReadAllText(path)));
        HashSet<string> words = [.. texts.SelectMany(Words)];
        foreach (string counting in CountingWords.Spellings())
        {
            words.UnionWith(Prefixes.Select(prefix => prefix + counting));
        }

        words.Should().HaveCountGreaterThan(3000);
        int dateWords = 0;
        foreach (string word in words)
        {
            DateWordClass wordClass = DateWordTable.Classify(word);
            bool inLexicon = DateLexicon.TryLookup(word, out DateWord entry, out int stemOffset);
            (wordClass.Word, (int)wordClass.StemOffset).Should().Be(inLexicon ? (entry, stemOffset) : (default(DateWord), 0), word);
            wordClass.WordMayStart.Should().Be(inLexicon && DateScanner.MayStartAt(entry, stemOffset, word), word);
            wordClass.IsCounting.Should().Be(IsCounting(word), word);
            wordClass.IsWeekNoun.Should().Be(word is "الاسبوع" or "اسبوع", word);
            dateWords += wordClass.IsNone ? 0 : 1;
        }

        dateWords.Should().BeGreaterThan(100).And.BeLessThan(words.Count / 2);
    }

    [Theory]
    [InlineData("وفيمايو", (int)DateWordKind.GregorianMonth, 3, false)]
    [InlineData("للعام", (int)DateWordKind.YearNoun, 2, false)]
    [InlineData("الاول", (int)DateWordKind.MonthSecondWord, 0, true)]
    [InlineData("احد", (int)DateWordKind.Weekday, 0, true)]
    [InlineData("الالفين", (int)DateWordKind.None, 0, true)]
    [InlineData("ثلاثمايه", (int)DateWordKind.None, 0, true)]
    [InlineData("النصف", (int)DateWordKind.None, 0, true)]
    public void Classify_DateAndCountingWords(string word, int kind, int stemOffset, bool counting)
    {
        DateWordClass wordClass = DateWordTable.Classify(word);
        wordClass.Word.Kind.Should().Be((DateWordKind)kind);
        ((int)wordClass.StemOffset).Should().Be(stemOffset);
        wordClass.IsCounting.Should().Be(counting);
        wordClass.IsNone.Should().BeFalse();
    }

    [Theory]
    [InlineData("من", (int)DateWordKind.Of, 0)]
    [InlineData("و", (int)DateWordKind.And, 0)]
    [InlineData("وفي", (int)DateWordKind.Preposition, 1)]
    [InlineData("وبعد", (int)DateWordKind.Preposition, 1)]
    [InlineData("الماضي", (int)DateWordKind.Past, 0)]
    [InlineData("ومن", (int)DateWordKind.Of, 1)]
    public void Classify_GlueWordsAndModifiers_KeepTheirEntry_ButStartNothing(string word, int kind, int stemOffset)
    {
        DateWordClass wordClass = DateWordTable.Classify(word);
        wordClass.Word.Kind.Should().Be((DateWordKind)kind);
        ((int)wordClass.StemOffset).Should().Be(stemOffset);
        wordClass.IsNone.Should().BeTrue();
    }

    [Theory]
    [InlineData("بعد")]
    [InlineData("اول")]
    [InlineData("واواخر")]
    [InlineData("ومنتصف")]
    public void Classify_PrepositionsThatStartExpressions_AreNotNone(string word) => DateWordTable.Classify(word).IsNone.Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("روسيا")]
    [InlineData("الرييس")]
    [InlineData("والتعاون")]
    [InlineData("الاتفاقيات")]
    [InlineData("abc")]
    public void Classify_OrdinaryWords_AreNone(string word) => DateWordTable.Classify(word).IsNone.Should().BeTrue();

    private static bool IsCounting(string word) =>
        DayOrdinals.Unit(word, out _) != 0 || DayOrdinals.Nth(word) != 0 || word is "النصف" or "الربع" || NumberWords.Value(word, out _) != 0;

    private static IEnumerable<string> Words(string text)
    {
        for (int position = 0; ;)
        {
            DateToken token = DateTokenReader.Read(text, position);
            if (token.Kind == DateTokenKind.End)
            {
                yield break;
            }

            if (token.Kind == DateTokenKind.Word)
            {
                yield return token.Text(text).ToString();
            }

            position = token.End;
        }
    }
}
