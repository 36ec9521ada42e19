using System.ComponentModel;

namespace ArabicNews.Core.Catalog.CompilerServices;

/// <summary>
/// For generated code; not for direct use. Builds the <see cref="EntityCatalog"/> of a catalog the catalog source
/// generator compiled into constant tables.
/// </summary>
/// <remarks>
/// Public only because code generated into other assemblies builds its catalog with it. Use the generated
/// <c>Entities.Catalog</c>, <see cref="EntityCatalog.Default"/> or <see cref="CatalogBuilder"/> instead.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EntityCatalogFactory
{
    /// <summary>Creates a catalog whose entities are built from constant tables when first read.</summary>
    /// <param name="entities">The entity records the generator computed.</param>
    /// <param name="tables">The matcher tables the generator computed for these entities.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="System.ArgumentException">Two records share an id, or the tables are inconsistent with each other.</exception>
    /// <remarks>
    /// The tables are copied once (one array per table) and validated; no <see cref="Entity"/> is built until it is
    /// read, so first use costs the same whatever the catalog's size in entities.
    /// </remarks>
    public static EntityCatalog Create(in CatalogEntityTables entities, in CatalogMatcherTables tables) =>
        EntityCatalog.Create(entities, tables);
}
