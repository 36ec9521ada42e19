using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>A bare عمان is Oman, unless the shadda or an article about Jordan makes it Amman.</summary>
public sealed class OmanOrAmmanTests
{
    private static string?[] MentionIds(string text) => ArticleParser.Parse(text).Mentions.Select(m => m.Id).ToArray();

    [Fact]
    public void A_bare_name_is_oman() =>
        MentionIds("وتربط عمان وإيران علاقات متميزة منذ عقود.").Should().Contain("country:oman").And.NotContain("city:amman");

    [Fact]
    public void The_shadda_makes_it_amman() =>
        MentionIds("وعقد الاجتماع في عمّان بحضور عدد من السفراء.").Should().Contain("city:amman").And.NotContain("country:oman");

    [Fact]
    public void An_article_about_jordan_makes_it_amman() =>
        MentionIds("وقال وزير الخارجية الأردني إن بلاده ترحب بالمبادرة. وعاد الوزير إلى عمان مساء أمس قادما من القاهرة.")
            .Should().Contain("city:amman").And.NotContain("country:oman");

    [Fact]
    public void An_article_that_names_oman_otherwise_keeps_it_oman() =>
        MentionIds("وصل الوزير الأردني إلى مسقط، وبحث مع المسؤولين العمانيين العلاقات بين الأردن وعمان في مختلف المجالات.")
            .Should().Contain("country:oman").And.NotContain("city:amman");

    [Fact]
    public void The_sultanate_is_oman_even_in_an_article_about_jordan() =>
        MentionIds("وأكد الأردن تضامنه مع سلطنة عمان الشقيقة.").Should().Contain("country:oman").And.NotContain("city:amman");
}
