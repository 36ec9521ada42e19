using System;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>Catalog matches that the words around them contradict are no mentions; the same names elsewhere still are.</summary>
public sealed class MatchFilterTests
{
    private static string?[] MentionIds(string text, DateOnly? published = null) =>
        ArticleParser.Parse(text, new ArticleParserOptions { Published = published }).Mentions.Select(m => m.Id).ToArray();

    [Fact]
    public void A_title_followed_by_another_holders_name_is_that_person_only()
    {
        string?[] ids = MentionIds("قال الرئيس الإيراني - حسن روحاني في كلمة أمام البرلمان إن بلاده ماضية في خططها.", new DateOnly(2024, 9, 1));
        ids.Should().Contain("person:hassan-rouhani").And.NotContain("person:masoud-pezeshkian");
    }

    [Fact]
    public void A_title_followed_by_its_own_holders_name_stays() =>
        MentionIds("قال الرئيس الإيراني مسعود بزشكيان في كلمة أمام البرلمان إن بلاده ماضية في خططها.", new DateOnly(2024, 9, 1))
            .Should().Contain("person:masoud-pezeshkian");

    [Fact]
    public void A_title_with_no_name_after_it_is_the_holder_at_the_date() =>
        MentionIds("قال الرئيس الإيراني في كلمة أمام البرلمان إن بلاده ماضية في خططها.", new DateOnly(2024, 9, 1))
            .Should().Contain("person:masoud-pezeshkian");

    [Theory]
    [InlineData("حضر اللقاء الأمير سعود بن فهد بن عبدالعزيز وعدد من المسؤولين.")]
    [InlineData("شارك في الحفل الأمير خالد بن فهد بن عبد العزيز إلى جانب الوزراء.")]
    public void A_forefathers_name_in_a_nasab_is_no_mention(string text) =>
        MentionIds(text).Should().NotContain("person:fahd-of-saudi-arabia");

    [Fact]
    public void The_same_name_at_the_head_of_a_nasab_is_a_mention() =>
        MentionIds("أصدر الملك فهد بن عبدالعزيز أمرا بإنشاء المجلس.").Should().Contain("person:fahd-of-saudi-arabia");

    [Theory]
    [InlineData("وحضر اللقاء السفير أحمد بن عبد العزيز قطان وعدد من أعضاء السفارة.")]
    [InlineData("وقدم أحمد بن عبدالعزيز قطان أوراق اعتماده إلى الوزير.")]
    public void A_known_nasab_at_the_start_of_a_longer_name_is_no_mention(string text) =>
        MentionIds(text).Should().NotContain("person:ahmed-bin-abdulaziz-al-saud");

    [Theory]
    [InlineData("واستقبل الأمير أحمد بن عبد العزيز قطان في قصره.")]
    [InlineData("وغادر أحمد بن عبد العزيز إلى الرياض بعد الزيارة.")]
    [InlineData("وكان أحمد بن عبدالعزيز، شقيق الملك، قد عاد إلى البلاد.")]
    public void The_nasab_marked_royal_or_ending_the_name_is_a_mention(string text) =>
        MentionIds(text).Should().Contain("person:ahmed-bin-abdulaziz-al-saud");

    [Theory]
    [InlineData("استقبل الأمير تركي بن سعود الوفد الزائر في مكتبه.")]
    [InlineData("التقى الشيخ تركي رجال الأعمال في المدينة.")]
    [InlineData("وصل تركي بن عبدالله إلى المطار صباح اليوم.")]
    public void A_nisba_that_is_a_given_name_is_no_country(string text) =>
        MentionIds(text).Should().NotContain("country:turkey");

    [Fact]
    public void A_nisba_describing_a_delegation_is_the_country() =>
        MentionIds("وصل وفد تركي رفيع إلى العاصمة لبحث التعاون.").Should().Contain("country:turkey");

    [Theory]
    [InlineData("وأكد أن دعم الحوار من ثوابت السياسة الخارجية القطرية منذ عقود.")]
    [InlineData("وتقوم السياسات الخارجية القطرية على الوساطة بين الأطراف.")]
    public void A_ministrys_short_name_after_the_word_policy_is_an_adjective(string text) =>
        MentionIds(text).Should().NotContain("organization:ministry-of-foreign-affairs-of-qatar");

    [Fact]
    public void A_ministrys_short_name_as_the_subject_is_the_ministry() =>
        MentionIds("وأعلنت الخارجية القطرية أن الجولة المقبلة ستعقد في الدوحة.").Should().Contain("organization:ministry-of-foreign-affairs-of-qatar");

    [Fact]
    public void A_title_governed_by_an_aides_noun_keeps_its_holder_when_the_aides_name_follows() =>
        MentionIds("قال السكرتير الصحفي لرئيس إيران - علي أكبر صالحي إن الزيارة ناجحة.", new DateOnly(2024, 9, 1))
            .Should().Contain("person:masoud-pezeshkian");

    [Fact]
    public void A_title_after_the_preposition_li_followed_by_another_name_is_that_person_only()
    {
        string?[] ids = MentionIds("جاء ذلك في تصريح سابق لوزير الخارجية الإيراني - محمد جواد ظريف أمام الصحفيين.", new DateOnly(2024, 9, 1));
        ids.Should().Contain("person:mohammad-javad-zarif").And.NotContain("person:abbas-araghchi");
    }
}
