namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>A content paragraph, in normalized coordinates.</summary>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index just past the last character.</param>
/// <param name="IsTitle">Whether the paragraph is the headline.</param>
internal readonly record struct Paragraph(int Start, int End, bool IsTitle);
