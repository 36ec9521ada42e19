using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Catalog.Matching;

/// <summary>
/// A read-only table of a catalog held in memory that never moves: the generated constant data of this assembly,
/// read in place, or a copy on the pinned object heap. Reads are bounds-checked.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal readonly unsafe struct PinnedTable<T>
    where T : unmanaged
{
    private readonly T* _items;

    // Keeps a copy alive; null when the table reads constant data in place.
    private readonly T[]? _copy;

    private PinnedTable(T* items, int length, T[]? copy)
    {
        _items = items;
        Length = length;
        _copy = copy;
    }

    /// <summary>Gets the number of items.</summary>
    public int Length { get; }

    /// <summary>Gets the items.</summary>
    public ReadOnlySpan<T> Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef<T>(_items), Length);
    }

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the table.</exception>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Span[index];
    }

    /// <summary>Reads <paramref name="data"/> in place, or copies it to the pinned object heap.</summary>
    /// <param name="data">The data.</param>
    /// <param name="readInPlace">
    /// Whether <paramref name="data"/> is constant data in this assembly's image (a generated <c>ReadOnlySpan&lt;T&gt;</c>
    /// property over an array initializer): memory that never moves and lives as long as the code reading it, so it
    /// is read where it is. Anything else (arrays, stack or native memory) is copied.
    /// </param>
    /// <returns>The table.</returns>
    public static PinnedTable<T> Create(ReadOnlySpan<T> data, bool readInPlace)
    {
        if (readInPlace)
        {
            return new((T*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(data)), data.Length, null);
        }

        T[] copy = GC.AllocateUninitializedArray<T>(data.Length, pinned: true);
        data.CopyTo(copy);
        return new((T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, copy);
    }
}
