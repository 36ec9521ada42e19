using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Generators;

/// <summary>
/// The built-in catalog's <c>*.catalog.json</c> files, embedded in the generator (for consuming projects, whose
/// catalogs extend it) and in the library (for the run-time catalog builder), parsed once per process.
/// </summary>
internal static class BuiltInCatalogFiles
{
    /// <summary>The resource name prefix of the embedded catalog files.</summary>
    public const string ResourcePrefix = "ArabicNews.Catalog.Data.";

    /// <summary>The folder diagnostics and locations name for the built-in files.</summary>
    public const string PathPrefix = "ArabicNews.Core/Catalog/Data/";

    private static readonly Lazy<ImmutableArray<CatalogFileSpec>> Files = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the parsed built-in files, in ordinal name order.</summary>
    public static ImmutableArray<CatalogFileSpec> Parsed => Files.Value;

    private static ImmutableArray<CatalogFileSpec> Load()
    {
        Assembly assembly = typeof(BuiltInCatalogFiles).Assembly;
        var builder = ImmutableArray.CreateBuilder<CatalogFileSpec>();
        foreach (string name in assembly.GetManifestResourceNames().Where(static n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(static n => n, StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            builder.Add(CatalogParser.Parse(PathPrefix + name.Substring(ResourcePrefix.Length), reader.ReadToEnd(), CancellationToken.None));
        }

        return builder.ToImmutable();
    }
}
