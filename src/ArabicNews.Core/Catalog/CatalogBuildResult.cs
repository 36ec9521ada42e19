using System.Collections.Generic;

namespace ArabicNews.Core.Catalog;

/// <summary>What <see cref="CatalogBuilder.Build"/> made: the catalog, unless the data has errors, and every diagnostic.</summary>
public sealed class CatalogBuildResult
{
    internal CatalogBuildResult(EntityCatalog? catalog, IReadOnlyList<CatalogDiagnostic> diagnostics)
    {
        Catalog = catalog;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the catalog, or <see langword="null"/> when a diagnostic is an error.</summary>
    public EntityCatalog? Catalog { get; }

    /// <summary>Gets the diagnostics (errors and warnings), files in ordinal path order.</summary>
    public IReadOnlyList<CatalogDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the catalog was built (no diagnostic is an error).</summary>
    public bool Succeeded => Catalog is not null;
}
