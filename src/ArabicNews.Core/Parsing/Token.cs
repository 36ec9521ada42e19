using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing;

/// <summary>A word of the normalized text: a maximal run of letters and digits.</summary>
/// <param name="Start">The normalized index of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Classes">The word lists the word is in, with or without a glued و or ف (<see cref="TokenLexicon.Classify"/>).</param>
internal readonly record struct Token(int Start, int Length, WordClass Classes = WordClass.None)
{
    /// <summary>Gets the index just past the last character.</summary>
    public int End => Start + Length;
}
