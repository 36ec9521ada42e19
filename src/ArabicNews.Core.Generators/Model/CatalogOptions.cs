namespace ArabicNews.Core.Generators.Model;

/// <summary>The MSBuild options of the generator.</summary>
/// <param name="Namespace">The namespace of the generated code (<c>ArabicNewsCatalogNamespace</c>, default <c>$(RootNamespace).Catalog</c>).</param>
/// <param name="ClassName">The name of the generated static class (<c>ArabicNewsCatalogClassName</c>, default <c>Entities</c>).</param>
internal sealed record CatalogOptions(string Namespace, string ClassName = CatalogOptions.DefaultClassName)
{
    /// <summary>The default name of the generated class.</summary>
    public const string DefaultClassName = "Entities";
}
