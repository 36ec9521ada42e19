namespace ArabicNews.Core.Tests.Reliability;

/// <summary>One way <see cref="ArticleMutator"/> damages an article.</summary>
internal enum MutationKind
{
    /// <summary>Replaces one character with a random one.</summary>
    FlipCharacter,

    /// <summary>Inserts one random character.</summary>
    InsertCharacter,

    /// <summary>Deletes a short range.</summary>
    DeleteRange,

    /// <summary>Repeats a short range a few times in place.</summary>
    DuplicateRange,

    /// <summary>Joins the start of this article to the end of another.</summary>
    SpliceArticles,

    /// <summary>Cuts the article off, as a truncated download does.</summary>
    Truncate,

    /// <summary>Scatters quotation marks.</summary>
    InjectQuoteMarks,

    /// <summary>Scatters bidi controls.</summary>
    InjectBidiControls,

    /// <summary>Inserts lone high or low surrogates.</summary>
    InjectLoneSurrogates,

    /// <summary>Inserts NUL and other invisible or control characters.</summary>
    InjectControls,

    /// <summary>Inserts and substitutes Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF).</summary>
    InjectPresentationForms,

    /// <summary>Rewrites line endings as CR LF or lone CR.</summary>
    ChangeLineEndings,

    /// <summary>Inserts a line of about a megabyte with no newline.</summary>
    MegabyteLine,

    /// <summary>Inserts 10,000 quotation marks that never close.</summary>
    UnbalancedQuotes,
}
