using System;

namespace ArabicNews.Core.Text;

/// <summary>
/// The rules the Arabic normalizer (<c>ArabicNormalizer</c>) applies, one flag per rule, with named presets.
/// </summary>
/// <remarks>
/// Every rule works on one UTF-16 code unit at a time, so the order of the flags does not matter and
/// any combination is valid. Characters no rule touches (Latin text, punctuation, lone surrogates,
/// emoji) pass through unchanged.
/// </remarks>
[Flags]
public enum NormalizationOptions
{
    /// <summary>No rule: the text is copied unchanged.</summary>
    None = 0,

    /// <summary>Removes the harakat U+064B–U+0652 (fathatan, dammatan, kasratan, fatha, damma, kasra, shadda, sukun).</summary>
    RemoveHarakat = 1 << 0,

    /// <summary>Removes the other combining Arabic marks U+0653–U+065F (maddah, combining hamza above and below, …).</summary>
    RemoveCombiningMarks = 1 << 1,

    /// <summary>Removes the superscript (dagger) alef U+0670 (ٰ).</summary>
    RemoveSuperscriptAlef = 1 << 2,

    /// <summary>Removes the Quranic annotation marks U+06D6–U+06ED.</summary>
    RemoveQuranicMarks = 1 << 3,

    /// <summary>Removes the tatweel (kashida) U+0640 (ـ).</summary>
    RemoveTatweel = 1 << 4,

    /// <summary>Folds alef with hamza above (أ), hamza below (إ) and madda (آ) to a bare alef (ا).</summary>
    FoldAlefForms = 1 << 5,

    /// <summary>Folds alef wasla U+0671 (ٱ) to a bare alef (ا).</summary>
    FoldAlefWasla = 1 << 6,

    /// <summary>Folds alef maksura U+0649 (ى) to yeh (ي).</summary>
    FoldAlefMaksura = 1 << 7,

    /// <summary>Folds teh marbuta U+0629 (ة) to heh (ه).</summary>
    FoldTehMarbuta = 1 << 8,

    /// <summary>Folds waw with hamza above U+0624 (ؤ) to waw (و).</summary>
    FoldWawHamza = 1 << 9,

    /// <summary>Folds yeh with hamza above U+0626 (ئ) to yeh (ي).</summary>
    FoldYehHamza = 1 << 10,

    /// <summary>
    /// Folds Persian and Urdu lookalike letters to their Arabic counterparts: farsi yeh U+06CC (ی) → ي,
    /// keheh U+06A9 (ک) → ك, ae U+06D5 (ە) → ه, heh with yeh above U+06C0 (ۀ) → ه, heh goal U+06C1 (ہ) → ه.
    /// </summary>
    FoldPersianLetters = 1 << 11,

    /// <summary>Folds Arabic-Indic digits U+0660–U+0669 and extended Arabic-Indic digits U+06F0–U+06F9 to ASCII 0–9.</summary>
    FoldDigits = 1 << 12,

    /// <summary>
    /// Replaces Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) by the base characters they stand for.
    /// A ligature expands to several characters (ﻻ → لا, ﷲ → الله), so the output can be longer than the input.
    /// </summary>
    /// <remarks>The phrase ligatures U+FDFA (ﷺ) and U+FDFB (ﷻ) are kept as symbols.</remarks>
    FoldPresentationForms = 1 << 13,

    /// <summary>
    /// Removes invisible format and bidirectional controls: U+200B–U+200F, U+202A–U+202E, U+2066–U+2069,
    /// the Arabic letter mark U+061C and the zero-width no-break space U+FEFF.
    /// </summary>
    RemoveFormatControls = 1 << 14,

    /// <summary>
    /// Replaces the no-break space U+00A0 and the other Unicode space separators (U+1680, U+2000–U+200A,
    /// U+202F, U+205F, U+3000) by an ordinary space. Tabs and line breaks are kept.
    /// </summary>
    FoldSpaces = 1 << 15,

    /// <summary>
    /// Everything folded, for matching and search: all the rules above.
    /// </summary>
    Search = RemoveHarakat | RemoveCombiningMarks | RemoveSuperscriptAlef | RemoveQuranicMarks | RemoveTatweel
        | FoldAlefForms | FoldAlefWasla | FoldAlefMaksura | FoldTehMarbuta | FoldWawHamza | FoldYehHamza
        | FoldPersianLetters | FoldDigits | FoldPresentationForms | RemoveFormatControls | FoldSpaces,

    /// <summary>
    /// Cleans text for display while keeping every letter and mark: invisible controls and tatweel removed,
    /// digits made ASCII, presentation forms expanded, spaces made ordinary.
    /// </summary>
    Display = RemoveFormatControls | RemoveTatweel | FoldDigits | FoldPresentationForms | FoldSpaces,

    /// <summary>
    /// Exactly what Lucene's <c>ArabicNormalizer</c> does: alef forms آ أ إ → ا, ى → ي, ة → ه, tatweel and the
    /// harakat U+064B–U+0652 removed, and nothing else (superscript alef, alef wasla, hamza on waw and yeh,
    /// digits and presentation forms are kept).
    /// </summary>
    LuceneCompatible = RemoveHarakat | RemoveTatweel | FoldAlefForms | FoldAlefMaksura | FoldTehMarbuta,
}
