using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Model;

/// <summary>The merged catalog and every diagnostic, before they are split into the two outputs.</summary>
/// <param name="Spec">The catalog, or <see langword="null"/> when there are no catalog files.</param>
/// <param name="Diagnostics">The diagnostics of every file and of the merge.</param>
internal sealed record CatalogResult(CatalogSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
