using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArabicNews.Core.Text;

/// <summary>
/// The lookup data the normalizer needs for one combination of <see cref="NormalizationOptions"/>, derived once
/// from <see cref="ArabicCharacterFolding.FoldChar"/> (the single source of truth) and cached.
/// </summary>
/// <remarks>
/// <para>
/// Almost every character that any rule changes lies below U+0700 (Latin-1 and the Arabic block). For those the
/// plan holds a direct map (<see cref="Map"/>) and, for the vectorized scan, a 256-bit bitmap of the Arabic
/// block U+0600–U+06FF split by nibble so that two byte shuffles test sixteen characters at once.
/// </para>
/// <para>
/// Characters from U+0700 up (spaces and controls in General Punctuation, presentation forms) are rare; the scan
/// flags a cheap superset of them (<see cref="CheckAboveArabicBlock"/>) and the scalar rules decide.
/// </para>
/// <para>Immutable and thread-safe once built.</para>
/// </remarks>
internal sealed class NormalizerPlan
{
    /// <summary>The number of characters (U+0000–U+06FF) that <see cref="Map"/> covers.</summary>
    public const int MapLength = 0x700;

    /// <summary>The <see cref="Map"/> value of a character that is removed (no character below U+0700 maps to it).</summary>
    public const char RemovedMark = '\uFFFF';

    private NormalizerPlan(NormalizationOptions options)
    {
        Options = options;
        Map = new char[MapLength];
        byte[] low = new byte[32];
        byte[] high = new byte[32];
        for (int c = 0; c < MapLength; c++)
        {
            int folded = ArabicCharacterFolding.FoldChar((char)c, options);

            // Below U+0700 nothing expands (presentation forms start at U+FB50).
            Map[c] = folded == ArabicCharacterFolding.Removed ? RemovedMark : (char)folded;
            if (folded != c && c >= 0x600)
            {
                int offset = c - 0x600;
                int lowNibble = offset & 0xF;
                int highNibble = offset >> 4;
                byte[] rows = highNibble < 8 ? low : high;
                rows[lowNibble] |= (byte)(1 << (highNibble & 7));
                rows[lowNibble + 16] |= (byte)(1 << (highNibble & 7)); // both 128-bit lanes, for vpshufb
            }
        }

        var arabicMap = new Vector512<ushort>[8];
        for (int k = 0; k < arabicMap.Length; k++)
        {
            arabicMap[k] = Vector512.Create(MemoryMarshal.Cast<char, ushort>(Map.AsSpan(0x600 + (32 * k), 32)));
        }

        _arabicMap512 = arabicMap;
        ArabicBitmapLow = Vector256.Create(low);
        ArabicBitmapHigh = Vector256.Create(high);
        CheckAboveArabicBlock = (options & (NormalizationOptions.FoldSpaces | NormalizationOptions.RemoveFormatControls | NormalizationOptions.FoldPresentationForms)) != NormalizationOptions.None;
    }

    private readonly Vector512<ushort>[] _arabicMap512;

    /// <summary>Gets the options this plan applies.</summary>
    public NormalizationOptions Options { get; }

    /// <summary>
    /// Gets the output for every character below U+0700: the character itself when unchanged, its replacement,
    /// or <see cref="RemovedMark"/> when removed.
    /// </summary>
    public char[] Map { get; }

    /// <summary>Gets the bitmap of changing characters U+0600–U+067F: byte <c>l</c> has bit <c>h</c> set when U+06hl changes (both lanes).</summary>
    public Vector256<byte> ArabicBitmapLow { get; }

    /// <summary>Gets the bitmap of changing characters U+0680–U+06FF, laid out like <see cref="ArabicBitmapLow"/> for <c>h</c> − 8.</summary>
    public Vector256<byte> ArabicBitmapHigh { get; }

    /// <summary>Gets <see cref="Map"/> for U+0600–U+06FF as eight vectors of 32 characters, for the AVX-512 word permutes.</summary>
    public ReadOnlySpan<Vector512<ushort>> ArabicMap512 => _arabicMap512;

    /// <summary>Gets a value indicating whether any rule can change a character from U+0700 up (or the no-break space).</summary>
    public bool CheckAboveArabicBlock { get; }

    /// <summary>Builds the plan for <paramref name="options"/>; callers use the cached <see cref="NormalizerTables.GetPlan"/>.</summary>
    /// <param name="options">The rules.</param>
    /// <returns>A new plan.</returns>
    public static NormalizerPlan Create(NormalizationOptions options) => new(options);

    /// <summary>Returns whether <paramref name="c"/> changes under these options (exact).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> when the character is replaced, removed or expanded.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Changes(char c) => c < MapLength ? Map[c] != c : ArabicCharacterFolding.Changes(c, Options);
}
