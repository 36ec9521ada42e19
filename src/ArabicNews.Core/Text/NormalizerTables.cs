using System;
using System.Buffers;
using System.Collections.Concurrent;

namespace ArabicNews.Core.Text;

/// <summary>
/// The set of characters each option combination changes, built once from
/// <see cref="ArabicCharacterFolding.FoldChar"/> and cached, so that runs needing no change are skipped with
/// a vectorized <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>.
/// </summary>
internal static class NormalizerTables
{
    private static readonly SearchValues<char> SearchPreset = Build(NormalizationOptions.Search);
    private static readonly SearchValues<char> DisplayPreset = Build(NormalizationOptions.Display);
    private static readonly SearchValues<char> LucenePreset = Build(NormalizationOptions.LuceneCompatible);
    private static readonly ConcurrentDictionary<NormalizationOptions, SearchValues<char>> Others = new();

    /// <summary>Gets the characters that <paramref name="options"/> replaces, removes or expands.</summary>
    /// <param name="options">The normalization rules.</param>
    /// <returns>A cached set; the three presets are built at type initialization, other combinations on first use.</returns>
    public static SearchValues<char> GetChangingChars(NormalizationOptions options) => options switch
    {
        NormalizationOptions.Search => SearchPreset,
        NormalizationOptions.Display => DisplayPreset,
        NormalizationOptions.LuceneCompatible => LucenePreset,
        _ => Others.GetOrAdd(options, static o => Build(o)),
    };

    private static SearchValues<char> Build(NormalizationOptions options)
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
