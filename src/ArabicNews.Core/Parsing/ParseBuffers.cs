using System;
using System.Collections.Generic;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing.Dates;
using ArabicNews.Core.Parsing.Segmentation;

namespace ArabicNews.Core.Parsing;

/// <summary>
/// The working lists of one parse that no result keeps (words, catalog matches, date matches, the layout), kept per thread and
/// reused by the thread's next parse, so that parsing a stream of articles does not allocate them again.
/// </summary>
/// <remarks>
/// A parse takes the thread's buffers with <see cref="Rent"/> and hands them back with <see cref="Return"/>; while
/// it holds them the slot is empty, so a nested or concurrent use on the same thread gets fresh lists. Lists that
/// grew past <see cref="MaxRetainedItems"/> (a very long article) are dropped rather than kept alive.
/// </remarks>
internal sealed class ParseBuffers
{
    /// <summary>The largest list capacity kept for the next parse.</summary>
    public const int MaxRetainedItems = 1 << 16;

    [ThreadStatic]
    private static ParseBuffers? t_buffers;

    /// <summary>Gets the words list (empty when rented).</summary>
    public List<Token> Tokens { get; } = [];

    /// <summary>Gets the catalog matches list (empty when rented).</summary>
    public List<CatalogMatch> Matches { get; } = [];

    /// <summary>Gets the date matches list (empty when rented).</summary>
    public List<DateMatch> Dates { get; } = [];

    /// <summary>Gets the layout (empty when rented).</summary>
    public ArticleLayout Layout { get; } = new();

    /// <summary>Takes the current thread's buffers, or new ones.</summary>
    /// <returns>Buffers with empty lists.</returns>
    public static ParseBuffers Rent()
    {
        ParseBuffers? buffers = t_buffers;
        t_buffers = null;
        return buffers ?? new ParseBuffers();
    }

    /// <summary>Clears the buffers and keeps them for the current thread's next parse, unless they grew too large.</summary>
    /// <param name="buffers">Buffers from <see cref="Rent"/>.</param>
    public static void Return(ParseBuffers buffers)
    {
        if (Math.Max(buffers.Tokens.Capacity, Math.Max(buffers.Matches.Capacity, buffers.Dates.Capacity)) > MaxRetainedItems
            || buffers.Layout.Lines.Capacity > MaxRetainedItems)
        {
            return;
        }

        buffers.Tokens.Clear();
        buffers.Matches.Clear();
        buffers.Dates.Clear();
        buffers.Layout.Clear();
        t_buffers = buffers;
    }
}
