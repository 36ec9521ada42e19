using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArabicNews.Core.Generators;

/// <summary>
/// Compiles <c>*.catalog.json</c> additional files into typed entity accessors, an <c>EntityCatalog</c> and the
/// name matcher's tables, as constant data.
/// </summary>
/// <remarks>
/// Pipeline: catalog files → parse each into (entities, diagnostics) [tracked] → collect → merge and validate into
/// a <see cref="CatalogSpec"/> [tracked] → source from the spec alone; diagnostics as a separate output, so an
/// edit that only moves text does not re-emit source. Every transform returns an equatable model that holds
/// nothing from the compilation.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed partial class CatalogGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix of catalog files.</summary>
    public const string CatalogFileSuffix = ".catalog.json";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Parse: a pure function of (path, text); never throws, problems become diagnostics.
        IncrementalValuesProvider<CatalogFileSpec> files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(CatalogFileSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => CatalogParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedFiles);

        // Options: read once from build_property.* (made compiler-visible by the package's props), and whether this
        // compilation is ArabicNews.Core itself (a bool, so other edits to the compilation stop here).
        IncrementalValueProvider<bool> builtIn = context.CompilationProvider
            .Select(static (compilation, _) => string.Equals(compilation.AssemblyName, CatalogOptions.CoreAssemblyName, StringComparison.Ordinal));
        IncrementalValueProvider<CatalogOptions> options = context.AnalyzerConfigOptionsProvider
            .Combine(builtIn)
            .Select(static (input, _) => ReadOptions(input.Left.GlobalOptions) with { BuiltIn = input.Right })
            .WithTrackingName(TrackingNames.Options);

        // Merge and validate: ids, shared names, role periods, references; compute the matcher tables. Unless the
        // project replaces it, the built-in catalog (embedded in this assembly, parsed once) is the base.
        IncrementalValueProvider<CatalogResult> merged = files.Collect()
            .Combine(options)
            .Select(static (input, cancellationToken) => CatalogMerger.Merge(
                input.Left,
                input.Right.Replace ? ImmutableArray<CatalogFileSpec>.Empty : BuiltInCatalogFiles.Parsed,
                input.Right,
                cancellationToken))
            .WithTrackingName(TrackingNames.Merged);

        IncrementalValueProvider<CatalogSpec?> spec = merged.Select(static (result, _) => result.Spec).WithTrackingName(TrackingNames.Spec);
        IncrementalValueProvider<Infrastructure.EquatableArray<DiagnosticInfo>> diagnostics = merged
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Emit from the spec alone.
        context.RegisterSourceOutput(spec, static (output, catalog) =>
        {
            if (catalog is null || catalog.Entities.Count == 0)
            {
                return;
            }

            foreach (KeyValuePair<string, string> file in Emitter.Emit(catalog))
            {
                output.AddSource(file.Key, SourceText.From(file.Value, System.Text.Encoding.UTF8));
            }
        });

        // Report separately: diagnostics carry locations, which change on edits that do not change the spec.
        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (DiagnosticInfo diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    /// <summary>Reads the generator's MSBuild options (<c>build_property.*</c>, made compiler-visible by the package's props).</summary>
    /// <param name="options">The global analyzer config options.</param>
    /// <returns>The options.</returns>
    internal static CatalogOptions ReadOptions(AnalyzerConfigOptions options)
    {
        string className = options.TryGetValue("build_property.ArabicNewsCatalogClassName", out string? configuredClass)
            && configuredClass is not null && SyntaxFacts.IsValidIdentifier(configuredClass.Trim())
            ? configuredClass.Trim()
            : CatalogOptions.DefaultClassName;
        bool replace = options.TryGetValue("build_property.ArabicNewsCatalogMode", out string? mode)
            && string.Equals(mode?.Trim(), "Replace", StringComparison.OrdinalIgnoreCase);
        if (options.TryGetValue("build_property.ArabicNewsCatalogNamespace", out string? configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return new CatalogOptions(configured.Trim(), className, replace);
        }

        string root = options.TryGetValue("build_property.RootNamespace", out string? rootNamespace) && !string.IsNullOrWhiteSpace(rootNamespace)
            ? rootNamespace.Trim()
            : "Generated";
        return new CatalogOptions(root + ".Catalog", className, replace);
    }
}
