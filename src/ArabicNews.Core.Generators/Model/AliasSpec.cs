using ArabicNews.Core.Generators.Diagnostics;

namespace ArabicNews.Core.Generators.Model;

/// <summary>What a matcher key denotes.</summary>
internal enum AliasKind
{
    /// <summary>An alias (or the Arabic name).</summary>
    Alias = 0,

    /// <summary>A role title.</summary>
    Role = 1,

    /// <summary>A demonym.</summary>
    Demonym = 2,
}

/// <summary>A name of an entity as the parser found it: the text, its matcher key and where it is.</summary>
/// <remarks>Immutable with value equality. Only in per-file specs; the merged <see cref="CatalogSpec"/> holds no locations.</remarks>
internal sealed record AliasSpec
{
    /// <summary>Gets the name as written.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the matcher key: normalized, tokens case-folded and joined by single spaces (empty when nothing is left).</summary>
    public required string Key { get; init; }

    /// <summary>Gets the number of tokens in the key.</summary>
    public required int Tokens { get; init; }

    /// <summary>Gets what the name denotes.</summary>
    public required AliasKind Kind { get; init; }

    /// <summary>Gets the index of the role in the entity's roles, for role titles; otherwise -1.</summary>
    public int RoleIndex { get; init; } = -1;

    /// <summary>Gets where the name is.</summary>
    public required LocationInfo Location { get; init; }
}
