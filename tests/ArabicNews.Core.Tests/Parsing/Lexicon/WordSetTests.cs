using System.Globalization;
using System.Linq;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Lexicon;

public sealed class WordSetTests
{
    [Fact]
    public void ThousandsOfWords_AreAllFound_AndNoOthers()
    {
        // Enough words that many share a slot: a lookup must probe the way the set was filled.
        string[] words = [.. Enumerable.Range(0, 3000).Select(i => "سطر" + i.ToString(CultureInfo.InvariantCulture))];
        var set = new WordSet(words);
        words.Should().OnlyContain(word => set.Contains(word));
        Enumerable.Range(3000, 3000).Select(i => "سطر" + i.ToString(CultureInfo.InvariantCulture)).Should().NotContain(word => set.Contains(word));
    }

    [Fact]
    public void WordsOfEveryLength_AreFound_ShorterAndLongerAreNot()
    {
        var set = new WordSet("في", "وزير", "الخارجيه");
        set.Contains("في").Should().BeTrue();
        set.Contains("وزير").Should().BeTrue();
        set.Contains("الخارجيه").Should().BeTrue();
        set.Contains("ف").Should().BeFalse();
        set.Contains("الخارجيهه").Should().BeFalse();
        set.Contains("وزيرا").Should().BeFalse();
    }

    [Fact]
    public void EmptySet_ContainsNothing()
    {
        var set = new WordSet();
        set.Contains("").Should().BeFalse();
        set.Contains("في").Should().BeFalse();
        set.Words.Should().BeEmpty();
    }

    [Fact]
    public void EntriesAreNormalized_AndKeptOnce()
    {
        var set = new WordSet(WordClass.None, "مؤكداً", "مؤكدا", "رئيس");
        set.Words.Should().HaveCount(2);
        set.Contains(ArabicNormalizer.Normalize("مؤكدا")).Should().BeTrue();
        set.ContainsWithConjunction(ArabicNormalizer.Normalize("ورئيس")).Should().BeTrue();
        set.ContainsWithConjunction(ArabicNormalizer.Normalize("فرئاسة")).Should().BeFalse();
    }
}
