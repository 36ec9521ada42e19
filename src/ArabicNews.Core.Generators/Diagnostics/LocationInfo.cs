namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>A file path and an exact span with lines and columns (zero-based).</summary>
/// <remarks>Immutable with value equality, so it can travel through the incremental pipeline where Roslyn's <c>Location</c> cannot.</remarks>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
