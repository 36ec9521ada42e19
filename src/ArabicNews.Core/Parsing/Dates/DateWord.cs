using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>What the <see cref="DateLexicon"/> knows about one word: its role, a small value and flags.</summary>
/// <param name="Kind">The role of the word.</param>
/// <param name="Value">A month number, a <see cref="System.DayOfWeek"/>, a <see cref="MonthGroup"/> or a <see cref="MonthOrdinal"/>, by <paramref name="Kind"/>.</param>
/// <param name="Flags">Extra facts about the word.</param>
[DebuggerDisplay("{Kind} {Value} {Flags}")]
[StructLayout(LayoutKind.Auto)]
internal readonly record struct DateWord(DateWordKind Kind, byte Value = 0, DateWordFlags Flags = DateWordFlags.None)
{
    /// <summary>Gets a value indicating whether the word names a month or begins a month name.</summary>
    public bool IsMonthStart => Kind is DateWordKind.GregorianMonth or DateWordKind.MonthFirstWord or DateWordKind.HijriMonth;

    /// <summary>Returns whether <see cref="Flags"/> contains <paramref name="flag"/>.</summary>
    /// <param name="flag">The flag to test.</param>
    /// <returns><see langword="true"/> when the flag is set.</returns>
    public bool Has(DateWordFlags flag) => (Flags & flag) == flag;
}
