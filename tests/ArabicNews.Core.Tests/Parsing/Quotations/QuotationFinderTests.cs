using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Parsing.Quotations;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Quotations;

public sealed class QuotationFinderTests
{
    private static List<string> Quotes(string text)
    {
        string normalized = ArabicNormalizer.Normalize(text);
        var found = new List<Quotation>();
        QuotationFinder.Find(normalized, 0, normalized.Length, found);
        return found.Select(q => normalized.Substring(q.ContentStart, q.ContentLength)).ToList();
    }

    [Fact]
    public void Guillemets_AreFound() =>
        Quotes("وقال «نحن مستعدون للحوار» أمس.").Should().Equal("نحن مستعدون للحوار");

    [Fact]
    public void CurlyQuotes_AreFound() =>
        Quotes("كتبت مجلة “كوميرسانت” في هذا الصدد").Should().Equal("كوميرسانت");

    [Fact]
    public void StraightQuotes_AreFound() =>
        Quotes("وأضاف: \"نتطلع إلى التعاون\".").Should().Equal("نتطلع الي التعاون");

    [Fact]
    public void GluedProclitic_BeforeOpeningMark_Opens() =>
        Quotes("مؤكدا أن بلاده و\"تتوقع المزيد\" من التعاون").Should().Equal("تتوقع المزيد");

    [Fact]
    public void StrayClosingMark_AfterVerb_IsIgnored()
    {
        // From a real article: «وقال" "بعد …"» has a stray mark glued to the verb.
        Quotes("وقال\" \"بعد أيلول حدث وضع مختلف\".").Should().Equal("بعد ايلول حدث وضع مختلف");
    }

    [Fact]
    public void NestedQuotes_ReportOnlyTheOutermost() =>
        Quotes("قال «إن ما سماه “الحل” لن ينجح» اليوم").Should().Equal("ان ما سماه “الحل” لن ينجح");

    [Fact]
    public void UnclosedQuote_RunsToTheEnd() =>
        Quotes("وقال \"الوضع طبيعي بالفعل").Should().Equal("الوضع طبيعي بالفعل");

    [Fact]
    public void SeveralQuotes_InOneParagraph() =>
        Quotes("قال إن أذربيجان \"ليس بالقول فحسب\"، تبذل جهدها لضمان \"سير حالة ما بعد الصراع\".")
            .Should().Equal("ليس بالقول فحسب", "سير حاله ما بعد الصراع");

    [Fact]
    public void TenThousandUnbalancedQuotes_FinishAndStayWithinBounds()
    {
        string text = string.Concat(Enumerable.Repeat("\" «", 10_000));
        var found = new List<Quotation>();
        QuotationFinder.Find(text, 0, text.Length, found);
        found.Should().OnlyContain(q => q.Open >= 0 && q.Close <= text.Length && q.Open < q.Close);
    }

    [Theory]
    [InlineData("قال »نحن مستعدون« اليوم", "نحن مستعدون")] // guillemets typed the other way round
    [InlineData("قال ”نحن مستعدون“ اليوم", "نحن مستعدون")]
    [InlineData("قال ‟نحن مستعدون“ اليوم", "نحن مستعدون")]
    [InlineData("قال “نحن مستعدون“ اليوم", "نحن مستعدون")] // “ after a word, before a space, closes what is open
    [InlineData("قال و»نحن مستعدون« اليوم", "نحن مستعدون")] // a closing mark glued to و opens
    [InlineData("و»نحن مستعدون« للحوار", "نحن مستعدون")] // … also at the start of the paragraph
    public void MarksTypedRightToLeft_OpenAndCloseByTheirNeighbours(string text, string quote) =>
        Quotes(text).Should().Equal(quote);

    [Theory]
    [InlineData("و")]
    [InlineData("ب")]
    [InlineData("ل")]
    [InlineData("ك")]
    [InlineData("ف")]
    public void QuoteGluedToAProclitic_InsideAQuotation_OpensANestedOne(string proclitic) =>
        Quotes($"قال «إن {proclitic}\"الحل\" لن ينجح» اليوم").Should().Equal($"ان {proclitic}\"الحل\" لن ينجح");

    [Theory]
    [InlineData("قال «إن و“الحل” لن ينجح» اليوم", "ان و“الحل” لن ينجح")] // “ glued to و opens even after a letter
    [InlineData("قال «إن الحل” لن ينجح» اليوم", "ان الحل")] // ” without its “ closes by its neighbours, even a «
    public void TypedMarksInsideAQuotation(string text, string quote) =>
        Quotes(text).Should().Equal(quote);

    [Theory]
    [InlineData("قال» نحن مستعدون")] // a closing mark with nothing open
    [InlineData("قال\" نحن مستعدون")]
    [InlineData("قال ” نحن مستعدون")]
    public void StrayClosingMarks_OpenNothing(string text) => Quotes(text).Should().BeEmpty();

    [Fact]
    public void StraightQuotes_DoNotNest_AQuoteBeforeAWordCloses() =>
        Quotes("قال \"هو \"لا\" شيء").Should().Equal("هو ");
}
