using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>One token of normalized text, as the date scanner sees it: a position, a length and a kind.</summary>
/// <remarks>A token holds no reference to the text, so reading one allocates nothing.</remarks>
[DebuggerDisplay("{Kind} [{Start}..{End}) glued={Glued}")]
[StructLayout(LayoutKind.Auto)]
internal readonly struct DateToken
{
    /// <summary>Initializes a token.</summary>
    /// <param name="kind">What the token is.</param>
    /// <param name="start">The index of its first character.</param>
    /// <param name="length">Its length in characters.</param>
    /// <param name="glued">Whether it follows the previous token with no white space between them.</param>
    public DateToken(DateTokenKind kind, int start, int length, bool glued)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Glued = glued;
    }

    /// <summary>Gets what the token is.</summary>
    public DateTokenKind Kind { get; }

    /// <summary>Gets the index of the token's first character.</summary>
    public int Start { get; }

    /// <summary>Gets the token's length.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the token.</summary>
    public int End => Start + Length;

    /// <summary>Gets a value indicating whether no white space separates the token from the one before it.</summary>
    public bool Glued { get; }

    /// <summary>Gets the token's characters.</summary>
    /// <param name="text">The text the token was read from.</param>
    /// <returns>The slice of <paramref name="text"/> the token covers.</returns>
    public ReadOnlySpan<char> Text(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>Returns whether the token is the one symbol <paramref name="symbol"/>.</summary>
    /// <param name="text">The text the token was read from.</param>
    /// <param name="symbol">The symbol to look for.</param>
    /// <returns><see langword="true"/> for a <see cref="DateTokenKind.Symbol"/> token equal to <paramref name="symbol"/>.</returns>
    public bool IsSymbol(ReadOnlySpan<char> text, char symbol) => Kind == DateTokenKind.Symbol && text[Start] == symbol;
}
