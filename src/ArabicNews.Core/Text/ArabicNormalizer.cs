using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
/// <para>
/// Implementation: one read/write pass over blocks of 32 characters, with the widest instructions the CPU has.
/// With AVX-512 (BW and VBMI2, .NET 10), the options' map of the Arabic block U+0600–U+06FF sits in eight registers,
/// four two-table word permutes translate a whole block at once and removed characters are squeezed out with
/// vpcompressw; a cheaper 64-character probe copies already-normalized text straight through. With AVX2, a block is
/// stored as it is and tested against a per-options bitmap of the Arabic block with byte shuffles; only the
/// characters that change are then patched, removed or expanded. Elsewhere, and for the last few characters, a scalar
/// loop does the same with a direct 1,792-entry map of U+0000–U+06FF. The rare characters above U+0700 that a rule
/// changes (spaces, controls, presentation forms) always go through the scalar rules.
/// </para>
/// </remarks>
public static class ArabicNormalizer
{
    // RS0026 guards against adding an overload with optional parameters to a released API, where an existing call
    // could bind to the new overload. These overloads are released together and differ in their required parameters
    // (string; span to span; span to span with an index map), so every call binds to exactly one of them.
    private const string OverloadsJustification = "Released together; the required parameters differ, so no call is ambiguous.";

    /// <summary>The most characters one source character can become (a ligature such as ﷲ expands to الله).</summary>
    public const int MaxExpansionPerChar = ArabicPresentationForms.MaxExpansion;

    /// <summary>The characters the vectorized loop reads and writes at a time (two <see cref="Vector256{T}"/> of UTF-16 code units).</summary>
    private const int BlockLength = 32;

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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static OperationStatus Normalize(
        ReadOnlySpan<char> source,
        Span<char> destination,
        out int charsConsumed,
        out int charsWritten,
        NormalizationOptions options = NormalizationOptions.Search,
        bool isFinalBlock = true) =>
        NormalizeCore<NoIndexMap>(source, destination, Span<int>.Empty, out charsConsumed, out charsWritten, NormalizerTables.GetPlan(options), isFinalBlock);

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
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
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

