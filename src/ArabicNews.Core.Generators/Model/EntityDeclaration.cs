using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>An entity as declared in one file: the spec plus the locations the merge step needs for its diagnostics.</summary>
/// <remarks>Immutable with structural equality.</remarks>
internal sealed record EntityDeclaration
{
    /// <summary>Gets the entity.</summary>
    public required EntitySpec Entity { get; init; }

    /// <summary>Gets where the id value is.</summary>
    public required LocationInfo IdLocation { get; init; }

    /// <summary>Gets every name (aliases, Arabic name, demonyms, role titles) with its key and location.</summary>
    public required EquatableArray<AliasSpec> Names { get; init; }

    /// <summary>Gets where each role is (aligned with <see cref="EntitySpec.Roles"/>).</summary>
    public required EquatableArray<LocationInfo> RoleLocations { get; init; }

    /// <summary>Gets the roles given as offices, in file order; the merge step expands them into titles.</summary>
    public EquatableArray<OfficeRoleSpec> OfficeRoles { get; init; }

    /// <summary>Gets where each party and country reference is (parties first, then countries).</summary>
    public required EquatableArray<LocationInfo> ReferenceLocations { get; init; }
}
