using System;
using System.Buffers;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>Property tests over seeded random text: the index map, the reference implementation and the three APIs agree.</summary>
public class NormalizerIndexMapTests
{
    [Fact]
    public void IndexMapAndOutputHoldForRandomText()
    {
        var random = new Random(1_2021);
        NormalizationOptions[] allOptions = RandomText.Options(5);
        for (int k = 0; k < 4_000; k++)
        {
            string text = RandomText.Next(random, k % 10 == 0 ? 600 : 90);
            NormalizationOptions options = allOptions[k % allOptions.Length];
            var destination = new char[ArabicNormalizer.GetMaxNormalizedLength(text.Length)];
            var indices = new int[destination.Length];

            ArabicNormalizer.Normalize(text, destination, indices, out int consumed, out int written, options).Should().Be(OperationStatus.Done);
            consumed.Should().Be(text.Length);
            string output = new(destination, 0, written);

            output.Should().Be(ArabicCharacterFolding.NormalizeReference(text, options), "input #{0} with {1}", k, options);
            ArabicNormalizer.Normalize(text, options).Should().Be(output, "the string API equals the span API");
            ArabicNormalizer.Normalize(text, destination.AsSpan(), out _, out int writtenWithoutMap, options);
            writtenWithoutMap.Should().Be(written);
            ArabicNormalizer.IsNormalized(text, options).Should().Be(output == text && written == text.Length);

            for (int j = 0; j < written; j++)
            {
                int source = indices[j];
                source.Should().BeInRange(0, text.Length - 1);
                if (j > 0)
                {
                    source.Should().BeGreaterThanOrEqualTo(indices[j - 1], "the map never decreases");
                }

                ArabicCharacterFolding.NormalizeReference(text[source].ToString(), options)
                    .Should().Contain(output[j].ToString(), "output {0} comes from source {1}", j, source);
            }
        }
    }

    [Fact]
    public void IndexMapAndOutputHoldForLongArabicBlockText()
    {
        // Only the Arabic block, ASCII and the no-break space: the blocks the vector loops handle without falling back.
        var random = new Random(6);
        foreach (NormalizationOptions options in RandomText.Options(11))
        {
            for (int k = 0; k < 40; k++)
            {
                var chars = new char[random.Next(1, 700)];
                for (int i = 0; i < chars.Length; i++)
                {
                    int kind = random.Next(10);
                    chars[i] = kind switch
                    {
                        < 6 => (char)random.Next(0x0600, 0x0700),
                        < 9 => (char)random.Next(0x20, 0x7F),
                        _ => '\u00A0',
                    };
                }

                string text = new(chars);
                var destination = new char[text.Length];
                var indices = new int[text.Length];
                ArabicNormalizer.Normalize(text, destination, indices, out _, out int written, options).Should().Be(OperationStatus.Done);
                string output = new(destination, 0, written);
                output.Should().Be(ArabicCharacterFolding.NormalizeReference(text, options), "options {0}", options);
                for (int j = 0; j < written; j++)
                {
                    ArabicCharacterFolding.NormalizeReference(text[indices[j]].ToString(), options).Should().Be(output[j].ToString());
                    if (j > 0)
                    {
                        indices[j].Should().BeGreaterThan(indices[j - 1]);
                    }
                }
            }
        }
    }

    [Fact]
    public void UnchangedCharactersMapToThemselves()
    {
        string text = "ab" + new string('ب', 40) + "ة" + new string('c', 40);
        var destination = new char[text.Length];
        var indices = new int[text.Length];
        ArabicNormalizer.Normalize(text, destination, indices, out _, out int written);
        written.Should().Be(text.Length);
        for (int k = 0; k < written; k++)
        {
            indices[k].Should().Be(k);
        }
    }

    [Fact]
    public void RemovalsShiftTheMapAndExpansionsRepeatIt()
    {
        const string Text = "كَتب ﷲ";
        var destination = new char[16];
        var indices = new int[16];
        ArabicNormalizer.Normalize(Text, destination, indices, out _, out int written);
        new string(destination, 0, written).Should().Be("كتب الله");
        indices.AsSpan(0, written).ToArray().Should().Equal(0, 2, 3, 4, 5, 5, 5, 5);
    }
}
