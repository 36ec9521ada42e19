using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>A place name between guillemets or parentheses is the newspaper of that name when the catalog knows one.</summary>
public sealed class QuotedTitlesTests
{
    private static string?[] MentionIds(string text) => ArticleParser.Parse(text).Mentions.Select(m => m.Id).ToArray();

    [Fact]
    public void A_place_name_in_guillemets_is_the_newspaper_of_that_name() =>
        MentionIds("وأوضح مسؤول لـ«الشرق الأوسط» أن المحادثات ستستأنف قريبا.")
            .Should().Contain("media:asharq-al-awsat").And.NotContain("region:middle-east");

    [Fact]
    public void A_place_name_in_a_closing_credit_is_the_newspaper_of_that_name() =>
        MentionIds("وانتهى الاجتماع دون بيان مشترك (الشرق الأوسط)")
            .Should().Contain("media:asharq-al-awsat").And.NotContain("region:middle-east");

    [Fact]
    public void A_place_name_in_guillemets_without_a_newspaper_is_no_mention() =>
        MentionIds("أطلق الجيش عملية «دمشق» في الساعات الأولى من الصباح.").Should().NotContain("city:damascus");

    [Fact]
    public void A_place_name_in_parentheses_without_a_newspaper_stays_the_place() =>
        MentionIds("وصل الوفد إلى العاصمة السورية (دمشق) مساء الاثنين.").Should().Contain("city:damascus");

    [Fact]
    public void The_same_name_outside_quotes_is_the_place() =>
        MentionIds("تشهد منطقة الشرق الأوسط توترا متصاعدا.").Should().Contain("region:middle-east");
}
