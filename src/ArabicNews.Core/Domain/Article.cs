using System.Collections.Generic;

namespace ArabicNews.Core;

/// <summary>A parsed news article: its layout, what it mentions and the diplomacy it reports.</summary>
/// <remarks>
/// Immutable and thread-safe. Every span is in original-text coordinates: <c>Text.Substring(span.Start,
/// span.Length)</c> is the text it denotes. Record equality compares the lists by reference.
/// </remarks>
public sealed record Article
{
    /// <summary>Gets the original text (after byte-order-mark removal).</summary>
    public required string Text { get; init; }

    /// <summary>Gets the headline, or <see langword="null"/> when the article opens straight into its lead.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the publication date from the dateline, the lead or the caller's options.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>Gets the agency or outlet the article comes from, when it says.</summary>
    public EntityReference? Source { get; init; }

    /// <summary>Gets the content paragraphs (boilerplate excluded).</summary>
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }

    /// <summary>Gets what was set aside as boilerplate, and why.</summary>
    public required IReadOnlyList<Boilerplate> Boilerplate { get; init; }

    /// <summary>Gets every entity mention, in text order.</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>Gets every date expression, in text order.</summary>
    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>Gets the meetings, one per event.</summary>
    public required IReadOnlyList<Meeting> Meetings { get; init; }

    /// <summary>Gets the statements, in text order.</summary>
    public required IReadOnlyList<Statement> Statements { get; init; }

    /// <summary>Gets the agreements, one per document.</summary>
    public required IReadOnlyList<Agreement> Agreements { get; init; }

    /// <summary>Gets the corridors, one per corridor.</summary>
    public required IReadOnlyList<Corridor> Corridors { get; init; }
}
