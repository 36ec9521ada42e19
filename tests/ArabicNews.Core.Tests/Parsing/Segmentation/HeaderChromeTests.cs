using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Segmentation;

/// <summary>Page furniture above the headline, as scraped pages carry it, never becomes the title.</summary>
public sealed class HeaderChromeTests
{
    private const string Headline = "وزير الخارجية التركي يستقبل نظيره الأذربيجاني في أنقرة لبحث ملفات المنطقة";
    private const string Lead = "استقبل وزير الخارجية التركي هاكان فيدان نظيره الأذربيجاني جيحون بيراموف في أنقرة.";

    [Theory]
    [InlineData("عرب وعالم")]
    [InlineData("سياسة")]
    [InlineData("Istanbul")]
    [InlineData("×")]
    [InlineData("طباعة")]
    [InlineData("https://example.org/news/12345")]
    public void ChromeAboveTheHeadline_IsNotTheTitle(string chrome) =>
        ArticleParser.Parse($"{chrome}\n{Headline}\n{Lead}").Title.Should().Be(Headline);

    [Fact]
    public void AMetadataDateLine_DatesTheArticle_AndIsNotTheTitle()
    {
        Article article = ArticleParser.Parse($" date 2025-08-17 https://example.org/a/b-c-d\n{Headline}\n{Lead}");
        article.Title.Should().Be(Headline);
        article.Published.Should().Be(new PartialDate(2025, 8, 17));
    }

    [Fact]
    public void AMetadataDateGluedToTheHeadline_LeavesTheHeadlineTheTitle()
    {
        Article article = ArticleParser.Parse($" date 2025-08-17 {Headline}\n\n{Lead}");
        article.Title.Should().Be(Headline);
        article.Published.Should().Be(new PartialDate(2025, 8, 17));
    }

    [Fact]
    public void AMetadataDateGluedToTheLead_LeavesTheLeadContent()
    {
        Article article = ArticleParser.Parse($" date 2025-08-17 {Lead}\n\nوبحث الجانبان العلاقات الثنائية.");
        article.Title.Should().BeNull();
        article.Published.Should().Be(new PartialDate(2025, 8, 17));
        article.Paragraphs.Should().Contain(p => article.Text.Substring(p.Start, p.Length) == Lead);
        article.Meetings.Should().ContainSingle().Which.Participants.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("منذ 3 ساعات")]
    [InlineData("منذ يوم")]
    [InlineData("منذ 49 دقيقة")]
    public void AnAgeStampAboveTheLead_IsNotTheTitle(string stamp)
    {
        Article article = ArticleParser.Parse($" date 2025-08-17 {stamp}\n\n{Lead}\n{Lead}");
        article.Title.Should().BeNull();
        article.Boilerplate.Should().Contain(b => b.Text == stamp);
    }

    [Fact]
    public void AMonthOnlyMetadataStamp_DatesTheArticleToTheMonth()
    {
        Article article = ArticleParser.Parse($" date 2019-09 {Lead}\n\n{Lead}");
        article.Published.Should().Be(new PartialDate(2019, 9));
    }

    [Fact]
    public void AMonthOnlyMetadataStamp_GivesWayToADayInTheLead() =>
        ArticleParser.Parse($" date 2019-09 الموقع\n\nأنقرة، 14 سبتمبر 2019 - {Lead}").Published.Should().Be(new PartialDate(2019, 9, 14));

    [Fact]
    public void ASingleWordAboveTheLead_IsNotTheTitle() =>
        ArticleParser.Parse($"المتوسط\n\n{Lead}\n{Lead}").Title.Should().BeNull();

    [Theory]
    [InlineData("رئيس التحرير", "أحمد محمود")]
    [InlineData("رئيس مجلسى الإدارة والتحرير", "محمد علي حسن")]
    [InlineData("الإشراف العام", "سعاد إبراهيم")]
    public void AMastheadAboveTheHeadline_IsNotTheTitle(string label, string name)
    {
        Article article = ArticleParser.Parse($"{label}\n{name}\n{label}\n{name}\n\n{Headline}\n\n{Lead}");
        article.Title.Should().Be(Headline);
        article.Boilerplate.Should().Contain(b => b.Text == name);
    }

    [Fact]
    public void ATimeStampLine_IsNotTheTitle() =>
        ArticleParser.Parse($"16:33 GMT 09.10.2025 (تحديث: 17:11)\n{Headline}\n{Lead}").Title.Should().Be(Headline);

    [Fact]
    public void ADatelineWithTheAgencyAfterACommas_GivesTheSource_AndIsNotTheTitle()
    {
        Article article = ArticleParser.Parse($"باكو، 29 أكتوبر، أذرتاج\n\n{Lead}\n{Lead}");
        article.Title.Should().BeNull();
        article.Source!.Id.Should().Be("media:azertac");
    }

    [Theory]
    [InlineData("بغداد/ واع", "media:iraqi-news-agency")]
    [InlineData("الدوحة /قنا/", "media:qatar-news-agency")]
    [InlineData("0|ا ش ا", "media:middle-east-news-agency")]
    public void ACreditLineWithTheAgencysShortName_GivesTheSource(string credit, string id) =>
        ArticleParser.Parse($"{Headline}\n\n{credit}\n\n{Lead}").Source!.Id.Should().Be(id);

    [Theory]
    [InlineData("الدوحة في 16 نوفمبر /قنا/ ", "media:qatar-news-agency")]
    [InlineData("المنامة (بنا) - ", "media:bahrain-news-agency")]
    public void AnAgencyTagOpeningTheLead_GivesTheSource(string opening, string id) =>
        ArticleParser.Parse($"{Headline}\n\n{opening}{Lead}").Source!.Id.Should().Be(id);

    [Theory]
    [InlineData("{0} - وكالة سبوتنيك, 1920, 09.10.2025")]
    [InlineData("{0} | وكالة سبوتنيك")]
    public void APageTitleEndingWithTheOutlet_GivesTheSource(string pageTitle) =>
        ArticleParser.Parse($"{string.Format(System.Globalization.CultureInfo.InvariantCulture, pageTitle, Headline)}\n\n{Lead}").Source!.Id.Should().Be("media:sputnik");

    [Fact]
    public void AnOutletOnALineOfItsOwn_GivesTheSource() =>
        ArticleParser.Parse($"{Headline}\n\n{Lead}\nوكالة سبوتنيك\n{Lead}").Source!.Id.Should().Be("media:sputnik");

    [Fact]
    public void AnOutletQuotedInTheBody_IsNoSource() =>
        ArticleParser.Parse($"{Headline}\n\n{Lead}\n{Lead}\nوقال الوزير لوكالة سبوتنيك إن المحادثات بناءة.").Source.Should().BeNull();

    [Fact]
    public void ABracketedWordInTheLeadThatIsNoAgency_GivesNoSource() =>
        ArticleParser.Parse($"{Headline}\n\nالقاهرة (صور) - {Lead}").Source.Should().BeNull();

    [Fact]
    public void AShortHeadlineAboveAPunctuatedLead_StaysTheTitle() =>
        ArticleParser.Parse($"بوتين يستقبل علييف\n{Lead}\n{Lead}").Title.Should().Be("بوتين يستقبل علييف");

    [Fact]
    public void ADateOnlyLine_IsADateline_NotChrome()
    {
        Article article = ArticleParser.Parse($"{Headline}\n04.03.2025\n{Lead}");
        article.Title.Should().Be(Headline);
        article.Published.Should().Be(new PartialDate(2025, 3, 4));
    }
}
