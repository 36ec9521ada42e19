using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArabicNews.Core.Generators.Infrastructure;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>What the generator reports: one test per diagnostic (single id, exact line and column), and a theory proving it never throws.</summary>
public sealed class CatalogGeneratorDiagnosticsTests
{
    private const string Baku = """{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "aliases": ["باكو"] }""";

    /// <summary>Builds a catalog with one entity per line, starting on line 2.</summary>
    private static string Catalog(params string[] entities) => "{ \"entities\": [\n" + string.Join(",\n", entities) + "\n] }\n";

    /// <summary>Asserts exactly one diagnostic, with this id and severity, starting at <paramref name="marker"/> on 1-based line <paramref name="line"/>.</summary>
    private static void AssertSingle(string json, string id, DiagnosticSeverity severity, int line, string marker, int occurrence = 1)
    {
        var diagnostics = GeneratorTestHelper.Diagnostics(json);
        diagnostics.Should().ContainSingle($"only {id} is expected, got: {string.Join("; ", diagnostics)}");
        Diagnostic diagnostic = diagnostics[0];
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(severity);
        diagnostic.Descriptor.Category.Should().Be("ArabicNews.Catalog");

        string lineText = json.Split('\n')[line - 1];
        int column = -1;
        for (int i = 0; i < occurrence; i++)
        {
            column = lineText.IndexOf(marker, column + 1, StringComparison.Ordinal);
        }

        column.Should().BeGreaterThanOrEqualTo(0, "the marker must be on the line");
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        span.Path.Should().Be("/project/test.catalog.json");
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).Should().Be((line, column + 1), diagnostic.ToString());
        diagnostic.Location.SourceSpan.Start.Should().Be(json.Split('\n').Take(line - 1).Sum(l => l.Length + 1) + column);
    }

    [Fact]
    public void A_valid_catalog_reports_nothing() => GeneratorTestHelper.Diagnostics(Catalog(Baku)).Should().BeEmpty();

    [Fact]
    public void ANC001_malformed_json() =>
        AssertSingle(Catalog("""{ "id": "city:baku" "kind": "city" }"""), "ANC001", DiagnosticSeverity.Error, 2, "\"kind\"");

    [Fact]
    public void ANC001_malformed_json_on_a_later_line_after_crlf() =>
        AssertSingle("{\r\n  \"entities\": [\r\n    { \"id\": 'x' }\r\n  ]\r\n}", "ANC001", DiagnosticSeverity.Error, 3, "'x'");

    [Fact]
    public void ANC002_missing_required_field() =>
        AssertSingle(Catalog(Baku, """{ "id": "city:moscow", "kind": "city", "name": "Moscow" }"""), "ANC002", DiagnosticSeverity.Error, 3, "{");

    [Fact]
    public void ANC003_wrong_field_type() =>
        AssertSingle(Catalog("""{ "id": "city:baku", "kind": "city", "name": 42, "arabic": "باكو" }"""), "ANC003", DiagnosticSeverity.Error, 2, "42");

    [Fact]
    public void ANC003_wrong_item_type_in_aliases() =>
        AssertSingle(Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "aliases": ["باكو", true] }"""), "ANC003", DiagnosticSeverity.Error, 2, "true");

    [Fact]
    public void ANC004_duplicate_id() =>
        AssertSingle(Catalog(Baku, """{ "id": "city:baku", "kind": "city", "name": "Baku 2", "arabic": "باكو الثانية" }"""), "ANC004", DiagnosticSeverity.Error, 3, "\"city:baku\"");

    [Fact]
    public void ANC004_duplicate_id_across_files_names_both_files()
    {
        var (result, _) = GeneratorTestHelper.Run(new[]
        {
            new TestAdditionalText("/project/a.catalog.json", Catalog(Baku)),
            new TestAdditionalText("/project/b.catalog.json", Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو الثانية" }""")),
        });
        Diagnostic diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Id.Should().Be("ANC004");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("/project/a.catalog.json").And.Contain("/project/b.catalog.json");
        diagnostic.Location.GetLineSpan().Path.Should().Be("/project/b.catalog.json");
    }

    [Fact]
    public void ANC005_alias_claimed_by_two_entities() =>
        AssertSingle(Catalog(Baku, """{ "id": "city:moscow", "kind": "city", "name": "Moscow", "arabic": "موسكو", "aliases": ["موسكو", "بَاكُو"] }"""), "ANC005", DiagnosticSeverity.Error, 3, "\"بَاكُو\"");

    [Fact]
    public void ANC006_alias_empty_after_normalization() =>
        AssertSingle(Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "aliases": ["باكو", "ـ؟ًّ"] }"""), "ANC006", DiagnosticSeverity.Error, 2, "\"ـ؟");

    [Fact]
    public void ANC007_unknown_kind() =>
        AssertSingle(Catalog("""{ "id": "planet:mars", "kind": "planet", "name": "Mars", "arabic": "المريخ" }"""), "ANC007", DiagnosticSeverity.Error, 2, "\"planet\"");

    [Fact]
    public void ANC008_bad_date() =>
        AssertSingle(Catalog("""{ "id": "person:a-b", "kind": "person", "name": "A B", "arabic": "اب", "roles": [ { "title": "الرئيس", "from": "2012-13-01", "to": null } ] }"""), "ANC008", DiagnosticSeverity.Error, 2, "\"2012-13-01\"");

    [Fact]
    public void ANC008_period_ending_before_it_starts() =>
        AssertSingle(Catalog("""{ "id": "person:a-b", "kind": "person", "name": "A B", "arabic": "اب", "roles": [ { "title": "الرئيس", "from": "2012-01-01", "to": "2011-01-01" } ] }"""), "ANC008", DiagnosticSeverity.Error, 2, "\"2011-01-01\"");

    [Fact]
    public void ANC009_overlapping_role_periods() =>
        AssertSingle(
            Catalog(
                """{ "id": "person:a-one", "kind": "person", "name": "A", "arabic": "الف", "roles": [ { "title": "الرئيس الروسي", "from": "2000-01-01", "to": "2008-05-07" } ] }""",
                """{ "id": "person:b-two", "kind": "person", "name": "B", "arabic": "باء", "roles": [ { "title": "الرَّئيس الروسيّ", "from": "2008-01-01", "to": null } ] }"""),
            "ANC009",
            DiagnosticSeverity.Warning,
            3,
            "{ \"title\"");

    [Fact]
    public void ANC010_unknown_field_is_a_warning() =>
        AssertSingle(Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "population": 2300000 }"""), "ANC010", DiagnosticSeverity.Warning, 2, "\"population\"");

    [Fact]
    public void ANC011_bad_id_format() =>
        AssertSingle(Catalog("""{ "id": "city:Baku City", "kind": "city", "name": "Baku", "arabic": "باكو" }"""), "ANC011", DiagnosticSeverity.Error, 2, "\"city:Baku City\"");

    [Fact]
    public void ANC011_id_prefix_differs_from_kind() =>
        AssertSingle(Catalog("""{ "id": "country:baku", "kind": "city", "name": "Baku", "arabic": "باكو" }"""), "ANC011", DiagnosticSeverity.Error, 2, "\"country:baku\"");

    [Fact]
    public void ANC012_unknown_agreement_kind() =>
        AssertSingle(Catalog("""{ "id": "agreement:pact-x", "kind": "agreement", "name": "Pact", "arabic": "ميثاق", "agreementKind": "pact" }"""), "ANC012", DiagnosticSeverity.Error, 2, "\"pact\"");

    [Fact]
    public void ANC021_unknown_corridor_mode() =>
        AssertSingle(Catalog("""{ "id": "corridor:x-y", "kind": "corridor", "name": "X", "arabic": "ممر", "mode": "canal" }"""), "ANC021", DiagnosticSeverity.Error, 2, "\"canal\"");

    [Theory]
    [InlineData("rail")]
    [InlineData("road")]
    [InlineData("sea")]
    [InlineData("pipeline")]
    [InlineData("multimodal")]
    public void Known_corridor_modes_are_accepted(string mode) =>
        GeneratorTestHelper.Diagnostics(Catalog($$"""{ "id": "corridor:x-y", "kind": "corridor", "name": "X", "arabic": "ممر", "mode": "{{mode}}" }""")).Should().BeEmpty();

    [Fact]
    public void ANC013_reference_to_an_unknown_id() =>
        AssertSingle(Catalog(Baku, """{ "id": "corridor:x-y", "kind": "corridor", "name": "X", "arabic": "ممر", "countries": ["city:baku", "country:narnia"] }"""), "ANC013", DiagnosticSeverity.Warning, 3, "\"country:narnia\"");

    [Fact]
    public void ANC014_alias_with_too_many_words() =>
        AssertSingle(Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "aliases": ["ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ"] }"""), "ANC014", DiagnosticSeverity.Error, 2, "\"ا ب");

    [Fact]
    public void Each_descriptor_has_a_unique_consecutive_id()
    {
        var ids = typeof(Diagnostics.DiagnosticDescriptors).GetProperties()
            .Select(p => ((Diagnostics.CatalogDiagnosticDescriptor)p.GetValue(null)!).Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Equal(Enumerable.Range(1, ids.Count).Select(i => FormattableString.Invariant($"ANC{i:D3}")));
    }

    [Fact]
    public void Warnings_do_not_stop_generation()
    {
        // Warnings only: the entity still compiles into the catalog.
        var (result, output) = GeneratorTestHelper.Run(Catalog("""{ "id": "city:baku", "kind": "city", "name": "Baku", "arabic": "باكو", "note": "x" }"""));
        result.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        result.GeneratedTrees.Should().HaveCount(3);
    }

    public static TheoryData<string, string> BrokenCatalogs()
    {
        var data = new TheoryData<string, string>
        {
            { "empty file", string.Empty },
            { "whitespace", " \n\t\r\n " },
            { "byte order mark only", "\uFEFF" },
            { "null root", "null" },
            { "array root", "[]" },
            { "string root", "\"entities\"" },
            { "entities not an array", "{\"entities\": {}}" },
            { "entities missing", "{\"other\": []}" },
            { "truncated", Catalog(Baku).Substring(0, 40) },
            { "truncated in escape", "{\"entities\": [{\"id\": \"\\u06" },
            { "bad escape", "{\"entities\": [{\"id\": \"\\q\"}]}" },
            { "wrong types everywhere", """{ "entities": [ 1, "x", null, true, [], { "id": 1, "kind": [], "name": {}, "arabic": false, "aliases": "x", "roles": {}, "demonyms": [1], "signed": 5, "parties": "x" } ] }""" },
            { "roles of wrong shape", Catalog("""{ "id": "person:a", "kind": "person", "name": "A", "arabic": "ا ب", "roles": [1, {}, { "title": 5 }, { "title": "x", "from": 7 }] }""") },
            { "duplicated ids", Catalog(Baku, Baku, Baku) },
            { "duplicate property", """{ "entities": [], "entities": [] }""" },
            { "non-Arabic aliases", Catalog("""{ "id": "city:x", "kind": "city", "name": "X", "arabic": "😀", "aliases": ["北京", "\ud800", "ÅÄÖ", "\u200f", "-", "١٢٣", "ﷺ"] }""") },
            { "deeply nested arrays", "{\"entities\": " + new string('[', 100_000) },
            { "deeply nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 50_000)) },
            { "huge number", "{\"entities\": [" + new string('9', 100_000) + "]}" },
            { "control characters", "{\"entities\": [\"\u0001\"]}" },
            { "trailing garbage", Catalog(Baku) + "}}}" },
            { "lone surrogates everywhere", "{\"entities\": [{\"id\": \"city:\ud800\", \"kind\": \"city\", \"name\": \"\udc00\", \"arabic\": \"\ud800\"}]}" },
            { "100,000 aliases", Catalog("{ \"id\": \"city:big\", \"kind\": \"city\", \"name\": \"Big\", \"arabic\": \"كبير\", \"aliases\": [" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => "\"اسم " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"")) + "] }") },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenCatalogs))]
    public void The_generator_never_throws_or_hangs(string scenario, string json)
    {
        var stopwatch = Stopwatch.StartNew();
        var (result, _) = GeneratorTestHelper.Run(json);
        stopwatch.Stop();

        result.Results.Should().ContainSingle().Which.Exception.Should().BeNull(scenario);
        result.Diagnostics.Should().NotContain(d => d.Id == "ANC015", scenario);
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), scenario);
    }

    [Fact]
    public void Every_truncation_of_a_valid_catalog_is_reported_as_malformed_json()
    {
        string json = Catalog(Baku, """{ "id": "person:a-b", "kind": "person", "name": "A \"B\"", "arabic": "اب\u0628", "roles": [ { "title": "الرئيس", "from": "2012-01-01", "to": null } ] }""").TrimEnd();
        for (int length = 0; length < json.Length; length++)
        {
            var file = CatalogParser.Parse("/p/t.catalog.json", json.Substring(0, length), CancellationToken.None);
            file.Diagnostics.Select(d => d.Descriptor.Id).Should().Equal(new[] { "ANC001" }, FormattableString.Invariant($"prefix of length {length}"));
            file.Diagnostics[0].Location!.Start.Should().BeLessThanOrEqualTo(length);
        }
    }

    [Fact]
    public void Json_reader_positions_count_lines_and_columns()
    {
        JsonNode? root = JsonReader.Read("{\n  \"a\": [1,\r\n   \"x\"]\r}", CancellationToken.None, out string? error, out _);
        error.Should().BeNull();
        JsonNode array = root!.Members.Single().Value;
        array.Start.Should().Be(new TextPosition(9, 1, 7));
        array.Items[1].Start.Should().Be(new TextPosition(17, 2, 3));
        array.Items[1].Text.Should().Be("x");
        JsonReader.Read("[" + new string(' ', 3) + "}", CancellationToken.None, out error, out TextPosition position).Should().BeNull();
        error.Should().NotBeNull();
        position.Should().Be(new TextPosition(4, 0, 4));
    }

    [Fact]
    public void Json_reader_decodes_escapes()
    {
        JsonNode? root = JsonReader.Read("\"a\\\"b\\\\c\\/d\\n\\u0628\"", CancellationToken.None, out string? error, out _);
        error.Should().BeNull();
        root!.Text.Should().Be("a\"b\\c/d\nب");
    }
}
