namespace ArabicNews.Core.Catalog.CompilerServices;

/// <summary>
/// For generated code; not for direct use. The types the code of the catalog source generator builds its catalog
/// with; they are hidden from IntelliSense and their layout may change in any release.
/// </summary>
[System.Runtime.CompilerServices.CompilerGenerated]
internal static class NamespaceDoc
{
}
