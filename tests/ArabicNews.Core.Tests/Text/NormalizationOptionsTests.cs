using System;
using System.Collections.Generic;
using System.Linq;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>Options independence: each single flag changes exactly the characters its documentation lists, and nothing else.</summary>
public class NormalizationOptionsTests
{
    public static TheoryData<NormalizationOptions> SingleFlags()
    {
        var data = new TheoryData<NormalizationOptions>();
        foreach (NormalizationOptions flag in Flags())
        {
            data.Add(flag);
        }

        return data;
    }

    [Fact]
    public void ThereAreSixteenRules() => Flags().Should().HaveCount(16);

    [Theory]
    [MemberData(nameof(SingleFlags))]
    public void EachFlagChangesOnlyItsCharacters(NormalizationOptions flag)
    {
        HashSet<char> expected = Listed(flag);
        var changed = new List<char>();
        Span<char> destination = stackalloc char[ArabicNormalizer.MaxExpansionPerChar];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            ReadOnlySpan<char> one = [(char)c];
            ArabicNormalizer.Normalize(one, destination, out _, out int written, flag);
            if (written != 1 || destination[0] != c)
            {
                changed.Add((char)c);
            }
        }

        changed.Select(c => $"U+{(int)c:X4}").Should().BeEquivalentTo(expected.Select(c => $"U+{(int)c:X4}"));
    }

    [Fact]
    public void PresetsAreTheDocumentedUnions()
    {
        NormalizationOptions.LuceneCompatible.Should().Be(
            NormalizationOptions.RemoveHarakat | NormalizationOptions.RemoveTatweel | NormalizationOptions.FoldAlefForms
            | NormalizationOptions.FoldAlefMaksura | NormalizationOptions.FoldTehMarbuta);
        NormalizationOptions.Display.Should().Be(
            NormalizationOptions.RemoveFormatControls | NormalizationOptions.RemoveTatweel | NormalizationOptions.FoldDigits
            | NormalizationOptions.FoldPresentationForms | NormalizationOptions.FoldSpaces);
        ((int)NormalizationOptions.Search).Should().Be(0xFFFF, "Search is every rule");
    }

    [Fact]
    public void CombinedFlagsChangeTheUnionOfTheirCharacters()
    {
        var random = new Random(3);
        for (int k = 0; k < 20; k++)
        {
            var options = (NormalizationOptions)random.Next(1 << 16);
            for (int c = 0x0600; c <= 0x06FF; c++)
            {
                bool any = Flags().Any(f => (options & f) != NormalizationOptions.None && Listed(f).Contains((char)c));
                ArabicNormalizer.IsNormalized([(char)c], options).Should().Be(!any, "U+{0:X4} under {1}", c, options);
            }
        }
    }

    private static NormalizationOptions[] Flags() =>
        [.. Enum.GetValues<NormalizationOptions>().Where(f => f != NormalizationOptions.None && ((int)f & ((int)f - 1)) == 0)];

    private static HashSet<char> Listed(NormalizationOptions flag)
    {
        static IEnumerable<char> Range(int first, int last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

        return flag switch
        {
            NormalizationOptions.RemoveHarakat => [.. Range(0x064B, 0x0652)],
            NormalizationOptions.RemoveCombiningMarks => [.. Range(0x0653, 0x065F)],
            NormalizationOptions.RemoveSuperscriptAlef => ['\u0670'],
            NormalizationOptions.RemoveQuranicMarks => [.. Range(0x06D6, 0x06ED)],
            NormalizationOptions.RemoveTatweel => ['\u0640'],
            NormalizationOptions.FoldAlefForms => ['\u0622', '\u0623', '\u0625'],
            NormalizationOptions.FoldAlefWasla => ['\u0671'],
            NormalizationOptions.FoldAlefMaksura => ['\u0649'],
            NormalizationOptions.FoldTehMarbuta => ['\u0629'],
            NormalizationOptions.FoldWawHamza => ['\u0624'],
            NormalizationOptions.FoldYehHamza => ['\u0626'],
            NormalizationOptions.FoldPersianLetters => ['\u06CC', '\u06A9', '\u06D5', '\u06C0', '\u06C1'],
            NormalizationOptions.FoldDigits => [.. Range(0x0660, 0x0669), .. Range(0x06F0, 0x06F9)],

            // Every presentation form with a compatibility decomposition, except the two phrase ligatures.
            NormalizationOptions.FoldPresentationForms =>
                [.. Range(0xFB50, 0xFDFF).Concat(Range(0xFE70, 0xFEFE)).Where(c => ArabicPresentationForms.GetExpansion(c).Length > 0)],
            NormalizationOptions.RemoveFormatControls =>
                [.. Range(0x200B, 0x200F), .. Range(0x202A, 0x202E), .. Range(0x2066, 0x2069), '\u061C', '\uFEFF'],
            NormalizationOptions.FoldSpaces => ['\u00A0', '\u1680', .. Range(0x2000, 0x200A), '\u202F', '\u205F', '\u3000'],
            _ => throw new ArgumentOutOfRangeException(nameof(flag)),
        };
    }

    [Fact]
    public void PresentationFormsWithoutExpansionAreTheDocumentedOnes()
    {
        // Sanity check of the table against the documented exceptions: the honorific phrase ligatures stay.
        ArabicPresentationForms.GetExpansion('\uFDFA').IsEmpty.Should().BeTrue();
        ArabicPresentationForms.GetExpansion('\uFDFB').IsEmpty.Should().BeTrue();
        ArabicPresentationForms.GetExpansion('\uFDF2').ToString().Should().Be("الله");
        ArabicPresentationForms.GetExpansion('\uFEFB').ToString().Should().Be("لا");
    }
}
