using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>Everything the emitter needs: the namespace, the entities sorted by id, and the matcher tables.</summary>
/// <remarks>
/// Immutable with structural equality and no locations, so an edit that only moves text in a catalog file does not
/// re-emit source. A member that breaks either rule breaks the generator's caching.
/// </remarks>
internal sealed record CatalogSpec
{
    /// <summary>Gets the namespace of the generated code.</summary>
    public required string Namespace { get; init; }

    /// <summary>Gets the name of the generated static class.</summary>
    public string ClassName { get; init; } = CatalogOptions.DefaultClassName;

    /// <summary>Gets a value indicating whether the catalog is the built-in one, compiled into ArabicNews.Core (see <see cref="CatalogOptions.BuiltIn"/>).</summary>
    public bool BuiltIn { get; init; }

    /// <summary>Gets the entities, sorted ordinally by id.</summary>
    public required EquatableArray<EntitySpec> Entities { get; init; }

    /// <summary>Gets the matcher tables.</summary>
    public required MatcherTableSpec Tables { get; init; }
}
