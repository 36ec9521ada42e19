using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

public sealed class CorridorExtractorTests
{
    private static Corridor[] Corridors(string text) => ArticleParser.Parse(text).Corridors.ToArray();

    [Theory]
    [InlineData("ناقشوا ممر النقل الدولي بين الشمال والجنوب بالتفصيل.", "corridor:international-north-south-transport-corridor")]
    [InlineData("ناقشوا ممر الشمال - الجنوب بالتفصيل.", "corridor:international-north-south-transport-corridor")]
    [InlineData("وتنتشر قوات حفظ السلام على طول خط التماس ومعبر لاتشين.", "corridor:lachin-corridor")]
    [InlineData("الذكرى الخمسين لافتتاح طريق بايكال-آمور السريع.", "corridor:baikal-amur-mainline")]
    [InlineData("وفي مقدمتها الفرع الشرقي لممر النقل الدولي \"شمال – جنوب\" المار عبر كازاخستان.", "corridor:international-north-south-transport-corridor")]
    [InlineData("زيادة حجم الشحنات عبر ممر النقل الدولي \"الشمال – الجنوب\" وتحديث البنية التحتية.", "corridor:international-north-south-transport-corridor")]
    [InlineData("إيران ترى في ممر الشمال-جنوب مشروعا استراتيجيا.", "corridor:international-north-south-transport-corridor")]
    public void NamedCorridor_HoweverSpelled(string text, string id) =>
        Corridors(text).Should().ContainSingle(c => c.Id != null).Which.Id.Should().Be(id);

    [Fact]
    public void UnnamedCorridor_HasNoId() =>
        Corridors("وهو فتح ممرات النقل في المنطقة.").Should().ContainSingle().Which.Id.Should().BeNull();

    [Fact]
    public void Anaphor_AddsNothing() =>
        Corridors("سيسمح لنا هذا الممر بالوصول إلى المحيط الهندي.").Should().BeEmpty();

    [Fact]
    public void RepeatedCorridor_IsReportedOnce() =>
        Corridors("ناقشا ممر زنغزور. وأكد أن ممر زنغزور مهم.").Should().ContainSingle();
}
