namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>A sentence of a paragraph, in normalized coordinates.</summary>
/// <param name="Start">The index of the first character.</param>
/// <param name="End">The index just past the last character (terminal punctuation included).</param>
/// <param name="Paragraph">The index of the paragraph in <c>ArticleLayout.Paragraphs</c>.</param>
internal readonly record struct Sentence(int Start, int End, int Paragraph);
