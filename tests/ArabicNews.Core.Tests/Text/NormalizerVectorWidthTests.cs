using System;
using System.Buffers;
using System.IO;
using System.Linq;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>
/// The AVX2 and scalar loops give exactly what the widest loop gives: this machine would otherwise only ever run the
/// widest, and the others ship to every machine without AVX-512.
/// </summary>
public class NormalizerVectorWidthTests
{
    public static TheoryData<int> Limits => new() { (int)VectorWidthLimit.Avx2, (int)VectorWidthLimit.Scalar };

    [Theory]
    [MemberData(nameof(Limits))]
    public void RandomTextNormalizesAlikeWithEveryOptionAndIndexMap(int limit)
    {
        var random = new Random(20261122 + limit);
        foreach (NormalizationOptions options in RandomText.Options(limit))
        {
            for (int k = 0; k < 60; k++)
            {
                string text = RandomText.Next(random, k % 4 == 0 ? 300 : 90);
                (string Text, int[] Map) widest = NormalizeWithMap(text, options, VectorWidthLimit.None);
                (string Text, int[] Map) narrow = NormalizeWithMap(text, options, (VectorWidthLimit)limit);

                narrow.Text.Should().Be(widest.Text, "options {0}, text {1}", options, Escape(text));
                narrow.Map.Should().Equal(widest.Map);
                Under((VectorWidthLimit)limit, () => ArabicNormalizer.Normalize(text, options)).Should().Be(widest.Text);
                Under((VectorWidthLimit)limit, () => ArabicNormalizer.IndexOfFirstChange(text, options))
                    .Should().Be(Under(VectorWidthLimit.None, () => ArabicNormalizer.IndexOfFirstChange(text, options)));
                Under((VectorWidthLimit)limit, () => ArabicNormalizer.IsNormalized(text, options)).Should().Be(widest.Text == text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void SeedsNormalizeAlike(int limit)
    {
        foreach (string file in SeedText.Files)
        {
            string text = File.ReadAllText(file);
            foreach (NormalizationOptions options in new[] { NormalizationOptions.Search, NormalizationOptions.Display, NormalizationOptions.LuceneCompatible })
            {
                (string Text, int[] Map) widest = NormalizeWithMap(text, options, VectorWidthLimit.None);
                (string Text, int[] Map) narrow = NormalizeWithMap(text, options, (VectorWidthLimit)limit);

                narrow.Text.Should().Be(widest.Text);
                narrow.Map.Should().Equal(widest.Map);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void EveryDestinationSizeResumesAlike(int limit)
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("ﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲﷲ\U0001F600ﻻﻻ\U0001F600َ\U0001F600", 6)),
            string.Concat(Enumerable.Repeat("بَتَثَ\U0001F600ﷲﷲﷲﷲ\U0001F600ةً", 8)),
            new string('ب', 40) + "\U0001F600" + new string('ة', 40) + "ﷲ" + new string('a', 33) + "\U0001F600",
        ];
        var random = new Random(7 + limit);
        Under((VectorWidthLimit)limit, () =>
        {
            foreach (string text in texts.Concat(Enumerable.Range(0, 20).Select(_ => RandomText.Next(random, 120))))
            {
                NormalizerResumptionTests.AssertResumes(text, NormalizationOptions.Search);
                NormalizerResumptionTests.AssertResumes(text, NormalizationOptions.Display);
            }

            return 0;
        });
    }

    [Fact]
    public void TheLimitBelongsToTheThreadThatSetItAndIsLiftedAfterwards()
    {
        NormalizerVectorWidth.Limit.Should().Be(VectorWidthLimit.None);
        Under(VectorWidthLimit.Scalar, () =>
        {
            NormalizerVectorWidth.AllowsAvx2.Should().BeFalse();
            NormalizerVectorWidth.AllowsAvx512.Should().BeFalse();
            bool elsewhere = false;
            var other = new System.Threading.Thread(() => elsewhere = NormalizerVectorWidth.AllowsAvx512);
            other.Start();
            other.Join();
            elsewhere.Should().BeTrue();
            return 0;
        });
        Under(VectorWidthLimit.Avx2, () => NormalizerVectorWidth.AllowsAvx2 && !NormalizerVectorWidth.AllowsAvx512).Should().BeTrue();
        NormalizerVectorWidth.AllowsAvx512.Should().BeTrue();
    }

    private static (string Text, int[] Map) NormalizeWithMap(string text, NormalizationOptions options, VectorWidthLimit limit) => Under(limit, () =>
    {
        char[] destination = new char[ArabicNormalizer.GetMaxNormalizedLength(text.Length)];
        int[] map = new int[destination.Length];
        ArabicNormalizer.Normalize(text, destination, map, out int consumed, out int written, options)
            .Should().Be(OperationStatus.Done);
        consumed.Should().Be(text.Length);
        return (new string(destination, 0, written), map[..written]);
    });

    private static T Under<T>(VectorWidthLimit limit, Func<T> action)
    {
        VectorWidthLimit before = NormalizerVectorWidth.Limit;
        NormalizerVectorWidth.Limit = limit;
        try
        {
            return action();
        }
        finally
        {
            NormalizerVectorWidth.Limit = before;
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
