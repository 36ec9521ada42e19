namespace ArabicNews.Core;

/// <summary>A transport or energy corridor the article mentions.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Evidence"/> is in original-text coordinates.</remarks>
public sealed record Corridor
{
    /// <summary>Gets the catalog id of a named corridor, or <see langword="null"/> for an unnamed one (<c>ممرات النقل</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the English name of a catalog corridor, or the Arabic words of an unnamed one.</summary>
    public required string Name { get; init; }

    /// <summary>Gets where the corridor is first mentioned.</summary>
    public required TextSpan Evidence { get; init; }
}
