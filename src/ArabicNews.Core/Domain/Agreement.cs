using System.Collections.Generic;

namespace ArabicNews.Core;

/// <summary>A treaty, declaration, joint statement, memorandum, plan or other agreement the article mentions.</summary>
/// <remarks>
/// Immutable and thread-safe. Record equality compares <see cref="Parties"/> by reference.
/// <see cref="Evidence"/> is in original-text coordinates.
/// </remarks>
public sealed record Agreement
{
    /// <summary>Gets the catalog id when the agreement is a known one, otherwise <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the kind of document.</summary>
    public required AgreementKind Kind { get; init; }

    /// <summary>Gets the title as written in the article (the trigger noun and what names it).</summary>
    public required string Title { get; init; }

    /// <summary>Gets when it was signed, when the article says.</summary>
    public PartialDate? Signed { get; init; }

    /// <summary>Gets where the agreement stands.</summary>
    public required AgreementStatus Status { get; init; }

    /// <summary>Gets the parties, when known.</summary>
    public required IReadOnlyList<EntityReference> Parties { get; init; }

    /// <summary>Gets the text the agreement was extracted from.</summary>
    public required TextSpan Evidence { get; init; }
}
