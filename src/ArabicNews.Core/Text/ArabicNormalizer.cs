using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace ArabicNews.Core.Text;

/// <summary>
/// Normalizes Arabic text in one allocation-free pass, optionally recording where every output character
/// came from in the source.
/// </summary>
/// <remarks>
/// <para>The rules are chosen with <see cref="NormalizationOptions"/>:</para>
/// <list type="bullet">
/// <item><description>harakat U+064B–U+0652, other combining marks U+0653–U+065F, superscript alef U+0670, Quranic marks U+06D6–U+06ED and tatweel U+0640 removed;</description></item>
/// <item><description>alef forms أ إ آ and alef wasla ٱ → ا; alef maksura ى → ي; teh marbuta ة → ه; ؤ → و; ئ → ي;</description></item>
/// <item><description>Persian and Urdu lookalikes ی → ي, ک → ك, ە ۀ ہ → ه;</description></item>
/// <item><description>Arabic-Indic and extended Arabic-Indic digits → ASCII digits;</description></item>
/// <item><description>presentation forms → base letters (a ligature expands, so the output can be longer than the input);</description></item>
/// <item><description>invisible and bidi controls removed; no-break and other spaces → an ordinary space.</description></item>
/// </list>
/// <para>
/// The span methods follow the contract of <see cref="System.Text.Unicode.Utf8"/>: they return
/// <see cref="OperationStatus.Done"/> when all of the source was processed,
/// <see cref="OperationStatus.DestinationTooSmall"/> when the destination filled up first (call again with the
/// rest of the source and a fresh destination: a surrogate pair or a ligature expansion is never split across
/// calls), and <see cref="OperationStatus.NeedMoreData"/> when <c>isFinalBlock</c> is <see langword="false"/> and
/// the source ends in a high surrogate, which is left unconsumed. <see cref="OperationStatus.InvalidData"/> is
/// never returned: lone surrogates and any character no rule touches pass through unchanged. In every case
/// <c>charsConsumed</c> and <c>charsWritten</c> tell exactly how far the call got.
/// </para>
/// <para>All members are thread-safe; the span methods allocate nothing.</para>
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>The most characters one source character can become (a ligature such as ﷲ expands to الله).</summary>
    public const int MaxExpansionPerChar = ArabicPresentationForms.MaxExpansion;

    /// <summary>Gets a destination length that is always large enough to normalize <paramref name="sourceLength"/> characters.</summary>
    /// <param name="sourceLength">The length of the source text.</param>
    /// <returns><paramref name="sourceLength"/> × <see cref="MaxExpansionPerChar"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourceLength"/> is negative or the result would overflow.</exception>
    public static int GetMaxNormalizedLength(int sourceLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceLength, int.MaxValue / MaxExpansionPerChar);
        return sourceLength * MaxExpansionPerChar;
    }

    /// <summary>Normalizes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="charsConsumed">How many source characters were processed.</param>
    /// <param name="charsWritten">How many characters were written to <paramref name="destination"/>.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <param name="isFinalBlock"><see langword="false"/> when more source text follows in a later call.</param>
    /// <returns>The outcome, as described in the type's remarks.</returns>
    public static OperationStatus Normalize(
        ReadOnlySpan<char> source,
        Span<char> destination,
        out int charsConsumed,
        out int charsWritten,
        NormalizationOptions options = NormalizationOptions.Search,
        bool isFinalBlock = true) =>
        NormalizeCore(source, destination, Span<int>.Empty, mapIndices: false, out charsConsumed, out charsWritten, options, isFinalBlock);

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> and writes, for every output
    /// character, the index in <paramref name="source"/> of the character it came from.
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="sourceIndices">
    /// Receives one entry per written character: <c>sourceIndices[k]</c> is the index in <paramref name="source"/>
    /// of the character that produced <c>destination[k]</c>. The indices never decrease; all characters of a
    /// ligature expansion share the ligature's index. Must be at least as long as <paramref name="destination"/>.
    /// </param>
    /// <param name="charsConsumed">How many source characters were processed.</param>
    /// <param name="charsWritten">How many characters (and indices) were written.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <param name="isFinalBlock"><see langword="false"/> when more source text follows in a later call.</param>
    /// <returns>The outcome, as described in the type's remarks.</returns>
    /// <exception cref="ArgumentException"><paramref name="sourceIndices"/> is shorter than <paramref name="destination"/>.</exception>
    public static OperationStatus Normalize(
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> sourceIndices,
        out int charsConsumed,
        out int charsWritten,
        NormalizationOptions options = NormalizationOptions.Search,
        bool isFinalBlock = true)
    {
        if (sourceIndices.Length < destination.Length)
        {
            throw new ArgumentException("The index map must be at least as long as the destination.", nameof(sourceIndices));
        }

        return NormalizeCore(source, destination, sourceIndices, mapIndices: true, out charsConsumed, out charsWritten, options, isFinalBlock);
    }

    /// <summary>Normalizes a string.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <returns>The normalized text: the same instance when nothing changes, otherwise a new string (the only allocation).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Normalize(string text, NormalizationOptions options = NormalizationOptions.Search)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAny(NormalizerTables.GetChangingChars(options));
        if (first < 0)
        {
            return text;
        }

        ReadOnlySpan<char> rest = text.AsSpan(first);
        int capacity = first + GetMaxNormalizedLength(rest.Length);
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            NormalizeCore(rest, buffer.Slice(first), Span<int>.Empty, mapIndices: false, out _, out int written, options, isFinalBlock: true);
            return new string(buffer.Slice(0, first + written));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Returns whether normalizing <paramref name="text"/> with <paramref name="options"/> would change nothing.</summary>
    /// <param name="text">The text to test.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <returns><see langword="true"/> when no character would be replaced, removed or expanded.</returns>
    public static bool IsNormalized(ReadOnlySpan<char> text, NormalizationOptions options = NormalizationOptions.Search) =>
        text.IndexOfAny(NormalizerTables.GetChangingChars(options)) < 0;

    private static OperationStatus NormalizeCore(
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> indices,
        bool mapIndices,
        out int charsConsumed,
        out int charsWritten,
        NormalizationOptions options,
        bool isFinalBlock)
    {
        OperationStatus endStatus = OperationStatus.Done;
        if (!isFinalBlock && !source.IsEmpty && char.IsHighSurrogate(source[^1]))
        {
            // The low half may arrive in the next block: leave the high half unconsumed.
            source = source[..^1];
            endStatus = OperationStatus.NeedMoreData;
        }

        SearchValues<char> changing = NormalizerTables.GetChangingChars(options);
        int read = 0;
        int written = 0;
        while (read < source.Length)
        {
            // 1. Copy the run of characters that need no change (vectorized search).
            int run = source.Slice(read).IndexOfAny(changing);
            if (run < 0)
            {
                run = source.Length - read;
            }

            if (run > 0)
            {
                int room = destination.Length - written;
                bool tooSmall = run > room;
                if (tooSmall)
                {
                    run = room;
                    if (run > 0 && char.IsHighSurrogate(source[read + run - 1]) && char.IsLowSurrogate(source[read + run]))
                    {
                        run--; // never split a surrogate pair
                    }
                }

                source.Slice(read, run).CopyTo(destination.Slice(written));
                if (mapIndices)
                {
                    FillIndices(indices.Slice(written, run), read);
                }

                read += run;
                written += run;
                if (tooSmall)
                {
                    return Finish(OperationStatus.DestinationTooSmall, read, written, out charsConsumed, out charsWritten);
                }

                if (read == source.Length)
                {
                    break;
                }
            }

            // 2. Apply the rules to the one character that changes.
            char c = source[read];
            int folded = ArabicCharacterFolding.FoldChar(c, options);
            if (folded >= 0)
            {
                if (written == destination.Length)
                {
                    return Finish(OperationStatus.DestinationTooSmall, read, written, out charsConsumed, out charsWritten);
                }

                if (mapIndices)
                {
                    indices[written] = read;
                }

                destination[written++] = (char)folded;
            }
            else if (folded == ArabicCharacterFolding.Expands
                && !TryWriteExpansion(c, read, destination, indices, mapIndices, ref written, options))
            {
                return Finish(OperationStatus.DestinationTooSmall, read, written, out charsConsumed, out charsWritten);
            }

            read++;
        }

        return Finish(endStatus, read, written, out charsConsumed, out charsWritten);
    }

    private static bool TryWriteExpansion(
        char c,
        int sourceIndex,
        Span<char> destination,
        Span<int> indices,
        bool mapIndices,
        ref int written,
        NormalizationOptions options)
    {
        // Fold into a scratch buffer first, so an expansion is written whole or not at all.
        Span<char> scratch = stackalloc char[MaxExpansionPerChar];
        int count = 0;
        foreach (char part in ArabicPresentationForms.GetExpansion(c))
        {
            int folded = ArabicCharacterFolding.FoldChar(part, options);
            if (folded >= 0)
            {
                scratch[count++] = (char)folded;
            }
        }

        if (count > destination.Length - written)
        {
            return false;
        }

        scratch.Slice(0, count).CopyTo(destination.Slice(written));
        if (mapIndices)
        {
            indices.Slice(written, count).Fill(sourceIndex);
        }

        written += count;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FillIndices(Span<int> indices, int start)
    {
        for (int k = 0; k < indices.Length; k++)
        {
            indices[k] = start + k;
        }
    }

    private static OperationStatus Finish(OperationStatus status, int read, int written, out int charsConsumed, out int charsWritten)
    {
        charsConsumed = read;
        charsWritten = written;
        return status;
    }
}
