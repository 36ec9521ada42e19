using System.Linq;
using System.Text;
using ArabicNews.Cli.Batch;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Batch;

public sealed class ArticleDecoderTests
{
    private const string Arabic = "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة. 2024";
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

    [Fact]
    public void Utf8WithAndWithoutAByteOrderMark()
    {
        ArticleDecoder.Decode(Encoding.UTF8.GetBytes(Arabic)).Should().Be(new DecodedArticle(Arabic, null, null));
        ArticleDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arabic)]).Text.Should().Be(Arabic);
    }

    [Fact]
    public void Utf16WithAByteOrderMark()
    {
        DecodedArticle little = ArticleDecoder.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Arabic)]);
        little.Text.Should().Be(Arabic);
        little.Note.Should().Be("decoded as UTF-16");
        ArticleDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Arabic)]).Text.Should().Be(Arabic);
    }

    [Fact]
    public void Windows1256ArabicIsDecoded()
    {
        byte[] bytes = Windows1256.GetBytes(Arabic);
        Encoding.UTF8.Invoking(e => new UTF8Encoding(false, true).GetString(bytes)).Should().Throw<DecoderFallbackException>("the test needs bytes that are not UTF-8");
        DecodedArticle decoded = ArticleDecoder.Decode(bytes);
        decoded.Text.Should().Be(Arabic);
        decoded.Note.Should().Contain("Windows-1256");
        decoded.Problem.Should().BeNull();
    }

    [Fact]
    public void Latin1IsNotTakenForWindows1256()
    {
        DecodedArticle decoded = ArticleDecoder.Decode(Encoding.Latin1.GetBytes("Le président a déclaré à Genève: « très bien »"));
        decoded.Text.Should().BeNull();
        decoded.Problem.Should().StartWith("is not valid UTF-8 (at byte 5)");
    }

    [Fact]
    public void MostlyArabicButMixedWithOtherHighBytesIsRejected()
    {
        // Windows-1256 text with one in five non-ASCII characters outside Arabic: below the 90 % threshold.
        string mixed = string.Concat(Enumerable.Repeat("سلام é ", 2)) + "كلام";
        int arabic = mixed.Count(static c => c is >= '\u0600' and <= '\u06FF');
        int nonAscii = mixed.Count(static c => c >= 0x80);
        ((double)arabic / nonAscii).Should().BeLessThan(ArticleDecoder.MinArabicShare);
        ArticleDecoder.Decode(Windows1256.GetBytes(mixed)).Problem.Should().Contain("not Windows-1256 Arabic text");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "is a binary file (it contains NUL bytes)")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x41, 0x42 }, "is a binary file (more than a tenth of it is control characters)")]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "is empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "is empty")]
    public void NotAnArticle(byte[] bytes, string problem)
    {
        DecodedArticle decoded = ArticleDecoder.Decode(bytes);
        decoded.Text.Should().BeNull();
        decoded.Problem.Should().Be(problem);
    }
}
