using System;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Text;

/// <summary>One test per rule, named for the letter or mark, with real Arabic words in and out.</summary>
/// <remarks>
/// <see cref="AssertRule"/> checks each rule three ways: the flag alone applies it, the <see cref="NormalizationOptions.Search"/>
/// preset applies it, and <see cref="NormalizationOptions.Search"/> without that flag leaves the word alone (the inputs
/// are chosen so that nothing else in them changes).
/// </remarks>
public class ArabicNormalizerTests
{
    private const NormalizationOptions Search = NormalizationOptions.Search;

    [Fact]
    public void TehMarbuta() => AssertRule(NormalizationOptions.FoldTehMarbuta, "مدينة", "مدينه");

    [Fact]
    public void AlefMaksura() => AssertRule(NormalizationOptions.FoldAlefMaksura, "مستشفى", "مستشفي");

    [Fact]
    public void AlefWithHamzaAbove() => AssertRule(NormalizationOptions.FoldAlefForms, "أذربيجان", "اذربيجان");

    [Fact]
    public void AlefWithHamzaBelow() => AssertRule(NormalizationOptions.FoldAlefForms, "إلهام", "الهام");

    [Fact]
    public void AlefWithMaddaAbove() => AssertRule(NormalizationOptions.FoldAlefForms, "آسيا", "اسيا");

    [Fact]
    public void AlefWasla() => AssertRule(NormalizationOptions.FoldAlefWasla, "ٱلرحمن", "الرحمن");

    [Fact]
    public void WawWithHamzaAbove() => AssertRule(NormalizationOptions.FoldWawHamza, "مؤتمر", "موتمر");

    [Fact]
    public void YehWithHamzaAbove() => AssertRule(NormalizationOptions.FoldYehHamza, "رئيس", "رييس");

    [Fact]
    public void Tatweel() => AssertRule(NormalizationOptions.RemoveTatweel, "روســـيا", "روسيا");

    [Fact]
    public void Fatha() => AssertRule(NormalizationOptions.RemoveHarakat, "كَتب", "كتب");

    [Fact]
    public void Damma() => AssertRule(NormalizationOptions.RemoveHarakat, "كتُب", "كتب");

    [Fact]
    public void Kasra() => AssertRule(NormalizationOptions.RemoveHarakat, "بِلاد", "بلاد");

    [Fact]
    public void Sukun() => AssertRule(NormalizationOptions.RemoveHarakat, "قلْب", "قلب");

    [Fact]
    public void Shadda() => AssertRule(NormalizationOptions.RemoveHarakat, "محمّد", "محمد");

    [Fact]
    public void Tanween() => AssertRule(NormalizationOptions.RemoveHarakat, "شكراً جزيلاً ولدٍ ولدٌ", "شكرا جزيلا ولد ولد");

    [Fact]
    public void CombiningHamzaAbove() => AssertRule(NormalizationOptions.RemoveCombiningMarks, "ا\u0654حمد", "احمد");

    [Fact]
    public void MaddahAbove() => AssertRule(NormalizationOptions.RemoveCombiningMarks, "ا\u0653ل", "ال");

    [Fact]
    public void SuperscriptAlef() => AssertRule(NormalizationOptions.RemoveSuperscriptAlef, "هٰذا", "هذا");

    [Fact]
    public void QuranicMarks() => AssertRule(NormalizationOptions.RemoveQuranicMarks, "العالمين\u06DA \u06DD", "العالمين ");

    [Fact]
    public void FarsiYeh() => AssertRule(NormalizationOptions.FoldPersianLetters, "ایران", "ايران");

    [Fact]
    public void Keheh() => AssertRule(NormalizationOptions.FoldPersianLetters, "کتاب", "كتاب");

    [Fact]
    public void HehGoalAndAe() => AssertRule(NormalizationOptions.FoldPersianLetters, "\u06C1\u06D5\u06C0", "ههه");

    [Fact]
    public void ArabicIndicDigits() => AssertRule(NormalizationOptions.FoldDigits, "١١ مايو ٢٠٢١", "11 مايو 2021");

    [Fact]
    public void ExtendedDigits() => AssertRule(NormalizationOptions.FoldDigits, "سال ۱۴۰۲", "سال 1402");

    [Fact]
    public void PresentationFormLetters() => AssertRule(NormalizationOptions.FoldPresentationForms, "ﺑﺎﻛﻮ", "باكو");

    [Fact]
    public void LigatureLamAlef() => AssertRule(NormalizationOptions.FoldPresentationForms, "ﻻ", "لا");

    [Fact]
    public void LigatureLamAlefWithHamzaAbove()
    {
        // The expansion is folded with the other rules: the hamza survives a display clean-up, not a search fold.
        ArabicNormalizer.Normalize("ﻷ", NormalizationOptions.FoldPresentationForms).Should().Be("لأ");
        ArabicNormalizer.Normalize("ﻷ", NormalizationOptions.Display).Should().Be("لأ");
        ArabicNormalizer.Normalize("ﻷ", Search).Should().Be("لا");
    }

