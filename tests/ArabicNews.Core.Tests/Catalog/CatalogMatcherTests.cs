using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

public sealed class CatalogMatcherTests
{
    private const string Before = "قال ";
    private const string After = " اليوم";

    private static readonly EntityCatalog Catalog = EntityCatalog.Default;

    public static TheoryData<string> Proclitics => new() { "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فك", "ال", "وال", "بال", "وبال" };

    private static List<CatalogMatch> Match(string text, DateOnly? asOf = null)
    {
        var results = new List<CatalogMatch>();
        Catalog.Matcher.FindMatches(ArabicNormalizer.Normalize(text), asOf, results);
        return results;
    }

    private static IEnumerable<(Entity Entity, string Name, CatalogMatchKind Kind)> AllNames() =>
        Catalog.Entities.SelectMany(entity =>
            entity.Aliases.Select(alias => (entity, alias, CatalogMatchKind.Alias))
                .Concat(entity.Demonyms.Select(demonym => (entity, demonym, CatalogMatchKind.Demonym)))
                .Append((entity, entity.ArabicName, CatalogMatchKind.Alias)));

    private static bool IsLatin(string name) => name.All(c => c < '\u0600');

    [Fact]
    public void Default_catalog_has_the_sample_entities()
    {
        Catalog.Entities.Should().HaveCountGreaterThanOrEqualTo(10);
        Catalog.Entities.Select(e => e.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
        Catalog.TryGetById("person:vladimir-putin", out Entity? putin).Should().BeTrue();
        putin!.Kind.Should().Be(EntityKind.Person);
        putin.Name.Should().Be("Vladimir Putin");
        Entities.People.VladimirPutin.Should().BeSameAs(putin);
        Entities.Media.Tass.Id.Should().Be("media:tass");
        Entities.Countries.Russia.Demonyms.Should().Contain("الروسية");
    }

    [Fact]
    public void Every_name_of_every_entity_is_found_bare()
    {
        foreach (var (entity, name, kind) in AllNames())
        {
            string normalized = ArabicNormalizer.Normalize(name);
            List<CatalogMatch> matches = Match(Before + normalized + After);
            matches.Should().ContainSingle($"'{name}' of {entity.Id} should match once");
            CatalogMatch match = matches[0];
            match.Entity.Should().Be(entity, $"'{name}' is a name of {entity.Id}");
            match.Kind.Should().Be(kind);
            match.Start.Should().Be(Before.Length);
            match.Length.Should().Be(normalized.Length);
            match.ProcliticLength.Should().Be(0);
        }
    }

    [Theory]
    [MemberData(nameof(Proclitics))]
    public void Every_name_of_every_entity_is_found_with_a_glued_proclitic(string proclitic)
    {
        int checkedNames = 0;
        foreach (var (entity, name, kind) in AllNames())
        {
            string normalized = ArabicNormalizer.Normalize(name);
            if (IsLatin(name) || (proclitic.EndsWith("ال", StringComparison.Ordinal) && normalized.StartsWith("ال", StringComparison.Ordinal)))
            {
                continue;
            }

            string glued = proclitic + normalized;
            // A name with punctuation inside it ("ا.ف.ب", "نيوز.ام", "صيغة 3+3") is matched bare only (a known limitation listed
            // in the README); a one-letter first word could not keep two letters after a proclitic anyway.
            if (normalized.Any(c => !char.IsLetterOrDigit(c) && c is not (' ' or '-')) || normalized.Split(' ')[0].Length < 2
                || Catalog.FindByName(glued.Split(' ')[0]) is not null
                || (proclitic.EndsWith("ال", StringComparison.Ordinal) && Catalog.FindByName("ال" + normalized.Split(' ')[0]) is { } other && !other.Equals(entity)))
            {
                // The glued form is itself a catalog name, or its article makes another entity's name ("بالكاميرون" is
                // Cameroon, not Cameron; "بالجبيل" is Jubail, not Byblos): a real ambiguity, not a matcher error.
                continue;
            }

            string text = Before + glued + After;
            List<CatalogMatch> matches = Match(text);
            matches.Should().ContainSingle($"'{glued}' ({entity.Id}) should match once");
            CatalogMatch match = matches[0];
            match.Entity.Should().Be(entity);
            match.Start.Should().Be(Before.Length + match.ProcliticLength, $"'{glued}'");
            text.Substring(match.Start + match.Length - normalized.Length, normalized.Length).Should().Be(normalized);
            if (match.ProcliticLength != proclitic.Length)
            {
                // Only where the catalog lists the name both with and without the article ("ابخازي", "الابخازي").
                string withArticle = text.Substring(match.Start, match.Length);
                withArticle.Should().Be("ال" + normalized, $"'{glued}'");
                Catalog.FindByName(withArticle).Should().Be(entity);
            }
            else
            {
                match.Kind.Should().Be(kind);
            }

            checkedNames++;
        }

        checkedNames.Should().BeGreaterThan(5);
    }

    [Theory]
    [InlineData("ل", 1)]
    [InlineData("ول", 2)]
    [InlineData("فل", 2)]
    public void Names_starting_with_the_article_match_the_lam_lam_contraction(string contraction, int procliticLength)
    {
        int checkedNames = 0;
        foreach (var (entity, name, kind) in AllNames())
        {
            string normalized = ArabicNormalizer.Normalize(name);
            if (!normalized.StartsWith("ال", StringComparison.Ordinal) || normalized.Split(' ')[0].Length < 4
                || normalized.Any(c => !char.IsLetterOrDigit(c) && c is not (' ' or '-')))
            {
                continue;
            }

            // ل (preposition) + ال with the alef elided: ل + لكرملين = للكرملين.
            string glued = string.Concat(contraction, normalized.AsSpan(1));
            string text = Before + glued + After;
            List<CatalogMatch> matches = Match(text);
            matches.Should().ContainSingle($"'{glued}' ({entity.Id})");
            matches[0].Entity.Should().Be(entity);
            matches[0].Kind.Should().Be(kind);
            matches[0].ProcliticLength.Should().Be(procliticLength);
            text.Substring(matches[0].Start, matches[0].Length).Should().Be(normalized.Substring(1), "the span starts at the article's lam");
            checkedNames++;
        }

        checkedNames.Should().BeGreaterThan(3);
    }

    [Theory]
    [InlineData("للكرملين", 1, "لكرملين")]
    [InlineData("بالكرملين", 1, "الكرملين")]
    [InlineData("وبالكرملين", 2, "الكرملين")]
    [InlineData("والكرملين", 1, "الكرملين")]
    [InlineData("الكريملن", 0, "الكريملن")]
    [InlineData("وللكرملين", 2, "لكرملين")]
    public void The_kremlin_is_found_with_every_proclitic(string word, int procliticLength, string name)
    {
        string text = "صرح " + word + " امس";
        List<CatalogMatch> matches = Match(text);
        matches.Should().ContainSingle();
        matches[0].Entity!.Id.Should().Be("organization:moscow-kremlin");
        matches[0].ProcliticLength.Should().Be(procliticLength);
        text.Substring(matches[0].Start, matches[0].Length).Should().Be(name);
        text.Substring(matches[0].Start - procliticLength, procliticLength + matches[0].Length).Should().Be(word);
    }

    [Theory]
    [InlineData("بطاطس")]
    [InlineData("لبنان")]
    [InlineData("بغداد")]
    [InlineData("وليد")]
    [InlineData("كرملين")] // the alias is الكرملين: without the article it is not the name
    [InlineData("والدة")]
    [InlineData("فلسطين")]
    [InlineData("كما")]
    [InlineData("بالتالي")]
    [InlineData("بوتينية")] // بوتين inside a longer word
    [InlineData("روسيات")] // روسيا inside a longer word
    [InlineData("الروسيين")] // not a listed demonym
    [InlineData("باكوي")]
    [InlineData("موسكوفي")]
    [InlineData("تاسع")] // تاس inside a longer word
    [InlineData("وتاسيس")]
    [InlineData("القوقازي")]
    [InlineData("الايرانيات")]
    [InlineData("تسنيمي")]
    [InlineData("لافروفا")]
    [InlineData("عليييف")]
    [InlineData("ابوتين")]
    [InlineData("TASSE")]
    [InlineData("CISCO")]
    [InlineData("ل")]
    [InlineData("لل")]
    [InlineData("و")]
    public void Ordinary_words_do_not_match(string word)
    {
        // A word may be a catalog name in its own right (لبنان, بغداد), but never a name found by stripping
        // a proclitic off it or inside it: any match must be the whole word.
        Match(word).All(m => m.ProcliticLength == 0 && m.Start == 0 && m.Length == word.Length).Should().BeTrue();
        string text = "في " + word + "، و" + word + ".";
        foreach (CatalogMatch match in Match(text))
        {
            text.Substring(match.Start - match.ProcliticLength, match.Length + match.ProcliticLength).Should().BeOneOf(word, "و" + word);
        }
    }

    [Fact]
    public void Negative_words_in_running_text_do_not_match()
    {
        const string text = "اشترى وليد بطاطس من السوق، كما قالت والدة سعيد بالتالي كرملين قديم وبلدة كبيرة";
        Match(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("بايكال-امور")]
    [InlineData("بايكال - امور")]
    [InlineData("بايكال – امور")]
    [InlineData("بايكال — امور")]
    [InlineData("بايكال  امور")]
    public void A_hyphenated_name_matches_across_spaces_and_dashes(string form)
    {
        List<CatalogMatch> matches = Match("خط " + form + " للسكك");
        matches.Should().Contain(m => m.Entity != null && m.Entity.Id == "corridor:baikal-amur-mainline");
    }

    [Theory]
    [InlineData("بايكال، امور")]
    [InlineData("بايكال. امور")]
    [InlineData("بايكال (امور)")]
    [InlineData("بايكال: امور")]
    [InlineData("بايكال \"امور\"")]
    public void A_multi_word_name_never_matches_across_punctuation(string form)
    {
        Match(form).Should().BeEmpty();
    }

    [Fact]
    public void The_longest_name_wins()
    {
        string text = ArabicNormalizer.Normalize("زار روسيا الاتحادية ووكالة تسنيم للأنباء وروسيا، الاتحادية");
        var results = new List<CatalogMatch>();
        Catalog.Matcher.FindMatches(text, null, results);
        results.Select(m => (m.Entity!.Id, text.Substring(m.Start, m.Length))).Should().Equal(
            ("country:russia", "روسيا الاتحاديه"),
            ("media:tasnim-news-agency", "وكاله تسنيم للانباء"),
            ("country:russia", "روسيا"));
        results[1].ProcliticLength.Should().Be(1);
    }

    [Fact]
    public void Latin_names_match_ignoring_case_at_token_boundaries()
    {
        string text = "نقلت TASS و tass و Tass (İLKHA) ilkha وTASSو";
        List<CatalogMatch> matches = Match(text);
        matches.Select(m => m.Entity!.Id).Should().Equal("media:tass", "media:tass", "media:tass", "media:ilkha", "media:ilkha");
        matches.Should().OnlyContain(m => m.ProcliticLength == 0);
    }

    [Theory]
    [InlineData(null, "person:vladimir-putin")]
    [InlineData("2007-06-01", "person:vladimir-putin")]
    [InlineData("2008-05-06", "person:vladimir-putin")]
    [InlineData("2008-05-07", "person:dmitry-medvedev")]
    [InlineData("2010-01-01", "person:dmitry-medvedev")]
    [InlineData("2012-05-06", "person:dmitry-medvedev")]
    [InlineData("2012-05-07", "person:vladimir-putin")]
    [InlineData("2013-03-01", "person:vladimir-putin")]
    [InlineData("1985-01-01", null)] // before the office existed
    public void A_role_title_resolves_to_the_holder_on_the_date(string? date, string? expectedId)
    {
        DateOnly? asOf = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        string text = "وقال الرئيس الروسي إن";
        List<CatalogMatch> matches = Match(text, asOf);
        matches.Should().ContainSingle();
        matches[0].Kind.Should().Be(CatalogMatchKind.Role);
        matches[0].Entity?.Id.Should().Be(expectedId);
        if (expectedId is null)
        {
            matches[0].Entity.Should().BeNull();
        }

        ArabicNormalizer.Normalize(text).Substring(matches[0].Start, matches[0].Length).Should().Be("الرييس الروسي");
    }

    [Fact]
    public void A_role_without_a_current_holder_resolves_to_the_latest()
    {
        // Every title whose holders all left office resolves, with no date, to the one who left last. The holders come
        // from the matcher's role group: an office role lists one title in Entity.Roles but holds every form of it.
        var titles = Catalog.Entities
            .SelectMany(e => e.Roles.Select(r => ArabicNormalizer.Normalize(r.Title)))
            .Distinct(StringComparer.Ordinal)
            .Select(title =>
            {
                var holders = new List<(Entity Holder, int From, int To)>();
                Catalog.Matcher.GetRoleHolders(Catalog.Matcher.FindKey(title), holders);
                return (Key: title, Holders: holders);
            })
            .Where(g => g.Holders.All(h => h.To != int.MaxValue) && g.Holders.Select(h => h.Holder.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        titles.Should().NotBeEmpty("the catalog has past offices with several holders");
        foreach (var title in titles)
        {
            Entity latest = title.Holders.OrderBy(h => h.To).Last().Holder;
            List<CatalogMatch> matches = Match("قال " + title.Key + " إن");
            matches.Should().Contain(m => m.Kind == CatalogMatchKind.Role && latest.Equals(m.Entity), title.Key);
        }
    }

    [Fact]
    public void A_role_title_with_a_glued_proclitic_keeps_its_span()
    {
        string text = ArabicNormalizer.Normalize("وللرئيس الأذربيجاني");
        var results = new List<CatalogMatch>();
        Catalog.Matcher.FindMatches(text, new DateOnly(2020, 1, 1), results);
        results.Should().ContainSingle();
        results[0].Entity!.Id.Should().Be("person:ilham-aliyev");
        results[0].ProcliticLength.Should().Be(2);
        text.Substring(results[0].Start, results[0].Length).Should().Be("لرييس الاذربيجاني");
    }

    [Fact]
    public void Demonyms_point_to_their_country()
    {
        List<CatalogMatch> matches = Match("الجانب الروسي والقوات الأذربيجانية");
        matches.Select(m => (m.Kind, m.Entity!.Id)).Should().Equal(
            (CatalogMatchKind.Demonym, "country:russia"),
            (CatalogMatchKind.Demonym, "country:azerbaijan"));
    }

    [Fact]
    public void Results_are_appended_in_text_order()
    {
        var results = new List<CatalogMatch> { default };
        Catalog.Matcher.FindMatches(ArabicNormalizer.Normalize("بوتين وعلييف في باكو وموسكو"), null, results);
        results.Should().HaveCount(5);
        results.Skip(1).Select(m => m.Start).Should().BeInAscendingOrder();
        results.Skip(1).Select(m => m.Entity!.Id).Should().Equal("person:vladimir-putin", "person:ilham-aliyev", "city:baku", "city:moscow");
    }

    [Fact]
    public void Seed_articles_mention_the_expected_entities()
    {
        string text = ArabicNormalizer.Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_7788d47285f976e4.txt")));
        var results = new List<CatalogMatch>();
        Catalog.Matcher.FindMatches(text, new DateOnly(2021, 1, 1), results);
        results.Select(m => m.Entity?.Id).Should().Contain(new[] { "person:vladimir-putin", "person:ilham-aliyev", "country:russia", "region:caucasus" });
        foreach (CatalogMatch match in results)
        {
            (match.Start == 0 || !char.IsLetterOrDigit(text[match.Start - match.ProcliticLength - 1])).Should().BeTrue();
            (match.End == text.Length || !char.IsLetterOrDigit(text[match.End])).Should().BeTrue();
        }
    }

    [Fact]
    public void Matching_allocates_nothing_beyond_the_results_list()
    {
        string text = string.Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => ArabicNormalizer.Normalize(File.ReadAllText(path))));
        var results = new List<CatalogMatch>(4096);
        Catalog.Matcher.FindMatches(text, new DateOnly(2022, 1, 1), results);
        Catalog.Matcher.FindMatches(text, null, results);
        results.Should().NotBeEmpty();
        int found = results.Count;
        results.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        Catalog.Matcher.FindMatches(text, new DateOnly(2022, 1, 1), results);
        Catalog.Matcher.FindMatches(text, null, results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        results.Should().HaveCount(found);
    }

    [Fact]
    public void FindMatches_rejects_a_null_list()
    {
        Action act = () => Catalog.Matcher.FindMatches("بوتين", null, null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData("بوتين", "person:vladimir-putin")]
    [InlineData("بُوتِين", "person:vladimir-putin")]
    [InlineData("فلاديمير بوتين", "person:vladimir-putin")]
    [InlineData("Vladimir Putin", "person:vladimir-putin")]
    [InlineData("vladimir putin", "person:vladimir-putin")]
    [InlineData("person:vladimir-putin", "person:vladimir-putin")]
    [InlineData("الكرملين", "organization:moscow-kremlin")]
    [InlineData("الروسية", "country:russia")]
    [InlineData("tass", "media:tass")]
    [InlineData("الرئيس الروسي", "person:vladimir-putin")]
    [InlineData("بايكال - آمور", "corridor:baikal-amur-mainline")]
    [InlineData("بوتين اليوم", null)]
    [InlineData("وبوتين", null)]
    [InlineData("", null)]
    [InlineData("كرملين", null)]
    public void FindByName_finds_exact_names_only(string name, string? expectedId)
    {
        Catalog.FindByName(name)?.Id.Should().Be(expectedId);
        if (expectedId is null)
        {
            Catalog.FindByName(name).Should().BeNull();
        }
    }

    [Fact]
    public void Every_reference_points_to_an_entity()
    {
        foreach (Entity entity in Catalog.Entities)
        {
            foreach (string reference in entity.Parties.Concat(entity.Countries))
            {
                Catalog.TryGetById(reference, out _).Should().BeTrue($"{entity.Id} refers to {reference}");
            }
        }
    }
}
