using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>One catalog entity as the emitter sees it: validated, no locations.</summary>
/// <remarks>Immutable with structural equality (collections are <see cref="EquatableArray{T}"/>); a member that breaks either rule breaks the generator's caching.</remarks>
internal sealed record EntitySpec
{
    /// <summary>Gets the id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind (the JSON spelling: <c>person</c>, <c>country</c>, …).</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the English name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the Arabic name.</summary>
    public required string Arabic { get; init; }

    /// <summary>Gets the aliases as written.</summary>
    public required EquatableArray<string> Aliases { get; init; }

    /// <summary>Gets the demonyms as written.</summary>
    public EquatableArray<string> Demonyms { get; init; }

    /// <summary>Gets the roles.</summary>
    public EquatableArray<RoleSpec> Roles { get; init; }

    /// <summary>Gets the agreement kind.</summary>
    public string? AgreementKind { get; init; }

    /// <summary>Gets the signing date.</summary>
    public DateSpec? Signed { get; init; }

    /// <summary>Gets the party ids.</summary>
    public EquatableArray<string> Parties { get; init; }

    /// <summary>Gets the corridor mode.</summary>
    public string? Mode { get; init; }

    /// <summary>Gets the corridor country ids.</summary>
    public EquatableArray<string> Countries { get; init; }

    /// <summary>Gets a value indicating whether the entity comes from the base (built-in) catalog rather than the project's own files.</summary>
    public bool Inherited { get; init; }
}