    [Fact]
    public void LigatureAllah() => AssertRule(NormalizationOptions.FoldPresentationForms, "بسم ﷲ", "بسم الله");

    [Fact]
    public void PhraseLigaturesAreKept() => ArabicNormalizer.Normalize("محمد ﷺ ﷻ", Search).Should().Be("محمد ﷺ ﷻ");

    [Fact]
    public void ZeroWidthJoiner() => AssertRule(NormalizationOptions.RemoveFormatControls, "ب\u200Dاكو", "باكو");

    [Fact]
    public void ZeroWidthNonJoiner() => AssertRule(NormalizationOptions.RemoveFormatControls, "می\u200Cخواهم", "میخواهم", searchExpected: "ميخواهم");

    [Fact]
    public void RightToLeftMark() => AssertRule(NormalizationOptions.RemoveFormatControls, "\u200Fباكو\u200E", "باكو");

    [Fact]
    public void ArabicLetterMark() => AssertRule(NormalizationOptions.RemoveFormatControls, "\u061Cموسكو", "موسكو");

    [Fact]
    public void BidiEmbeddingsAndIsolates() => AssertRule(NormalizationOptions.RemoveFormatControls, "\u202Bباكو\u202C \u2067موسكو\u2069", "باكو موسكو");

    [Fact]
    public void ByteOrderMark() => AssertRule(NormalizationOptions.RemoveFormatControls, "\uFEFFباكو", "باكو");

    [Fact]
    public void NoBreakSpace() => AssertRule(NormalizationOptions.FoldSpaces, "باكو\u00A0وموسكو", "باكو وموسكو");

    [Fact]
    public void OtherSpaces() => AssertRule(NormalizationOptions.FoldSpaces, "ا\u2002ب\u2009ت\u202Fث\u205Fج\u3000ح\u1680خ", "ا ب ت ث ج ح خ");

    [Fact]
    public void TabsAndLineBreaksAreKept() => ArabicNormalizer.Normalize("باكو\tموسكو\r\nروسيا\n", Search).Should().BeSameAs("باكو\tموسكو\r\nروسيا\n");

    [Fact]
    public void LatinDigitsPunctuationAndEmojiPassThrough()
    {
        const string Text = "Aliyev (TASS) 2021: «OK» — “yes” … 50% \U0001F600 \uD83D x \uDE00 ©";
        ArabicNormalizer.Normalize(Text, Search).Should().BeSameAs(Text);
    }

    [Fact]
    public void SearchPresetFoldsEverything()
    {
        string input = "وَقالَ الرَّئيسُ الأذربيجانيّ إلهام علييف في مؤتمرٍ صحفيّ يوم ١١ مايو\u00A0٢٠٢١ إنّ ﷲ ﻻ\u200F";
        ArabicNormalizer.Normalize(input, Search).Should().Be("وقال الرييس الاذربيجاني الهام علييف في موتمر صحفي يوم 11 مايو 2021 ان الله لا");
    }

    [Fact]
    public void DisplayPresetKeepsLettersAndMarks()
    {
        string input = "وَقالَ الرَّئيسُ الأذربيجانيّ في مؤتمرٍ يوم ١١ مايو\u00A0٢٠٢١ ـ ﻻ\u200F ة ى";
        ArabicNormalizer.Normalize(input, NormalizationOptions.Display).Should().Be("وَقالَ الرَّئيسُ الأذربيجانيّ في مؤتمرٍ يوم 11 مايو 2021  لا ة ى");
    }

    [Fact]
    public void LuceneCompatiblePresetFoldsOnlyLucenesTable()
    {
        string input = "وَقالَ الرَّئيسُ الأذربيجانيّ في مؤتمرٍ ١١ ﻻ\u200F ة ى ٰ ٱ";
        ArabicNormalizer.Normalize(input, NormalizationOptions.LuceneCompatible).Should().Be("وقال الرئيس الاذربيجاني في مؤتمر ١١ ﻻ\u200F ه ي ٰ ٱ");
    }

    [Fact]
    public void NoneCopiesTheText()
    {
        const string Text = "وَقالَ ١١ ﻻ\u200F";
        ArabicNormalizer.Normalize(Text, NormalizationOptions.None).Should().BeSameAs(Text);
        ArabicNormalizer.IsNormalized(Text, NormalizationOptions.None).Should().BeTrue();
    }

    [Theory]
    [InlineData(NormalizationOptions.Search)]
    [InlineData(NormalizationOptions.Display)]
    [InlineData(NormalizationOptions.LuceneCompatible)]
    public void EmptyInput(NormalizationOptions options)
    {
        ArabicNormalizer.Normalize(string.Empty, options).Should().BeSameAs(string.Empty);
        ArabicNormalizer.IsNormalized(ReadOnlySpan<char>.Empty, options).Should().BeTrue();
        ArabicNormalizer.Normalize(ReadOnlySpan<char>.Empty, Span<char>.Empty, out int consumed, out int written, options)
            .Should().Be(System.Buffers.OperationStatus.Done);
        consumed.Should().Be(0);
        written.Should().Be(0);
    }

