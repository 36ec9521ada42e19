using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Catalog;

/// <summary>A set of entities with lookups by id and name and a <see cref="CatalogMatcher"/> over their names.</summary>
/// <remarks>
/// Immutable and thread-safe. Catalogs are built by the code the catalog source generator emits from
/// <c>*.catalog.json</c> files: <see cref="Default"/> is the one built into this library, and a project that adds
/// its own catalog files gets its own <c>Entities.Catalog</c>.
/// </remarks>
public sealed class EntityCatalog
{
    private readonly Entity[] _entities;
    private readonly Dictionary<string, Entity> _byId;
    private readonly Dictionary<string, Entity> _byEnglishName;

    private EntityCatalog(Entity[] entities, in CatalogMatcherTables tables)
    {
        _entities = entities;
        _byId = new Dictionary<string, Entity>(entities.Length, StringComparer.Ordinal);
        _byEnglishName = new Dictionary<string, Entity>(entities.Length, StringComparer.OrdinalIgnoreCase);
        foreach (Entity entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
            if (!_byId.TryAdd(entity.Id, entity))
            {
                throw new ArgumentException($"The entity id '{entity.Id}' occurs twice.", nameof(entities));
            }

            _byEnglishName.TryAdd(entity.Name, entity);
        }

        Matcher = new CatalogMatcher(entities, tables);
    }

    /// <summary>Gets the catalog built into ArabicNews.Core (generated from its <c>Catalog/Data/*.catalog.json</c>).</summary>
    public static EntityCatalog Default => global::ArabicNews.Core.Catalog.Entities.Catalog;

    /// <summary>Gets the entities, ordered by id (ordinal).</summary>
    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Gets the matcher over the entities' aliases, demonyms and role titles.</summary>
    public CatalogMatcher Matcher { get; }

    /// <summary>Creates a catalog. Called by generated code.</summary>
    /// <param name="entities">The entities, in the order the tables' entity indexes refer to.</param>
    /// <param name="tables">The matcher tables the generator computed for these entities.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entities share an id, or the tables are inconsistent with each other or with <paramref name="entities"/>.</exception>
    /// <remarks>The tables are copied once (one array per table); nothing is read from files or found by reflection.</remarks>
    public static EntityCatalog Create(IReadOnlyList<Entity> entities, in CatalogMatcherTables tables)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var copy = new Entity[entities.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = entities[i];
        }

        return new EntityCatalog(copy, tables);
    }

    /// <summary>Finds an entity by its id.</summary>
    /// <param name="id">The id, e.g. <c>person:vladimir-putin</c> (ordinal).</param>
    /// <param name="entity">The entity when found.</param>
    /// <returns><see langword="true"/> when the id is in the catalog.</returns>
    public bool TryGetById(string id, [NotNullWhen(true)] out Entity? entity)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out entity);
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

        if (_byId.TryGetValue(trimmed, out Entity? byId))
        {
            return byId;
        }

        int key = Matcher.FindKey(ArabicNormalizer.Normalize(trimmed, NormalizationOptions.Search));
        if (key >= 0)
        {
            return Matcher.GetKeyEntity(key);
        }

        return _byEnglishName.GetValueOrDefault(trimmed);
    }
}
