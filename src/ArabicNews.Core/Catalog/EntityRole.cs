using System;

namespace ArabicNews.Core.Catalog;

/// <summary>A title that denotes an entity for a period, such as <c>الرئيس الروسي</c> for a president's term.</summary>
/// <remarks>
/// Immutable and thread-safe. The period is half-open: <see cref="From"/> is the first day the title is held,
/// <see cref="To"/> the first day it is no longer held. A <see langword="null"/> bound is open.
/// </remarks>
public sealed class EntityRole
{
    /// <summary>Creates a role.</summary>
    /// <param name="title">The title as written in the catalog.</param>
    /// <param name="from">The first day the title is held, or <see langword="null"/> when unknown or open.</param>
    /// <param name="to">The first day the title is no longer held, or <see langword="null"/> when still held.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public EntityRole(string title, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (from is { } start && to is { } end && end <= start)
        {
            throw new ArgumentException("The end of a role period must be after its start.", nameof(to));
        }

        Title = title;
        From = from;
        To = to;
    }

    /// <summary>Gets the title as written in the catalog.</summary>
    public string Title { get; }

    /// <summary>Gets the first day the title is held (inclusive), or <see langword="null"/> when open.</summary>
    public DateOnly? From { get; }

    /// <summary>Gets the first day the title is no longer held (exclusive), or <see langword="null"/> when still held.</summary>
    public DateOnly? To { get; }

    /// <summary>Returns whether the title is held on <paramref name="date"/>.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ <paramref name="date"/> &lt; <see cref="To"/>.</returns>
    public bool IsHeldOn(DateOnly date) => (From is not { } from || from <= date) && (To is not { } to || date < to);

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Title} [{From:yyyy-MM-dd}, {To:yyyy-MM-dd})");
}
