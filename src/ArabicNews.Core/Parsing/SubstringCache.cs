using System;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing;

/// <summary>
/// Returns short substrings of article text, reusing a string already made for the same characters: names, dates
/// and titles repeat within an article and across the articles a thread parses, and each repeat would otherwise be
/// a new string.
/// </summary>
/// <remarks>
/// A direct-mapped table of <see cref="Slots"/> strings per thread (about 8 KB, plus the strings it keeps alive,
/// at most <see cref="Slots"/> × <see cref="MaxLength"/> characters); a collision replaces the older string, and
/// the slot hash is not seeded per process, so what a sequence of parses allocates is the same in every run. The
/// strings handed out are ordinary immutable strings, equal to what <see cref="string.Substring(int, int)"/> returns.
/// </remarks>
internal static class SubstringCache
{
    /// <summary>The longest substring looked up; longer ones are always new strings.</summary>
    public const int MaxLength = 64;

    /// <summary>The number of strings kept per thread (a power of two).</summary>
    public const int Slots = 1024;

    [ThreadStatic]
    private static string?[]? t_strings;

    /// <summary>Gets <c>source.Substring(start, length)</c>, reusing an equal string when the thread has one.</summary>
    /// <param name="source">The text.</param>
    /// <param name="start">The start of the substring.</param>
    /// <param name="length">Its length.</param>
    /// <returns>A string equal to the substring.</returns>
    public static string Get(string source, int start, int length)
    {
        ReadOnlySpan<char> value = source.AsSpan(start, length);
        if (length > MaxLength)
        {
            return value.ToString();
        }

        if (length == 0)
        {
            return string.Empty;
        }

        string?[] strings = t_strings ??= new string?[Slots];
        int slot = (int)(WordHash.Of(value) & (Slots - 1));
        string? cached = strings[slot];
        if (cached is not null && value.SequenceEqual(cached))
        {
            return cached;
        }

        string created = value.ToString();
        strings[slot] = created;
        return created;
    }
}
