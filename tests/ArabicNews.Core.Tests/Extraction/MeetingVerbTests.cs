using ArabicNews.Core.Extraction;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Extraction;

public sealed class MeetingVerbTests
{
    [Theory]
    [InlineData("التقى")]
    [InlineData("استقبل")]
    [InlineData("اجتمع")]
    [InlineData("يلتقي")]
    [InlineData("يستقبل")]
    [InlineData("يجتمع")]
    [InlineData("يبحث")]
    [InlineData("يبحثان")]
    [InlineData("يبحثون")]
    [InlineData("تلتقي")]
    [InlineData("تباحث")]
    [InlineData("تباحثا")]
    [InlineData("تحادث")]
    [InlineData("تحادثا")]
    [InlineData("تبحثان")]
    [InlineData("هاتف")]
    [InlineData("هاتفت")]
    [InlineData("بحث")]
    [InlineData("بحثا")]
    [InlineData("بحثت")]
    [InlineData("وبحث")]
    [InlineData("فاستقبل")]
    [InlineData("والتقى")]
    public void VerbsThatReportAMeeting_AreMeetingVerbs(string word) =>
        MeetingExtractor.IsMeetingVerb(ArabicNormalizer.Normalize(word, NormalizationOptions.Search)).Should().BeTrue();

    [Theory]
    [InlineData("الاتفاق")]
    [InlineData("يبحر")]
    [InlineData("يبحثوا")]
    [InlineData("سيزور")]
    [InlineData("سيلتقي")]
    [InlineData("تباحثات")]
    [InlineData("تحادثات")]
    [InlineData("هاتفي")]
    [InlineData("بحر")]
    [InlineData("بحوث")]
    [InlineData("وزير")]
    [InlineData("وب")]
    [InlineData("في")]
    [InlineData("")]
    public void OtherWords_AreNot(string word) =>
        MeetingExtractor.IsMeetingVerb(ArabicNormalizer.Normalize(word, NormalizationOptions.Search)).Should().BeFalse();
}
