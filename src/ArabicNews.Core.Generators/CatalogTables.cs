using System;
using System.Collections.Generic;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Generators;

/// <summary>
/// Lays a <see cref="CatalogSpec"/> out as the flat tables <c>CatalogEntityTables</c> and <c>CatalogMatcherTables</c>
/// describe. Shared as source by the emitter (which writes them as constants) and the run-time catalog builder
/// (which hands them to <c>EntityCatalog.Create</c>), so both lay out the same data the same way.
/// </summary>
internal static class CatalogTables
{
    /// <summary>The number of integers in an entity record (<c>CatalogEntityTables.RecordLength</c>).</summary>
    public const int RecordLength = 17;

    /// <summary>Concatenates strings and returns where each starts, plus the total length.</summary>
    /// <param name="values">The strings.</param>
    /// <param name="chars">The concatenation.</param>
    /// <returns>The offsets (one more than the strings).</returns>
    public static int[] Concatenate(IReadOnlyList<string> values, out string chars)
    {
        var offsets = new int[values.Count + 1];
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < values.Count; i++)
        {
            offsets[i] = builder.Length;
            builder.Append(values[i]);
        }

        offsets[values.Count] = builder.Length;
        chars = builder.ToString();
        return offsets;
    }

    /// <summary>Lays out every entity as a record of integers over one string pool.</summary>
    /// <param name="spec">The catalog.</param>
    /// <returns>The entity data.</returns>
    public static EntityData BuildEntityData(CatalogSpec spec)
    {
        var data = new EntityData();
        foreach (EntitySpec entity in spec.Entities)
        {
            List<string> strings = data.Strings;
            int firstString = strings.Count;
            int id = Add(strings, entity.Id);
            int name = Add(strings, entity.Name);
            int arabic = Add(strings, entity.Arabic);
            int aliases = AddAll(strings, entity.Aliases);
            int demonyms = AddAll(strings, entity.Demonyms);
            int firstRole = data.Roles.Count / 3;
            foreach (RoleSpec role in entity.Roles)
            {
                data.Roles.Add(Add(strings, role.Title));
                data.Roles.Add(role.From?.DayNumber ?? int.MinValue);
                data.Roles.Add(role.To?.DayNumber ?? int.MaxValue);
            }

            int parties = AddAll(strings, entity.Parties);
            int countries = AddAll(strings, entity.Countries);
            data.Records.Add(new[]
            {
                id, Array.IndexOf(CatalogParser.Kinds, entity.Kind), name, arabic,
                aliases, entity.Aliases.Count, demonyms, entity.Demonyms.Count, firstRole, entity.Roles.Count,
                EnumValue(CatalogParser.AgreementKinds, entity.AgreementKind), entity.Signed?.DayNumber ?? int.MinValue, parties, entity.Parties.Count,
                EnumValue(CatalogParser.CorridorModes, entity.Mode), countries, entity.Countries.Count,
            });
            data.EntityStrings.Add((firstString, strings.Count));
        }

        data.StringOffsets = Concatenate(data.Strings, out string pool);
        data.Pool = pool;
        return data;
    }

    /// <summary>Maps a validated catalog string to the value of its enum member (its index in <paramref name="names"/>), or -1 for none.</summary>
    private static int EnumValue(string[] names, string? value) => value is null ? -1 : Array.IndexOf(names, value);

    private static int Add(List<string> strings, string value)
    {
        strings.Add(value);
        return strings.Count - 1;
    }

    private static int AddAll(List<string> strings, EquatableArray<string> values)
    {
        int first = strings.Count;
        foreach (string value in values)
        {
            strings.Add(value);
        }

        return first;
    }

    /// <summary>The entity tables of a catalog, before they are written out.</summary>
    internal sealed class EntityData
    {
        /// <summary>Gets the string pool, one string at a time.</summary>
        public List<string> Strings { get; } = new();

        /// <summary>Gets or sets the start of each string in <see cref="Pool"/>, then the total length.</summary>
        public int[] StringOffsets { get; set; } = Array.Empty<int>();

        /// <summary>Gets or sets the strings, concatenated.</summary>
        public string Pool { get; set; } = string.Empty;

        /// <summary>Gets one record of <see cref="RecordLength"/> integers per entity.</summary>
        public List<int[]> Records { get; } = new();

        /// <summary>Gets the roles as (title, first day, first day after) triples.</summary>
        public List<int> Roles { get; } = new();

        /// <summary>Gets each entity's range in <see cref="Strings"/>.</summary>
        public List<(int First, int End)> EntityStrings { get; } = new();
    }
}
