using System;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Core;

/// <summary>Options for <see cref="ArticleParser.Parse(string, ArticleParserOptions?)"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ArticleParserOptions
{
    /// <summary>Gets the default options: the built-in catalog and no publication date.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>
    /// Gets the publication date when the caller knows it (from feed metadata, say). It overrides a dateline in
    /// the text and anchors relative dates (<c>أمس</c>, <c>الشهر الماضي</c>).
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Gets the publication date to use when the text has no dateline (a record's metadata, say). Unlike
    /// <see cref="Published"/>, a dateline in the text wins; either way the date anchors relative dates.
    /// </summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>Gets the catalog to recognise entities with; <see cref="EntityCatalog.Default"/> when <see langword="null"/>.</summary>
    public EntityCatalog? Catalog { get; init; }
}
