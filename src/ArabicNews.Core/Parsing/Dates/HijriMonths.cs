using System.Collections.Immutable;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The one-word Hijri month names, in Search-normalized form.</summary>
/// <remarks>
/// The two-word names (ربيع الاول, ربيع الثاني/الاخر, جمادي الاولي, جمادي الثانيه/الاخره, ذو القعده,
/// ذو الحجه, also with ذي) are built from <see cref="MonthNames.FirstWords"/> and <see cref="MonthNames.SecondWords"/>.
/// <c>صفر</c> is also the word "zero", so it needs a year or a modifier after it.
/// </remarks>
internal static class HijriMonths
{
    /// <summary>Gets the one-word Hijri month names.</summary>
    public static ImmutableArray<(string Word, int Month, DateWordFlags Flags)> OneWord { get; } =
    [
        ("محرم", 1, DateWordFlags.None), ("المحرم", 1, DateWordFlags.None),
        ("صفر", 2, DateWordFlags.Ambiguous | DateWordFlags.NeedsYear),
        ("رجب", 7, DateWordFlags.None),
        ("شعبان", 8, DateWordFlags.None),
        ("رمضان", 9, DateWordFlags.None),
        ("شوال", 10, DateWordFlags.None),
    ];
}
