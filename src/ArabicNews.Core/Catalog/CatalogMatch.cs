using System;
using System.Globalization;

namespace ArabicNews.Core.Catalog;

/// <summary>A catalog name found in a text by <see cref="CatalogMatcher"/>.</summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="Length"/> are in the coordinates of the (normalized) text given to the
/// matcher and cover the name without its glued proclitics; the <see cref="ProcliticLength"/> characters before
/// <see cref="Start"/> are the proclitics (و ف ب ل ك ال and their combinations).
/// </para>
/// <para>
/// For the contraction لل (ل + ال with the alef elided, <c>للكرملين</c>), the name's article is written as the
/// second lam: the match starts at that lam and the proclitic is the first one.
/// </para>
/// </remarks>
public readonly struct CatalogMatch : IEquatable<CatalogMatch>
{
    /// <summary>Creates a match.</summary>
    /// <param name="start">The index of the name's first character.</param>
    /// <param name="length">The length of the name.</param>
    /// <param name="procliticLength">The number of proclitic characters right before <paramref name="start"/>.</param>
    /// <param name="entity">The entity, or <see langword="null"/> for a role title without a holder on the date.</param>
    /// <param name="kind">What kind of key matched.</param>
    /// <exception cref="ArgumentOutOfRangeException">A position or length is negative, or the proclitic starts before the text.</exception>
    public CatalogMatch(int start, int length, int procliticLength, Entity? entity, CatalogMatchKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfNegative(procliticLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(procliticLength, start);
        Start = start;
        Length = length;
        ProcliticLength = procliticLength;
        Entity = entity;
        Kind = kind;
    }

    /// <summary>Gets the index of the name's first character (after the proclitics).</summary>
    public int Start { get; }

    /// <summary>Gets the length of the name.</summary>
    public int Length { get; }

    /// <summary>Gets the number of proclitic characters right before <see cref="Start"/>.</summary>
    public int ProcliticLength { get; }

    /// <summary>Gets the index one past the name's last character.</summary>
    public int End => Start + Length;

    /// <summary>Gets the entity, or <see langword="null"/> for a role title without a holder on the date.</summary>
    public Entity? Entity { get; }

    /// <summary>Gets what kind of key matched.</summary>
    public CatalogMatchKind Kind { get; }

    /// <summary>Compares two matches for equality.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CatalogMatch left, CatalogMatch right) => left.Equals(right);

    /// <summary>Compares two matches for inequality.</summary>
    /// <param name="left">The first match.</param>
    /// <param name="right">The second match.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CatalogMatch left, CatalogMatch right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CatalogMatch other) =>
        Start == other.Start && Length == other.Length && ProcliticLength == other.ProcliticLength
        && Kind == other.Kind && Equals(Entity, other.Entity);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CatalogMatch other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length, ProcliticLength, Kind, Entity);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Start}..{End}) +{ProcliticLength} {Kind} {Entity?.Id ?? "(no holder)"}");
}
