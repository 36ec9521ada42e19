using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ArabicNews.Core.Catalog.CompilerServices;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Catalog;

/// <summary>A set of entities with lookups by id and name and a <see cref="CatalogMatcher"/> over their names.</summary>
/// <remarks>
/// Immutable and thread-safe. Catalogs are built by the code the catalog source generator emits from
/// <c>*.catalog.json</c> files: <see cref="Default"/> is the one built into this library, and a project that adds
/// its own catalog files gets its own <c>Entities.Catalog</c>, which extends the built-in one unless the project sets
/// <c>ArabicNewsCatalogMode</c> to <c>Replace</c>. <see cref="CatalogBuilder"/> builds one from files at run time.
/// </remarks>
public sealed class EntityCatalog
{
    private readonly EntityStore _store;

    private EntityCatalog(EntityStore store, in CatalogMatcherTables tables, bool builtIn)
    {
        _store = store;
        Matcher = new CatalogMatcher(store, tables, builtIn);
    }

    /// <summary>Gets the catalog built into ArabicNews.Core (generated from its <c>Catalog/Data/*.catalog.json</c>).</summary>
    public static EntityCatalog Default => global::ArabicNews.Core.Catalog.Entities.Catalog;

    /// <summary>Gets the entities, in the order the matcher tables refer to them (ordered by id for generated catalogs).</summary>
    /// <remarks>A generated catalog builds each entity the first time it is read, once: every reader gets the same instance.</remarks>
    public IReadOnlyList<Entity> Entities => _store;

    /// <summary>Gets the matcher over the entities' aliases, demonyms and role titles.</summary>
    public CatalogMatcher Matcher { get; }

    /// <summary>Creates a catalog from entities that already exist (for tests).</summary>
    /// <param name="entities">The entities, in the order the tables' entity indexes refer to.</param>
    /// <param name="tables">The matcher tables computed for these entities.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entities share an id, or the tables are inconsistent with each other or with <paramref name="entities"/>.</exception>
    /// <remarks>The tables are copied once (one pinned array per table); nothing is read from files or found by reflection.</remarks>
    internal static EntityCatalog Create(IReadOnlyList<Entity> entities, in CatalogMatcherTables tables)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var copy = new Entity[entities.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = entities[i];
        }

        return new EntityCatalog(new EntityStore(copy), tables, builtIn: false);
    }

    /// <summary>Creates a catalog whose entities are built from constant tables when first read (see <see cref="EntityCatalogFactory"/>).</summary>
    /// <param name="entities">The entity records the generator computed.</param>
    /// <param name="tables">The matcher tables the generator computed for these entities.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two records share an id, or the tables are inconsistent with each other.</exception>
    /// <remarks>
    /// The tables are copied once (one pinned array per table) and validated; no <see cref="Entity"/> is built until
    /// it is read.
    /// </remarks>
    internal static EntityCatalog Create(in CatalogEntityTables entities, in CatalogMatcherTables tables) =>
        Create(entities, tables, builtIn: false);

    /// <summary>
    /// Creates the built-in catalog from its generated tables, read in place: they are <c>ReadOnlySpan</c> constants in
    /// this assembly's image, computed when it was built. Called only by the code generated into ArabicNews.Core.
    /// </summary>
    /// <param name="entities">The entity records the generator computed.</param>
    /// <param name="tables">The matcher tables the generator computed for these entities.</param>
    /// <returns>The catalog.</returns>
    /// <remarks>Nothing is copied or checked again, and no <see cref="Entity"/> is built until it is read.</remarks>
    internal static EntityCatalog CreateInPlace(in CatalogEntityTables entities, in CatalogMatcherTables tables) =>
        Create(entities, tables, builtIn: true);

    /// <summary>Finds an entity by its id.</summary>
    /// <param name="id">The id, e.g. <c>person:vladimir-putin</c> (ordinal).</param>
    /// <param name="entity">The entity when found.</param>
    /// <returns><see langword="true"/> when the id is in the catalog.</returns>
    public bool TryGetById(string id, [NotNullWhen(true)] out Entity? entity)
    {
        ArgumentNullException.ThrowIfNull(id);
        int index = _store.IndexOfId(id);
        entity = index < 0 ? null : _store[index];
        return entity is not null;
    }

    /// <summary>Finds an entity by one of its names: an alias, the Arabic name, a demonym, a role title (current holder), the English name or the id.</summary>
    /// <param name="text">The name. Arabic names are normalized with <see cref="NormalizationOptions.Search"/> first; Latin names compare ignoring case.</param>
    /// <returns>The entity, or <see langword="null"/> when no name matches exactly.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Entity? FindByName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        int byId = _store.IndexOfId(trimmed);
        if (byId >= 0)
        {
            return _store[byId];
        }

        int key = Matcher.FindKey(ArabicNormalizer.Normalize(trimmed, NormalizationOptions.Search));
        if (key >= 0)
        {
            return Matcher.GetKeyEntity(key);
        }

        int byName = _store.IndexOfName(trimmed);
        return byName < 0 ? null : _store[byName];
    }

    private static EntityCatalog Create(in CatalogEntityTables entities, in CatalogMatcherTables tables, bool builtIn) =>
        new(new EntityStore(new EntityTable(entities, builtIn), builtIn), tables, builtIn);

    /// <summary>Enumerates the entities of one kind, building only those.</summary>
    internal IEnumerable<Entity> OfKind(EntityKind kind)
    {
        for (int index = 0; index < _store.Count; index++)
        {
            if (_store.GetKind(index) == kind)
            {
                yield return _store[index];
            }
        }
    }
}
