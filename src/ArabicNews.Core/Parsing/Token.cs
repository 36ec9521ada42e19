namespace ArabicNews.Core.Parsing;

/// <summary>A word of the normalized text: a maximal run of letters and digits.</summary>
/// <param name="Start">The normalized index of the first character.</param>
/// <param name="Length">The number of characters.</param>
internal readonly record struct Token(int Start, int Length)
{
    /// <summary>Gets the index just past the last character.</summary>
    public int End => Start + Length;
}
