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

/// <summary>Roles given as an office of another entity: the title forms they expand to, their diagnostics and how they resolve.</summary>
public sealed class OfficeRoleTests
{
    private const string Saudi = """
        { "id": "country:saudi-arabia", "kind": "country", "name": "Saudi Arabia", "arabic": "السعودية",
          "aliases": ["السعودية", "المملكة العربية السعودية"], "demonyms": ["السعودي", "سعودي", "السعوديون"] }
        """;

    private const string Russia = """
        { "id": "country:russia", "kind": "country", "name": "Russia", "arabic": "روسيا",
          "aliases": ["روسيا", "روسيا الاتحادية", "الاتحاد الروسي"], "demonyms": ["الروسي", "الروسية", "روسي"] }
        """;

    private const string UnitedNations = """
        { "id": "organization:united-nations", "kind": "organization", "name": "United Nations", "arabic": "الأمم المتحدة",
          "aliases": ["الأمم المتحدة", "منظمة الأمم المتحدة", "UN"], "demonyms": ["الأممي"] }
        """;

    private const string ArabLeague = """
        { "id": "organization:arab-league", "kind": "organization", "name": "Arab League", "arabic": "جامعة الدول العربية", "aliases": ["الجامعة العربية"] }
        """;

    private static string Catalog(params string[] entities) => "{ \"entities\": [\n" + string.Join(",\n", entities) + "\n] }\n";

    private static string Person(string slug, string arabic, string roles) =>
        $$"""{ "id": "person:{{slug}}", "kind": "person", "name": "{{slug}}", "arabic": "{{arabic}}", "roles": [ {{roles}} ] }""";

    [Fact]
    public void Foreign_minister_of_saudi_arabia_expands_to_the_forms_outlets_write()
    {
        List<string> titles = OfficeTitles.Expand("foreign-minister", "السعودية", new[] { "السعودية", "المملكة العربية السعودية" }, new[] { "السعودي", "سعودي", "السعوديون" });
        titles[0].Should().Be("وزير الخارجية السعودي", "the first form is the canonical title");
        titles.Should().Contain(new[]
        {
            "وزير خارجية السعودية", "وزير خارجية المملكة العربية السعودية", "وزير الشؤون الخارجية السعودي",
            "رئيس الدبلوماسية السعودية", "وزير الخارجية في السعودية", "وزيرة الخارجية السعودية",
        });
        titles.Should().OnlyHaveUniqueItems();
        titles.Should().NotContain(t => t.Contains("السعوديون", StringComparison.Ordinal), "plurals are not nisba adjectives");
    }

    [Fact]
    public void Indefinite_demonyms_get_the_article()
    {
        OfficeTitles.Expand("crown-prince", "البحرين", new[] { "البحرين" }, new[] { "بحريني" })
            .Should().Equal("ولي العهد البحريني", "ولي عهد البحرين");
    }

    [Fact]
    public void President_adds_a_state_form_only_to_names_that_have_none()
    {
        List<string> titles = OfficeTitles.Expand("president", "روسيا", new[] { "روسيا الاتحادية", "الاتحاد الروسي" }, new[] { "الروسي" });
        titles.Should().Contain(new[] { "الرئيس الروسي", "رئيس روسيا", "رئيس روسيا الاتحادية", "رئيس الاتحاد الروسي", "رئيس جمهورية روسيا", "رئيس الجمهورية الروسية", "رئيس جمهورية روسيا الاتحادية" });
        titles.Should().NotContain("رئيس جمهورية الاتحاد الروسي");
    }

    [Fact]
    public void Spokespeople_have_every_form_of_the_word()
    {
        List<string> titles = OfficeTitles.Expand("foreign-ministry-spokesperson", "روسيا", Array.Empty<string>(), new[] { "الروسي" });
        titles.Should().Contain(new[]
        {
            "المتحدث باسم وزارة الخارجية الروسية", "المتحدثة باسم وزارة الخارجية الروسية", "الناطق باسم وزارة الخارجية الروسية",
            "الناطقة باسم وزارة الخارجية الروسية", "المتحدثة باسم الخارجية الروسية", "المتحدثة الرسمية باسم وزارة الخارجية الروسية",
        });
    }

    [Theory]
    [InlineData("الأمم المتحدة", "للأمم المتحدة")]
    [InlineData("جامعة الدول العربية", "لجامعة الدول العربية")]
    [InlineData("اللجنة الدولية", "للجنة الدولية")]
    public void The_preposition_lam_contracts_with_the_article(string name, string expected) => OfficeTitles.GlueLam(name).Should().Be(expected);

    [Fact]
    public void Secretary_general_of_an_organization_uses_the_contraction_and_skips_latin_names()
    {
        OfficeTitles.Expand("secretary-general", "الأمم المتحدة", new[] { "منظمة الأمم المتحدة", "UN" }, new[] { "الأممي" })
            .Should().Equal("الأمين العام للأمم المتحدة", "الأمين العام لمنظمة الأمم المتحدة", "الأمين العام الأممي", "أمين عام الأمم المتحدة", "أمين عام منظمة الأمم المتحدة", "الأمينة العامة للأمم المتحدة", "الأمينة العامة لمنظمة الأمم المتحدة");
    }

