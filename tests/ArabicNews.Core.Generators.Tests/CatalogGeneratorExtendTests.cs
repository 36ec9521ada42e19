extern alias core;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;
using CoreCatalog = core::ArabicNews.Core.Catalog;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>A project's catalog extends the built-in one by default, and replaces it with <c>ArabicNewsCatalogMode=Replace</c>.</summary>
public sealed class CatalogGeneratorExtendTests
{
    private const string Institute = """{ "id": "organization:caspian-test-institute", "kind": "organization", "name": "Caspian Test Institute", "arabic": "معهد قزوين للاختبار", "aliases": ["معهد قزوين للاختبار"] }""";

    private static string Catalog(params string[] entities) => "{ \"entities\": [\n" + string.Join(",\n", entities) + "\n] }\n";

    private static List<string> Match(CoreCatalog.EntityCatalog catalog, string text)
    {
        var results = new List<CoreCatalog.CatalogMatch>();
        catalog.Matcher.FindMatches(core::ArabicNews.Core.Text.ArabicNormalizer.Normalize(text), new DateOnly(2024, 1, 1), results);
        return results.Where(m => m.Entity is not null).Select(m => m.Entity!.Id).ToList();
    }

    [Fact]
    public void By_default_the_catalog_holds_the_project_entities_and_every_built_in_one()
    {
        var (result, output) = GeneratorTestHelper.Run(new[] { new TestAdditionalText("/project/places.catalog.json", Catalog(Institute)) }, mode: null);
        result.Diagnostics.Should().BeEmpty();
        WithCatalog(output, (entities, catalog) =>
        {
            Match(catalog, "زار بوتين معهد قزوين للاختبار في موسكو").Should().Equal("person:vladimir-putin", "organization:caspian-test-institute", "city:moscow");
            catalog.Entities.Count.Should().Be(CoreCatalog.EntityCatalog.Default.Entities.Count + 1);
            entities.GetNestedType("Organizations")!.GetProperties().Select(p => p.Name).Should().Equal(new[] { "CaspianTestInstitute" }, "typed accessors are for the project's own entities");
            entities.GetNestedType("People").Should().BeNull();
        });
    }

    [Fact]
    public void A_project_entity_with_a_built_in_id_replaces_it_with_a_warning()
    {
        string json = Catalog("""{ "id": "city:moscow", "kind": "city", "name": "Moscow (project)", "arabic": "موسكو", "aliases": ["موسكو", "موسكفا"] }""");
        var (result, output) = GeneratorTestHelper.Run(new[] { new TestAdditionalText("/project/places.catalog.json", json) }, mode: null);
        Diagnostic diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be("ANC019");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.Should().Be("/project/places.catalog.json");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(1);
        WithCatalog(output, (_, catalog) =>
        {
            catalog.TryGetById("city:moscow", out var moscow).Should().BeTrue();
            moscow!.Name.Should().Be("Moscow (project)");
            Match(catalog, "في موسكفا").Should().Equal("city:moscow");
            catalog.Entities.Count.Should().Be(CoreCatalog.EntityCatalog.Default.Entities.Count);
        });
    }

    [Fact]
    public void A_project_name_that_a_built_in_entity_has_goes_to_the_project_entity_with_a_warning()
    {
        string json = Catalog("""{ "id": "city:moscow-idaho", "kind": "city", "name": "Moscow, Idaho", "arabic": "موسكو", "aliases": ["موسكو", "موسكو الأمريكية"] }""");
        var (result, output) = GeneratorTestHelper.Run(new[] { new TestAdditionalText("/project/places.catalog.json", json) }, mode: null);
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Id == "ANC020" && d.Severity == DiagnosticSeverity.Warning);
        result.Diagnostics.Should().OnlyContain(d => d.Location.GetLineSpan().Path == "/project/places.catalog.json");
        WithCatalog(output, (_, catalog) =>
        {
            Match(catalog, "في موسكو").Should().Equal("city:moscow-idaho");
            catalog.TryGetById("city:moscow", out var builtIn).Should().BeTrue("the built-in entity stays, without the name it lost");
            builtIn!.Name.Should().Be("Moscow");
        });
    }

    [Fact]
    public void An_office_of_a_built_in_country_expands_from_its_names()
    {
        string json = Catalog("""{ "id": "person:test-minister", "kind": "person", "name": "Test Minister", "arabic": "وزير الاختبار", "roles": [ { "office": "energy-minister", "of": "country:azerbaijan", "from": "2023-01-01", "to": null } ] }""");
        var (result, output) = GeneratorTestHelper.Run(new[] { new TestAdditionalText("/project/people.catalog.json", json) }, mode: null);
        result.Diagnostics.Should().BeEmpty();
        WithCatalog(output, (_, catalog) => Match(catalog, "قال وزير الطاقة الأذربيجاني").Should().Equal("person:test-minister"));
    }

    [Fact]
    public void Replace_gives_only_the_project_entities()
    {
        var (result, output) = GeneratorTestHelper.Run(new[] { new TestAdditionalText("/project/places.catalog.json", Catalog(Institute)) }, mode: "Replace");
        result.Diagnostics.Should().BeEmpty();
        WithCatalog(output, (_, catalog) =>
        {
            catalog.Entities.Select(e => e.Id).Should().Equal("organization:caspian-test-institute");
            Match(catalog, "زار بوتين معهد قزوين للاختبار في موسكو").Should().Equal("organization:caspian-test-institute");
        });
    }

    [Fact]
    public void Without_catalog_files_nothing_is_generated_even_when_extending()
    {
        var (result, _) = GeneratorTestHelper.Run(Array.Empty<AdditionalText>(), mode: null);
        result.GeneratedTrees.Should().BeEmpty();
    }

    private static void WithCatalog(Compilation output, Action<Type, CoreCatalog.EntityCatalog> test)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        emitted.Success.Should().BeTrue(string.Join("\n", emitted.Diagnostics.Take(5)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("extended-catalog", isCollectible: true);
        try
        {
            Type entities = context.LoadFromStream(stream).GetType("Consumer.Catalog.Entities", throwOnError: true)!;
            test(entities, (CoreCatalog.EntityCatalog)entities.GetProperty("Catalog")!.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
