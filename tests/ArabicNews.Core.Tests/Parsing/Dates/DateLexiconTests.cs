using System.Linq;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Dates;

public sealed class DateLexiconTests
{
    [Fact]
    public void Tables_AreWrittenInSearchNormalizedForm()
    {
        string[] words =
        [
            .. MonthNames.OneWord.Select(e => e.Word),
            .. MonthNames.FirstWords.Select(e => e.Word),
            .. MonthNames.SecondWords.Select(e => e.Word),
            .. HijriMonths.OneWord.Select(e => e.Word),
            .. WeekdayNames.All.Select(e => e.Word),
            .. DateKeywords.All.Select(e => e.Word),
            .. DateKeywords.GluedPrepositions,
        ];
        words.Should().OnlyContain(w => ArabicNormalizer.Normalize(w, NormalizationOptions.Search) == w);
        words.Except(DateKeywords.GluedPrepositions).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("أبريل", (int)DateWordKind.GregorianMonth, 4, 0)]
    [InlineData("إبريل", (int)DateWordKind.GregorianMonth, 4, 0)]
    [InlineData("وفبراير", (int)DateWordKind.GregorianMonth, 2, 1)]
    [InlineData("بعدأيلول", (int)DateWordKind.GregorianMonth, 9, 3)]
    [InlineData("وفيمايو", (int)DateWordKind.GregorianMonth, 5, 3)]
    [InlineData("للعام", (int)DateWordKind.YearNoun, 0, 2)]
    [InlineData("وللعام", (int)DateWordKind.YearNoun, 0, 3)]
    [InlineData("بالأمس", (int)DateWordKind.Yesterday, 0, 1)]
    [InlineData("والإثنين", (int)DateWordKind.Weekday, 1, 1)]
    [InlineData("تشرين", (int)DateWordKind.MonthFirstWord, (int)MonthGroup.Tishrin, 0)]
    [InlineData("جمادى", (int)DateWordKind.MonthFirstWord, (int)MonthGroup.Jumada, 0)]
    [InlineData("الآخرة", (int)DateWordKind.MonthSecondWord, (int)MonthOrdinal.Second, 0)]
    [InlineData("هـ", (int)DateWordKind.HijriEra, 0, 0)]
    public void TryLookup_SeesThroughGluedPrefixes(string word, int kind, int value, int stemOffset)
    {
        DateLexicon.TryLookup(ArabicNormalizer.Normalize(word), out DateWord entry, out int offset).Should().BeTrue();
        entry.Kind.Should().Be((DateWordKind)kind);
        entry.Value.Should().Be((byte)value);
        offset.Should().Be(stemOffset);
    }

    [Fact]
    public void TryLookup_SplitsEveryGluedPrepositionOffAMonthName()
    {
        foreach (string preposition in DateKeywords.GluedPrepositions)
        {
            DateLexicon.TryLookup(preposition + "مايو", out DateWord entry, out int offset).Should().BeTrue(preposition);
            (entry.Kind, entry.Value, offset).Should().Be((DateWordKind.GregorianMonth, (byte)5, preposition.Length));
            DateLexicon.TryLookup("و" + preposition + "نيسان", out entry, out offset).Should().BeTrue(preposition);
            (entry.Kind, entry.Value, offset).Should().Be((DateWordKind.GregorianMonth, (byte)4, preposition.Length + 1));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("الاب")]
    [InlineData("وال")]
    [InlineData("قال")]
    [InlineData("فيالاثنين")] // glued prepositions are only split off month names
    [InlineData("ااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااااا")]
    public void TryLookup_RejectsOtherWords(string word)
    {
        DateLexicon.TryLookup(word, out DateWord entry, out _).Should().BeFalse();
        entry.Kind.Should().Be(DateWordKind.None);
    }
}
