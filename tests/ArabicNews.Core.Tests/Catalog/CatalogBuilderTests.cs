using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

/// <summary>Catalogs built at run time: the built-in one extended by default, every ANC diagnostic with its place, never an exception on bad data.</summary>
public sealed class CatalogBuilderTests
{
    private const string Institute = """{ "id": "organization:caspian-test-institute", "kind": "organization", "name": "Caspian Test Institute", "arabic": "معهد قزوين للاختبار" }""";

    private static string Catalog(params string[] entities) => "{ \"entities\": [\n" + string.Join(",\n", entities) + "\n] }\n";

    private static CatalogBuildResult Build(string json, CatalogMode mode = CatalogMode.Extend) =>
        new CatalogBuilder { Mode = mode }.AddJson(json, "extra.catalog.json").Build();

    private static List<string> Match(EntityCatalog catalog, string text, DateOnly? date = null)
    {
        var results = new List<CatalogMatch>();
        catalog.Matcher.FindMatches(ArabicNormalizer.Normalize(text), date ?? new DateOnly(2024, 1, 1), results);
        return results.Where(m => m.Entity is not null).Select(m => m.Entity!.Id).ToList();
    }

    [Fact]
    public void Good_data_extends_the_built_in_catalog()
    {
        CatalogBuildResult result = Build(Catalog(Institute));
        result.Diagnostics.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
        EntityCatalog catalog = result.Catalog!;
        catalog.Entities.Should().HaveCount(EntityCatalog.Default.Entities.Count + 1);
        Match(catalog, "زار بوتين معهد قزوين للاختبار في موسكو").Should().Equal("person:vladimir-putin", "organization:caspian-test-institute", "city:moscow");
        catalog.FindByName("Caspian Test Institute")!.Id.Should().Be("organization:caspian-test-institute");
    }

    [Fact]
    public void Replace_holds_only_the_added_entities()
    {
        EntityCatalog catalog = Build(Catalog(Institute), CatalogMode.Replace).Catalog!;
        catalog.Entities.Select(e => e.Id).Should().Equal("organization:caspian-test-institute");
        Match(catalog, "زار بوتين معهد قزوين للاختبار").Should().Equal("organization:caspian-test-institute");
    }

    [Fact]
    public void Without_data_extend_is_the_built_in_catalog_and_replace_is_empty()
    {
        new CatalogBuilder().Build().Catalog.Should().BeSameAs(EntityCatalog.Default);
        new CatalogBuilder { Mode = CatalogMode.Replace }.Build().Catalog!.Entities.Should().BeEmpty();
    }

    [Fact]
    public void The_built_catalog_parses_articles()
    {
        EntityCatalog catalog = Build(Catalog(Institute)).Catalog!;
        var article = ArticleParser.Parse("وزار فلاديمير بوتين معهد قزوين للاختبار.", new ArticleParserOptions { Catalog = catalog });
        article.Mentions.Select(m => m.Id).Should().Equal("person:vladimir-putin", "organization:caspian-test-institute");
    }

    [Fact]
    public void An_office_role_expands_at_run_time_too()
    {
        string json = Catalog("""{ "id": "person:test-minister", "kind": "person", "name": "Test Minister", "arabic": "وزير الاختبار", "roles": [ { "office": "energy-minister", "of": "country:azerbaijan", "from": "2023-01-01", "to": null } ] }""");
        Match(Build(json).Catalog!, "قال وزير الطاقة الأذربيجاني").Should().Equal("person:test-minister");
    }

    [Fact]
    public void A_built_in_id_is_replaced_with_a_warning()
    {
        CatalogBuildResult result = Build(Catalog("""{ "id": "city:moscow", "kind": "city", "name": "Moscow (mine)", "arabic": "موسكو" }"""));
        CatalogDiagnostic warning = result.Diagnostics.Should().ContainSingle().Which;
        (warning.Id, warning.Severity, warning.FilePath, warning.Line, warning.Column).Should().Be(("ANC019", CatalogDiagnosticSeverity.Warning, "extra.catalog.json", 2, 9));
        result.Catalog!.TryGetById("city:moscow", out Entity? moscow).Should().BeTrue();
        moscow!.Name.Should().Be("Moscow (mine)");
    }

    [Fact]
    public void A_built_in_name_goes_to_the_added_entity_with_a_warning()
    {
        CatalogBuildResult result = Build(Catalog("""{ "id": "city:moscow-idaho", "kind": "city", "name": "Moscow, Idaho", "arabic": "موسكو" }"""));
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("ANC020");
        Match(result.Catalog!, "في موسكو").Should().Equal("city:moscow-idaho");
    }

