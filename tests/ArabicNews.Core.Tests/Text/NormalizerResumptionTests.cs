using System;
using System.Buffers;
using System.Text;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>The <see cref="OperationStatus"/> contract: resuming after a too-small destination, and partial input.</summary>
public class NormalizerResumptionTests
{
    public static TheoryData<string> Texts => new()
    {
        "مدينة",
        "بسم ﷲ الرحمن ﻻ ﻷ",
        "وَقالَ الرَّئيسُ \U0001F600 إلهام \U0001F600\U0001F600 ١١ ﷲﷲﷲ",
        new string('ب', 40) + "\U0001F600" + new string('ة', 40) + "ﷲ" + new string('a', 33) + "\U0001F600",
        "\uD83D\uDE00\uD83D a \uDE00 ﻻ\u200F\u00A0" + new string('\u064E', 20),

        // Expansions use up the room inside a sixteen-character block right before a surrogate pair.
        string.Concat(System.Linq.Enumerable.Repeat("ﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲ\U0001F600ﻻﻻ\U0001F600َ\U0001F600", 6)),
        string.Concat(System.Linq.Enumerable.Repeat("بَتَثَ\U0001F600ﷲﷲﷲﷲ\U0001F600ةً", 8)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryDestinationSizeResumesToTheOneShotOutput(string text)
    {
        AssertResumes(text, NormalizationOptions.Search);
        AssertResumes(text, NormalizationOptions.Display);
    }

    [Fact]
    public void RandomTextsResumeAtEveryDestinationSize()
    {
        var random = new Random(7788);
        for (int k = 0; k < 300; k++)
        {
            AssertResumes(RandomText.Next(random, k % 3 == 0 ? 150 : 60), NormalizationOptions.Search);
        }
    }

    [Fact]
    public void TrailingHighSurrogateOfAPartialBlockNeedsMoreData()
    {
        string text = "باكو \uD83D";
        var destination = new char[32];
        ArabicNormalizer.Normalize(text, destination, out int consumed, out int written, NormalizationOptions.Search, isFinalBlock: false)
            .Should().Be(OperationStatus.NeedMoreData);
        consumed.Should().Be(text.Length - 1);
        new string(destination, 0, written).Should().Be("باكو ");

        // The next block brings the low half: the pair comes out whole.
        string next = "\uD83D\uDE00ة";
        ArabicNormalizer.Normalize(next, destination, out consumed, out written, NormalizationOptions.Search, isFinalBlock: true)
            .Should().Be(OperationStatus.Done);
        consumed.Should().Be(next.Length);
        new string(destination, 0, written).Should().Be("\uD83D\uDE00ه");
    }

    [Fact]
    public void TrailingHighSurrogateOfTheFinalBlockIsCopied()
    {
        var destination = new char[8];
        ArabicNormalizer.Normalize("ا\uD83D", destination, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(2);
        new string(destination, 0, written).Should().Be("ا\uD83D");
    }

    [Fact]
    public void PartialBlockWithoutTrailingSurrogateIsDone()
    {
        var destination = new char[8];
        ArabicNormalizer.Normalize("أحمد", destination, out int consumed, out _, NormalizationOptions.Search, isFinalBlock: false)
            .Should().Be(OperationStatus.Done);
        consumed.Should().Be(4);
    }

    [Fact]
    public void StreamingInChunksEqualsOneShot()
    {
        var random = new Random(42);
        for (int k = 0; k < 200; k++)
        {
            string text = RandomText.Next(random, 200);
            var output = new StringBuilder();
            var destination = new char[ArabicNormalizer.GetMaxNormalizedLength(text.Length + 1)];
            string pending = string.Empty;
            int position = 0;
            while (position < text.Length)
            {
                int take = Math.Min(random.Next(1, 20), text.Length - position);
                string block = string.Concat(pending, text.AsSpan(position, take));
                position += take;
                bool final = position == text.Length;
                OperationStatus status = ArabicNormalizer.Normalize(block, destination, out int consumed, out int written, NormalizationOptions.Search, final);
                status.Should().Be(consumed == block.Length ? OperationStatus.Done : OperationStatus.NeedMoreData);
                output.Append(destination, 0, written);
                pending = block.Substring(consumed);
            }

            output.ToString().Should().Be(ArabicNormalizer.Normalize(text, NormalizationOptions.Search));
        }
    }

    internal static void AssertResumes(string text, NormalizationOptions options)
    {
        string expected = ArabicCharacterFolding.NormalizeReference(text, options);
        for (int size = 1; size <= expected.Length + 1; size++)
        {
            var output = new StringBuilder();
            var destination = new char[size];
            var indices = new int[size];
            ReadOnlySpan<char> rest = text;
            int offset = 0;
            while (true)
            {
                OperationStatus status = ArabicNormalizer.Normalize(rest, destination, indices, out int consumed, out int written, options);
                string chunk = new(destination, 0, written);

                // What was written is exactly the normalization of what was consumed: no half ligature.
                chunk.Should().Be(ArabicCharacterFolding.NormalizeReference(rest.Slice(0, consumed).ToString(), options));
                for (int k = 0; k < written; k++)
                {
                    (indices[k] + offset).Should().BeLessThan(text.Length);
                    indices[k].Should().BeLessThan(consumed);
                }

                // Never stop between the halves of a surrogate pair.
                if (consumed > 0 && consumed < rest.Length)
                {
                    (char.IsHighSurrogate(rest[consumed - 1]) && char.IsLowSurrogate(rest[consumed])).Should().BeFalse();
                }

                output.Append(chunk);
                rest = rest.Slice(consumed);
                offset += consumed;
                if (status == OperationStatus.Done)
                {
                    rest.IsEmpty.Should().BeTrue();
                    break;
                }

                status.Should().Be(OperationStatus.DestinationTooSmall);
                if (consumed == 0 && written == 0)
                {
                    // No progress is allowed only when the next unit (a pair or an expansion) is longer than the destination.
                    int unit = char.IsHighSurrogate(rest[0]) && rest.Length > 1 && char.IsLowSurrogate(rest[1]) ? 2 : 1;
                    ArabicCharacterFolding.NormalizeReference(rest.Slice(0, unit).ToString(), options).Length.Should().BeGreaterThan(size);
                    output.Clear();
                    break;
                }
            }

            if (output.Length > 0 || expected.Length == 0)
            {
                output.ToString().Should().Be(expected, "destination size {0}", size);
            }
            else
            {
                size.Should().BeLessThan(ArabicNormalizer.MaxExpansionPerChar, "from that size on every unit fits");
            }
        }
    }
}
