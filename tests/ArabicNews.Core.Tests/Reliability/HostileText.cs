namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The characters scraped text throws at a parser, grouped by what they break.</summary>
internal static class HostileText
{
    /// <summary>Every quotation mark the segmenter knows, and some it does not.</summary>
    public const string QuoteMarks = "\"'«»“”„‟‘’‹›「」";

    /// <summary>Bidi marks, embeddings, overrides and isolates (U+200E/F, U+202A–E, U+2066–9), and U+061C.</summary>
    public const string BidiControls = "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C";

    /// <summary>Zero-width characters, byte-order marks, NUL and other C0 controls, line and paragraph separators.</summary>
    public const string Invisibles = "\u200B\u200C\u200D\uFEFF\u0000\u0001\u001F\u007F\u0085\u2028\u2029\u000B\u000C\r";

    /// <summary>Punctuation the segmenter splits on.</summary>
    public const string Punctuation = ".،,:؛;!?؟()[]/-–—|…\n\t ";

    /// <summary>The first and last code units of the Arabic presentation-forms blocks A (U+FB50–U+FDFF) and B (U+FE70–U+FEFF).</summary>
    public const char PresentationFormsAFirst = '\uFB50';

    /// <summary>The last code unit of presentation forms A.</summary>
    public const char PresentationFormsALast = '\uFDFF';

    /// <summary>The first code unit of presentation forms B.</summary>
    public const char PresentationFormsBFirst = '\uFE70';

    /// <summary>The last code unit of presentation forms B.</summary>
    public const char PresentationFormsBLast = '\uFEFF';

    /// <summary>Letters that are also proclitics (و ف ب ل ك) and the article ال.</summary>
    public const string ProcliticLetters = "وفبلكال";
}
