using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Core.Catalog.Matching;

/// <summary>
/// Finds the tokens (maximal runs of <see cref="CatalogKeyRules.IsTokenChar"/> characters) of a text, 32 characters
/// at a time: a vector compare classifies ASCII letters and digits and the Arabic letters, harakat and digits
/// (U+0620–U+0669); the rare other characters (Latin-1 letters, dashes, quotes, Arabic punctuation) are classified
/// one by one. Falls back to a scalar loop when 256-bit vectors are not hardware accelerated.
/// </summary>
/// <remarks>A mutable cursor over one text, used on the stack by one call; it allocates nothing.</remarks>
[StructLayout(LayoutKind.Auto)]
internal ref struct TokenScanner
{
    private const int Window = 32;

    private readonly ReadOnlySpan<char> _text;
    private readonly bool _vectorized;
    private int _windowStart;
    private uint _windowMask;

    /// <summary>Creates a scanner.</summary>
    /// <param name="text">The text.</param>
    /// <param name="allowVectors">Whether to use vectors when the hardware accelerates them (false forces the scalar loop, for tests).</param>
    public TokenScanner(ReadOnlySpan<char> text, bool allowVectors = true)
    {
        _text = text;
        _vectorized = allowVectors && Vector256.IsHardwareAccelerated;
        _windowStart = int.MinValue;
        _windowMask = 0;
    }

    /// <summary>Finds the first token that starts at or after <paramref name="position"/>.</summary>
    /// <param name="position">Where to start looking.</param>
    /// <param name="start">The token's first character.</param>
    /// <param name="end">One past the token's last character.</param>
    /// <returns><see langword="false"/> when there is no further token.</returns>
    public bool TryNext(int position, out int start, out int end)
    {
        if (_vectorized)
        {
            return TryNextVectorized(position, out start, out end);
        }

        ReadOnlySpan<char> text = _text;
        while ((uint)position < (uint)text.Length && !CatalogKeyRules.IsTokenChar(text[position]))
        {
            position++;
        }

        start = position;
        if (position >= text.Length)
        {
            end = position;
            return false;
        }

        end = position + 1;
        while ((uint)end < (uint)text.Length && CatalogKeyRules.IsTokenChar(text[end]))
        {
            end++;
        }

        return true;
    }

    private bool TryNextVectorized(int position, out int start, out int end)
    {
        // Find the start: the first token character at or after position.
        while (true)
        {
            if (position >= _text.Length)
            {
                start = end = _text.Length;
                return false;
            }

            uint bits = MaskFrom(position);
            if (bits != 0)
            {
                position += BitOperations.TrailingZeroCount(bits);
                break;
            }

            position += Math.Min(Window, _windowStart + Window - position);
        }

        start = position;

        // Find the end: the first non-token character after start.
        while (true)
        {
            if (position >= _text.Length)
            {
                end = _text.Length;
                return true;
            }

            uint gaps = ~MaskFrom(position) & ValidBits(position);
            if (gaps != 0)
            {
                end = position + BitOperations.TrailingZeroCount(gaps);
                return true;
            }

            position = Math.Min(_text.Length, _windowStart + Window);
        }
    }

    /// <summary>The token bits of the current window from <paramref name="position"/> on (bit 0 = position), loading a window if needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint MaskFrom(int position)
    {
        if ((uint)(position - _windowStart) >= Window)
        {
            Load(position);
        }

        return _windowMask >> (position - _windowStart);
    }

    /// <summary>The bits of the window from <paramref name="position"/> on that are inside the text.</summary>
    private readonly uint ValidBits(int position)
    {
        int valid = Math.Min(Window, _text.Length - _windowStart) - (position - _windowStart);
        return valid >= 32 ? uint.MaxValue : (1u << valid) - 1;
    }

    private void Load(int position)
    {
        _windowStart = position;
        if (_text.Length - position >= Window)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), position));
            Vector256<ushort> low = Vector256.LoadUnsafe(ref first);
            Vector256<ushort> high = Vector256.LoadUnsafe(ref first, 16);
            _windowMask = Classify(low, position) | (Classify(high, position + 16) << 16);
            return;
        }

        uint mask = 0;
        for (int i = 0; i < _text.Length - position; i++)
        {
            if (CatalogKeyRules.IsTokenChar(_text[position + i]))
            {
                mask |= 1u << i;
            }
        }

        _windowMask = mask;
    }

    private readonly uint Classify(Vector256<ushort> chars, int offset)
    {
        Vector256<ushort> arabic = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)0x0620), Vector256.Create((ushort)(0x0669 - 0x0620)));
        Vector256<ushort> letter = Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        Vector256<ushort> digit = Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        Vector256<ushort> ascii = Vector256.LessThan(chars, Vector256.Create((ushort)0x80));
        uint token = (arabic | ((letter | digit) & ascii)).ExtractMostSignificantBits();

        // Characters outside ASCII and the Arabic fast range: decide one by one (rare in news text).
        uint other = (~(arabic | ascii)).ExtractMostSignificantBits() & 0xFFFF;
        while (other != 0)
        {
            int lane = BitOperations.TrailingZeroCount(other);
            if (CatalogKeyRules.IsTokenChar(_text[offset + lane]))
            {
                token |= 1u << lane;
            }

            other &= other - 1;
        }

        return token;
    }
}
