namespace ArabicNews.Core.Catalog;

/// <summary>The severity of a <see cref="CatalogDiagnostic"/>.</summary>
public enum CatalogDiagnosticSeverity
{
    /// <summary>Suspicious data that was still compiled (an unknown field, an overlapping role period, a replaced built-in entity).</summary>
    Warning = 0,

    /// <summary>Data that cannot be compiled into a catalog; <see cref="CatalogBuildResult.Catalog"/> is <see langword="null"/>.</summary>
    Error = 1,
}
