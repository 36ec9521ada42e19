using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>
/// What the date scanner needs to know about one spelling of a word before it tries any expression there, found by
/// one look-up in the <see cref="DateWordTable"/>: its lexicon entry, seen through glued proclitics, and whether it is a
/// counting word or a noun of the week.
/// </summary>
/// <param name="Word">The <see cref="DateLexicon"/> entry, or the default (<see cref="DateWordKind.None"/>).</param>
/// <param name="StemOffset">How many leading characters are a glued prefix and not part of <paramref name="Word"/>.</param>
/// <param name="IsCounting">
/// Whether the spelling is, as it is, an ordinal day or weekday rank (<see cref="DayOrdinals"/>), a number word
/// (<see cref="NumberWords"/>) or a fraction of a year (<c>النصف</c>, <c>الربع</c>).
/// </param>
/// <param name="IsWeekNoun">Whether the spelling is <c>الاسبوع</c> or <c>اسبوع</c>.</param>
/// <param name="WordMayStart">Whether the scanner tries an expression at <paramref name="Word"/> (<see cref="DateScanner.MayStartAt"/>).</param>
[DebuggerDisplay("{Word} +{StemOffset} counting={IsCounting} week={IsWeekNoun} starts={WordMayStart}")]
[StructLayout(LayoutKind.Auto)]
internal readonly record struct DateWordClass(DateWord Word, byte StemOffset, bool IsCounting, bool IsWeekNoun, bool WordMayStart)
{
    /// <summary>Gets a value indicating whether no date expression can start at the word (it may still be part of one).</summary>
    public bool IsNone => !WordMayStart && !IsCounting && !IsWeekNoun;
}
