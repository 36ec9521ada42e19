using System;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>Allocation budgets: bytes are deterministic where times are not, so they are enforced here.</summary>
public class NormalizerAllocationTests
{
    private static readonly string Corpus = SeedText.Repeated(2 * 1024 * 1024); // about 4 MB of UTF-16

    [Theory]
    [InlineData(NormalizationOptions.Search)]
    [InlineData(NormalizationOptions.Display)]
    [InlineData(NormalizationOptions.LuceneCompatible)]
    public void SpanApisAllocateNothing(NormalizationOptions options)
    {
        var destination = new char[ArabicNormalizer.GetMaxNormalizedLength(Corpus.Length)];
        var indices = new int[destination.Length];
        for (int warmUp = 0; warmUp < 3; warmUp++)
        {
            ArabicNormalizer.Normalize(Corpus, destination, out _, out _, options);
            ArabicNormalizer.Normalize(Corpus, destination, indices, out _, out _, options);
            ArabicNormalizer.IsNormalized(Corpus, options);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        ArabicNormalizer.Normalize(Corpus, destination, out _, out int written, options);
        ArabicNormalizer.Normalize(Corpus, destination, indices, out _, out _, options);
        bool normalized = ArabicNormalizer.IsNormalized(Corpus, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        written.Should().BePositive();
        normalized.Should().BeFalse();
    }

    [Fact]
    public void StringApiAllocatesOnlyItsResult()
    {
        for (int warmUp = 0; warmUp < 3; warmUp++)
        {
            ArabicNormalizer.Normalize(Corpus);
        }

        // The fewest bytes of a few calls: the runtime may allocate on this thread during one of them (tiering up a
        // method it has just counted enough calls of), which is none of the normalizer's doing.
        long allocated = long.MaxValue;
        string result = string.Empty;
        for (int call = 0; call < 5; call++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            result = ArabicNormalizer.Normalize(Corpus);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        long resultSize = (result.Length * sizeof(char)) + 32; // object header, length and terminator
        allocated.Should().BeLessThanOrEqualTo(resultSize + 64);
    }

    [Fact]
    public void StringApiAllocatesNothingWhenTheTextIsAlreadyNormalized()
    {
        string clean = ArabicNormalizer.Normalize(Corpus);
        ArabicNormalizer.Normalize(clean);

        long before = GC.GetAllocatedBytesForCurrentThread();
        string result = ArabicNormalizer.Normalize(clean);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Should().BeSameAs(clean);
        allocated.Should().Be(0);
    }

    [Fact]
    public void ShortStringsUseTheStackBuffer()
    {
        const string Text = "وَقالَ الرَّئيسُ";
        ArabicNormalizer.Normalize(Text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        string result = ArabicNormalizer.Normalize(Text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().BeLessThanOrEqualTo((result.Length * sizeof(char)) + 32);
    }
}
