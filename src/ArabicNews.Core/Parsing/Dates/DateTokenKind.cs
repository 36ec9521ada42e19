namespace ArabicNews.Core.Parsing.Dates;

/// <summary>What a <see cref="DateToken"/> is.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>The end of the text.</summary>
    End = 0,

    /// <summary>A line break (a run of CR and LF): no date expression crosses one.</summary>
    LineBreak,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>A run of letters.</summary>
    Word,

    /// <summary>Any other single character: punctuation, a symbol, a lone surrogate.</summary>
    Symbol,
}
