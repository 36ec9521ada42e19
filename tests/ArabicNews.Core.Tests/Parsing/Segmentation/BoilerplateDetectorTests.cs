using ArabicNews.Core.Parsing.Segmentation;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Segmentation;

public sealed class BoilerplateDetectorTests
{
    [Theory]
    [InlineData("Ru En", BoilerplateKind.LanguageSwitcher)]
    [InlineData("AR | EN | RU", BoilerplateKind.LanguageSwitcher)]
    [InlineData("الصورة: الموقع الرسمي لرئيس روسيا", BoilerplateKind.PhotoCredit)]
    [InlineData("الصورة : وزارة الخارجية الروسية", BoilerplateKind.PhotoCredit)]
    [InlineData("تصوير أحمد علي", BoilerplateKind.PhotoCredit)]
    [InlineData("المصدر: تاس", BoilerplateKind.SourceLine)]
    [InlineData("المصدر :تاس", BoilerplateKind.SourceLine)]
    [InlineData("© | وقد قام مركز ويبانغاه الإخباري بترجمة هذا الخبر من مصدر وكالة تسنیم للأنباء |", BoilerplateKind.Copyright)]
    [InlineData("جميع الحقوق محفوظة لوكالة الأنباء 2024", BoilerplateKind.Copyright)]
    [InlineData("الرئيسية > أخبار > سياسة", BoilerplateKind.Breadcrumb)]
    public void RecognisesBoilerplate(string line, BoilerplateKind expected)
    {
        BoilerplateDetector.TryClassify(ArabicNormalizer.Normalize(line), out BoilerplateKind kind).Should().BeTrue();
        kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("أكد الرئيس الأذربيجاني إلهام علييف على استمرار الديناميكيات الإيجابية.")]
    [InlineData("المصدر الرئيسي للقلق هو التهديدات الخارجية")]
    [InlineData("الصورة الكاملة للعلاقات بين البلدين واضحة")]
    [InlineData("Putin and Aliyev met in Moscow")]
    [InlineData("In")]
    public void LeavesContentAlone(string line) =>
        BoilerplateDetector.TryClassify(ArabicNormalizer.Normalize(line), out _).Should().BeFalse();
}
