using System;
using System.Text;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>
/// The <see cref="NormalizationOptions.LuceneCompatible"/> preset: Lucene's own test pairs
/// (TestArabicNormalizationFilter), what Lucene keeps, and a differential test against an independent
/// re-implementation of Lucene's per-token table.
/// </summary>
public class LuceneCompatibleTests
{
    private const NormalizationOptions Lucene = NormalizationOptions.LuceneCompatible;

    [Theory]
    [InlineData("AlifMadda", "آجن", "اجن")]
    [InlineData("AlifHamzaAbove", "أحمد", "احمد")]
    [InlineData("AlifHamzaBelow", "إعاذ", "اعاذ")]
    [InlineData("AlifMaksura", "بنى", "بني")]
    [InlineData("TehMarbuta", "فاطمة", "فاطمه")]
    [InlineData("Tatweel", "روبرـــــت", "روبرت")]
    [InlineData("Fatha", "مَبنا", "مبنا")]
    [InlineData("Kasra", "علِي", "علي")]
    [InlineData("Damma", "بُوات", "بوات")]
    [InlineData("Fathatan", "ولداً", "ولدا")]
    [InlineData("Kasratan", "ولدٍ", "ولد")]
    [InlineData("Dammatan", "ولدٌ", "ولد")]
    [InlineData("Sukun", "نلْسون", "نلسون")]
    [InlineData("Shaddah", "هتميّ", "هتمي")]
    public void LucenePairs(string rule, string input, string expected) =>
        ArabicNormalizer.Normalize(input, Lucene).Should().Be(expected, "Lucene's Test{0}", rule);

    [Fact]
    public void EmptyInput() => ArabicNormalizer.Normalize(string.Empty, Lucene).Should().BeEmpty();

    [Theory]
    [InlineData("SuperscriptAlef", "هٰذا")]
    [InlineData("AlefWasla", "ٱلرحمن")]
    [InlineData("WawWithHamzaAbove", "مؤتمر")]
    [InlineData("YehWithHamzaAbove", "رئيس")]
    [InlineData("Hamza", "سماء")]
    [InlineData("CombiningHamzaAbove", "ا\u0654")]
    [InlineData("FarsiYeh", "ایران")]
    [InlineData("Keheh", "کتاب")]
    [InlineData("HehGoalAndAe", "\u06C1\u06D5\u06C0")]
    [InlineData("QuranicMarks", "العالمين\u06DA\u06DD")]
    [InlineData("ArabicIndicDigits", "١١ مايو ٢٠٢١")]
    [InlineData("ExtendedDigits", "۱۴۰۲")]
    [InlineData("PresentationForms", "ﺑﺎﻛﻮ ﻻ ﷲ")]
    [InlineData("Controls", "\u200F\u200E\u200D\u200C\u202B\u2067\u061C\uFEFF")]
    [InlineData("Spaces", "\u00A0\u2002\u3000")]
    public void KeepsWhatLuceneKeeps(string what, string input)
    {
        string normalized = ArabicNormalizer.Normalize(input, Lucene);
        normalized.Should().BeSameAs(input, "Lucene's ArabicNormalizer leaves {0} alone", what);
    }

    [Fact]
    public void MatchesAnIndependentLuceneTableOverRandomText()
    {
        var random = new Random(20_21_05_11);
        for (int k = 0; k < 5_000; k++)
        {
            string text = RandomText.Next(random, 120);
            ArabicNormalizer.Normalize(text, Lucene).Should().Be(LuceneReference(text), "input #{0}", k);
        }
    }

    /// <summary>
    /// Lucene's table, re-implemented here without the library: per whitespace-separated token, 5 mappings and
    /// 9 deletions (lucene ArabicNormalizer: ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW → ALEF; DOTLESS_YEH →
    /// YEH; TEH_MARBUTA → HEH; TATWEEL, FATHATAN…SUKUN deleted).
    /// </summary>
    private static string LuceneReference(string text)
    {
        var output = new StringBuilder(text.Length);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                output.Append(NormalizeToken(text.AsSpan(start, i - start)));
                if (i < text.Length)
                {
                    output.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return output.ToString();
    }

    private static string NormalizeToken(ReadOnlySpan<char> token)
    {
        char[] buffer = token.ToArray();
        int length = buffer.Length;
        for (int i = 0; i < length; i++)
        {
            switch (buffer[i])
            {
                case '\u0622': // ALEF_MADDA
                case '\u0623': // ALEF_HAMZA_ABOVE
                case '\u0625': // ALEF_HAMZA_BELOW
                    buffer[i] = '\u0627';
                    break;
                case '\u0649': // DOTLESS_YEH
                    buffer[i] = '\u064A';
                    break;
                case '\u0629': // TEH_MARBUTA
                    buffer[i] = '\u0647';
                    break;
                case '\u0640': // TATWEEL
                case '\u064B': // FATHATAN
                case '\u064C': // DAMMATAN
                case '\u064D': // KASRATAN
                case '\u064E': // FATHA
                case '\u064F': // DAMMA
                case '\u0650': // KASRA
                case '\u0651': // SHADDA
                case '\u0652': // SUKUN
                    Array.Copy(buffer, i + 1, buffer, i, length - i - 1); // Lucene's delete: shift the rest left
                    length--;
                    i--;
                    break;
            }
        }

        return new string(buffer, 0, length);
    }
}
