using System.IO;
using System.Linq;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>The reference articles: normalization folds Arabic and loses nothing else.</summary>
public class NormalizerSeedTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (string file in SeedText.Files)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void AllFiveSeedsAreThere() => SeedText.Files.Should().HaveCount(5);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NoNonArabicTextIsLost(string seed)
    {
        string text = File.ReadAllText(Path.Combine(SeedText.Directory, seed));
        foreach (NormalizationOptions options in new[] { NormalizationOptions.Search, NormalizationOptions.Display, NormalizationOptions.LuceneCompatible })
        {
            string normalized = ArabicNormalizer.Normalize(text, options);

            // Latin letters, ASCII digits and punctuation survive in order (Arabic-Indic digits may add ASCII digits).
            IsSubsequence(text.Where(IsLatinDigitOrPunctuation), normalized.Where(IsLatinDigitOrPunctuation)).Should().BeTrue();

            // More generally, every character no rule touches survives in order.
            IsSubsequence(text.Where(c => !ArabicCharacterFolding.Changes(c, options)), normalized).Should().BeTrue();
            ArabicNormalizer.IsNormalized(normalized, options).Should().BeTrue();
            normalized.Should().Be(ArabicCharacterFolding.NormalizeReference(text, options));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SearchFoldsTheSeedsLetters(string seed)
    {
        string normalized = ArabicNormalizer.Normalize(File.ReadAllText(Path.Combine(SeedText.Directory, seed)));
        normalized.Should().NotContainAny("ة", "أ", "إ", "آ", "ى", "\u00A0", "\u064E", "\u0651");
        normalized.Any(c => c is >= '\u0660' and <= '\u0669').Should().BeFalse();
    }

    private static bool IsLatinDigitOrPunctuation(char c) => char.IsAsciiLetterOrDigit(c) || (c < 0x80 && char.IsPunctuation(c));

    private static bool IsSubsequence(System.Collections.Generic.IEnumerable<char> needle, System.Collections.Generic.IEnumerable<char> haystack)
    {
        using var h = haystack.GetEnumerator();
        foreach (char c in needle)
        {
            bool found = false;
            while (h.MoveNext())
            {
                if (h.Current == c)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
