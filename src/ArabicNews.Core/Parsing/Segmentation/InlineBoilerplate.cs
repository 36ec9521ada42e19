
namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>Boilerplate inside a content line, such as the agency tag <c>(İLKHA)</c> closing a paragraph.</summary>
/// <param name="Start">The normalized start.</param>
/// <param name="End">The normalized end.</param>
/// <param name="Kind">Why it was set aside.</param>
internal readonly record struct InlineBoilerplate(int Start, int End, BoilerplateKind Kind);
