namespace ArabicNews.Core.Text;

/// <summary>Named Arabic letters, marks and controls the normalizer and the parser refer to.</summary>
internal static class ArabicLetters
{
    /// <summary>آ U+0622 ALEF WITH MADDA ABOVE.</summary>
    public const char AlefWithMaddaAbove = '\u0622';

    /// <summary>أ U+0623 ALEF WITH HAMZA ABOVE.</summary>
    public const char AlefWithHamzaAbove = '\u0623';

    /// <summary>ؤ U+0624 WAW WITH HAMZA ABOVE.</summary>
    public const char WawWithHamzaAbove = '\u0624';

    /// <summary>إ U+0625 ALEF WITH HAMZA BELOW.</summary>
    public const char AlefWithHamzaBelow = '\u0625';

    /// <summary>ئ U+0626 YEH WITH HAMZA ABOVE.</summary>
    public const char YehWithHamzaAbove = '\u0626';

    /// <summary>ا U+0627 ALEF.</summary>
    public const char Alef = '\u0627';

    /// <summary>ب U+0628 BEH.</summary>
    public const char Beh = '\u0628';

    /// <summary>ة U+0629 TEH MARBUTA.</summary>
    public const char TehMarbuta = '\u0629';

    /// <summary>ف U+0641 FEH.</summary>
    public const char Feh = '\u0641';

    /// <summary>ك U+0643 KAF.</summary>
    public const char Kaf = '\u0643';

    /// <summary>ل U+0644 LAM.</summary>
    public const char Lam = '\u0644';

    /// <summary>ـ U+0640 TATWEEL.</summary>
    public const char Tatweel = '\u0640';

    /// <summary>ه U+0647 HEH.</summary>
    public const char Heh = '\u0647';

    /// <summary>و U+0648 WAW.</summary>
    public const char Waw = '\u0648';

    /// <summary>ى U+0649 ALEF MAKSURA.</summary>
    public const char AlefMaksura = '\u0649';

    /// <summary>ي U+064A YEH.</summary>
    public const char Yeh = '\u064A';

    /// <summary>ً U+064B FATHATAN, the first of the harakat.</summary>
    public const char Fathatan = '\u064B';

    /// <summary>ْ U+0652 SUKUN, the last of the harakat Lucene removes.</summary>
    public const char Sukun = '\u0652';

    /// <summary>ٓ U+0653 MADDAH ABOVE, the first of the other combining marks.</summary>
    public const char MaddahAbove = '\u0653';

    /// <summary>U+065F WAVY HAMZA BELOW, the last combining mark of the Arabic block.</summary>
    public const char WavyHamzaBelow = '\u065F';

    /// <summary>٠ U+0660 ARABIC-INDIC DIGIT ZERO.</summary>
    public const char ArabicIndicDigitZero = '\u0660';

    /// <summary>ٰ U+0670 SUPERSCRIPT ALEF.</summary>
    public const char SuperscriptAlef = '\u0670';

    /// <summary>ٱ U+0671 ALEF WASLA.</summary>
    public const char AlefWasla = '\u0671';

    /// <summary>ک U+06A9 KEHEH (Persian kaf).</summary>
    public const char Keheh = '\u06A9';

    /// <summary>ۀ U+06C0 HEH WITH YEH ABOVE.</summary>
    public const char HehWithYehAbove = '\u06C0';

    /// <summary>ہ U+06C1 HEH GOAL.</summary>
    public const char HehGoal = '\u06C1';

    /// <summary>ی U+06CC FARSI YEH.</summary>
    public const char FarsiYeh = '\u06CC';

    /// <summary>ە U+06D5 AE.</summary>
    public const char Ae = '\u06D5';

    /// <summary>ۖ U+06D6, the first Quranic annotation mark.</summary>
    public const char FirstQuranicMark = '\u06D6';

    /// <summary>ۭ U+06ED, the last Quranic annotation mark.</summary>
    public const char LastQuranicMark = '\u06ED';

    /// <summary>۰ U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO.</summary>
    public const char ExtendedDigitZero = '\u06F0';

    /// <summary>U+061C ARABIC LETTER MARK (a bidi control).</summary>
    public const char ArabicLetterMark = '\u061C';

    /// <summary>U+00A0 NO-BREAK SPACE.</summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark).</summary>
    public const char ByteOrderMark = '\uFEFF';
}
