using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Extra facts about a word of the <see cref="DateLexicon"/>.</summary>
[Flags]
internal enum DateWordFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>
    /// The word is also a common non-date word (<c>مارس</c> "practised", <c>اب</c> "father", <c>ماي</c>,
    /// <c>الاثنين</c> "the two", <c>صفر</c> "zero"), so it needs more context than usual to count as a date word.
    /// </summary>
    Ambiguous = 1 << 0,

    /// <summary>A month name that counts only with a year or a relative modifier after it (<c>صفر</c>).</summary>
    NeedsYear = 1 << 1,

    /// <summary>A word that joins two list items as a range (<c>الي</c>, <c>حتي</c>).</summary>
    RangeConnector = 1 << 2,

    /// <summary>The word carries the article <c>ال</c> (<c>الاثنين</c>, as opposed to <c>اثنين</c> after <c>يوم</c>).</summary>
    HasArticle = 1 << 3,
}
