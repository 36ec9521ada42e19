using System;
using System.Collections.Immutable;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The weekday names, in Search-normalized form, with and without the article.</summary>
/// <remarks>
/// A weekday without the article counts only after <c>يوم</c> (<c>يوم خميس</c>): without it, <c>احد</c> is
/// "one" and <c>اثنين</c> "two". With the article, <c>الاثنين</c> is also "the two", so it is
/// <see cref="DateWordFlags.Ambiguous"/> and needs <c>يوم</c>, a date, a modifier or a time of day beside it.
/// </remarks>
internal static class WeekdayNames
{
    /// <summary>Gets the weekday names.</summary>
    public static ImmutableArray<(string Word, DayOfWeek Day, DateWordFlags Flags)> All { get; } =
    [
        ("الاحد", DayOfWeek.Sunday, DateWordFlags.HasArticle), ("احد", DayOfWeek.Sunday, DateWordFlags.None),
        ("الاثنين", DayOfWeek.Monday, DateWordFlags.HasArticle | DateWordFlags.Ambiguous), ("اثنين", DayOfWeek.Monday, DateWordFlags.None),
        ("الثلاثاء", DayOfWeek.Tuesday, DateWordFlags.HasArticle), ("ثلاثاء", DayOfWeek.Tuesday, DateWordFlags.None),
        ("الثلاثا", DayOfWeek.Tuesday, DateWordFlags.HasArticle),
        ("الاربعاء", DayOfWeek.Wednesday, DateWordFlags.HasArticle), ("اربعاء", DayOfWeek.Wednesday, DateWordFlags.None),
        ("الاربعا", DayOfWeek.Wednesday, DateWordFlags.HasArticle),
        ("الخميس", DayOfWeek.Thursday, DateWordFlags.HasArticle), ("خميس", DayOfWeek.Thursday, DateWordFlags.None),
        ("الجمعه", DayOfWeek.Friday, DateWordFlags.HasArticle), ("جمعه", DayOfWeek.Friday, DateWordFlags.None),
        ("السبت", DayOfWeek.Saturday, DateWordFlags.HasArticle), ("سبت", DayOfWeek.Saturday, DateWordFlags.None),
    ];
}
