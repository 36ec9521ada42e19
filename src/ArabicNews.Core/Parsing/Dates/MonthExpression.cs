using System.Runtime.InteropServices;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>A month name read from the text, alone or paired with its equivalent (<c>ابريل/نيسان</c>).</summary>
/// <param name="Start">Where the month name starts (after any glued prefix).</param>
/// <param name="End">Where the expression ends (after the second name and its closing parenthesis, if paired).</param>
/// <param name="Calendar">The calendar of the month.</param>
/// <param name="Month">The month number in that calendar.</param>
/// <param name="Flags">The lexicon flags of the (first) name.</param>
/// <param name="Paired">Whether a second name of the same month follows (which removes any ambiguity).</param>
/// <param name="Cued">Whether a temporal preposition precedes the name (<c>في اكتوبر</c>, <c>بعدايلول</c>).</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct MonthExpression(int Start, int End, CalendarKind Calendar, int Month, DateWordFlags Flags, bool Paired, bool Cued);
