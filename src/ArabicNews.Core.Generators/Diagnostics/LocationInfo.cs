using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>An equatable stand-in for <see cref="Location"/>: a file path and an exact span with lines and columns (zero-based).</summary>
/// <remarks>Immutable with value equality, so it can travel through the incremental pipeline where <see cref="Location"/> cannot.</remarks>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>Creates the Roslyn location for reporting.</summary>
    /// <returns>The location.</returns>
    public Location ToLocation() =>
        Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
