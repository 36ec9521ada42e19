using System.Linq;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Generators.Tests;

/// <summary>The emitter driven from a hand-built spec, without the parser.</summary>
public sealed class EmitterTests
{
    private static CatalogSpec Spec(params EntitySpec[] entities) => new()
    {
        Namespace = "Hand.Built",
        Entities = entities.ToEquatableArray(),
        Tables = new MatcherTableSpec
        {
            Slots = new int[16].ToEquatableArray(),
            Keys = EquatableArray<string>.Empty,
            KeyHashes = EquatableArray<int>.Empty,
            KeyKinds = EquatableArray<byte>.Empty,
            KeyTargets = EquatableArray<int>.Empty,
            RoleOffsets = new[] { 0 }.ToEquatableArray(),
            RoleHolders = EquatableArray<int>.Empty,
            RoleDefaults = EquatableArray<int>.Empty,
            Filter = new byte[4096].ToEquatableArray(),
            MaxTokens = 1,
        },
    };

    private static EntitySpec Entity(string id, string kind, string name, string arabic) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Arabic = arabic,
        Aliases = new[] { arabic }.ToEquatableArray(),
    };

    [Fact]
    public void Emits_one_accessor_per_entity_grouped_by_kind()
    {
        var spec = Spec(Entity("city:baku", "city", "Baku", "باكو"), Entity("media:media", "media", "Media", "ميديا"), Entity("person:a-1", "person", "A", "ا"), Entity("person:a1", "person", "A1", "اا"));
        string source = CatalogGenerator.Emitter.Emit(spec)[0].Value;
        source.Should().Contain("namespace Hand.Built;");
        source.Should().Contain("public static class Cities");
        source.Should().Contain("public static global::ArabicNews.Core.Catalog.Entity Baku => CatalogHolder.Instance.Entities[0];");
        source.Should().Contain("public static global::ArabicNews.Core.Catalog.Entity Media_2 => CatalogHolder.Instance.Entities[1];", "a member may not share its class's name");
        source.Should().Contain("A1 => CatalogHolder.Instance.Entities[2];").And.Contain("A1_2 => CatalogHolder.Instance.Entities[3];", "colliding identifiers get a suffix");
        source.Should().NotContain("class Countries", "kinds without entities get no class");
    }

    [Fact]
    public void Escapes_strings_and_xml()
    {
        var spec = Spec(Entity("city:x", "city", "A \"quoted\" <b> & \\ name", "\u200Fباكو\n"));
        string source = CatalogGenerator.Emitter.Emit(spec)[0].Value;
        string entityTables = CatalogGenerator.Emitter.Emit(spec)[1].Value;
        entityTables.Should().Contain("\"A \\\"quoted\\\" <b> & \\\\ name\"");
        entityTables.Should().Contain("\"\\u200Fباكو\\u000A\"");
        source.Should().Contain("/// <summary>A \"quoted\" &lt;b&gt; &amp; \\ name (".Replace("\"quoted\"", "&quot;quoted&quot;", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("person:vladimir-putin", "VladimirPutin")]
    [InlineData("corridor:international-north-south-transport-corridor", "InternationalNorthSouthTransportCorridor")]
    [InlineData("organization:g20", "G20")]
    [InlineData("agreement:2022-declaration", "Declaration2022")]
    [InlineData("organization:10-downing-street", "DowningStreet10")]
    [InlineData("agreement:2024", "Entity2024")]
    public void Identifiers_are_pascal_case_slugs(string id, string identifier) =>
        CatalogGenerator.Emitter.ToIdentifier(id).Should().Be(identifier);

    [Fact]
    public void Tables_are_constant_spans()
    {
        string tables = CatalogGenerator.Emitter.Emit(Spec(Entity("city:baku", "city", "Baku", "باكو")))[2].Value;
        tables.Should().Contain("private static global::System.ReadOnlySpan<int> Slots => new int[]");
        tables.Should().Contain("private static global::System.ReadOnlySpan<byte> FirstTokenFilter => new byte[]");
        tables.Split('\n').Where(l => l.Contains("class ", System.StringComparison.Ordinal)).Should().HaveCount(2);
    }

    [Fact]
    public void Entities_are_records_over_one_string_pool()
    {
        var baku = Entity("city:baku", "city", "Baku", "باكو") with { Aliases = new[] { "باكو", "باكوه" }.ToEquatableArray() };
        var putin = Entity("person:vladimir-putin", "person", "Vladimir Putin", "بوتين") with
        {
            Roles = new[] { new RoleSpec { Title = "الرئيس الروسي", From = new DateSpec(2012, 5, 7), To = null } }.ToEquatableArray(),
        };
        string tables = CatalogGenerator.Emitter.Emit(Spec(baku, putin))[1].Value;
        tables.Should().Contain("// 0: city:baku\n            0, 2, 1, 2, 3, 2, 5, 0, 0, 0, -1, -2147483648, 5, 0, -1, 5, 0,\n", "Baku's strings are 0–4, its kind is city (2)");
        int day = new System.DateOnly(2012, 5, 7).DayNumber;
        tables.Should().Contain(System.FormattableString.Invariant($"// Roles as (title, first day, first day after) triples; int.MinValue and int.MaxValue are open bounds.\n        private static global::System.ReadOnlySpan<int> Roles => new int[]\n        {{\n            9, {day}, 2147483647,"));
        tables.Should().Contain("\"city:baku\" + \"Baku\" + \"باكو\" + \"باكو\" + \"باكوه\" +\n");
        tables.Should().Contain("\"person:vladimir-putin\" + \"Vladimir Putin\" + \"بوتين\" + \"بوتين\" + \"الرئيس الروسي\";\n");
    }
}
