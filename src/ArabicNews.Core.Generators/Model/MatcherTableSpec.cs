using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>The matcher's lookup tables, computed at compile time; see <c>CatalogMatcherTables</c> in ArabicNews.Core for their meaning.</summary>
/// <remarks>Immutable with structural equality.</remarks>
internal sealed record MatcherTableSpec
{
    /// <summary>Gets the open-addressing slots (0 = empty, else key index + 1).</summary>
    public required EquatableArray<int> Slots { get; init; }

    /// <summary>Gets the keys in order (for documentation comments and the key characters).</summary>
    public required EquatableArray<string> Keys { get; init; }

    /// <summary>Gets each key's FNV-1a hash.</summary>
    public required EquatableArray<int> KeyHashes { get; init; }

    /// <summary>Gets each key's kind byte.</summary>
    public required EquatableArray<byte> KeyKinds { get; init; }

    /// <summary>Gets each key's target.</summary>
    public required EquatableArray<int> KeyTargets { get; init; }

    /// <summary>Gets the role group offsets (in triples).</summary>
    public required EquatableArray<int> RoleOffsets { get; init; }

    /// <summary>Gets the role holder triples.</summary>
    public required EquatableArray<int> RoleHolders { get; init; }

    /// <summary>Gets each role group's default holder.</summary>
    public required EquatableArray<int> RoleDefaults { get; init; }

    /// <summary>Gets the filter bytes (laid out as <c>MatcherFilters</c> describes).</summary>
    public required EquatableArray<byte> Filter { get; init; }

    /// <summary>Gets the most tokens in a key.</summary>
    public required int MaxTokens { get; init; }
}
