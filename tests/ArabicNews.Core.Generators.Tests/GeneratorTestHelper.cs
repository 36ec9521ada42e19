extern alias core;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>Runs the catalog generator in memory.</summary>
internal static class GeneratorTestHelper
{
    public static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: FormattableString.Invariant($"Source{i}.cs"))),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, string? catalogNamespace = "Consumer.Catalog", string? className = null, string? mode = "Replace") =>
        CSharpGeneratorDriver.Create(
            new[] { new CatalogGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(catalogNamespace, className, mode),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(string catalogJson, string path = "/project/test.catalog.json", string? catalogNamespace = "Consumer.Catalog", string? className = null) =>
        Run(new[] { new TestAdditionalText(path, catalogJson) }, catalogNamespace, className);

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> files, string? catalogNamespace = "Consumer.Catalog", string? className = null, string? mode = "Replace")
    {
        GeneratorDriver driver = CreateDriver(files, catalogNamespace, className, mode);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation("namespace Consumer; public static class Placeholder { }"), out Compilation output, out _, CancellationToken.None);
        return (driver.GetRunResult(), output);
    }

    public static ImmutableArray<Diagnostic> Diagnostics(string catalogJson) => Run(catalogJson).Result.Diagnostics;

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(core::ArabicNews.Core.Catalog.EntityCatalog).Assembly.Location))
            .ToImmutableArray();
    }
}

internal sealed class TestAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public TestAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    /// <summary>Creates the options; the catalog replaces the built-in one unless <paramref name="mode"/> says otherwise, so most tests see only their own data.</summary>
    public TestOptionsProvider(string? catalogNamespace, string? className = null, string? mode = "Replace")
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = "Consumer" };
        if (mode is not null)
        {
            values["build_property.ArabicNewsCatalogMode"] = mode;
        }

        if (catalogNamespace is not null)
        {
            values["build_property.ArabicNewsCatalogNamespace"] = catalogNamespace;
        }

        if (className is not null)
        {
            values["build_property.ArabicNewsCatalogClassName"] = className;
        }

        GlobalOptions = new TestOptions(values);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public TestOptions(Dictionary<string, string> values) => _values = values;

        public static TestOptions Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
