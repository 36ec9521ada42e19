using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>A person's, city's or country's name that takes no article is not found inside a word that starts with one.</summary>
public sealed class ArticlePrefixedNamesTests
{
    private static string?[] MentionIds(string text) => ArticleParser.Parse(text).Mentions.Select(m => m.Id).ToArray();

    [Theory]
    [InlineData("وسار الموكب في الطريق المؤدي إلى القصر الرئاسي.", "person:narendra-modi")]
    [InlineData("وتحدث الكاتب عن الطهران القديمة في روايته الأخيرة.", "city:tehran")]
    [InlineData("وجلس الضيوف في البغداد القديمة حسب رواية الكاتب.", "city:baghdad")]
    public void A_name_read_through_an_article_it_never_takes_is_no_mention(string text, string id) =>
        MentionIds(text).Should().NotContain(id);

    [Theory]
    [InlineData("وتوجه رئيس الوزراء مودي إلى العاصمة في زيارة رسمية.", "person:narendra-modi")]
    [InlineData("ووصل الوفد إلى باريس مساء أمس.", "city:paris")]
    [InlineData("وعاد الوزير إلى بغداد بعد جولة إقليمية.", "city:baghdad")]
    public void The_same_names_without_the_article_are_mentions(string text, string id) =>
        MentionIds(text).Should().Contain(id);

    [Fact]
    public void A_name_that_takes_the_article_is_still_found_after_a_preposition() =>
        MentionIds("وصل الرئيس إلى الرياض ثم توجه بالطائرة إلى القاهرة.").Should().Contain(["city:riyadh", "city:cairo"]);
}
