using System;
using System.Collections.Generic;

namespace ArabicNews.Core.Catalog;

/// <summary>A catalog entry: a person, state, place, organization, outlet, agreement or corridor.</summary>
/// <remarks>
/// Immutable and thread-safe once constructed. Two entities are equal when their <see cref="Id"/>s are equal
/// (ordinal). Catalog entities are created by the code the catalog source generator emits; the collections are
/// never <see langword="null"/> (empty when the catalog gives none).
/// </remarks>
public sealed class Entity : IEquatable<Entity>
{
    private EntityReference? _reference;

    /// <summary>Creates an entity.</summary>
    /// <param name="id">The id, <c>&lt;kind&gt;:&lt;kebab-slug&gt;</c>, e.g. <c>person:vladimir-putin</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The common English name.</param>
    /// <param name="arabicName">The common Arabic name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Entity(string id, EntityKind kind, string name, string arabicName)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arabicName);
        Id = id;
        Kind = kind;
        Name = name;
        ArabicName = arabicName;
    }

    /// <summary>Gets the id, <c>&lt;kind&gt;:&lt;kebab-slug&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the kind.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the common English name.</summary>
    public string Name { get; }

    /// <summary>Gets the common Arabic name.</summary>
    public string ArabicName { get; }

    /// <summary>Gets the surface forms (spelling variants included) as written in the catalog.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Gets the demonyms (nisba forms) of a country, as written in the catalog.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Gets the titles that denote the entity for a period.</summary>
    public IReadOnlyList<EntityRole> Roles { get; init; } = [];

    /// <summary>Gets the kind of document an agreement is (the catalog's <c>agreementKind</c>), otherwise <see langword="null"/>.</summary>
    public AgreementKind? AgreementKind { get; init; }

    /// <summary>Gets the day an agreement was signed, when known.</summary>
    public DateOnly? Signed { get; init; }

    /// <summary>Gets the ids of an agreement's parties.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Gets the transport mode of a corridor (the catalog's <c>mode</c>), otherwise <see langword="null"/>.</summary>
    public CorridorMode? Mode { get; init; }

    /// <summary>Gets the ids of the countries a corridor crosses.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Gets the reference results use for this entity, made once.</summary>
    internal EntityReference Reference =>
        _reference ??= new EntityReference { Id = Id, Name = Name, Kind = Kind };

    /// <summary>Returns the role held on <paramref name="date"/>, if any.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The first role whose period contains <paramref name="date"/>, or <see langword="null"/>.</returns>
    public EntityRole? GetRoleOn(DateOnly date)
    {
        foreach (EntityRole role in Roles)
        {
            if (role.IsHeldOn(date))
            {
                return role;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(Entity? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Entity);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
