using System;

namespace ArabicNews.Core.Text;

/// <summary>
/// The per-character rules of <see cref="NormalizationOptions"/>: the single source of truth shared by the
/// run-time normalizer and, linked as source, by the catalog source generator, so that compile-time and
/// run-time folding can never drift apart.
/// </summary>
/// <remarks>
/// This file must compile for netstandard2.0 (the generator) as well as for the library: it uses only
/// <see cref="ReadOnlySpan{T}"/> and plain character arithmetic. Range tests are single unsigned comparisons.
/// </remarks>
internal static class ArabicCharacterFolding
{
    /// <summary>The value <see cref="FoldChar"/> returns for a character that is removed.</summary>
    public const int Removed = -1;

    /// <summary>The value <see cref="FoldChar"/> returns for a presentation form that expands to several characters.</summary>
    public const int Expands = -2;

    /// <summary>
    /// Applies the single-character rules of <paramref name="options"/> to <paramref name="c"/>.
    /// </summary>
    /// <param name="c">The character to fold.</param>
    /// <param name="options">The rules to apply.</param>
    /// <returns>
    /// The replacement character (which may be <paramref name="c"/> itself), <see cref="Removed"/> when the
    /// character is deleted, or <see cref="Expands"/> when it is a presentation form to be replaced by
    /// <see cref="ArabicPresentationForms.GetExpansion"/>, each character of which is folded again.
    /// </returns>
    public static int FoldChar(char c, NormalizationOptions options)
    {
        // Below the Arabic block only the no-break space can change: the common Latin/ASCII case is one test.
        if (c < '\u0600')
        {
            return c == ArabicLetters.NoBreakSpace && Has(options, NormalizationOptions.FoldSpaces) ? ' ' : c;
        }

        if (c <= '\u06FF')
        {
            return FoldArabicBlock(c, options);
        }

        return FoldOutsideArabicBlock(c, options);
    }

    /// <summary>Returns whether <see cref="FoldChar"/> changes <paramref name="c"/> under <paramref name="options"/>.</summary>
    /// <param name="c">The character to test.</param>
    /// <param name="options">The rules to apply.</param>
    /// <returns><see langword="true"/> when the character is replaced, removed or expanded.</returns>
    public static bool Changes(char c, NormalizationOptions options) => FoldChar(c, options) != c;

