using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArabicNews.Cli.Batch;

/// <summary>Turns the bytes of an article file into text: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or Windows-1256 when that reading is unambiguous.</summary>
/// <remarks>
/// Windows-1256 is the legacy Arabic code page of many older sites. Bytes that are not valid UTF-8 are read as
/// Windows-1256 only when almost every non-ASCII character of that reading is an Arabic letter, digit or mark:
/// Latin-1 or binary data read that way gives accented letters, symbols and controls instead.
/// </remarks>
internal static class ArticleDecoder
{
    /// <summary>The least share of non-ASCII characters that must be Arabic for a Windows-1256 reading to be accepted.</summary>
    internal const double MinArabicShare = 0.9;

    private const int Windows1256CodePage = 1256;

    /// <summary>The control characters (<see cref="char.IsControl(char)"/>) other than the whitespace ones: a tenth of them makes a file binary.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(static c => (char)c).Where(static c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(Windows1256CodePage)
        ?? throw new InvalidOperationException("The Windows-1256 code page is not available.");

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's contents.</param>
    /// <returns>The text, with a note when it was not UTF-8, or the reason the file is not an article.</returns>
    public static DecodedArticle Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            Encoding utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Check(utf16.GetString(bytes[2..]), "decoded as UTF-16");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodedArticle.Failure("is a binary file (it contains NUL bytes)");
        }

        try
        {
            return Check(StrictUtf8.GetString(bytes), note: null);
        }
        catch (DecoderFallbackException exception)
        {
            string text = Windows1256.GetString(bytes);
            return ArabicShare(text) >= MinArabicShare
                ? Check(text, "is not UTF-8; decoded as Windows-1256")
                : DecodedArticle.Failure($"is not valid UTF-8 (at byte {exception.Index.ToString(CultureInfo.InvariantCulture)}) and not Windows-1256 Arabic text");
        }
    }

    private static DecodedArticle Check(string text, string? note)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedArticle.Failure("is empty");
        }

        int controls = 0;
        ReadOnlySpan<char> rest = text;
        for (int next; (next = rest.IndexOfAny(Controls)) >= 0; rest = rest[(next + 1)..])
        {
            controls++;
        }

        return controls * 10 > text.Length
            ? DecodedArticle.Failure("is a binary file (more than a tenth of it is control characters)")
            : new DecodedArticle(text, note, Problem: null);
    }

    /// <summary>The share of the non-ASCII characters of <paramref name="text"/> that are in the Arabic block.</summary>
    private static double ArabicShare(string text)
    {
        int nonAscii = 0;
        int arabic = 0;
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                nonAscii++;
                if (c is >= '\u0600' and <= '\u06FF' || c is '\u200C' or '\u200D' or '\u200E' or '\u200F')
                {
                    arabic++;
                }
            }
        }

        return nonAscii == 0 ? 0 : (double)arabic / nonAscii;
    }
}
