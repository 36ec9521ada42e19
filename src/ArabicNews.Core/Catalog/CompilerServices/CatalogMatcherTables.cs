using System;
using System.ComponentModel;

namespace ArabicNews.Core.Catalog.CompilerServices;

/// <summary>
/// For generated code; not for direct use. The matcher tables the catalog source generator emits as constant data, handed to
/// <see cref="EntityCatalogFactory.Create(in CatalogEntityTables, in CatalogMatcherTables)"/>.
/// </summary>
/// <remarks>
/// <para>
/// This type is the contract between the code the catalog source generator emits and the run-time catalog; it is
/// public only because code generated into other assemblies builds its catalog with it, and its layout may change in
/// any release.
/// </para>
/// <para>
/// A <em>key</em> is a normalized (<c>NormalizationOptions.Search</c>) alias, demonym or role title, split into
/// tokens, case-folded, joined by single spaces. Its hash is 32-bit FNV-1a over the UTF-16 code units.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct CatalogMatcherTables
{
    /// <summary>Gets the open-addressing hash table (power-of-two length): 0 for an empty slot, otherwise key index + 1.</summary>
    public required ReadOnlySpan<int> Slots { get; init; }

    /// <summary>Gets the hash of each key.</summary>
    public required ReadOnlySpan<int> KeyHashes { get; init; }

    /// <summary>Gets the start of each key in <see cref="KeyChars"/>, plus one final entry: the total length.</summary>
    public required ReadOnlySpan<int> KeyOffsets { get; init; }

    /// <summary>Gets all keys, concatenated.</summary>
    public required string KeyChars { get; init; }

    /// <summary>Gets each key's kind: a <see cref="CatalogMatchKind"/>, or 3 for a key that is only the prefix of longer keys; bit 0x80 is set when longer keys start with this one.</summary>
    public required ReadOnlySpan<byte> KeyKinds { get; init; }

    /// <summary>Gets each key's target: an entity index for aliases and demonyms, a role group index for roles, -1 for prefixes.</summary>
    public required ReadOnlySpan<int> KeyTargets { get; init; }

    /// <summary>Gets the start of each role group in <see cref="RoleHolders"/> (in triples), plus one final entry.</summary>
    public required ReadOnlySpan<int> RoleOffsets { get; init; }

    /// <summary>Gets the role holders as triples: entity index, first day (<see cref="DateOnly.DayNumber"/>, or <see cref="int.MinValue"/>), first day after (or <see cref="int.MaxValue"/>).</summary>
    public required ReadOnlySpan<int> RoleHolders { get; init; }

    /// <summary>Gets each role group's holder when no date is known (the current holder, else the latest), or -1.</summary>
    public required ReadOnlySpan<int> RoleDefaults { get; init; }

    /// <summary>
    /// Gets the filters tested before any hashing, one after the other: the first-token filter (a bit set indexed by
    /// the first token's first and last characters and length), the first-token lengths for each bucket of the first
    /// token's last three characters (64 bits each, little-endian), the same for multi-word keys, and the set of key
    /// lengths.
    /// </summary>
    public required ReadOnlySpan<byte> FirstTokenFilter { get; init; }

    /// <summary>Gets the largest number of tokens in a key.</summary>
    public required int MaxTokens { get; init; }
}
