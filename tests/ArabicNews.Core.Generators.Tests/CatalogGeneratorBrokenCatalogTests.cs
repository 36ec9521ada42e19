using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>
/// Broken catalogs are reported, never thrown and never hang the build: for every scenario, exactly the expected
/// diagnostics, each located in the catalog file, no internal error (ANC015), within a time bound.
/// </summary>
public sealed class CatalogGeneratorBrokenCatalogTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    // What each scenario of CatalogGeneratorDiagnosticsTests.BrokenCatalogs must report (distinct ids, sorted).
    private static readonly Dictionary<string, string[]> ExpectedForKnownScenarios = new(StringComparer.Ordinal)
    {
        ["empty file"] = ["ANC001"],
        ["whitespace"] = ["ANC001"],
        ["byte order mark only"] = ["ANC001"],
        ["null root"] = ["ANC003"],
        ["array root"] = ["ANC003"],
        ["string root"] = ["ANC003"],
        ["entities not an array"] = ["ANC003"],
        ["entities missing"] = ["ANC002", "ANC010"],
        ["truncated"] = ["ANC001"],
        ["truncated in escape"] = ["ANC001"],
        ["bad escape"] = ["ANC001"],
        ["wrong types everywhere"] = ["ANC003"],
        ["roles of wrong shape"] = ["ANC003", "ANC016"],
        ["duplicated ids"] = ["ANC004"],
        ["duplicate property"] = ["ANC001"],
        ["non-Arabic aliases"] = ["ANC006"],
        ["deeply nested arrays"] = ["ANC001"],
        ["deeply nested objects"] = ["ANC001"],
        ["huge number"] = ["ANC003"],
        ["control characters"] = ["ANC001"],
        ["trailing garbage"] = ["ANC001"],
        ["lone surrogates everywhere"] = ["ANC011"],
        ["100,000 aliases"] = [],
    };

    public static TheoryData<string, string, string[]> MoreBrokenCatalogs()
    {
        string many = string.Join(",", Enumerable.Range(0, 100_000).Select(i => "\"name" + Latin(i) + "\""));
        string shared = string.Join(",", Enumerable.Range(0, 5_000).Select(i => "\"اسم " + Number(i) + "\""));
        return new TheoryData<string, string, string[]>
        {
            { "100,000 Latin aliases", Catalog(Entity("city:big", "city", "Big", "كبير", many)), [] },
            { "100,000 aliases, the same one repeated", Catalog(Entity("city:big", "city", "Big", "كبير", string.Join(",", Enumerable.Repeat("\"كبير\"", 100_000)))), [] },
            { "5,000 aliases claimed by two entities", Catalog(Entity("city:a", "city", "A", "الف", shared), Entity("city:b", "city", "B", "باء", shared)), ["ANC005"] },
            { "20,000 entities with one id", Catalog(Enumerable.Range(0, 20_000).Select(i => Entity("city:same", "city", "Same", "نفس " + Number(i), "\"نفس " + Number(i) + "\"")).ToArray()), ["ANC004"] },
            { "binary junk", Junk(), ["ANC001"] },
            { "truncated after 100,000 entities' worth of text", Catalog(Enumerable.Range(0, 2_000).Select(i => Entity("city:c-" + Latin(i), "city", "C", "مدينة " + Number(i), "\"مدينة " + Number(i) + "\"")).ToArray())[..100_000], ["ANC001"] },
            { "one megabyte string", Catalog(Entity("city:long", "city", new string('x', 1_000_000), "طويل", "\"طويل\"")), [] },
            { "aliases of only marks and controls", Catalog(Entity("city:marks", "city", "Marks", "علامات", "\"\u064B\u064C\", \"\u200F\u202E\", \"\u0640\u0640\", \"\"")), ["ANC006"] },
            { "numbers where strings belong", Catalog("""{ "id": 5, "kind": 6, "name": 7, "arabic": 8, "aliases": 9 }"""), ["ANC003"] },
            { "objects where arrays belong", Catalog("""{ "id": "city:x", "kind": "city", "name": "X", "arabic": "اكس", "aliases": {}, "roles": "x", "demonyms": 1 }"""), ["ANC003"] },
        };
    }

    [Theory]
    [MemberData(nameof(CatalogGeneratorDiagnosticsTests.BrokenCatalogs), MemberType = typeof(CatalogGeneratorDiagnosticsTests))]
    public void KnownBrokenCatalogs_ReportExactlyTheirDiagnostics(string scenario, string json) =>
        AssertReports(scenario, json, ExpectedForKnownScenarios[scenario]);

    [Theory]
    [MemberData(nameof(MoreBrokenCatalogs))]
    public void MoreBrokenCatalogs_ReportExactlyTheirDiagnostics(string scenario, string json, string[] expected) =>
        AssertReports(scenario, json, expected);

    [Fact]
    public void EveryKnownScenario_HasAnExpectation() =>
        CatalogGeneratorDiagnosticsTests.BrokenCatalogs().Select(row => (string)row[0]).Should().BeEquivalentTo(ExpectedForKnownScenarios.Keys);

    [Fact]
    public void ABrokenFile_DoesNotStopTheValidFileBesideIt()
    {
        var (result, output) = GeneratorTestHelper.Run(
        [
            new TestAdditionalText("/project/broken.catalog.json", "{ \"entities\": [ { \"id\": \"city:x\""),
            new TestAdditionalText("/project/empty.catalog.json", string.Empty),
            new TestAdditionalText("/project/good.catalog.json", Catalog(Entity("city:baku", "city", "Baku", "باكو", "\"باكو\""))),
        ]);

        result.Results.Should().ContainSingle().Which.Exception.Should().BeNull();
        result.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path)).Should().BeEquivalentTo(
            [("ANC001", "/project/broken.catalog.json"), ("ANC001", "/project/empty.catalog.json")]);
        string generated = string.Concat(result.GeneratedTrees.Select(t => t.ToString()));
        generated.Should().Contain("city:baku");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
    }

    private static void AssertReports(string scenario, string json, string[] expected)
    {
        var clock = Stopwatch.StartNew();
        var (result, _) = GeneratorTestHelper.Run(json);
        clock.Stop();

        result.Results.Should().ContainSingle().Which.Exception.Should().BeNull(scenario);
        result.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).Should().Equal(expected, scenario);
        result.Diagnostics.Where(d => d.Location.GetLineSpan().Path != "/project/test.catalog.json" || d.Location.SourceSpan.End > json.Length)
            .Should().BeEmpty("every diagnostic points into the catalog file ({0})", scenario);
        if (expected.Length == 0)
        {
            result.GeneratedTrees.Should().NotBeEmpty("a catalog without errors is compiled ({0})", scenario);
        }

        clock.Elapsed.Should().BeLessThan(Bound, scenario);
    }

    private static string Catalog(params string[] entities) => "{ \"entities\": [\n" + string.Join(",\n", entities) + "\n] }\n";

    private static string Entity(string id, string kind, string name, string arabic, string aliases) =>
        "{ \"id\": \"" + id + "\", \"kind\": \"" + kind + "\", \"name\": \"" + name + "\", \"arabic\": \"" + arabic + "\", \"aliases\": [" + aliases + "] }";

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);

    // Kebab-case-safe letters for ids: 0 → a, 1 → b, … 26 → ba.
    private static string Latin(int i)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);

        return letters.ToString();
    }

    private static string Junk()
    {
        var random = new Random(20240422);
        var junk = new StringBuilder(4096);
        for (int i = 0; i < 4096; i++)
        {
            junk.Append((char)random.Next(0, 0x10000));
        }

        return "{ \"entities\": [ " + junk + " ] }";
    }
}
