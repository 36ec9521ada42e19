using System;
using System.Globalization;

namespace ArabicNews.Core;

/// <summary>A range of UTF-16 code units in the original article text (after byte-order-mark removal).</summary>
/// <remarks>Immutable and thread-safe. <c>text.Substring(Start, Length)</c> is the text the span denotes.</remarks>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="length">The number of code units.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, int.MaxValue - start);
        Start = start;
        Length = length;
    }

    /// <summary>Gets the index of the first code unit.</summary>
    public int Start { get; }

    /// <summary>Gets the number of code units.</summary>
    public int Length { get; }

    /// <summary>Gets the index just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and end indices.</summary>
    /// <param name="start">The index of the first code unit.</param>
    /// <param name="end">The index just past the last code unit.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or either is negative.</exception>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Returns whether this span lies entirely within a text of the given length.</summary>
    /// <param name="textLength">The length of the text.</param>
    /// <returns><see langword="true"/> when <see cref="End"/> ≤ <paramref name="textLength"/>.</returns>
    public bool FitsIn(int textLength) => End <= textLength;

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Formats the span as <c>[start..end)</c> with the invariant culture.</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End})");

    /// <summary>Compares two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when both start and length are equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when start or length differ.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
