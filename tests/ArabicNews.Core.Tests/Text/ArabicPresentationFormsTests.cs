using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>The two presentation-form blocks, U+FB50–U+FDFF and U+FE70–U+FEFF, to their last code point and no further.</summary>
public class ArabicPresentationFormsTests
{
    [Theory]
    [InlineData('\uFB50')]
    [InlineData('\uFDF2')]
    [InlineData('\uFDFF')]
    [InlineData('\uFE70')]
    [InlineData('\uFEFB')]
    [InlineData('\uFEFF')]
    public void BothBlocksToTheirEnds(char c) => ArabicPresentationForms.IsPresentationForm(c).Should().BeTrue();

    [Theory]
    [InlineData('\uFB4F')]
    [InlineData('\uFE00')]
    [InlineData('\uFE0F')]
    [InlineData('\uFE6F')]
    [InlineData('\uFF00')]
    [InlineData('\uFF10')]
    [InlineData('\uFFFD')]
    [InlineData('\u0627')]
    public void NothingAroundThem(char c)
    {
        ArabicPresentationForms.IsPresentationForm(c).Should().BeFalse();
        ArabicPresentationForms.GetExpansion(c).IsEmpty.Should().BeTrue();
        ArabicNormalizer.Normalize("ب" + c + "ب", NormalizationOptions.Search).Should().Be("ب" + c + "ب");
    }

    [Theory]
    [InlineData('\uFEFB', "لا")]
    [InlineData('\uFDF2', "الله")]
    [InlineData('\uFB50', "ٱ")]
    [InlineData('\uFE70', " \u064B")] // <isolated> 0020 064B: the mark on a space
    public void FormsExpandToTheirLetters(char c, string expected) =>
        ArabicPresentationForms.GetExpansion(c).ToString().Should().Be(expected);
}
