using System.Globalization;

namespace ArabicNews.Core.Catalog;

/// <summary>A problem in catalog data, with the same <c>ANC</c> id the catalog source generator reports at build time.</summary>
/// <remarks>Immutable. <see cref="ToString"/> gives the compiler's format: <c>path(line,column): error ANC004: message</c>.</remarks>
public sealed record CatalogDiagnostic
{
    /// <summary>Gets the id, <c>ANC001</c> to <c>ANC020</c> (the list is in <c>docs/catalog.md</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the severity.</summary>
    public required CatalogDiagnosticSeverity Severity { get; init; }

    /// <summary>Gets the message.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the path of the catalog file, or <see langword="null"/> for a problem of the whole catalog.</summary>
    public string? FilePath { get; init; }

    /// <summary>Gets the 1-based line where the problem starts (0 without a file).</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column where the problem starts (0 without a file).</summary>
    public int Column { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        string severity = Severity == CatalogDiagnosticSeverity.Error ? "error" : "warning";
        return FilePath is null
            ? string.Create(CultureInfo.InvariantCulture, $"{severity} {Id}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{FilePath}({Line},{Column}): {severity} {Id}: {Message}");
    }
}
