namespace ArabicNews.Core.Catalog;

/// <summary>What kind of catalog key a <see cref="CatalogMatch"/> was found by.</summary>
public enum CatalogMatchKind
{
    /// <summary>One of the entity's aliases (its Arabic name and spelling variants).</summary>
    Alias = 0,

    /// <summary>A role title (<c>الرئيس الروسي</c>) resolved to its holder on the article's date.</summary>
    Role = 1,

    /// <summary>A demonym (nisba form, <c>الروسية</c>) pointing to a country.</summary>
    Demonym = 2,
}
