using System;
using System.ComponentModel;

namespace ArabicNews.Core.Catalog.CompilerServices;

/// <summary>
/// For generated code; not for direct use. The entity data the catalog source generator emits as constants, handed to
/// <see cref="EntityCatalogFactory.Create(in CatalogEntityTables, in CatalogMatcherTables)"/>. An <see cref="Entity"/> is
/// built from its record the first time it is asked for, so creating a catalog allocates nothing per entity.
/// </summary>
/// <remarks>
/// <para>
/// This type is the contract between the code the catalog source generator emits and the run-time catalog; it is
/// public only because code generated into other assemblies builds its catalog with it, and its layout may change in
/// any release.
/// </para>
/// <para>
/// Each entity is a record of <see cref="RecordLength"/> integers, in this order: id, kind (an
/// <see cref="EntityKind"/>), English name, Arabic name, aliases (first, count), demonyms (first, count), roles
/// (first, count, in triples of <see cref="Roles"/>), agreement kind, signed day, parties (first, count), mode,
/// countries (first, count). A name is a string index (see <see cref="StringOffsets"/>); -1 means none. A list is a
/// range of consecutive string indexes. Days are <see cref="DateOnly.DayNumber"/>, <see cref="int.MinValue"/> for
/// none. The agreement kind is an <see cref="AgreementKind"/> and the mode a <see cref="CorridorMode"/> value, -1 for
/// none. Records are sorted ordinally by id.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct CatalogEntityTables
{
    /// <summary>The number of integers in each entity record.</summary>
    public const int RecordLength = 17;

    /// <summary>Gets every string of every entity, concatenated.</summary>
    public required string Strings { get; init; }

    /// <summary>Gets the start of each string in <see cref="Strings"/>, plus one final entry: the total length.</summary>
    public required ReadOnlySpan<int> StringOffsets { get; init; }

    /// <summary>Gets the entity records, <see cref="RecordLength"/> integers each.</summary>
    public required ReadOnlySpan<int> Records { get; init; }

    /// <summary>Gets the roles as triples: title (a string index), first day (or <see cref="int.MinValue"/>), first day after (or <see cref="int.MaxValue"/>).</summary>
    public required ReadOnlySpan<int> Roles { get; init; }
}
