using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

/// <summary>Names and titles that real articles use for people, states and bodies, in sentences written for the tests.</summary>
public sealed class CatalogRealTextNamesTests
{
    private static string?[] MentionIds(string text, DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Mentions.Select(m => m.Id).ToArray();

    [Theory]
    [InlineData("وحذر الوزير من مخططات الكيان الصهيوني في المنطقة.", "country:israel")]
    [InlineData("وانضمت البلاد إلى منظمة التعاون الاقتصادي والتنمية العام الماضي.", "organization:oecd")]
    [InlineData("وتعتمد الحكومة على تقرير منظمة التعاون والتنمية الاقتصادية.", "organization:oecd")]
    [InlineData("واستقبل الوزير نظيره الصومالي عبد السلام عبدي علي في مكتبه.", "person:abdisalam-abdi-ali")]
    [InlineData("ونافس رايلا أودينغا على رئاسة المفوضية.", "person:raila-odinga")]
    [InlineData("وانتخبت سلمى حدادي نائبة لرئيس المفوضية.", "person:selma-malika-haddadi")]
    [InlineData("وشاركت أمينة أردوغان في افتتاح المعرض.", "person:emine-erdogan")]
    [InlineData("وبحث الوزير هاتفيا مع نظيرته الأسترالية بيني وونغ العلاقات الثنائية.", "person:penny-wong")]
    [InlineData("وخلف ألباريس الوزيرة أرانتشا غونزاليس لايا في المنصب.", "person:arancha-gonzalez-laya")]
    [InlineData("وسجل كريم بنزيما هدفا في الدقيقة الأخيرة.", "person:karim-benzema")]
    [InlineData("وخسر فريق النجمة أمام ضيفه في الجولة الماضية.", "organization:al-najma-sc")]
    [InlineData("وأعلن رئيس الوزراء الكندي مارك كارني عن حزمة جديدة.", "person:mark-carney")]
    [InlineData("واستقبل الرئيس الكوري الجنوبي لي جيه ميونغ الوفد في سيول.", "person:lee-jae-myung")]
    [InlineData("وزار الرئيس القبرصي نيكوس خريستودوليدس العاصمة.", "person:nikos-christodoulides")]
    [InlineData("وهنأ الرئيس الإيفواري الحسن واتارا الفريق الفائز.", "person:alassane-ouattara")]
    [InlineData("وتعادل فريق الخليج مع منافسه في سيهات.", "organization:al-khaleej-fc")]
    public void A_name_from_real_articles_is_found(string text, string id) =>
        MentionIds(text).Should().Contain(id);

    [Fact]
    public void Canadas_titles_name_the_2025_government()
    {
        string?[] ids = MentionIds("وقال رئيس وزراء كندا إن وزيرة خارجية كندا ستزور المنطقة.", new DateOnly(2025, 9, 1));
        ids.Should().Contain(["person:mark-carney", "person:anita-anand"]);
    }

    [Fact]
    public void The_djiboutian_foreign_minister_follows_the_april_2025_appointment()
    {
        const string text = "وبحث وزير الخارجية الجيبوتي مع نظيره التركي تطورات القرن الأفريقي.";
        MentionIds(text, new DateOnly(2025, 6, 1)).Should().Contain("person:abdoulkader-houssein-omar").And.NotContain("person:mahmoud-ali-youssouf");
        MentionIds(text, new DateOnly(2024, 6, 1)).Should().Contain("person:mahmoud-ali-youssouf").And.NotContain("person:abdoulkader-houssein-omar");
    }

    [Fact]
    public void The_african_union_commission_chair_follows_the_february_2025_election()
    {
        const string text = "وقال رئيس مفوضية الاتحاد الأفريقي إن القمة ستعقد في موعدها.";
        MentionIds(text, new DateOnly(2025, 6, 1)).Should().Contain("person:mahmoud-ali-youssouf").And.NotContain("person:moussa-faki");
        MentionIds(text, new DateOnly(2024, 6, 1)).Should().Contain("person:moussa-faki");
    }
}
