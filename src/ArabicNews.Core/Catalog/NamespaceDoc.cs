namespace ArabicNews.Core.Catalog;

/// <summary>
/// The entity catalog: people, states, places, organizations, outlets, agreements and corridors compiled from
/// <c>*.catalog.json</c> files by the catalog source generator (<see cref="Entities"/>, <see cref="EntityCatalog"/>),
/// and the <see cref="CatalogMatcher"/> that finds their names, demonyms and role titles in normalized Arabic text.
/// </summary>
[System.Runtime.CompilerServices.CompilerGenerated]
internal static class NamespaceDoc
{
}
