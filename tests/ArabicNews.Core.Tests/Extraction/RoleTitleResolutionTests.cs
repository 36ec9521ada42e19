using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>When a role title in an article is its holder: only the title itself, and with no date only the holder the article names.</summary>
public sealed class RoleTitleResolutionTests
{
    private static readonly DateOnly Day2022 = new(2022, 6, 1);

    private static string?[] MentionIds(string text, string title, DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Mentions
            .Where(m => m.Text.Contains(title, StringComparison.Ordinal))
            .Select(m => m.Id)
            .ToArray();

    [Fact]
    public void The_title_itself_is_its_holder_at_the_article_date() =>
        MentionIds("وصل رئيس الوزراء الروسي إلى المدينة صباح الأربعاء.", "رئيس الوزراء الروسي", Day2022)
            .Should().Equal("person:mikhail-mishustin");

    [Theory]
    [InlineData("وصل نائب رئيس الوزراء الروسي إلى المدينة صباح الأربعاء.", "رئيس الوزراء الروسي")]
    [InlineData("التقى مساعد وزير الخارجية الروسي بالوفد الزائر.", "وزير الخارجية الروسي")]
    [InlineData("قال مستشار الرئيس الروسي إن المحادثات مفيدة.", "الرئيس الروسي")]
    [InlineData("استقبل سفير وزير الخارجية الروسي الضيوف.", "وزير الخارجية الروسي")]
    [InlineData("كتب الرئيس الروسي السابق مقالة عن الأزمة.", "الرئيس الروسي")]
    [InlineData("زار الرئيس الأمريكي الأسبق المنطقة الشهر الفائت.", "الرئيس الأمريكي")]
    [InlineData("تحدث وكيل وزير الخارجية الروسي عن الملف.", "وزير الخارجية الروسي")]
    [InlineData("التقى رئيس الوزراء بسفير وزير الخارجية الروسي في القاهرة.", "وزير الخارجية الروسي")]
    public void A_qualified_or_former_title_is_not_the_holder(string text, string title) =>
        MentionIds(text, title, Day2022).Should().NotContain(id => id != null && id.StartsWith("person:", StringComparison.Ordinal));

    [Fact]
    public void Without_a_date_a_title_is_the_holder_the_article_names()
    {
        const string text = "عقد إبراهيم رئيسي اجتماعا مع حكومته في طهران.\n\nوقال الرئيس الإيراني إن بلاده مستعدة للحوار.";
        MentionIds(text, "الرئيس الإيراني").Should().Equal("person:ebrahim-raisi");
    }

    [Fact]
    public void Without_a_date_a_title_with_several_possible_holders_is_no_one()
    {
        const string text = "قال الرئيس الإيراني إن بلاده مستعدة للحوار مع جيرانها.";
        MentionIds(text, "الرئيس الإيراني").Should().BeEmpty("a title without a holder is no mention");
    }

    [Fact]
    public void Without_a_date_of_two_named_holders_the_title_is_the_one_named_last_before_it()
    {
        const string text = "خلف إبراهيم رئيسي حسن روحاني في المنصب.\n\nوقال الرئيس الإيراني إن الحوار مستمر.";
        MentionIds(text, "الرئيس الإيراني").Should().Equal("person:hassan-rouhani");
        const string first = "قال الرئيس الإيراني إن الحوار مستمر.\n\nوكان حسن روحاني قد سلم المنصب إلى إبراهيم رئيسي.";
        MentionIds(first, "الرئيس الإيراني").Should().ContainSingle().Which.Should().Be("person:hassan-rouhani", "with no name before it, the first named after it");
    }

    [Fact]
    public void Without_a_date_or_a_name_the_dates_in_the_article_choose_the_holder()
    {
        const string text = "قال الرئيس الإيراني في خطاب ألقاه يوم 12 مارس 2019 إن بلاده لن تتراجع.";
        MentionIds(text, "الرئيس الإيراني").Should().Equal("person:hassan-rouhani");
    }

    [Fact]
    public void With_a_date_the_holder_at_that_date_wins_over_the_one_named()
    {
        const string text = "عقد إبراهيم رئيسي اجتماعا في طهران.\n\nوقال الرئيس الإيراني إن بلاده مستعدة للحوار.";
        MentionIds(text, "الرئيس الإيراني", new DateOnly(2024, 9, 1)).Should().Equal("person:masoud-pezeshkian");
    }

    [Fact]
    public void An_office_title_resolves_to_the_holder_at_the_article_date() =>
        MentionIds("صرح وزير الخارجية الروسي للصحفيين بأن المفاوضات مستمرة.", "وزير الخارجية الروسي", new DateOnly(2024, 3, 1))
            .Should().Equal("person:sergey-lavrov");

    [Theory]
    [InlineData("وقال الرئيس الأمريكي دونالد ترامب إن المفاوضات مستمرة.")]
    [InlineData("وقال الرئيس الأمريكي، دونالد ترامب، إن المفاوضات مستمرة.")]
    public void A_title_followed_by_a_name_is_that_person_whoever_held_it_then(string text) =>
        MentionIds(text, "الرئيس الأمريكي", Day2022).Should().Equal("person:donald-trump");

    [Fact]
    public void A_surname_alone_after_the_full_name_is_the_same_person()
    {
        Mention[] mentions = ArticleParser.Parse("التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري. وأكد الصفدي أهمية التنسيق.", new ArticleParserOptions { Published = Day2022 })
            .Mentions.Where(m => m.Id == "person:ayman-safadi").ToArray();
        mentions.Select(m => m.Text).Should().Contain("الصفدي");
        mentions.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void A_last_word_after_a_name_particle_is_no_surname() =>
        ArticleParser.Parse("استقبل الأمير محمد بن سلمان الضيوف. وقال سلمان العتيبي إن الزيارة ناجحة.", new ArticleParserOptions { Published = Day2022 })
            .Mentions.Where(m => m.Text == "سلمان").Should().BeEmpty();
}
