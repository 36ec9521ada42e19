using System;
using System.Buffers;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Parsing;

/// <summary>
/// An article normalized once with <see cref="NormalizationOptions.Search"/>, with the map from every normalized
/// index back to the original text. The buffers come from the shared array pool and go back on <see cref="Dispose"/>.
/// </summary>
internal sealed class NormalizedText : IDisposable
{
    private char[] _chars;
    private int[] _map;

    /// <summary>Normalizes <paramref name="original"/>.</summary>
    /// <param name="original">The original text.</param>
    public NormalizedText(string original)
    {
        Original = original;
        int capacity = ArabicNormalizer.GetMaxNormalizedLength(original.Length);
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        _map = ArrayPool<int>.Shared.Rent(Math.Max(capacity, 1));
        ArabicNormalizer.Normalize(original, _chars, _map, out _, out int written);
        Length = written;
    }

    /// <summary>Gets the original text.</summary>
    public string Original { get; }

    /// <summary>Gets the length of the normalized text.</summary>
    public int Length { get; }

    /// <summary>Gets the normalized text.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    /// <summary>Maps a normalized range to the original text.</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="length">The normalized length.</param>
    /// <returns>The original span covering every source character that produced the range.</returns>
    public TextSpan ToOriginal(int start, int length)
    {
        if (length <= 0)
        {
            int at = start < Length ? _map[start] : Original.Length;
            return new TextSpan(at, 0);
        }

        int originalStart = _map[start];
        int last = _map[start + length - 1];

        // The last source character may be a high surrogate whose low half was copied separately: both are mapped,
        // so last + 1 is exact. Characters removed right after the range (harakat) stay outside it.
        return TextSpan.FromBounds(originalStart, last + 1);
    }

    /// <summary>Gets the original text of a normalized range.</summary>
    /// <param name="start">The normalized start.</param>
    /// <param name="length">The normalized length.</param>
    /// <returns>The original text, exactly as the article wrote it (a shared string when it is short and was seen before).</returns>
    public string OriginalText(int start, int length)
    {
        TextSpan span = ToOriginal(start, length);
        return SubstringCache.Get(Original, span.Start, span.Length);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_map);
            _chars = [];
            _map = [];
        }
    }
}
