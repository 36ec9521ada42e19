using System.Collections.Generic;

namespace ArabicNews.Core;

/// <summary>A meeting, call or talks between two or more participants, reported once per event per article.</summary>
/// <remarks>
/// Immutable and thread-safe. Record equality compares <see cref="Participants"/> by reference.
/// <see cref="Evidence"/> is in original-text coordinates.
/// </remarks>
public sealed record Meeting
{
    /// <summary>Gets the participants: people, or states and organisations when no person is named.</summary>
    public required IReadOnlyList<EntityReference> Participants { get; init; }

    /// <summary>Gets where the meeting took place, when the article says.</summary>
    public EntityReference? Location { get; init; }

    /// <summary>Gets when the meeting took place, when the article says.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Gets how the participants met.</summary>
    public required MeetingMode Mode { get; init; }

    /// <summary>Gets the sentence the meeting was extracted from.</summary>
    public required TextSpan Evidence { get; init; }
}
