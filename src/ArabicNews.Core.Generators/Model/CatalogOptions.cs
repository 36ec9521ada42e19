namespace ArabicNews.Core.Generators.Model;

/// <summary>The MSBuild options of the generator.</summary>
/// <param name="Namespace">The namespace of the generated code.</param>
internal sealed record CatalogOptions(string Namespace);
