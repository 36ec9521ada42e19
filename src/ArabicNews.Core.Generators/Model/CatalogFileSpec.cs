using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>The result of parsing one <c>*.catalog.json</c> file: its entities and its diagnostics.</summary>
/// <remarks>Immutable with structural equality; it holds no <c>AdditionalText</c>, <c>SourceText</c> or <c>Location</c>.</remarks>
internal sealed record CatalogFileSpec
{
    /// <summary>Gets the file path.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the entities, in file order.</summary>
    public required EquatableArray<EntityDeclaration> Entities { get; init; }

    /// <summary>Gets the problems found in the file.</summary>
    public required EquatableArray<DiagnosticInfo> Diagnostics { get; init; }
}
