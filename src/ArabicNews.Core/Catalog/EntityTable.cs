using System;
using ArabicNews.Core.Catalog.CompilerServices;
using ArabicNews.Core.Catalog.Matching;

namespace ArabicNews.Core.Catalog;

/// <summary><see cref="CatalogEntityTables"/> read in place or copied, which reads names without building entities and builds one entity on demand.</summary>
internal sealed class EntityTable
{
    private const int Id = 0;
    private const int Kind = 1;
    private const int Name = 2;
    private const int ArabicName = 3;
    private const int Aliases = 4;
    private const int Demonyms = 6;
    private const int Roles = 8;
    private const int AgreementKind = 10;
    private const int Signed = 11;
    private const int Parties = 12;
    private const int Mode = 14;
    private const int Countries = 15;
    private const int RecordLength = CatalogEntityTables.RecordLength;

    private readonly string _strings;
    private readonly PinnedTable<int> _stringOffsets;
    private readonly PinnedTable<int> _records;
    private readonly PinnedTable<int> _roles;

    /// <summary>Reads the tables in place or copies them.</summary>
    /// <param name="tables">The tables.</param>
    /// <param name="builtIn">
    /// Whether the tables are the built-in catalog's generated constants, which this assembly reads in place and does
    /// not validate (they were computed when it was built, by the code the run-time builder uses; a test compares
    /// them with validated tables); other tables are copied and validated.
    /// </param>
    /// <exception cref="ArgumentException">The tables are inconsistent.</exception>
    public EntityTable(in CatalogEntityTables tables, bool builtIn)
    {
        ArgumentNullException.ThrowIfNull(tables.Strings, nameof(tables));
        _strings = tables.Strings;
        _stringOffsets = PinnedTable<int>.Create(tables.StringOffsets, builtIn);
        _records = PinnedTable<int>.Create(tables.Records, builtIn);
        _roles = PinnedTable<int>.Create(tables.Roles, builtIn);
        if (!builtIn)
        {
            Validate(nameof(tables));
        }
    }

    /// <summary>Gets the number of entities.</summary>
    public int Count => _records.Length / RecordLength;

    /// <summary>Gets an entity's id without building the entity.</summary>
    public ReadOnlySpan<char> GetId(int index) => GetString(_records[(index * RecordLength) + Id]);

    /// <summary>Gets an entity's English name without building the entity.</summary>
    public ReadOnlySpan<char> GetName(int index) => GetString(_records[(index * RecordLength) + Name]);

    /// <summary>Gets an entity's kind without building the entity.</summary>
    public EntityKind GetKind(int index) => (EntityKind)_records[(index * RecordLength) + Kind];

    /// <summary>Builds the entity at <paramref name="index"/> (a new instance on every call).</summary>
    public Entity CreateEntity(int index)
    {
        ReadOnlySpan<int> record = _records.Span.Slice(index * RecordLength, RecordLength);
        return new Entity(
            GetString(record[Id]).ToString(),
            (EntityKind)record[Kind],
            GetString(record[Name]).ToString(),
            GetString(record[ArabicName]).ToString())
        {
            Aliases = CreateStrings(record[Aliases], record[Aliases + 1]),
            Demonyms = CreateStrings(record[Demonyms], record[Demonyms + 1]),
            Roles = CreateRoles(record[Roles], record[Roles + 1]),
            AgreementKind = record[AgreementKind] < 0 ? null : (Core.AgreementKind)record[AgreementKind],
            Signed = record[Signed] == int.MinValue ? null : DateOnly.FromDayNumber(record[Signed]),
            Parties = CreateStrings(record[Parties], record[Parties + 1]),
            Mode = record[Mode] < 0 ? null : (CorridorMode)record[Mode],
            Countries = CreateStrings(record[Countries], record[Countries + 1]),
        };
    }

    private ReadOnlySpan<char> GetString(int index) =>
        _strings.AsSpan(_stringOffsets[index], _stringOffsets[index + 1] - _stringOffsets[index]);

    private string[] CreateStrings(int first, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var strings = new string[count];
        for (int i = 0; i < count; i++)
        {
            strings[i] = GetString(first + i).ToString();
        }

        return strings;
    }

    private EntityRole[] CreateRoles(int first, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var roles = new EntityRole[count];
        for (int i = 0; i < count; i++)
        {
            int at = (first + i) * 3;
            roles[i] = new EntityRole(
                GetString(_roles[at]).ToString(),
                _roles[at + 1] == int.MinValue ? null : DateOnly.FromDayNumber(_roles[at + 1]),
                _roles[at + 2] == int.MaxValue ? null : DateOnly.FromDayNumber(_roles[at + 2]));
        }

        return roles;
    }

    private void Validate(string paramName)
    {
        int strings = _stringOffsets.Length - 1;
        if (strings < 0 || _stringOffsets[0] != 0 || _stringOffsets[strings] != _strings.Length
            || _records.Length % RecordLength != 0 || _roles.Length % 3 != 0)
        {
            throw Inconsistent(paramName);
        }

        for (int i = 0; i < strings; i++)
        {
            if (_stringOffsets[i] > _stringOffsets[i + 1])
            {
                throw Inconsistent(paramName);
            }
        }

        for (int i = 0; i < _roles.Length; i += 3)
        {
            bool validDays = IsDay(_roles[i + 1], int.MinValue) && IsDay(_roles[i + 2], int.MaxValue)
                && (_roles[i + 1] == int.MinValue || _roles[i + 2] == int.MaxValue || _roles[i + 1] < _roles[i + 2]);
            if ((uint)_roles[i] >= (uint)strings || !validDays)
            {
                throw Inconsistent(paramName);
            }
        }

        for (int at = 0; at < _records.Length; at += RecordLength)
        {
            ReadOnlySpan<int> record = _records.Span.Slice(at, RecordLength);
            bool valid = IsString(record[Id], strings) && Enum.IsDefined((EntityKind)record[Kind])
                && IsString(record[Name], strings) && IsString(record[ArabicName], strings)
                && IsRange(record[Aliases], record[Aliases + 1], strings) && IsRange(record[Demonyms], record[Demonyms + 1], strings)
                && IsRange(record[Roles], record[Roles + 1], _roles.Length / 3) && (record[AgreementKind] == -1 || Enum.IsDefined((Core.AgreementKind)record[AgreementKind]))
                && IsDay(record[Signed], int.MinValue) && IsRange(record[Parties], record[Parties + 1], strings)
                && (record[Mode] == -1 || Enum.IsDefined((CorridorMode)record[Mode])) && IsRange(record[Countries], record[Countries + 1], strings);
            if (!valid)
            {
                throw Inconsistent(paramName);
            }
        }
    }

    private static bool IsString(int index, int count) => (uint)index < (uint)count;

    private static bool IsRange(int first, int length, int count) => first >= 0 && length >= 0 && first <= count - length;

    private static bool IsDay(int day, int none) =>
        day == none || ((uint)day <= (uint)DateOnly.MaxValue.DayNumber);

    private static ArgumentException Inconsistent(string paramName) => new("The entity tables are inconsistent.", paramName);
}
