using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

/// <summary>A place name written with tanween is a common noun; the same letters without it are the place.</summary>
public sealed class IndefinitePlaceNamesTests
{
    private static string?[] MentionIds(string text) => ArticleParser.Parse(text).Mentions.Select(m => m.Id).ToArray();

    [Theory]
    [InlineData("وقدم رئيس النادي درعاً تكريمياً لأسرة الراحل.")]
    [InlineData("وقدم رئيس النادي درعًا تكريميًا لأسرة الراحل.")]
    public void A_place_name_with_tanween_is_no_mention(string text) =>
        MentionIds(text).Should().NotContain("city:daraa");

    [Fact]
    public void The_same_letters_without_tanween_are_the_place() =>
        MentionIds("ووصلت قافلة المساعدات إلى درعا جنوب البلاد.").Should().Contain("city:daraa");

    [Fact]
    public void Other_harakat_on_a_place_name_keep_it() =>
        MentionIds("ووصلت قافلة المساعدات إلى دَرْعا جنوب البلاد.").Should().Contain("city:daraa");
}
