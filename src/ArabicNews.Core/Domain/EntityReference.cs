using ArabicNews.Core.Catalog;

namespace ArabicNews.Core;

/// <summary>
/// A reference to a participant, speaker, place or party: a catalog entity, or someone outside the catalog
/// known only by the Arabic name the article gives.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EntityReference
{
    /// <summary>Gets the catalog id (<c>person:vladimir-putin</c>), or <see langword="null"/> for someone outside the catalog.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the English name of a catalog entity, or the Arabic surface form for someone outside the catalog.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind of entity, when known.</summary>
    public EntityKind? Kind { get; init; }

    /// <summary>Gets the reference to a catalog entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>A reference carrying the entity's id, English name and kind: one shared instance per entity (references are immutable).</returns>
    public static EntityReference From(Entity entity)
    {
        System.ArgumentNullException.ThrowIfNull(entity);
        return entity.Reference;
    }
}
