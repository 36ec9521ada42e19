using System;
using System.Collections.Generic;
using System.Text;
using ArabicNews.Core.Catalog.Matching;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog.Matching;

public sealed class TokenScannerTests
{
    private static List<(int Start, int End)> Tokens(string text, bool allowVectors)
    {
        var tokens = new List<(int, int)>();
        var scanner = new TokenScanner(text, allowVectors);
        int next = 0;
        while (scanner.TryNext(next, out int start, out int end))
        {
            tokens.Add((start, end));
            next = end;
        }

        return tokens;
    }

    private static List<(int Start, int End)> Reference(string text)
    {
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && char.GetUnicodeCategory(text[i]) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark))
            {
                i++;
            }

            tokens.Add((start, i));
        }

        return tokens;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("بوتين")]
    [InlineData(" بوتين، وعلييف.")]
    [InlineData("TASS (İLKHA) “روسيا” — ڤيينا é9 ١٢")]
    public void Tokens_are_maximal_runs_of_letters_digits_and_marks(string text)
    {
        Tokens(text, allowVectors: true).Should().Equal(Reference(text));
        Tokens(text, allowVectors: false).Should().Equal(Reference(text));
    }

    [Fact]
    public void Vectorized_and_scalar_scans_agree_on_random_text()
    {
        const string pool = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ً ٌ ٠١٩ ، ؛ ؟ . , : ; ( ) - – — \" “ ” « » \n\t aZz09 éİı ڤپ 😀 \u200f\u00a0ـ";
        var random = new Random(1234);
        for (int round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 200);
            for (int i = 0; i < length; i++)
            {
                builder.Append(pool[random.Next(pool.Length)]);
            }

            string text = builder.ToString();
            List<(int, int)> expected = Reference(text);
            Tokens(text, allowVectors: true).Should().Equal(expected, text);
            Tokens(text, allowVectors: false).Should().Equal(expected, text);
        }
    }

    [Fact]
    public void Scanning_can_resume_anywhere()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("كلمة، word ", 20));
        var scanner = new TokenScanner(text);
        for (int position = 0; position < text.Length; position++)
        {
            int index = Reference(text).FindIndex(t => t.End > position);
            bool found = scanner.TryNext(position, out int start, out int end);
            found.Should().Be(index >= 0);
            if (found)
            {
                (int Start, int End) expected = Reference(text)[index];
                (start, end).Should().Be((Math.Max(expected.Start, position), expected.End), FormattableString.Invariant($"from {position}"));
            }
        }
    }
}