    [Fact]
    public void UnchangedTextReturnsTheSameInstance()
    {
        string text = new string('ب', 1000) + " مرحبا بكم في باكو وموسكو";
        ArabicNormalizer.Normalize(text, Search).Should().BeSameAs(text);
    }

    [Fact]
    public void ChangedTextReturnsANewString()
    {
        string text = "مدينة";
        string normalized = ArabicNormalizer.Normalize(text, Search);
        normalized.Should().NotBeSameAs(text).And.Be("مدينه");
    }

    [Fact]
    public void NormalizeNullThrows()
    {
        Action act = () => ArabicNormalizer.Normalize((string)null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Theory]
    [InlineData("باكو وموسكو", true)]
    [InlineData("مدينة", false)]
    [InlineData("Baku 2021", true)]
    [InlineData("٢٠٢١", false)]
    [InlineData("ﻻ", false)]
    [InlineData("a\u00A0b", false)]
    [InlineData("“quoted” — text…", true)]
    public void IsNormalized(string text, bool expected)
    {
        ArabicNormalizer.IsNormalized(text, Search).Should().Be(expected);
        ArabicNormalizer.IsNormalized(ArabicNormalizer.Normalize(text, Search), Search).Should().BeTrue();
    }

    [Fact]
    public void IsNormalizedFindsAChangeAnywhereInALongText()
    {
        string clean = new string('ب', 100);
        for (int position = 0; position < clean.Length; position++)
        {
            string text = clean.Remove(position, 1).Insert(position, "ة");
            ArabicNormalizer.IsNormalized(text, Search).Should().BeFalse();
            ArabicNormalizer.IndexOfFirstChange(text, Search).Should().Be(position);
        }

        ArabicNormalizer.IndexOfFirstChange(clean, Search).Should().Be(-1);
    }

    [Fact]
    public void IndexOfFirstChangeLooksPastCharactersThatOnlyLookLikeChanges()
    {
        // Quotes, dashes and other characters above the Arabic block make a vector block suspicious but do not change.
        string clean = "“باكو” — «موسكو» …" + new string('ب', 300);
        for (int position = 0; position < clean.Length; position += 7)
        {
            string text = clean.Insert(position, "\u00A0");
            ArabicNormalizer.IndexOfFirstChange(text, Search).Should().Be(position);
            ArabicNormalizer.Normalize(text, Search).Should().Be(clean.Insert(position, " "));
        }

        ArabicNormalizer.IndexOfFirstChange(clean, Search).Should().Be(-1);
        ArabicNormalizer.Normalize(clean, Search).Should().BeSameAs(clean);
    }

    [Fact]
    public void GetMaxNormalizedLength()
    {
        ArabicNormalizer.GetMaxNormalizedLength(0).Should().Be(0);
        ArabicNormalizer.GetMaxNormalizedLength(10).Should().Be(10 * ArabicNormalizer.MaxExpansionPerChar);
        ArabicNormalizer.GetMaxNormalizedLength(int.MaxValue / ArabicNormalizer.MaxExpansionPerChar).Should().BePositive();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData((int.MaxValue / ArabicNormalizer.MaxExpansionPerChar) + 1)]
    [InlineData(int.MaxValue)]
    public void GetMaxNormalizedLengthRejectsBadLengths(int length)
    {
        Action act = () => ArabicNormalizer.GetMaxNormalizedLength(length);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sourceLength");
    }

    [Fact]
    public void MaxNormalizedLengthIsAlwaysEnough()
    {
        string worst = new string('\uFDF2', 64); // ﷲ, the longest expansion
        var destination = new char[ArabicNormalizer.GetMaxNormalizedLength(worst.Length)];
        ArabicNormalizer.Normalize(worst, destination, out int consumed, out int written).Should().Be(System.Buffers.OperationStatus.Done);
        consumed.Should().Be(worst.Length);
        written.Should().Be(destination.Length);
    }

    [Fact]
    public void IndexMapShorterThanDestinationThrows()
    {
        Action act = () => ArabicNormalizer.Normalize("abc", new char[3], new int[2], out _, out _);
        act.Should().Throw<ArgumentException>().WithParameterName("sourceIndices").WithMessage("*index map*at least as long as the destination*");
    }

    private static void AssertRule(NormalizationOptions flag, string input, string expected, string? searchExpected = null)
    {
        ArabicNormalizer.Normalize(input, flag).Should().Be(expected, "the flag {0} alone applies its rule", flag);
        ArabicNormalizer.Normalize(input, Search).Should().Be(searchExpected ?? expected, "the Search preset includes {0}", flag);
        if (searchExpected is null)
        {
            ArabicNormalizer.Normalize(input, Search & ~flag).Should().BeSameAs(input, "nothing but {0} changes this input", flag);
        }

        ArabicNormalizer.Normalize(input, NormalizationOptions.None).Should().BeSameAs(input);
        ArabicNormalizer.IsNormalized(input, flag).Should().BeFalse();
        ArabicNormalizer.IsNormalized(expected, flag).Should().BeTrue();
    }
}
