using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace ArabicNews.Core.Catalog;

/// <summary>
/// A catalog's entities by index: either given up front, or built from an <see cref="EntityTable"/> the first time
/// each one is asked for (once, so every caller sees the same instance). Finds an index by id or English name
/// without building entities.
/// </summary>
internal sealed class EntityStore : IReadOnlyList<Entity>
{
    private readonly Entity?[] _entities;
    private readonly EntityTable? _table;

    // Null when the entities are already sorted by id (the generated case); otherwise the indexes in id order.
    private readonly int[]? _idOrder;

    // Every English name to the first entity's index, ignoring case: built on the first look-up by name.
    private Dictionary<string, int>? _names;

    /// <summary>Creates a store over entities that already exist.</summary>
    /// <exception cref="ArgumentNullException">An entity is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two entities share an id.</exception>
    public EntityStore(Entity[] entities)
    {
        foreach (Entity entity in entities)
        {
            ArgumentNullException.ThrowIfNull(entity, nameof(entities));
        }

        _entities = entities;
        _idOrder = SortById(nameof(entities));
    }

    /// <summary>Creates a store that builds entities from <paramref name="table"/> on demand.</summary>
    /// <param name="table">The entity records.</param>
    /// <param name="builtIn">Whether the table holds the built-in catalog's generated records, sorted by id when this assembly was built (not checked again).</param>
    /// <exception cref="ArgumentException">Two records share an id.</exception>
    public EntityStore(EntityTable table, bool builtIn)
    {
        _table = table;
        _entities = new Entity?[table.Count];
        _idOrder = builtIn ? null : SortById(nameof(table));
    }

    /// <inheritdoc/>
    public int Count => _entities.Length;

    /// <inheritdoc/>
    public Entity this[int index]
    {
        get
        {
            Entity? entity = Volatile.Read(ref _entities[index]);
            return entity ?? Publish(index);
        }
    }

    /// <summary>Gets an entity's kind without building it.</summary>
    public EntityKind GetKind(int index) => _table?.GetKind(index) ?? _entities[index]!.Kind;

    /// <summary>Finds the index of the entity with this id (ordinal).</summary>
    /// <returns>The index, or -1.</returns>
    public int IndexOfId(ReadOnlySpan<char> id)
    {
        int low = 0;
        int high = Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int index = _idOrder is null ? middle : _idOrder[middle];
            int comparison = GetId(index).SequenceCompareTo(id);
            if (comparison == 0)
            {
                return index;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Finds the index of the first entity with this English name, ignoring case.</summary>
    /// <returns>The index, or -1.</returns>
    /// <remarks>
    /// The first call builds a dictionary of every English name (the parser asks for names that are no entity's, such
    /// as a dateline's agency tag, and a scan of the catalog for each was a third of a short article's parse).
    /// </remarks>
    public int IndexOfName(string name)
    {
        Dictionary<string, int> names = Volatile.Read(ref _names) ?? BuildNameIndex();
        return names.TryGetValue(name, out int index) ? index : -1;
    }

    private Dictionary<string, int> BuildNameIndex()
    {
        var names = new Dictionary<string, int>(Count, StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < Count; index++)
        {
            names.TryAdd(_table is null ? _entities[index]!.Name : _table.GetName(index).ToString(), index);
        }

        return Interlocked.CompareExchange(ref _names, names, null) ?? names;
    }

    /// <inheritdoc/>
    public IEnumerator<Entity> GetEnumerator()
    {
        for (int index = 0; index < Count; index++)
        {
            yield return this[index];
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ReadOnlySpan<char> GetId(int index) => _table is null ? _entities[index]!.Id : _table.GetId(index);

    private Entity Publish(int index)
    {
        Entity created = _table!.CreateEntity(index);
        return Interlocked.CompareExchange(ref _entities[index], created, null) ?? created;
    }

    private int[]? SortById(string paramName)
    {
        bool sorted = true;
        for (int index = 1; index < Count && sorted; index++)
        {
            sorted = GetId(index - 1).SequenceCompareTo(GetId(index)) < 0;
        }

        if (sorted)
        {
            return null;
        }

        int[] order = new int[Count];
        for (int index = 0; index < order.Length; index++)
        {
            order[index] = index;
        }

        Array.Sort(order, (a, b) => GetId(a).SequenceCompareTo(GetId(b)));
        for (int i = 1; i < order.Length; i++)
        {
            if (GetId(order[i - 1]).SequenceEqual(GetId(order[i])))
            {
                throw new ArgumentException($"The entity id '{GetId(order[i]).ToString()}' occurs twice.", paramName);
            }
        }

        return order;
    }
}