    /// <summary>
    /// Normalizes <paramref name="text"/> with a plain scalar loop. This is the reference implementation the
    /// generator uses at compile time; the run-time normalizer produces the same output faster.
    /// </summary>
    /// <param name="text">The text to normalize.</param>
    /// <param name="options">The rules to apply.</param>
    /// <returns>The normalized text.</returns>
    public static string NormalizeReference(string text, NormalizationOptions options)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            int folded = FoldChar(c, options);
            if (folded >= 0)
            {
                builder.Append((char)folded);
            }
            else if (folded == Expands)
            {
                foreach (char part in ArabicPresentationForms.GetExpansion(c))
                {
                    int foldedPart = FoldChar(part, options);
                    if (foldedPart >= 0)
                    {
                        builder.Append((char)foldedPart);
                    }
                }
            }
        }

        return builder.ToString();
    }

    private static bool Has(NormalizationOptions options, NormalizationOptions rule) => (options & rule) != NormalizationOptions.None;

    private static int FoldArabicBlock(char c, NormalizationOptions options)
    {
        switch (c)
        {
            // Fold to alef.
            case ArabicLetters.AlefWithMaddaAbove:
            case ArabicLetters.AlefWithHamzaAbove:
            case ArabicLetters.AlefWithHamzaBelow:
                return Has(options, NormalizationOptions.FoldAlefForms) ? ArabicLetters.Alef : c;
            case ArabicLetters.AlefWasla:
                return Has(options, NormalizationOptions.FoldAlefWasla) ? ArabicLetters.Alef : c;

            // Fold to yeh.
            case ArabicLetters.AlefMaksura:
                return Has(options, NormalizationOptions.FoldAlefMaksura) ? ArabicLetters.Yeh : c;
            case ArabicLetters.YehWithHamzaAbove:
                return Has(options, NormalizationOptions.FoldYehHamza) ? ArabicLetters.Yeh : c;
            case ArabicLetters.FarsiYeh:
                return Has(options, NormalizationOptions.FoldPersianLetters) ? ArabicLetters.Yeh : c;

            // Fold to heh.
            case ArabicLetters.TehMarbuta:
                return Has(options, NormalizationOptions.FoldTehMarbuta) ? ArabicLetters.Heh : c;
            case ArabicLetters.Ae:
            case ArabicLetters.HehWithYehAbove:
            case ArabicLetters.HehGoal:
                return Has(options, NormalizationOptions.FoldPersianLetters) ? ArabicLetters.Heh : c;

            // Fold to waw and kaf.
            case ArabicLetters.WawWithHamzaAbove:
                return Has(options, NormalizationOptions.FoldWawHamza) ? ArabicLetters.Waw : c;
            case ArabicLetters.Keheh:
                return Has(options, NormalizationOptions.FoldPersianLetters) ? ArabicLetters.Kaf : c;

            // Delete.
            case ArabicLetters.Tatweel:
                return Has(options, NormalizationOptions.RemoveTatweel) ? Removed : c;
            case ArabicLetters.SuperscriptAlef:
                return Has(options, NormalizationOptions.RemoveSuperscriptAlef) ? Removed : c;
            case ArabicLetters.ArabicLetterMark:
                return Has(options, NormalizationOptions.RemoveFormatControls) ? Removed : c;
        }

        // Ranges, each one unsigned comparison.
        if ((uint)(c - ArabicLetters.Fathatan) <= ArabicLetters.Sukun - ArabicLetters.Fathatan)
        {
            return Has(options, NormalizationOptions.RemoveHarakat) ? Removed : c;
        }

        if ((uint)(c - ArabicLetters.MaddahAbove) <= ArabicLetters.WavyHamzaBelow - ArabicLetters.MaddahAbove)
        {
            return Has(options, NormalizationOptions.RemoveCombiningMarks) ? Removed : c;
        }

        if ((uint)(c - ArabicLetters.FirstQuranicMark) <= ArabicLetters.LastQuranicMark - ArabicLetters.FirstQuranicMark)
        {
            return Has(options, NormalizationOptions.RemoveQuranicMarks) ? Removed : c;
        }

        if ((uint)(c - ArabicLetters.ArabicIndicDigitZero) <= 9)
        {
            return Has(options, NormalizationOptions.FoldDigits) ? '0' + (c - ArabicLetters.ArabicIndicDigitZero) : c;
        }

        if ((uint)(c - ArabicLetters.ExtendedDigitZero) <= 9)
        {
            return Has(options, NormalizationOptions.FoldDigits) ? '0' + (c - ArabicLetters.ExtendedDigitZero) : c;
        }

        return c;
    }

    private static int FoldOutsideArabicBlock(char c, NormalizationOptions options)
    {
        // Invisible format and bidi controls.
        if ((uint)(c - '\u200B') <= '\u200F' - '\u200B'
            || (uint)(c - '\u202A') <= '\u202E' - '\u202A'
            || (uint)(c - '\u2066') <= '\u2069' - '\u2066'
            || c == ArabicLetters.ByteOrderMark)
        {
            return Has(options, NormalizationOptions.RemoveFormatControls) ? Removed : c;
        }

        // Space separators.
        if ((uint)(c - '\u2000') <= '\u200A' - '\u2000' || c is '\u1680' or '\u202F' or '\u205F' or '\u3000')
        {
            return Has(options, NormalizationOptions.FoldSpaces) ? ' ' : c;
        }

        if (Has(options, NormalizationOptions.FoldPresentationForms)
            && ArabicPresentationForms.IsPresentationForm(c)
            && !ArabicPresentationForms.GetExpansion(c).IsEmpty)
        {
            return Expands;
        }

        return c;
    }
}
