using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ArabicNews.Core.Tests.Api;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Readme;

/// <summary>
/// The JSON sample under "## What comes out" in README.md must be the real output for the article its <c>file</c>
/// names: the article is parsed and serialized as <c>arabic-news parse</c> does, and the sample is compared with it.
/// Every object must have exactly the real object's fields, in order, with the same values. An array may be cut
/// short by ending it with the string <c>"…"</c>: its items before the marker must be the real array's first items,
/// and the real array must have more. When the output changes on purpose, update the sample.
/// </summary>
public sealed class ReadmeJsonSampleTests
{
    private const string Section = "## What comes out";
    private const string Elision = "…";

    [Fact]
    public void WhatComesOutSample_IsTheRealOutputOfItsArticle()
    {
        string root = RepositoryFiles.Root;
        JsonNode sample = ExtractSample(File.ReadAllText(Path.Combine(root, "README.md")));
        string file = sample["file"]?.GetValue<string>() ?? throw new InvalidOperationException("The sample has no \"file\".");

        string text = File.ReadAllText(Path.Combine(root, file));
        JsonNode real = JsonNode.Parse(ArticleJson.Serialize(ArticleParser.Parse(text), file))!;

        Difference(sample, real, "$").Should().BeNull("README.md's JSON sample must be what `arabic-news parse {0}` prints (update the sample after a deliberate change)", file);
    }

    [Fact]
    public void Difference_FindsEveryKindOfDrift()
    {
        JsonNode real = JsonNode.Parse("""{"a":1,"b":[{"x":"y"},{"x":"z"}],"c":null}""")!;

        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"},{"x":"z"}],"c":null}""")!, real, "$").Should().BeNull();
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"},"…"],"c":null}""")!, real, "$").Should().BeNull();

        Difference(JsonNode.Parse("""{"a":2,"b":[{"x":"y"},"…"],"c":null}""")!, real, "$").Should().Contain("$.a");
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"},"…"]}""")!, real, "$").Should().Contain("c", "a field the output has is missing from the sample");
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"},"…"],"c":null,"d":0}""")!, real, "$").Should().Contain("d", "the sample has a field the output lacks");
        Difference(JsonNode.Parse("""{"b":[{"x":"y"},"…"],"a":1,"c":null}""")!, real, "$").Should().Contain("order");
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"z"},"…"],"c":null}""")!, real, "$").Should().Contain("$.b[0].x");
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"}],"c":null}""")!, real, "$").Should().Contain("$.b", "an array cut short without the marker");
        Difference(JsonNode.Parse("""{"a":1,"b":[{"x":"y"},{"x":"z"},"…"],"c":null}""")!, real, "$").Should().Contain("$.b", "the marker promises items that are not there");
        Difference(JsonNode.Parse("""{"a":"1","b":[{"x":"y"},"…"],"c":null}""")!, real, "$").Should().Contain("$.a", "a string is not a number");
    }

    private static JsonNode ExtractSample(string readme)
    {
        string[] lines = readme.ReplaceLineEndings("\n").Split('\n');
        int heading = Array.IndexOf(lines, Section);
        heading.Should().BeGreaterThanOrEqualTo(0, $"README.md has a '{Section}' section");
        int start = Array.FindIndex(lines, heading, static l => l.Trim() == "```json") + 1;
        start.Should().BePositive("the section has a ```json block");
        int end = Array.FindIndex(lines, start, static l => l.Trim() == "```");
        end.Should().BeGreaterThan(start);
        return JsonNode.Parse(string.Join('\n', lines[start..end])) ?? throw new InvalidOperationException("The sample is null.");
    }

    /// <summary>Describes the first place where <paramref name="sample"/> is not <paramref name="real"/>, or returns null.</summary>
    private static string? Difference(JsonNode? sample, JsonNode? real, string path)
    {
        switch (sample, real)
        {
            case (null, null):
                return null;
            case (JsonObject s, JsonObject r):
                string[] sampleNames = [.. s.Select(static p => p.Key)];
                string[] realNames = [.. r.Select(static p => p.Key)];
                if (!sampleNames.SequenceEqual(realNames, StringComparer.Ordinal))
                {
                    return sampleNames.Order(StringComparer.Ordinal).SequenceEqual(realNames.Order(StringComparer.Ordinal), StringComparer.Ordinal)
                        ? $"{path}: fields in another order ({string.Join(", ", sampleNames)}; the output has {string.Join(", ", realNames)})"
                        : $"{path}: fields {string.Join(", ", sampleNames)}; the output has {string.Join(", ", realNames)}";
                }

                return sampleNames.Select(name => Difference(s[name], r[name], $"{path}.{name}")).FirstOrDefault(static d => d is not null);
            case (JsonArray s, JsonArray r):
                bool elided = s.Count > 0 && s[^1] is JsonValue last && last.TryGetValue(out string? marker) && marker == Elision;
                int shown = elided ? s.Count - 1 : s.Count;
                if (elided ? r.Count <= shown : r.Count != shown)
                {
                    return elided
                        ? string.Create(CultureInfo.InvariantCulture, $"{path}: {shown} items and \"{Elision}\", but the output has only {r.Count}")
                        : string.Create(CultureInfo.InvariantCulture, $"{path}: {shown} items, the output has {r.Count} (end a shortened array with \"{Elision}\")");
                }

                return Enumerable.Range(0, shown).Select(i => Difference(s[i], r[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"))).FirstOrDefault(static d => d is not null);
            case (JsonValue s, JsonValue r):
                return JsonNode.DeepEquals(s, r) ? null : $"{path}: {s.ToJsonString()} in the sample, {r.ToJsonString()} in the output";
            default:
                return $"{path}: {sample?.ToJsonString() ?? "null"} in the sample, {real?.ToJsonString() ?? "null"} in the output";
        }
    }
}
