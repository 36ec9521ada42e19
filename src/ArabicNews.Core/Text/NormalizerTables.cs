using System;
using System.Buffers;
using System.Collections.Concurrent;

namespace ArabicNews.Core.Text;

/// <summary>
/// The cached per-options data of the normalizer: a <see cref="NormalizerPlan"/> for the one-pass loop and, for
/// callers that want a plain vectorized search, the set of characters each option combination changes.
/// </summary>
internal static class NormalizerTables
{
    private static readonly NormalizerPlan SearchPlan = NormalizerPlan.Create(NormalizationOptions.Search);
    private static readonly NormalizerPlan DisplayPlan = NormalizerPlan.Create(NormalizationOptions.Display);
    private static readonly NormalizerPlan LucenePlan = NormalizerPlan.Create(NormalizationOptions.LuceneCompatible);
    private static readonly ConcurrentDictionary<NormalizationOptions, NormalizerPlan> OtherPlans = new();
    private static readonly ConcurrentDictionary<NormalizationOptions, SearchValues<char>> ChangingChars = new();

    /// <summary>Gets the cached plan for <paramref name="options"/>.</summary>
    /// <param name="options">The normalization rules.</param>
    /// <returns>The three presets are built at type initialization, other combinations on first use.</returns>
    public static NormalizerPlan GetPlan(NormalizationOptions options) => options switch
    {
        NormalizationOptions.Search => SearchPlan,
        NormalizationOptions.Display => DisplayPlan,
        NormalizationOptions.LuceneCompatible => LucenePlan,
        _ => OtherPlans.GetOrAdd(options, static o => NormalizerPlan.Create(o)),
    };

    /// <summary>Gets the characters that <paramref name="options"/> replaces, removes or expands.</summary>
    /// <param name="options">The normalization rules.</param>
    /// <returns>A cached set, built on first use.</returns>
    /// <remarks>
    /// The normalizer itself uses <see cref="GetPlan"/>: the Search set has about 800 members and a general
    /// <see cref="SearchValues{T}"/> of that shape is much slower than the plan's nibble bitmap.
    /// </remarks>
    public static SearchValues<char> GetChangingChars(NormalizationOptions options) =>
        ChangingChars.GetOrAdd(options, static o => BuildChangingChars(o));

    private static SearchValues<char> BuildChangingChars(NormalizationOptions options)
    {
        // At most a few thousand characters change under any combination; collect them with one scan.
        char[] buffer = new char[char.MaxValue + 1];
        int count = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (ArabicCharacterFolding.Changes((char)c, options))
            {
                buffer[count++] = (char)c;
            }
        }

        return SearchValues.Create(buffer.AsSpan(0, count));
    }
}
