using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

public sealed class EntityCatalogTests
{
    private static readonly Entity Baku = new("city:baku", EntityKind.City, "Baku", "باكو");

    private static CatalogMatcherTables EmptyTables(int[]? slots = null, int[]? roleOffsets = null) => new()
    {
        Slots = slots ?? new int[16],
        KeyHashes = ReadOnlySpan<int>.Empty,
        KeyOffsets = new[] { 0 },
        KeyChars = string.Empty,
        KeyKinds = ReadOnlySpan<byte>.Empty,
        KeyTargets = ReadOnlySpan<int>.Empty,
        RoleOffsets = roleOffsets ?? new[] { 0 },
        RoleHolders = ReadOnlySpan<int>.Empty,
        RoleDefaults = ReadOnlySpan<int>.Empty,
        FirstTokenFilter = new byte[4096],
        MaxTokens = 1,
    };

    [Fact]
    public void Create_builds_a_catalog_from_consistent_tables()
    {
        EntityCatalog catalog = EntityCatalog.Create(new[] { Baku }, EmptyTables());
        catalog.Entities.Should().ContainSingle().Which.Should().BeSameAs(Baku);
        catalog.TryGetById("city:baku", out Entity? found).Should().BeTrue();
        found.Should().BeSameAs(Baku);
        catalog.FindByName("Baku").Should().BeSameAs(Baku, "the English name is a name too");
        var results = new List<CatalogMatch>();
        catalog.Matcher.FindMatches("باكو", null, results);
        results.Should().BeEmpty("no keys were given");
    }

    [Fact]
    public void Create_rejects_inconsistent_tables()
    {
        FluentActions.Invoking(() => EntityCatalog.Create(new[] { Baku }, EmptyTables(slots: new int[15]))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EntityCatalog.Create(new[] { Baku }, EmptyTables(slots: new int[16] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EntityCatalog.Create(new[] { Baku }, EmptyTables(roleOffsets: Array.Empty<int>()))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EntityCatalog.Create(new[] { Baku, Baku }, EmptyTables())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EntityCatalog.Create(null!, EmptyTables())).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Default_is_one_shared_instance()
    {
        EntityCatalog.Default.Should().BeSameAs(EntityCatalog.Default);
        EntityCatalog.Default.Should().BeSameAs(Entities.Catalog);
        EntityCatalog.Default.Matcher.KeyCount.Should().BeGreaterThan(EntityCatalog.Default.Entities.Count);
    }

    [Fact]
    public void The_matcher_is_safe_to_share_between_threads()
    {
        string text = ArabicNormalizer.Normalize(string.Concat(Enumerable.Repeat("التقى الرئيس الروسي فلاديمير بوتين بالرئيس الأذربيجاني إلهام علييف في الكرملين. ", 50)));
        var expected = new List<CatalogMatch>();
        EntityCatalog.Default.Matcher.FindMatches(text, new DateOnly(2022, 2, 22), expected);
        expected.Should().HaveCount(5 * 50);

        Parallel.For(0, 64, _ =>
        {
            var results = new List<CatalogMatch>();
            EntityCatalog.Default.Matcher.FindMatches(text, new DateOnly(2022, 2, 22), results);
            results.Should().Equal(expected);
        });
    }
}
