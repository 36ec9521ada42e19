using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ArabicNews.Core.Generators.Model;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>Whether the generator caches: same input → Cached/Unchanged; unrelated edits → catalog steps stay cached; a changed alias → Modified.</summary>
public sealed class CatalogGeneratorIncrementalTests
{
    private static readonly string[] CatalogSteps = { TrackingNames.ParsedFiles, TrackingNames.Merged, TrackingNames.Spec, TrackingNames.Diagnostics };

    private static readonly Type[] BannedTypes =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText), typeof(SourceText), typeof(SemanticModel), typeof(Diagnostic),
    };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText File) FirstRun(string catalog)
    {
        var file = new TestAdditionalText("/p/test.catalog.json", catalog);
        GeneratorDriver driver = GeneratorTestHelper.CreateDriver(new[] { file });
        CSharpCompilation compilation = GeneratorTestHelper.CreateCompilation("namespace Consumer; public static class A { }");
        return (driver.RunGenerators(compilation), compilation, file);
    }

    private static IEnumerable<IncrementalGeneratorRunStep> Steps(GeneratorDriver driver, string name) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(name, out ImmutableArray<IncrementalGeneratorRunStep> steps) ? steps : Enumerable.Empty<IncrementalGeneratorRunStep>();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string name) =>
        Steps(driver, name).SelectMany(step => step.Outputs).Select(output => output.Reason);

    [Fact]
    public void A_second_run_with_the_same_input_is_cached()
    {
        var (driver, compilation, _) = FirstRun(CatalogGeneratorOutputTests.SmallCatalog);
        GeneratorDriver second = driver.RunGenerators(compilation.Clone());
        var result = second.GetRunResult().Results.Single();
        result.TrackedSteps.Keys.Should().Contain(CatalogSteps);
        foreach (string step in CatalogSteps.Append(TrackingNames.Options))
        {
            Reasons(second, step).Should().NotBeEmpty().And.OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Should().OnlyContain(o => o.Reason == IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Equal_input_gives_equal_models()
    {
        CatalogFileSpec a = CatalogParser.Parse("/p/x.catalog.json", CatalogGeneratorOutputTests.SmallCatalog, default);
        CatalogFileSpec b = CatalogParser.Parse("/p/x.catalog.json", new string(CatalogGeneratorOutputTests.SmallCatalog.AsSpan()), default);
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        var options = new CatalogOptions("N");
        CatalogMerger.Merge(ImmutableArray.Create(a), options, default).Should().Be(CatalogMerger.Merge(ImmutableArray.Create(b), options, default));

        CatalogFileSpec changed = CatalogParser.Parse("/p/x.catalog.json", CatalogGeneratorOutputTests.SmallCatalog.Replace("بوتن", "بوتنن", StringComparison.Ordinal), default);
        changed.Should().NotBe(a);
    }

    [Fact]
    public void Editing_an_unrelated_source_file_does_not_rerun_the_catalog_steps()
    {
        var (driver, compilation, _) = FirstRun(CatalogGeneratorOutputTests.SmallCatalog);
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; public static class B { public const int X = 1; }", new CSharpParseOptions(LanguageVersion.Latest)));
        GeneratorDriver second = driver.RunGenerators(edited);
        foreach (string step in CatalogSteps)
        {
            Reasons(second, step).Should().NotBeEmpty().And.OnlyContain(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged, step);
        }
    }

    [Fact]
    public void Editing_one_alias_reruns_the_catalog_steps()
    {
        var (driver, compilation, file) = FirstRun(CatalogGeneratorOutputTests.SmallCatalog);
        string edited = CatalogGeneratorOutputTests.SmallCatalog.Replace("\"بوتن\"", "\"بوتينا\"", StringComparison.Ordinal);
        GeneratorDriver second = driver.ReplaceAdditionalText(file, new TestAdditionalText("/p/test.catalog.json", edited)).RunGenerators(compilation);
        Reasons(second, TrackingNames.ParsedFiles).Should().Contain(IncrementalStepRunReason.Modified);
        Reasons(second, TrackingNames.Merged).Should().Contain(IncrementalStepRunReason.Modified);
        Reasons(second, TrackingNames.Spec).Should().Contain(IncrementalStepRunReason.Modified);
        second.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Entities.g.cs").SourceText.ToString().Should().Contain("بوتينا");
    }

    [Fact]
    public void Moving_text_around_in_a_catalog_file_does_not_re_emit_source()
    {
        // An unknown field gives a warning whose location moves with the text.
        string catalog = CatalogGeneratorOutputTests.SmallCatalog.Replace("\"mode\": \"rail\"", "\"mode\": \"rail\", \"extra\": 1", StringComparison.Ordinal);
        var (driver, compilation, file) = FirstRun(catalog);
        GeneratorDriver second = driver.ReplaceAdditionalText(file, new TestAdditionalText("/p/test.catalog.json", "\n\n   " + catalog)).RunGenerators(compilation);
        Reasons(second, TrackingNames.ParsedFiles).Should().Contain(IncrementalStepRunReason.Modified, "locations moved");
        Reasons(second, TrackingNames.Diagnostics).Should().Contain(IncrementalStepRunReason.Modified, "the warning moved");
        Reasons(second, TrackingNames.Spec).Should().OnlyContain(r => r == IncrementalStepRunReason.Unchanged, "the spec holds no locations");
        second.GetRunResult().Diagnostics.Should().ContainSingle().Which.Location.GetLineSpan().StartLinePosition.Line.Should().BeGreaterThan(2);
    }

    [Fact]
    public void The_model_graph_holds_no_banned_types()
    {
        var (driver, _, _) = FirstRun(CatalogGeneratorOutputTests.SmallCatalog.Replace("\"mode\": \"rail\"", "\"mode\": \"rail\", \"extra\": 1", StringComparison.Ordinal));
        var result = driver.GetRunResult().Results.Single();
        result.Diagnostics.Should().NotBeEmpty("the walk should also cover diagnostics");
        foreach (string step in CatalogSteps)
        {
            foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
            {
                foreach (var (value, _) in run.Outputs)
                {
                    AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
                }
            }
        }
    }

    private static void AssertNoBannedTypes(object? value, HashSet<object> visited, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Type type = value.GetType();
        BannedTypes.Should().NotContain(banned => banned.IsAssignableFrom(type), $"{path} is a {type}");
        if (value is Microsoft.CodeAnalysis.DiagnosticDescriptor)
        {
            // Descriptors are immutable, equatable singletons: allowed.
            return;
        }

        if (value is IEnumerable sequence)
        {
            int i = 0;
            foreach (object? item in sequence)
            {
                AssertNoBannedTypes(item, visited, FormattableString.Invariant($"{path}[{i++}]"));
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), visited, $"{path}.{field.Name}");
        }
    }
}
