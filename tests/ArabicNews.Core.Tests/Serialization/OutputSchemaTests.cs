using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ArabicNews.Core.Tests.Api;
using FluentAssertions;
using Json.Schema;
using Xunit;

namespace ArabicNews.Core.Tests.Serialization;

/// <summary>
/// <c>docs/article.schema.json</c> (JSON Schema draft 2020-12) describes the real output: every seed's and every
/// fixture's JSON validates against it, it rejects output that breaks the contract, every field the serializer
/// writes is required by it (unknown values are null, never omitted), and <c>docs/output.md</c> documents every field.
/// </summary>
public sealed class OutputSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryFiles.Root, "docs", "article.schema.json");
    private static readonly string FixturesPath = Path.Combine(RepositoryFiles.Root, "tests", "ArabicNews.Core.Tests", "Fixtures", "articles");
    private static readonly Lazy<JsonSchema> Schema = new(static () => JsonSchema.FromText(File.ReadAllText(SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> Articles() => new(ArticleFiles());

    [Fact]
    public void TheArticlesCoverSeedsAndFixtures() =>
        ArticleFiles().Should().Contain(static f => f.StartsWith("seeds/", StringComparison.Ordinal))
            .And.Contain(static f => f.StartsWith("tests/", StringComparison.Ordinal)).And.HaveCountGreaterThanOrEqualTo(25);

    [Theory]
    [MemberData(nameof(Articles))]
    public void RealOutput_IsValid(string file)
    {
        JsonNode output = Output(file);
        Errors(output).Should().BeEmpty($"the output for {file} must validate against docs/article.schema.json");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void EveryFieldTheSerializerWrites_IsDeclaredAndRequired(string file)
    {
        JsonObject schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var problems = new List<string>();
        Walk(Output(file), schema, schema, "$", problems);
        problems.Distinct().Should().BeEmpty("every field the output has is declared in the schema and, since unknown values are null rather than omitted, required there");
    }

    [Fact]
    public void Schema_RejectsOutputThatBreaksTheContract()
    {
        JsonNode valid = Output("seeds/002_761cb0edd2caddef.txt");
        Errors(valid).Should().BeEmpty();

        Broken(valid, static o => o.AsObject().Remove("title")).Should().NotBeEmpty("title is never omitted");
        Broken(valid, static o => o.AsObject().Remove("file")).Should().NotBeEmpty("a line carries file or id");
        Broken(valid, static o => { o.AsObject().Remove("file"); o["id"] = "record-1"; }).Should().BeEmpty("records carry id instead of file");
        Broken(valid, static o => o["kept"] = "x").Should().BeEmpty("--keep copies record fields to the top level");
        Broken(valid, static o => o["published"] = "22/04/2024").Should().NotBeEmpty();
        Broken(valid, static o => o["published"] = "2024-13").Should().NotBeEmpty();
        Broken(valid, static o => o["mentions"]![0]!["start"] = "7").Should().NotBeEmpty();
        Broken(valid, static o => o["mentions"]![0]!["start"] = -1).Should().NotBeEmpty();
        Broken(valid, static o => o["mentions"]![0]!["kind"] = "planet").Should().NotBeEmpty();
        Broken(valid, static o => o["mentions"]![0]!["id"] = "Vladimir Putin").Should().NotBeEmpty();
        Broken(valid, static o => o["mentions"]![0]!["extra"] = 1).Should().NotBeEmpty("objects inside the article are closed");
        Broken(valid, static o => o["meetings"]![0]!["mode"] = "telepathy").Should().NotBeEmpty();
        Broken(valid, static o => o["meetings"]![0]!.AsObject().Remove("location")).Should().NotBeEmpty();
        Broken(valid, static o => o["statements"]![0]!["direct"] = "yes").Should().NotBeEmpty();
        Broken(valid, static o => o["agreements"]![0]!["status"] = "rumoured").Should().NotBeEmpty();
        Broken(valid, static o => o["corridors"]![0]!["evidence"] = null).Should().NotBeEmpty();
    }

    [Fact]
    public void Schema_AcceptsTheRangeEndOfADate()
    {
        // The dates' "end" (a range's last day, month or year; null for a single date) is optional until the
        // serializer writes it; then EveryFieldTheSerializerWrites_IsDeclaredAndRequired asks for it to be required.
        JsonNode valid = Output("seeds/002_761cb0edd2caddef.txt");
        Broken(valid, static o => o["dates"]![0]!["end"] = null).Should().BeEmpty();
        Broken(valid, static o => o["dates"]![0]!["end"] = "2024-04-25").Should().BeEmpty();
        Broken(valid, static o => o["dates"]![0]!["end"] = 2024).Should().NotBeEmpty();
        Broken(valid, static o => o["dates"]![0]!["end"] = "soon").Should().NotBeEmpty();
    }

    [Fact]
    public void OutputDoc_DocumentsEveryField()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "output.md"));
        JsonObject schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        IEnumerable<string> names = schema["$defs"]!.AsObject().Select(static d => d.Value).Prepend(schema)
            .Select(static s => s?["properties"]).OfType<JsonObject>()
            .SelectMany(static properties => properties.Select(static p => p.Key)).Distinct(StringComparer.Ordinal);
        names.Where(name => !Regex.IsMatch(doc, $"`{Regex.Escape(name)}`")).Should().BeEmpty("docs/output.md names every field of the schema in `code`");
    }

    private static string[] ArticleFiles() =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(static f => "seeds/" + Path.GetFileName(f)),
        .. Directory.GetFiles(FixturesPath, "*.txt").Order(StringComparer.Ordinal).Select(static f => "tests/ArabicNews.Core.Tests/Fixtures/articles/" + Path.GetFileName(f)),
    ];

    private static JsonNode Output(string file)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, file));
        return JsonNode.Parse(ArticleJson.Serialize(ArticleParser.Parse(text), file))!;
    }

    private static List<string> Broken(JsonNode valid, Action<JsonNode> breakIt)
    {
        JsonNode copy = valid.DeepClone();
        breakIt(copy);
        return Errors(copy);
    }

    private static List<string> Errors(JsonNode output)
    {
        using JsonDocument document = JsonDocument.Parse(output.ToJsonString());
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        List<string> errors = [.. (results.Details ?? []).Where(static d => d.Errors is { Count: > 0 })
            .SelectMany(static d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
        return errors.Count > 0 ? errors : ["invalid"];
    }

    /// <summary>Walks an output object beside its schema: each field must be declared in <c>properties</c> and listed in <c>required</c>.</summary>
    private static void Walk(JsonNode? node, JsonObject schema, JsonObject root, string path, List<string> problems)
    {
        schema = Resolve(schema, root, node);
        switch (node)
        {
            case JsonObject obj:
                var properties = schema["properties"] as JsonObject;
                HashSet<string> required = [.. (schema["required"] as JsonArray ?? []).Select(static r => r!.GetValue<string>())];
                foreach ((string name, JsonNode? value) in obj)
                {
                    if (properties?[name] is not JsonObject property)
                    {
                        problems.Add($"{path}.{name} is not declared in the schema");
                        continue;
                    }

                    // A line carries file or id (an anyOf at the top), so neither is required on its own.
                    if (!required.Contains(name) && !(path == "$" && name is "file" or "id"))
                    {
                        problems.Add($"{path}.{name} is always written but not required by the schema");
                    }

                    Walk(value, property, root, $"{path}.{name}", problems);
                }

                break;
            case JsonArray array when schema["items"] is JsonObject items:
                foreach (JsonNode? item in array)
                {
                    Walk(item, items, root, path + "[]", problems);
                }

                break;
        }
    }

    /// <summary>Follows <c>$ref</c> and picks the branch of a <c>oneOf</c> that describes an object or array.</summary>
    private static JsonObject Resolve(JsonObject schema, JsonObject root, JsonNode? node)
    {
        while (true)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = reference.TrimStart('#', '/').Split('/').Aggregate((JsonNode)root, static (s, part) => s[part]!).AsObject();
            }
            else if (node is JsonObject or JsonArray && schema["oneOf"] is JsonArray branches)
            {
                schema = branches.OfType<JsonObject>().First(static b => b["type"]?.GetValue<string>() != "null");
            }
            else
            {
                return schema;
            }
        }
    }
}