    [Theory]
    [InlineData("{ \"entities\": [ { \"id\": \"city:x\" \"kind\": \"city\" } ] }", "ANC001", 1)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\" } ] }", "ANC002", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": 7, \"arabic\": \"اكس\" } ] }", "ANC003", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس\" },\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس اكس\" } ] }", "ANC004", 3)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس\" },\n{ \"id\": \"city:y\", \"kind\": \"city\", \"name\": \"Y\", \"arabic\": \"اكس\" } ] }", "ANC005", 3)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"—\" } ] }", "ANC006", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"town:x\", \"kind\": \"town\", \"name\": \"X\", \"arabic\": \"اكس\" } ] }", "ANC007", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"agreement:x\", \"kind\": \"agreement\", \"name\": \"X\", \"arabic\": \"اكس\", \"signed\": \"2024-02-30\" } ] }", "ANC008", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس\", \"note\": 1 } ] }", "ANC010", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:X\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس\" } ] }", "ANC011", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"agreement:x\", \"kind\": \"agreement\", \"name\": \"X\", \"arabic\": \"اكس\", \"agreementKind\": \"pact\" } ] }", "ANC012", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"agreement:x\", \"kind\": \"agreement\", \"name\": \"X\", \"arabic\": \"اكس\", \"parties\": [\"country:atlantis\"] } ] }", "ANC013", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ\" } ] }", "ANC014", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"person:x\", \"kind\": \"person\", \"name\": \"X\", \"arabic\": \"اكس\", \"roles\": [ { \"from\": \"2020-01-01\" } ] } ] }", "ANC016", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"person:x\", \"kind\": \"person\", \"name\": \"X\", \"arabic\": \"اكس\", \"roles\": [ { \"office\": \"chancellor\", \"of\": \"country:russia\" } ] } ] }", "ANC017", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"person:x\", \"kind\": \"person\", \"name\": \"X\", \"arabic\": \"اكس\", \"roles\": [ { \"office\": \"president\", \"of\": \"country:atlantis\" } ] } ] }", "ANC018", 2)]
    [InlineData("{ \"entities\": [\n{ \"id\": \"corridor:x\", \"kind\": \"corridor\", \"name\": \"X\", \"arabic\": \"اكس\", \"mode\": \"canal\" } ] }", "ANC021", 2)]
    public void Bad_data_is_a_diagnostic_with_its_place_never_an_exception(string json, string id, int line)
    {
        CatalogBuildResult result = Build(json, CatalogMode.Replace);
        CatalogDiagnostic diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Id == id).Which;
        diagnostic.FilePath.Should().Be("extra.catalog.json");
        diagnostic.Line.Should().Be(line);
        diagnostic.Column.Should().BePositive();
        diagnostic.ToString().Should().StartWith(FormattableString.Invariant($"extra.catalog.json({line},{diagnostic.Column}): ")).And.Contain(id);
        result.Succeeded.Should().Be(diagnostic.Severity == CatalogDiagnosticSeverity.Warning && result.Diagnostics.All(d => d.Severity == CatalogDiagnosticSeverity.Warning));
    }

    [Fact]
    public void Overlapping_holders_are_a_warning_and_the_catalog_is_built()
    {
        string json = Catalog(
            """{ "id": "person:a", "kind": "person", "name": "A", "arabic": "الف باء", "roles": [ { "title": "رئيس الاختبار", "from": "2020-01-01", "to": null } ] }""",
            """{ "id": "person:b", "kind": "person", "name": "B", "arabic": "جيم دال", "roles": [ { "title": "رئيس الاختبار", "from": "2021-01-01", "to": null } ] }""");
        CatalogBuildResult result = Build(json, CatalogMode.Replace);
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("ANC009");
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Files_and_streams_are_read_with_their_names()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".catalog.json");
        File.WriteAllText(path, Catalog(Institute));
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{ \"entities\": [ 1 ] }"));
            CatalogBuildResult result = new CatalogBuilder().AddFile(path).AddStream(stream, "stream.catalog.json").Build();
            result.Diagnostics.Should().ContainSingle().Which.ToString().Should().StartWith("stream.catalog.json(1,17): error ANC003");
            stream.CanRead.Should().BeTrue("the stream is not closed");
            new CatalogBuilder().AddFile(path).Build().Catalog!.TryGetById("organization:caspian-test-institute", out _).Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
