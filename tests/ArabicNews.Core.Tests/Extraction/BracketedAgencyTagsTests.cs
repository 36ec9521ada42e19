using System.Linq;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>An agency's bare abbreviation in brackets or slashes is the agency; the same word elsewhere is a word.</summary>
public sealed class BracketedAgencyTagsTests
{
    private static Article Parse(string text) => ArticleParser.Parse(text);

    [Theory]
    [InlineData("الدوحة (قنا) - استقبل رئيس مجلس الوزراء وفدا اقتصاديا زائرا.", "media:qatar-news-agency")]
    [InlineData("المنامة /بنا/ بحث وزير الخارجية مع السفير العلاقات الثنائية.", "media:bahrain-news-agency")]
    [InlineData("بغداد ( واع ) أعلنت الحكومة عن خطة جديدة للطاقة.", "media:iraqi-news-agency")]
    public void A_bracketed_abbreviation_is_the_agency(string text, string id) =>
        Parse(text).Mentions.Select(m => m.Id).Should().Contain(id);

    [Fact]
    public void A_tag_in_the_dateline_is_the_source() =>
        Parse("الدوحة (قنا) - استقبل رئيس مجلس الوزراء وفدا اقتصاديا زائرا في الديوان.").Source?.Id.Should().Be("media:qatar-news-agency");

    [Theory]
    [InlineData("وحفرت البلدية قنا جديدة لري المزارع في الوادي.")]
    [InlineData("وقال إن الطريق بنا قبل عشرين عاما.")]
    public void The_same_words_unbracketed_are_no_agency(string text) =>
        Parse(text).Mentions.Where(m => m.Kind == EntityKind.Media).Should().BeEmpty();

    [Fact]
    public void A_bracketed_word_the_catalog_does_not_know_as_an_agency_is_nothing() =>
        Parse("وقال المتحدث (قنا) إن الحفر سينتهي قريبا، وأضاف أن المياه (حياة) للجميع.").Mentions.Where(m => m.Kind == EntityKind.Media)
            .Select(m => m.Id).Should().Equal("media:qatar-news-agency");
}
