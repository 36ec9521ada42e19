
namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>A line of the normalized text, trimmed of surrounding whitespace.</summary>
/// <param name="Start">The normalized index of the first non-blank character.</param>
/// <param name="End">The normalized index just past the last non-blank character.</param>
/// <param name="Kind">What the line is.</param>
/// <param name="Boilerplate">Why it was set aside, when <see cref="Kind"/> is <see cref="LineKind.Boilerplate"/>.</param>
internal readonly record struct Line(int Start, int End, LineKind Kind, BoilerplateKind Boilerplate)
{
    /// <summary>Gets the length of the trimmed line.</summary>
    public int Length => End - Start;
}
