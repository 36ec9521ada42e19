using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Catalog.Matching;
using ArabicNews.Core.Tests.Text;
using ArabicNews.Core.Catalog.CompilerServices;
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
        FirstTokenFilter = new byte[MatcherFilters.Length],
        MaxTokens = 1,
    };

    [Fact]
    public void FindByName_finds_an_English_name_in_the_built_in_catalog_ignoring_case_and_nothing_for_no_name()
    {
        EntityCatalog catalog = Entities.CreateCatalog();
        catalog.FindByName("vladimir PUTIN").Should().BeSameAs(catalog.FindByName("person:vladimir-putin"));
        catalog.FindByName("Vladimir Putin")!.Id.Should().Be("person:vladimir-putin");
        catalog.FindByName("No Such Entity Anywhere").Should().BeNull();
        catalog.FindByName("قنا").Should().BeNull("a short name the catalog knows only after وكالة is no name of its own");
    }

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

    [Fact]
    public void Creating_the_generated_catalog_builds_no_entity()
    {
        Entities.CreateCatalog();
        long before = GC.GetAllocatedBytesForCurrentThread();
        EntityCatalog catalog = Entities.CreateCatalog();
        long created = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        ReadAll(catalog);
        long firstRead = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        ReadAll(catalog);
        long secondRead = GC.GetAllocatedBytesForCurrentThread() - before;

        firstRead.Should().BeGreaterThan(catalog.Entities.Count * 200L, "each entity (with its names and roles) is built when first read, not when the catalog is created");
        secondRead.Should().Be(0, "a built entity is kept");
        created.Should().BeLessThan(2_048 + (catalog.Entities.Count * (long)IntPtr.Size), "creating the built-in catalog copies no table: it allocates one reference per entity (built later) and a few small objects");

        static void ReadAll(EntityCatalog catalog)
        {
            for (int i = 0; i < catalog.Entities.Count; i++)
            {
                GC.KeepAlive(catalog.Entities[i]);
            }
        }
    }

    [Fact]
    public void A_new_generated_catalog_is_safe_to_use_first_from_several_threads()
    {
        string text = NormalizedSeeds();
        string[] ids = EntityCatalog.Default.Entities.Select(e => e.Id).ToArray();
        const int Threads = 8;
        for (int round = 0; round < 3; round++)
        {
            EntityCatalog catalog = Entities.CreateCatalog();
            var matches = new List<CatalogMatch>[Threads];
            var byId = new Entity?[Threads][];
            using var start = new Barrier(Threads);
            Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();

                // Half the threads match first (building entities through the matcher), half look up first.
                var results = new List<CatalogMatch>();
                if (t % 2 == 0)
                {
                    catalog.Matcher.FindMatches(text, new DateOnly(2022, 2, 22), results);
                }

                byId[t] = ids.Select(id => catalog.TryGetById(id, out Entity? entity) ? entity : null).ToArray();
                if (t % 2 == 1)
                {
                    catalog.Matcher.FindMatches(text, new DateOnly(2022, 2, 22), results);
                }

                matches[t] = results;
            })).ToArray();
            Array.ForEach(threads, thread => thread.Start());
            Array.ForEach(threads, thread => thread.Join());

            matches[0].Should().HaveCountGreaterThan(100);
            byId[0].Should().OnlyContain(entity => entity != null);
            for (int t = 1; t < Threads; t++)
            {
                matches[t].Should().Equal(matches[0]);
                matches[t].Select(m => m.Entity).Zip(matches[0].Select(m => m.Entity)).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second), "every thread gets the one instance of each entity");
                byId[t].Zip(byId[0]).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second));
            }
        }
    }

    [Fact]
    public void The_built_in_tables_read_in_place_equal_the_tables_built_and_validated_at_run_time()
    {
        // The built-in catalog reads its generated constants in place without validating them again; the run-time
        // builder lays out the same data files with the same code and validates what it builds.
        var builder = new CatalogBuilder { Mode = CatalogMode.Replace };
        Assembly core = typeof(EntityCatalog).Assembly;
        string[] resources = core.GetManifestResourceNames().Where(n => n.EndsWith(".catalog.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        resources.Should().NotBeEmpty();
        foreach (string name in resources)
        {
            using Stream stream = core.GetManifestResourceStream(name)!;
            builder.AddStream(stream, name);
        }

        EntityCatalog validated = builder.Build().Catalog!;
        EntityCatalog inPlace = Entities.CreateCatalog();

        inPlace.Entities.Select(Describe).Should().Equal(validated.Entities.Select(Describe));
        inPlace.Matcher.KeyCount.Should().Be(validated.Matcher.KeyCount);
        string text = NormalizedSeeds();
        foreach (DateOnly? asOf in new DateOnly?[] { null, new DateOnly(2010, 1, 1), new DateOnly(2022, 2, 22) })
        {
            Matches(inPlace, text, asOf).Should().Equal(Matches(validated, text, asOf)).And.HaveCountGreaterThan(100);
        }

        foreach (Entity entity in validated.Entities)
        {
            inPlace.FindByName(entity.ArabicName)?.Id.Should().Be(validated.FindByName(entity.ArabicName)?.Id, entity.ArabicName);
        }

        static string Describe(Entity e) => string.Join(
            "|",
            e.Id,
            e.Kind,
            e.Name,
            e.ArabicName,
            string.Join(",", e.Aliases),
            string.Join(",", e.Demonyms),
            string.Join(",", e.Roles.Select(r => string.Join(":", r.Title, r.From?.DayNumber, r.To?.DayNumber))),
            e.AgreementKind,
            e.Signed?.DayNumber,
            string.Join(",", e.Parties),
            e.Mode,
            string.Join(",", e.Countries));

        static List<(int Start, int Length, int Proclitic, CatalogMatchKind Kind, string? Id)> Matches(EntityCatalog catalog, string text, DateOnly? asOf)
        {
            var results = new List<CatalogMatch>();
            catalog.Matcher.FindMatches(text, asOf, results);
            return results.Select(m => (m.Start, m.Length, m.ProcliticLength, m.Kind, m.Entity?.Id)).ToList();
        }
    }

    [Fact]
    public void A_generated_entity_is_built_once_and_shared()
    {
        EntityCatalog catalog = Entities.CreateCatalog();
        Entity[] first = new Entity[catalog.Entities.Count];
        Parallel.For(0, first.Length, i => first[i] = catalog.Entities[i]);
        for (int i = 0; i < first.Length; i++)
        {
            catalog.Entities[i].Should().BeSameAs(first[i]);
        }

        catalog.TryGetById("person:vladimir-putin", out Entity? putin).Should().BeTrue();
        putin.Should().BeSameAs(catalog.Entities.Single(e => e.Id == "person:vladimir-putin"));
    }

    [Fact]
    public void A_generated_entity_carries_every_field_of_its_record()
    {
        Entity putin = Entities.People.VladimirPutin;
        putin.Id.Should().Be("person:vladimir-putin");
        putin.Kind.Should().Be(EntityKind.Person);
        putin.Name.Should().Be("Vladimir Putin");
        putin.Aliases.Should().Contain("بوتين");
        putin.GetRoleOn(new DateOnly(2024, 1, 1))!.Title.Should().Be("الرئيس الروسي");
        putin.GetRoleOn(new DateOnly(2010, 1, 1))!.Title.Should().Be("رئيس الوزراء الروسي", "Putin was prime minister from 2008 to 2012");

        Entity russia = Entities.Countries.Russia;
        russia.Demonyms.Should().Contain("الروسي");
        russia.AgreementKind.Should().BeNull();
        russia.Mode.Should().BeNull();
        russia.Signed.Should().BeNull();

        Entity agreement = EntityCatalog.Default.Entities.First(e => e.Kind == EntityKind.Agreement && e.Signed is not null && e.Parties.Count > 1);
        agreement.AgreementKind.Should().NotBeNull();
        Entities.Agreements.JointComprehensivePlanOfAction.AgreementKind.Should().Be(AgreementKind.Agreement);
        Entities.Agreements.JointComprehensivePlanOfAction.Mode.Should().BeNull();
        agreement.Parties.Should().OnlyContain(id => EntityCatalog.Default.FindByName(id) != null);

        Entity corridor = EntityCatalog.Default.Entities.First(e => e.Kind == EntityKind.Corridor && e.Countries.Count > 0);
        corridor.Mode.Should().NotBeNull();
        Entities.Corridors.BaikalAmurMainline.Mode.Should().Be(CorridorMode.Rail);
        corridor.Countries.Should().OnlyContain(id => id.StartsWith("country:", StringComparison.Ordinal));
    }

    [Fact]
    public void Lookups_by_id_and_english_name_find_every_generated_entity()
    {
        EntityCatalog catalog = Entities.CreateCatalog();
        foreach (Entity entity in EntityCatalog.Default.Entities)
        {
            catalog.TryGetById(entity.Id, out Entity? byId).Should().BeTrue(entity.Id);
            byId!.Id.Should().Be(entity.Id);
        }

        catalog.TryGetById("person:nobody", out _).Should().BeFalse();
        catalog.TryGetById("", out _).Should().BeFalse();
        catalog.FindByName("vladimir putin")!.Id.Should().Be("person:vladimir-putin", "English names compare ignoring case");
    }

    [Fact]
    public void Hand_built_entities_in_any_order_are_found_by_id()
    {
        var moscow = new Entity("city:moscow", EntityKind.City, "Moscow", "موسكو");
        var ankara = new Entity("city:ankara", EntityKind.City, "Ankara", "أنقرة");
        EntityCatalog catalog = EntityCatalog.Create(new[] { moscow, Baku, ankara }, EmptyTables());
        catalog.TryGetById("city:ankara", out Entity? found).Should().BeTrue();
        found.Should().BeSameAs(ankara);
        catalog.TryGetById("city:moscow", out found).Should().BeTrue();
        found.Should().BeSameAs(moscow);
        catalog.Entities.Should().Equal(moscow, Baku, ankara);
    }

    [Fact]
    public void Inconsistent_entity_tables_are_rejected()
    {
        int none = int.MinValue;
        int[] record = [0, (int)EntityKind.City, 1, 2, 3, 1, 4, 0, 0, 0, -1, none, 4, 0, -1, 4, 0];
        const string Strings = "city:bakuBakuباكوباكو";
        int[] offsets = [0, 9, 13, 17, 21];
        EntityCatalog.Create(Tables(Strings, offsets, record, []), EmptyTables()).Entities.Single().Aliases.Should().Equal("باكو");
        Entity typed = EntityCatalog.Create(Tables(Strings, offsets, With(With(record, 10, (int)AgreementKind.Memorandum), 14, (int)CorridorMode.Pipeline), []), EmptyTables()).Entities.Single();
        typed.AgreementKind.Should().Be(AgreementKind.Memorandum);
        typed.Mode.Should().Be(CorridorMode.Pipeline);

        Invalid(Strings, offsets, record[..^1], [], "a record is cut short");
        Invalid(Strings, [0, 9, 13, 17, 22], record, [], "the offsets overrun the strings");
        Invalid(Strings, [0, 13, 9, 17, 21], record, [], "offsets go backwards");
        Invalid(Strings, offsets, With(record, 0, 9), [], "the id is not a string");
        Invalid(Strings, offsets, With(record, 1, 99), [], "the kind is unknown");
        Invalid(Strings, offsets, With(record, 5, 2), [], "the aliases run past the strings");
        Invalid(Strings, offsets, With(record, 9, 1), [], "a role that does not exist");
        Invalid(Strings, offsets, With(record, 10, 99), [], "the agreement kind is not an AgreementKind");
        Invalid(Strings, offsets, With(record, 14, 99), [], "the mode is not a CorridorMode");
        Invalid(Strings, offsets, record, [0, 800_000, 700_000], "a role that ends before it starts");
        Invalid(Strings, offsets, [.. record, .. record], [], "two records share an id");

        static int[] With(int[] values, int index, int value)
        {
            int[] copy = (int[])values.Clone();
            copy[index] = value;
            return copy;
        }

        static void Invalid(string strings, int[] offsets, int[] records, int[] roles, string because) =>
            FluentActions.Invoking(() => EntityCatalog.Create(Tables(strings, offsets, records, roles), EmptyTables()))
                .Should().Throw<ArgumentException>(because);
    }

    private static string NormalizedSeeds() =>
        string.Join("\n\n", SeedText.Files.Select(path => ArabicNormalizer.Normalize(File.ReadAllText(path), NormalizationOptions.Search)));

    private static CatalogEntityTables Tables(string strings, int[] offsets, int[] records, int[] roles) => new()
    {
        Strings = strings,
        StringOffsets = offsets,
        Records = records,
        Roles = roles,
    };
}