        return NormalizeCore<WithIndexMap>(source, destination, sourceIndices, out charsConsumed, out charsWritten, NormalizerTables.GetPlan(options), isFinalBlock);
    }

    /// <summary>Normalizes a string.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <returns>The normalized text: the same instance when nothing changes, otherwise a new string (the only allocation).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static string Normalize(string text, NormalizationOptions options = NormalizationOptions.Search)
    {
        ArgumentNullException.ThrowIfNull(text);
        NormalizerPlan plan = NormalizerTables.GetPlan(options);
        int first = IndexOfFirstChange(text, plan);
        if (first < 0)
        {
            return text;
        }

        // Text almost always shrinks or keeps its length: start with a little slack for ligatures and grow
        // only when the destination fills up, rather than reserving the worst case (four times the input).
        ReadOnlySpan<char> rest = text.AsSpan(first);
        int capacity = (int)Math.Min((long)text.Length + 16, Array.MaxLength);
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            text.AsSpan(0, first).CopyTo(buffer);
            int written = first;
            while (true)
            {
                OperationStatus status = NormalizeCore<NoIndexMap>(rest, buffer.Slice(written), Span<int>.Empty, out int consumed, out int chunk, plan, isFinalBlock: true);
                written += chunk;
                if (status == OperationStatus.Done)
                {
                    break;
                }

                // Ligatures filled the buffer: move to one that holds the worst case of what is left.
                rest = rest.Slice(consumed);
                char[] larger = ArrayPool<char>.Shared.Rent((int)Math.Min(written + ((long)rest.Length * MaxExpansionPerChar), Array.MaxLength));
                buffer.Slice(0, written).CopyTo(larger);
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                rented = larger;
                buffer = larger;
            }

            return new string(buffer.Slice(0, written));
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
        IndexOfFirstChange(text, NormalizerTables.GetPlan(options)) < 0;

    /// <summary>Finds the first character of <paramref name="text"/> that <paramref name="options"/> would change.</summary>
    /// <param name="text">The text to search.</param>
    /// <param name="options">The rules to apply; <see cref="NormalizationOptions.Search"/> by default.</param>
    /// <returns>The index of the first character that would be replaced, removed or expanded, or -1 when there is none.</returns>
    /// <remarks>Everything before the returned index is already normalized and would be copied unchanged.</remarks>
    public static int IndexOfFirstChange(ReadOnlySpan<char> text, NormalizationOptions options = NormalizationOptions.Search) =>
        IndexOfFirstChange(text, NormalizerTables.GetPlan(options));

    private static int IndexOfFirstChange(ReadOnlySpan<char> text, NormalizerPlan plan)
    {
        int i = 0;
#if NET10_0_OR_GREATER
        if (Avx512BW.IsSupported && NormalizerVectorWidth.AllowsAvx512)
        {
            // Skip 64 clean characters at a time; a block the probe does not pass is checked character by character.
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector512<byte> bitmapLow = Vector512.Create(plan.ArabicBitmapLow, plan.ArabicBitmapLow);
            Vector512<byte> bitmapHigh = Vector512.Create(plan.ArabicBitmapHigh, plan.ArabicBitmapHigh);
            for (; i <= text.Length - 64; i += 64)
            {
                if (!IsClean512(Vector512.LoadUnsafe(ref start, (nuint)i), Vector512.LoadUnsafe(ref start, (nuint)i + 32), bitmapLow, bitmapHigh, plan.CheckAboveArabicBlock))
                {
                    // The probe is not exact (a curly quote is not a change): look at the 64 characters one by one.
                    for (int k = i; k < i + 64; k++)
                    {
                        if (plan.Changes(text[k]))
                        {
                            return k;
                        }
                    }
                }
            }
        }

#endif
        if (Avx2.IsSupported && text.Length >= BlockLength && NormalizerVectorWidth.AllowsAvx2)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector256<byte> bitmapLow = plan.ArabicBitmapLow;
            Vector256<byte> bitmapHigh = plan.ArabicBitmapHigh;
            bool checkAbove = plan.CheckAboveArabicBlock;
            for (; i <= text.Length - BlockLength; i += BlockLength)
            {
                uint mask = FindCandidates(
                    Vector256.LoadUnsafe(ref start, (nuint)i),
                    Vector256.LoadUnsafe(ref start, (nuint)i + 16),
                    bitmapLow,
                    bitmapHigh,
                    checkAbove);
                while (mask != 0)
                {
                    int position = i + BitOperations.TrailingZeroCount(mask);
                    if (plan.Changes(text[position]))
                    {
                        return position;
                    }

                    mask &= mask - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (plan.Changes(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The one-pass loop behind every public method.</summary>
    /// <typeparam name="TMap"><see cref="WithIndexMap"/> to fill <paramref name="indices"/>, <see cref="NoIndexMap"/> not to (the JIT removes the dead branch).</typeparam>
    private static OperationStatus NormalizeCore<TMap>(
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> indices,
        out int charsConsumed,
        out int charsWritten,
        NormalizerPlan plan,
        bool isFinalBlock)
        where TMap : struct
    {
        OperationStatus endStatus = OperationStatus.Done;
        if (!isFinalBlock && !source.IsEmpty && char.IsHighSurrogate(source[^1]))
        {
            // The low half may arrive in the next block: leave the high half unconsumed.
            source = source[..^1];
            endStatus = OperationStatus.NeedMoreData;
        }

        char[] map = plan.Map;
        int read = 0;
        int written = 0;

#if NET10_0_OR_GREATER
        // 0. With AVX-512 (BW for the word permutes, VBMI2 for compress): thirty-two characters at a time, fully
        //    branch-free for text in the Arabic block. The plan's map of U+0600–U+06FF lives in eight registers and
        //    four two-table word permutes look every character up at once; removed characters are squeezed out
        //    with vpcompressw. A block with a character above U+0700 that a rule may change (rare in Arabic text)
        //    goes through the scalar loop.
        if (Avx512BW.IsSupported && Avx512Vbmi2.IsSupported && NormalizerVectorWidth.AllowsAvx512)
        {
            if (!VectorRun512<TMap>(source, destination, indices, ref read, ref written, plan))
            {
                return TooSmall(source, read, written, out charsConsumed, out charsWritten);
            }
        }

#endif
        // 1. Thirty-two characters at a time while both sides have room. Each block is stored unchanged first, then
        //    the candidates are patched in place (one-for-one replacements). At the first removal the rest of the
        //    block goes through the branch-free scalar map; at an expansion or removal above U+0700 the block ends
        //    there and the next one starts right after that character.
        if (Avx2.IsSupported && NormalizerVectorWidth.AllowsAvx2)
        {
            ref ushort src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
            ref ushort dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
            ref int idx = ref MemoryMarshal.GetReference(indices);
            ref char mapStart = ref MemoryMarshal.GetArrayDataReference(map);
            Vector256<byte> bitmapLow = plan.ArabicBitmapLow;
            Vector256<byte> bitmapHigh = plan.ArabicBitmapHigh;
            bool checkAbove = plan.CheckAboveArabicBlock;
            while (read <= source.Length - BlockLength && written < destination.Length - BlockLength)
            {
                Vector256<ushort> first = Vector256.LoadUnsafe(ref src, (nuint)read);
                Vector256<ushort> second = Vector256.LoadUnsafe(ref src, (nuint)read + 16);
                uint mask = FindCandidates(first, second, bitmapLow, bitmapHigh, checkAbove);
                first.StoreUnsafe(ref dst, (nuint)written);
                second.StoreUnsafe(ref dst, (nuint)written + 16);
                if (typeof(TMap) == typeof(WithIndexMap))
                {
                    Vector256<int> position = Vector256.Create(read) + Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
                    position.StoreUnsafe(ref idx, (nuint)written);
                    (position + Vector256.Create(8)).StoreUnsafe(ref idx, (nuint)written + 8);
                    (position + Vector256.Create(16)).StoreUnsafe(ref idx, (nuint)written + 16);
                    (position + Vector256.Create(24)).StoreUnsafe(ref idx, (nuint)written + 24);
                }

                while (true)
                {
                    if (mask == 0)
                    {
                        read += BlockLength;
                        written += BlockLength;
                        break;
                    }

                    int p = BitOperations.TrailingZeroCount(mask);
                    char c = (char)Unsafe.Add(ref src, read + p);
                    int folded = c < NormalizerPlan.MapLength ? Unsafe.Add(ref mapStart, c) : ArabicCharacterFolding.FoldChar(c, plan.Options);
                    bool removedInMap = c < NormalizerPlan.MapLength && folded == NormalizerPlan.RemovedMark;
                    if (folded >= 0 && !removedInMap)
                    {
                        // One for one (or a candidate above U+0700 that turned out to stay): patch in place.
                        Unsafe.Add(ref dst, written + p) = (ushort)folded;
                        mask &= mask - 1;
                        continue;
                    }

                    if (removedInMap)
                    {
                        // A removal in the Arabic block: the rest of the block goes through the scalar map, which
                        // compacts branch-free (a removed character is written and then overwritten). It stops at
                        // the first character from U+0700 up, where the next block starts, so at most 31 characters
                        // are written here and the room the block started with is never exceeded.
                        int end = read + BlockLength;
                        written += p;
                        for (read += p + 1; read < end; read++)
                        {
                            char next = (char)Unsafe.Add(ref src, read);
                            if (next >= NormalizerPlan.MapLength)
                            {
                                break;
                            }

                            char mapped = Unsafe.Add(ref mapStart, next);
                            Unsafe.Add(ref dst, written) = mapped;
                            if (typeof(TMap) == typeof(WithIndexMap))
                            {
                                Unsafe.Add(ref idx, written) = read;
                            }

                            written += mapped != NormalizerPlan.RemovedMark ? 1 : 0;
                        }

                        break;
                    }

                    // Above the Arabic block, a removal or an expansion: the block ends before it.
                    read += p;
                    written += p;
                    if (!TryWriteFolded<TMap>(c, read, destination, indices, ref written, plan.Options))
                    {
                        return TooSmall(source, read, written, out charsConsumed, out charsWritten);
                    }

                    read++;
                    break;
                }
            }
        }

        // 2. The scalar loop: the whole text without SIMD, otherwise the last few characters.
        if (!ScalarRun<TMap>(source, destination, indices, ref read, ref written, source.Length, plan))
        {
            return TooSmall(source, read, written, out charsConsumed, out charsWritten);
        }

        return Finish(endStatus, read, written, out charsConsumed, out charsWritten);
    }

    /// <summary>Normalizes <paramref name="source"/>[<paramref name="read"/>..<paramref name="end"/>) one character at a time.</summary>
    /// <returns><see langword="false"/> when the destination filled up; <paramref name="read"/> and <paramref name="written"/> tell how far it got.</returns>
    private static bool ScalarRun<TMap>(
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> indices,
        ref int read,
        ref int written,
        int end,
        NormalizerPlan plan)
        where TMap : struct
    {
        char[] map = plan.Map;
        while (read < end)
        {
            char c = source[read];
            if (c < NormalizerPlan.MapLength)
            {
                char replacement = map[c];
                if (replacement != NormalizerPlan.RemovedMark)
                {
                    if (written == destination.Length)
                    {
                        return false;
                    }

                    if (typeof(TMap) == typeof(WithIndexMap))
                    {
                        indices[written] = read;
                    }

                    destination[written++] = replacement;
                }

                read++;
                continue;
            }

            if (char.IsHighSurrogate(c) && read + 1 < source.Length && char.IsLowSurrogate(source[read + 1]))
            {
                // Never split a surrogate pair across calls.
                if (destination.Length - written < 2)
                {
                    return false;
                }

                if (typeof(TMap) == typeof(WithIndexMap))
                {
                    indices[written] = read;
                    indices[written + 1] = read + 1;
                }

                destination[written] = c;
                destination[written + 1] = source[read + 1];
                written += 2;
                read += 2;
                continue;
            }

            if (!TryWriteFolded<TMap>(c, read, destination, indices, ref written, plan.Options))
            {
                return false;
            }

            read++;
        }

        return true;
    }

#if NET10_0_OR_GREATER
    /// <summary>The AVX-512 loop: see step 0 of <see cref="NormalizeCore{TMap}"/>.</summary>
    /// <returns><see langword="false"/> when the destination filled up inside a block that needed the scalar loop.</returns>
    private static bool VectorRun512<TMap>(
        ReadOnlySpan<char> source,
        Span<char> destination,
        Span<int> indices,
        ref int read,
        ref int written,
        NormalizerPlan plan)
        where TMap : struct
    {
        ref ushort src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref ushort dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        ref int idx = ref MemoryMarshal.GetReference(indices);
        ReadOnlySpan<Vector512<ushort>> table = plan.ArabicMap512;
        Vector512<ushort> t0 = table[0], t1 = table[1], t2 = table[2], t3 = table[3];
        Vector512<ushort> t4 = table[4], t5 = table[5], t6 = table[6], t7 = table[7];
        Vector512<ushort> noBreakSpace = Vector512.Create((ushort)ArabicLetters.NoBreakSpace);
        Vector512<ushort> noBreakSpaceOutput = Vector512.Create((ushort)plan.Map[ArabicLetters.NoBreakSpace]);
        Vector512<ushort> removed = Vector512.Create((ushort)NormalizerPlan.RemovedMark);
        bool checkAbove = plan.CheckAboveArabicBlock;

        // The bitmaps of the AVX2 scan, repeated in all four 128-bit lanes for a 64-character clean-text probe.
        Vector512<byte> bitmapLow = Vector512.Create(plan.ArabicBitmapLow, plan.ArabicBitmapLow);
        Vector512<byte> bitmapHigh = Vector512.Create(plan.ArabicBitmapHigh, plan.ArabicBitmapHigh);
        int untilProbe = 0;
        while (read <= source.Length - 32 && written < destination.Length - 32)
        {
            // Already-normalized text is common (re-normalizing, clean feeds): probe 64 characters with the cheaper
            // nibble-bitmap scan and copy them as they are when nothing changes. Text that needs work fails the
            // probe, so it is retried only every eighth block there.
            if (untilProbe == 0 && read <= source.Length - 64 && written < destination.Length - 64)
            {
                Vector512<ushort> first = Vector512.LoadUnsafe(ref src, (nuint)read);
                Vector512<ushort> second = Vector512.LoadUnsafe(ref src, (nuint)read + 32);
                if (IsClean512(first, second, bitmapLow, bitmapHigh, checkAbove))
                {
                    first.StoreUnsafe(ref dst, (nuint)written);
                    second.StoreUnsafe(ref dst, (nuint)written + 32);
                    if (typeof(TMap) == typeof(WithIndexMap))
                    {
                        Vector512<int> position = Vector512.Create(read) + Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
                        position.StoreUnsafe(ref idx, (nuint)written);
                        (position + Vector512.Create(16)).StoreUnsafe(ref idx, (nuint)written + 16);
                        (position + Vector512.Create(32)).StoreUnsafe(ref idx, (nuint)written + 32);
                        (position + Vector512.Create(48)).StoreUnsafe(ref idx, (nuint)written + 48);
                    }

                    read += 64;
                    written += 64;
                    continue;
                }

                untilProbe = 8;
            }

            if (untilProbe > 0)
            {
                untilProbe--;
            }

            Vector512<ushort> block = Vector512.LoadUnsafe(ref src, (nuint)read);
            if (checkAbove
                && Vector512.GreaterThanAny(block, Vector512.Create((ushort)0x06FF))
                && AboveArabicBlock512(block) != Vector512<ushort>.Zero)
            {
                if (!ScalarRun<TMap>(source, destination, indices, ref read, ref written, read + 32, plan))
                {
                    return false;
                }

                continue;
            }

            // Look up U+0600–U+06FF: bits 0–5 of the offset pick the word within a pair of tables, bits 6 and 7 the pair.
            Vector512<ushort> offset = block - Vector512.Create((ushort)0x0600);
            Vector512<ushort> low = Vector512.ConditionalSelect(
                Vector512.Equals(offset & Vector512.Create((ushort)0x40), Vector512<ushort>.Zero),
                Avx512BW.PermuteVar32x16x2(t0, offset, t1),
                Avx512BW.PermuteVar32x16x2(t2, offset, t3));
            Vector512<ushort> high = Vector512.ConditionalSelect(
                Vector512.Equals(offset & Vector512.Create((ushort)0x40), Vector512<ushort>.Zero),
                Avx512BW.PermuteVar32x16x2(t4, offset, t5),
                Avx512BW.PermuteVar32x16x2(t6, offset, t7));
            Vector512<ushort> mapped = Vector512.ConditionalSelect(
                Vector512.Equals(offset & Vector512.Create((ushort)0x80), Vector512<ushort>.Zero), low, high);
            Vector512<ushort> inBlock = Vector512.LessThan(offset, Vector512.Create((ushort)0x0100));
            Vector512<ushort> output = Vector512.ConditionalSelect(inBlock, mapped, block);
            output = Vector512.ConditionalSelect(Vector512.Equals(block, noBreakSpace), noBreakSpaceOutput, output);

            Vector512<ushort> gone = Vector512.Equals(mapped, removed) & inBlock;
            if (gone == Vector512<ushort>.Zero)
            {
                output.StoreUnsafe(ref dst, (nuint)written);
                if (typeof(TMap) == typeof(WithIndexMap))
                {
                    Vector512<int> position = Vector512.Create(read) + Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
                    position.StoreUnsafe(ref idx, (nuint)written);
                    (position + Vector512.Create(16)).StoreUnsafe(ref idx, (nuint)written + 16);
                }

                read += 32;
                written += 32;
                continue;
            }

            // Squeeze the removed characters out.
            Vector512<ushort> keep = ~gone;
            Avx512Vbmi2.Compress(Vector512<ushort>.Zero, keep, output).StoreUnsafe(ref dst, (nuint)written);
            if (typeof(TMap) == typeof(WithIndexMap))
            {
                Vector512<int> position = Vector512.Create(read) + Vector512.Create(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
                Vector512<int> keepLow = Vector512.WidenLower(keep.AsInt16());
                Vector512<int> keepHigh = Vector512.WidenUpper(keep.AsInt16());
                int lowCount = BitOperations.PopCount(keepLow.ExtractMostSignificantBits());
                Avx512F.Compress(Vector512<int>.Zero, keepLow, position).StoreUnsafe(ref idx, (nuint)written);
                Avx512F.Compress(Vector512<int>.Zero, keepHigh, position + Vector512.Create(16)).StoreUnsafe(ref idx, (nuint)(written + lowCount));
            }

            read += 32;
            written += BitOperations.PopCount(keep.ExtractMostSignificantBits());
        }

        return true;
    }

    /// <summary>Returns whether no character of the 64 in <paramref name="first"/> and <paramref name="second"/> can change (see <see cref="FindCandidates"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsClean512(Vector512<ushort> first, Vector512<ushort> second, Vector512<byte> bitmapLow, Vector512<byte> bitmapHigh, bool checkAbove)
    {
        // The same clamp, pack and nibble lookup as the AVX2 scan; the pack's lane order does not matter for a yes/no answer.
        Vector512<ushort> blockEnd = Vector512.Create((ushort)0x06FF);
        Vector512<short> blockStart = Vector512.Create((short)0x0600);
        Vector512<byte> offsets = Avx512BW.PackUnsignedSaturate(
            Vector512.Min(first, blockEnd).AsInt16() - blockStart,
            Vector512.Min(second, blockEnd).AsInt16() - blockStart);
        Vector512<byte> lowNibble = offsets & Vector512.Create((byte)0x0F);
        Vector512<byte> highNibble = Vector512.ShiftRightLogical(offsets.AsUInt16(), 4).AsByte() & Vector512.Create((byte)0x0F);
        Vector256<byte> bitsLow256 = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
        Vector256<byte> bitsHigh256 = Vector256.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128);
        Vector512<byte> hits = (Avx512BW.Shuffle(bitmapLow, lowNibble) & Avx512BW.Shuffle(Vector512.Create(bitsLow256, bitsLow256), highNibble))
            | (Avx512BW.Shuffle(bitmapHigh, lowNibble) & Avx512BW.Shuffle(Vector512.Create(bitsHigh256, bitsHigh256), highNibble));
        if (checkAbove)
        {
            // With rules above the Arabic block, anything from U+06FF up or a no-break space sends the block to the full path.
            Vector512<ushort> noBreakSpace = Vector512.Create((ushort)ArabicLetters.NoBreakSpace);
            hits |= Vector512.Equals(offsets, Vector512<byte>.AllBitsSet)
                | (Vector512.Equals(first, noBreakSpace) | Vector512.Equals(second, noBreakSpace)).AsByte();
        }

        return hits == Vector512<byte>.Zero;
    }

    /// <summary>The AVX-512 form of <see cref="AboveArabicBlock"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ushort> AboveArabicBlock512(Vector512<ushort> block) =>
        Vector512.Equals(block, Vector512.Create((ushort)0x1680))
        | Vector512.Equals(block, Vector512.Create((ushort)0x3000))
        | Vector512.LessThanOrEqual(block - Vector512.Create((ushort)0x2000), Vector512.Create((ushort)0x000F))
        | Vector512.LessThanOrEqual(block - Vector512.Create((ushort)0x2028), Vector512.Create((ushort)0x0047))
        | Vector512.GreaterThanOrEqual(block, Vector512.Create((ushort)0xFB50));
#endif

    /// <summary>
    /// Returns a 32-bit mask of the characters of a 32-character block (<paramref name="first"/> then
    /// <paramref name="second"/>) that may change: exact for U+0600–U+06FE, a superset elsewhere (the caller
    /// checks each candidate again).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint FindCandidates(
        Vector256<ushort> first,
        Vector256<ushort> second,
        Vector256<byte> bitmapLow,
        Vector256<byte> bitmapHigh,
        bool checkAbove)
    {
        // offset = min(c, U+06FF) − U+0600, packed to a byte with unsigned saturation: the Arabic block becomes
        // 0x00–0xFF, everything below it 0x00 (negative) and everything above it 0xFF. Neither U+0600 nor U+06FF
        // changes under any option, so the clamped values never look like a change by themselves.
        Vector256<ushort> blockEnd = Vector256.Create((ushort)0x06FF);
        Vector256<short> blockStart = Vector256.Create((short)0x0600);
        Vector256<byte> offsets = Avx2.PackUnsignedSaturate(
            Vector256.Min(first, blockEnd).AsInt16() - blockStart,
            Vector256.Min(second, blockEnd).AsInt16() - blockStart);

        // Bitmap lookup: row = the offset's low nibble, bit = its high nibble (0–7 in the low bitmap, 8–15 in the
        // high one). vpshufb looks up all 32 rows at once.
        Vector256<byte> lowNibble = offsets & Vector256.Create((byte)0x0F);
        Vector256<byte> highNibble = Vector256.ShiftRightLogical(offsets.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        Vector256<byte> bitsLow = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
        Vector256<byte> bitsHigh = Vector256.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128);
        Vector256<byte> hits = (Avx2.Shuffle(bitmapLow, lowNibble) & Avx2.Shuffle(bitsLow, highNibble))
            | (Avx2.Shuffle(bitmapHigh, lowNibble) & Avx2.Shuffle(bitsHigh, highNibble));

        if (checkAbove)
        {
            // The no-break space is the only character below the Arabic block that a rule changes.
            hits |= Avx2.PackSignedSaturate(
                Vector256.Equals(first, Vector256.Create((ushort)0x00A0)).AsInt16(),
                Vector256.Equals(second, Vector256.Create((ushort)0x00A0)).AsInt16()).AsByte();

            // Above the block (rare in Arabic text): a superset of what any rule changes there.
            if (Vector256.EqualsAny(offsets, Vector256<byte>.AllBitsSet))
            {
                hits |= Avx2.PackSignedSaturate(AboveArabicBlock(first).AsInt16(), AboveArabicBlock(second).AsInt16()).AsByte();
            }
        }

        // The pack interleaves the 128-bit lanes (first 0–7, second 0–7, first 8–15, second 8–15): restore the order.
        Vector256<byte> ordered = Avx2.Permute4x64(hits.AsUInt64(), 0b11_01_10_00).AsByte();
        return ~Vector256.Equals(ordered, Vector256<byte>.Zero).ExtractMostSignificantBits();
    }

    /// <summary>
    /// Flags U+1680, U+2000–U+200F, U+2028–U+206F (General Punctuation after the quotes and dashes), U+3000 and
    /// everything from the presentation forms U+FB50 up: a superset of the characters above U+0700 any rule changes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> AboveArabicBlock(Vector256<ushort> block) =>
        Vector256.Equals(block, Vector256.Create((ushort)0x1680))
        | Vector256.Equals(block, Vector256.Create((ushort)0x3000))
        | AtMost(block - Vector256.Create((ushort)0x2000), 0x000F)
        | AtMost(block - Vector256.Create((ushort)0x2028), 0x0047)
        | AtMost(block - Vector256.Create((ushort)0xFB50), 0xFFFF - 0xFB50);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> AtMost(Vector256<ushort> value, ushort limit) =>
        Vector256.Equals(Vector256.Min(value, Vector256.Create(limit)), value);

    /// <summary>Applies the full rules to one character at or above U+0700 (or the no-break space) and writes the result.</summary>
    /// <returns><see langword="false"/> when the destination has no room for the result; nothing is written then.</returns>
    private static bool TryWriteFolded<TMap>(char c, int sourceIndex, Span<char> destination, Span<int> indices, ref int written, NormalizationOptions options)
        where TMap : struct
    {
        int folded = ArabicCharacterFolding.FoldChar(c, options);
        if (folded >= 0)
        {
            if (written == destination.Length)
            {
                return false;
            }

            if (typeof(TMap) == typeof(WithIndexMap))
            {
                indices[written] = sourceIndex;
            }

            destination[written++] = (char)folded;
            return true;
        }

        return folded == ArabicCharacterFolding.Removed || TryWriteExpansion<TMap>(c, sourceIndex, destination, indices, ref written, options);
    }

    private static bool TryWriteExpansion<TMap>(
        char c,
        int sourceIndex,
        Span<char> destination,
        Span<int> indices,
        ref int written,
        NormalizationOptions options)
        where TMap : struct
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
        if (typeof(TMap) == typeof(WithIndexMap))
        {
            indices.Slice(written, count).Fill(sourceIndex);
        }

        written += count;
        return true;
    }

    /// <summary>Stops for a full destination, never between the two halves of a surrogate pair.</summary>
    private static OperationStatus TooSmall(ReadOnlySpan<char> source, int read, int written, out int charsConsumed, out int charsWritten)
    {
        // Expansions earlier in a block can use up the room between a high surrogate and its low half. The high
        // half was then the last character written (surrogates pass through one for one): take it back.
        if (read > 0 && read < source.Length && char.IsLowSurrogate(source[read]) && char.IsHighSurrogate(source[read - 1]))
        {
            read--;
            written--;
        }

        return Finish(OperationStatus.DestinationTooSmall, read, written, out charsConsumed, out charsWritten);
    }

    private static OperationStatus Finish(OperationStatus status, int read, int written, out int charsConsumed, out int charsWritten)
    {
        charsConsumed = read;
        charsWritten = written;
        return status;
    }

    /// <summary>Marks the <see cref="NormalizeCore{TMap}"/> instantiation that fills the index map.</summary>
    private readonly struct WithIndexMap;

    /// <summary>Marks the <see cref="NormalizeCore{TMap}"/> instantiation that does not.</summary>
    private readonly struct NoIndexMap;
}
