namespace ArabicNews.Core.Catalog;

/// <summary>How a catalog built from your own <c>*.catalog.json</c> files relates to the built-in catalog.</summary>
public enum CatalogMode
{
    /// <summary>Your entities and every built-in one; your entry wins on an id or name conflict (warning ANC019 or ANC020).</summary>
    Extend = 0,

    /// <summary>Only your own entities.</summary>
    Replace = 1,
}