    [Fact]
    public void Every_office_in_the_schema_is_known()
    {
        OfficeTitles.Offices.Should().BeEquivalentTo(
            "president", "vice-president", "prime-minister", "deputy-prime-minister", "foreign-minister", "defense-minister", "interior-minister",
            "finance-minister", "energy-minister", "oil-minister", "economy-minister", "foreign-ministry-spokesperson", "presidential-spokesperson",
            "government-spokesperson", "king", "emir", "sultan", "crown-prince", "supreme-leader", "speaker-of-parliament", "secretary-general");
        OfficeTitles.Offices.Should().OnlyContain(o => OfficeTitles.Expand(o, "روسيا", Array.Empty<string>(), new[] { "الروسي" }).Count > 0);
    }

    [Fact]
    public void An_office_resolves_to_its_holder_at_the_article_date_and_a_title_is_not_repeated()
    {
        string json = Catalog(
            Saudi,
            Person("old-minister", "وزير قديم", """{ "office": "foreign-minister", "of": "country:saudi-arabia", "from": "2015-04-29", "to": "2019-10-23" }"""),
            Person("new-minister", "وزير جديد", """
                { "office": "foreign-minister", "of": "country:saudi-arabia", "from": "2019-10-23", "to": null },
                { "title": "وزير الخارجية السعودي", "from": "2019-10-23", "to": null },
                { "title": "عميد الدبلوماسية السعودية", "from": "2019-10-23", "to": null }
                """));
        var (result, output) = GeneratorTestHelper.Run(json);
        result.Diagnostics.Should().BeEmpty();
        WithCatalog(output, catalog =>
        {
            catalog.TryGetById("person:new-minister", out var minister).Should().BeTrue();
            minister!.Roles.Select(r => r.Title).Should().Equal("وزير الخارجية السعودي", "عميد الدبلوماسية السعودية");
            catalog.TryGetById("person:old-minister", out var old).Should().BeTrue();
            old!.Roles.Should().ContainSingle().Which.Title.Should().Be("وزير الخارجية السعودي");

            Match(catalog, "التقى وزير الخارجية السعودي نظيره", new DateOnly(2024, 3, 1)).Should().Equal("person:new-minister");
            Match(catalog, "قال وزير خارجية المملكة العربية السعودية", new DateOnly(2017, 3, 1)).Should().Equal("person:old-minister");
            Match(catalog, "وقال رئيس الدبلوماسية السعودية", new DateOnly(2024, 3, 1)).Should().Equal("person:new-minister");
        });
    }

    [Fact]
    public void Secretary_general_resolves_across_files()
    {
        var (result, output) = GeneratorTestHelper.Run(new[]
        {
            new TestAdditionalText("/project/a.catalog.json", Catalog(Person("antonio-guterres", "أنطونيو غوتيريش", """{ "office": "secretary-general", "of": "organization:united-nations", "from": "2017-01-01", "to": null }"""))),
            new TestAdditionalText("/project/b.catalog.json", Catalog(UnitedNations, ArabLeague)),
        });
        result.Diagnostics.Should().BeEmpty();
        WithCatalog(output, catalog =>
            Match(catalog, "دعا الامين العام للامم المتحدة والأمين العام الأممي", new DateOnly(2024, 1, 1))
                .Should().Equal("person:antonio-guterres", "person:antonio-guterres"));
    }

    [Fact]
    public void Two_holders_of_one_office_that_overlap_are_reported_once()
    {
        string json = Catalog(
            Russia,
            Person("first", "الأول", """{ "office": "president", "of": "country:russia", "from": "2000-01-01", "to": "2010-01-01" }"""),
            Person("second", "الثاني", """{ "office": "president", "of": "country:russia", "from": "2009-01-01", "to": null }"""));
        GeneratorTestHelper.Diagnostics(json).Should().ContainSingle().Which.Id.Should().Be("ANC009");
    }

    [Theory]
    [InlineData("""{ "title": "وزير", "office": "foreign-minister", "of": "country:russia" }""", "ANC016")]
    [InlineData("""{ "from": "2000-01-01" }""", "ANC016")]
    [InlineData("""{ "office": "foreign-minister" }""", "ANC016")]
    [InlineData("""{ "of": "country:russia" }""", "ANC016")]
    [InlineData("""{ "office": "chancellor", "of": "country:russia" }""", "ANC017")]
    [InlineData("""{ "office": "foreign-minister", "of": "country:atlantis" }""", "ANC018")]
    [InlineData("""{ "office": 7, "of": "country:russia" }""", "ANC003")]
    [InlineData("""{ "office": "foreign-minister", "of": "country:russia", "from": "2020-01-01", "to": "2019-01-01" }""", "ANC008")]
    public void A_bad_office_role_is_one_error_on_its_line(string role, string id)
    {
        string json = Catalog(Russia, Person("someone", "شخص ما", role));
        Diagnostic diagnostic = GeneratorTestHelper.Diagnostics(json).Should().ContainSingle().Which;
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        int line = json.Split('\n').ToList().FindIndex(l => l.Contains("person:someone", StringComparison.Ordinal));
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.Should().Be(line);
    }

    private static List<string> Match(CoreCatalog.EntityCatalog catalog, string text, DateOnly date)
    {
        var results = new List<CoreCatalog.CatalogMatch>();
        catalog.Matcher.FindMatches(core::ArabicNews.Core.Text.ArabicNormalizer.Normalize(text), date, results);
        return results.Where(m => m.Entity is not null).Select(m => m.Entity!.Id).ToList();
    }

    private static void WithCatalog(Compilation output, Action<CoreCatalog.EntityCatalog> test)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        emitted.Success.Should().BeTrue(string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("office-catalog", isCollectible: true);
        try
        {
            Type entities = context.LoadFromStream(stream).GetType("Consumer.Catalog.Entities", throwOnError: true)!;
            test((CoreCatalog.EntityCatalog)entities.GetProperty("Catalog")!.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
