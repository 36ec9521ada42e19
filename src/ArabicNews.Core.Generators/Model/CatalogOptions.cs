namespace ArabicNews.Core.Generators.Model;

/// <summary>The MSBuild options of the generator.</summary>
/// <param name="Namespace">The namespace of the generated code (<c>ArabicNewsCatalogNamespace</c>, default <c>$(RootNamespace).Catalog</c>).</param>
/// <param name="ClassName">The name of the generated static class (<c>ArabicNewsCatalogClassName</c>, default <c>Entities</c>).</param>
/// <param name="Replace">
/// Whether the project's catalog replaces the built-in one (<c>ArabicNewsCatalogMode</c> = <c>Replace</c>) instead of
/// extending it (the default, <c>Extend</c>).
/// </param>
/// <param name="BuiltIn">
/// Whether the catalog is compiled into ArabicNews.Core itself (the built-in catalog), whose code reads the generated
/// constant tables in place instead of copying them.
/// </param>
internal sealed record CatalogOptions(string Namespace, string ClassName = CatalogOptions.DefaultClassName, bool Replace = false, bool BuiltIn = false)
{
    /// <summary>The default name of the generated class.</summary>
    public const string DefaultClassName = "Entities";

    /// <summary>The name of the assembly that defines the catalog types and holds the built-in catalog.</summary>
    public const string CoreAssemblyName = "ArabicNews.Core";
}
