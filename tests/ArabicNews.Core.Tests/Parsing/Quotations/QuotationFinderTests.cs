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
}
