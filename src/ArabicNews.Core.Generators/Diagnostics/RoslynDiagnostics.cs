using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>Turns the shared, Roslyn-free diagnostic model into Roslyn diagnostics (generator only).</summary>
internal static class RoslynDiagnostics
{
    private static readonly ConcurrentDictionary<CatalogDiagnosticDescriptor, DiagnosticDescriptor> Descriptors = new();

    /// <summary>Creates the Roslyn diagnostic.</summary>
    /// <param name="info">The diagnostic.</param>
    /// <returns>The Roslyn diagnostic.</returns>
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info) =>
        Diagnostic.Create(ToDescriptor(info.Descriptor), info.Location?.ToLocation() ?? Location.None, info.MessageArgs.Cast<object>().ToArray());

    /// <summary>Gets the Roslyn descriptor of a catalog descriptor (one instance per descriptor).</summary>
    /// <param name="descriptor">The catalog descriptor.</param>
    /// <returns>The Roslyn descriptor.</returns>
    public static DiagnosticDescriptor ToDescriptor(this CatalogDiagnosticDescriptor descriptor) =>
        Descriptors.GetOrAdd(descriptor, static d => new DiagnosticDescriptor(
            d.Id, d.Title, d.MessageFormat, DiagnosticDescriptors.Category, d.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, isEnabledByDefault: true));

    /// <summary>Creates the Roslyn location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>The Roslyn location.</returns>
    public static Location ToLocation(this LocationInfo location) =>
        Location.Create(
            location.FilePath,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(new LinePosition(location.StartLine, location.StartColumn), new LinePosition(location.EndLine, location.EndColumn)));
}
