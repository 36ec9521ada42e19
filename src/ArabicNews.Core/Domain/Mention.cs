using ArabicNews.Core.Catalog;

namespace ArabicNews.Core;

/// <summary>An occurrence of an entity in the article: a catalog match, or an unknown person introduced by a title.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Span"/> is in original-text coordinates and covers exactly <see cref="Text"/>.</remarks>
public sealed record Mention
{
    /// <summary>Gets the catalog id, or <see langword="null"/> for a person outside the catalog.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the kind of entity mentioned.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>Gets the mention as written in the article (without a glued proclitic such as و or ب).</summary>
    public required string Text { get; init; }

    /// <summary>Gets where the mention is in the original text.</summary>
    public required TextSpan Span { get; init; }
}
