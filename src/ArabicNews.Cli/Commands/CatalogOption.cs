using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Cli.Commands;

/// <summary><c>--catalog FILE</c> (repeatable): extra <c>*.catalog.json</c> files that extend the built-in catalog for one run.</summary>
internal static class CatalogOption
{
    /// <summary>Creates the option.</summary>
    /// <returns>The <c>--catalog</c> option.</returns>
    public static Option<string[]> Create() => new("--catalog")
    {
        Description = "An extra *.catalog.json file that extends the built-in catalog (its entries win on conflicts); repeatable.",
        HelpName = "FILE",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>
    /// Builds the catalog: <paramref name="fallback"/> without files, else the built-in one extended with them. Warnings
    /// go to standard error, one line each; a broken file is one error line with its ANC id and file:line:column.
    /// </summary>
    /// <param name="files">The <c>--catalog</c> files.</param>
    /// <param name="fallback">The catalog to use without files.</param>
    /// <param name="console">The streams.</param>
    /// <returns>The catalog, or <see langword="null"/> after reporting the error.</returns>
    public static EntityCatalog? Load(string[]? files, EntityCatalog fallback, CliConsole console)
    {
        if (files is not { Length: > 0 })
        {
            return fallback;
        }

        var builder = new CatalogBuilder();
        try
        {
            foreach (string file in files)
            {
                builder.AddFile(file);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"arabic-news: cannot read the catalog file: {exception.Message}");
            return null;
        }

        CatalogBuildResult result = builder.Build();
        foreach (CatalogDiagnostic warning in result.Diagnostics.Where(d => d.Severity == CatalogDiagnosticSeverity.Warning))
        {
            console.Error.WriteLine("arabic-news: " + Format(warning, "warning"));
        }

        CatalogDiagnostic? error = result.Diagnostics.FirstOrDefault(d => d.Severity == CatalogDiagnosticSeverity.Error);
        if (error is not null)
        {
            int more = result.Diagnostics.Count(d => d.Severity == CatalogDiagnosticSeverity.Error) - 1;
            console.Error.WriteLine("arabic-news: " + Format(error, "error") + (more > 0 ? FormattableString.Invariant($" (and {more} more)") : string.Empty));
        }

        return result.Catalog;
    }

    private static string Format(CatalogDiagnostic diagnostic, string severity) =>
        diagnostic.FilePath is null
            ? $"{severity} {diagnostic.Id}: {diagnostic.Message}"
            : FormattableString.Invariant($"{diagnostic.FilePath}:{diagnostic.Line}:{diagnostic.Column}: {severity} {diagnostic.Id}: {diagnostic.Message}");
}
