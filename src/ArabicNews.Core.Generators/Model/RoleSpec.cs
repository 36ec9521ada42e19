namespace ArabicNews.Core.Generators.Model;

/// <summary>A role title held for a period.</summary>
/// <remarks>Immutable with structural equality; a member that breaks either rule breaks the generator's caching.</remarks>
internal sealed record RoleSpec
{
    /// <summary>Gets the title as written.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the first day (inclusive), or <see langword="null"/>.</summary>
    public required DateSpec? From { get; init; }

    /// <summary>Gets the first day after the period (exclusive), or <see langword="null"/>.</summary>
    public required DateSpec? To { get; init; }
}
