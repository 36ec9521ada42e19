using System;
using System.Collections;
using System.Collections.Generic;

namespace ArabicNews.Core.Generators.Infrastructure;

/// <summary>An immutable array with structural (item by item) equality, for incremental pipeline models.</summary>
/// <typeparam name="T">The item type; it must have value equality itself.</typeparam>
/// <remarks>
/// Arrays and <c>ImmutableArray</c> compare by reference, which would defeat the generator's caching; this wrapper
/// compares and hashes every item. The default value is an empty array.
/// </remarks>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Creates an array over <paramref name="items"/> (which must not be changed afterwards).</summary>
    /// <param name="items">The items.</param>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>Gets an empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Gets the number of items.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays item by item.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EquatableArray<T> other)
    {
        T[] mine = _items ?? Array.Empty<T>();
        T[] theirs = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(mine, theirs))
        {
            return true;
        }

        if (mine.Length != theirs.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < mine.Length; i++)
        {
            if (!comparer.Equals(mine[i], theirs[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            int hash = 17;
            if (_items is not null)
            {
                EqualityComparer<T> comparer = EqualityComparer<T>.Default;
                foreach (T item in _items)
                {
                    hash = (hash * 31) + (item is null ? 0 : comparer.GetHashCode(item));
                }
            }

            return hash;
        }
    }

    /// <summary>Returns the items as a read-only span.</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
internal static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(System.Linq.Enumerable.ToArray(items));
}
