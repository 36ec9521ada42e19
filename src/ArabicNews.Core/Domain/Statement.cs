namespace ArabicNews.Core;

/// <summary>Something a person or organisation said or wrote, quoted directly or reported.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Evidence"/> is in original-text coordinates.</remarks>
public sealed record Statement
{
    /// <summary>
    /// Gets who spoke: a catalog entity, or a person outside the catalog by name; <see langword="null"/> when the
    /// speaker could not be determined.
    /// </summary>
    public EntityReference? Speaker { get; init; }

    /// <summary>Gets how the article refers to the speaker at this point (<c>الرئيس الأذربيجاني</c>, <c>هذا العضو</c>); empty for a zero subject.</summary>
    public required string SpeakerText { get; init; }

    /// <summary>Gets what was said: the quotation, or the reported clause.</summary>
    public required string Content { get; init; }

    /// <summary>Gets whether <see cref="Content"/> is a direct quotation rather than reported speech.</summary>
    public required bool IsDirect { get; init; }

    /// <summary>Gets the text the statement was extracted from, from the reporting verb to the end of the content.</summary>
    public required TextSpan Evidence { get; init; }
}
