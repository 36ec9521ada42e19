using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing;

public sealed class ArticleParserTests
{
    public static TheoryData<string> SeedNames() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    internal static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    [Theory]
    [InlineData("000_7788d47285f976e4.txt", "“الأمن الإقليمي” هو المحور الرئيسي للاجتماع بين بوتين وعلييف", null, "media:tasnim-news-agency")]
    [InlineData("001_b5b12b844ce0d8d8.txt", "علييف يؤكد استمرار الديناميكيات الإيجابية في العلاقات بين باكو وموسكو", "2021-05-11", "media:tass")]
    [InlineData("002_761cb0edd2caddef.txt", "بوتين وعلييف يجريان مباحثات في موسكو", "2024-04-22", "media:tass")]
    [InlineData("003_fe381b2efaed3531.txt", "بعد اجتماع بوتين وعلييف.. الإعلان المشترك بين أذربيجان وروسيا", null, "media:ilkha")]
    [InlineData("004_584aa30879799b75.txt", null, "2022-04-04", "media:tass")]
    public void Seeds_TitlePublishedAndSource(string name, string? title, string? published, string source)
    {
        Article article = ArticleParser.Parse(Seed(name));
        article.Title.Should().Be(title);
        article.Published?.ToString().Should().Be(published);
        if (published is null)
        {
            article.Published.Should().BeNull();
        }

        article.Source!.Id.Should().Be(source);
    }

    private const string Body = "بحث وزير الخارجية الروسي مع نظيره الأذربيجاني العلاقات الثنائية في موسكو اليوم.\n";

    [Theory]
    [InlineData("المصدر: سبوتنيك", "media:sputnik")]
    [InlineData("المصدر - سبوتنيك", "media:sputnik")]
    [InlineData("المصدر – سبوتنيك", "media:sputnik")]
    [InlineData("المصدر\uFF1A سبوتنيك", "media:sputnik")]
    [InlineData("المصدر: تاس", "media:tass")]
    public void SourceLine_NamesTheOutlet_WithOrWithoutTheWordAgency(string line, string id) =>
        ArticleParser.Parse(Body + line).Source!.Id.Should().Be(id);

    [Fact]
    public void DefaultPublished_DatesAnUndatedArticle_AndAnchorsItsRelativeDates_ButADatelineWins()
    {
        var options = new ArticleParserOptions { DefaultPublished = new DateOnly(2024, 4, 22) };
        Article undated = ArticleParser.Parse("التقى الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف أمس في موسكو.", options);
        undated.Published.Should().Be(new PartialDate(2024, 4, 22));
        undated.Meetings.Should().ContainSingle().Which.Date.Should().Be(new PartialDate(2024, 4, 21));

        string seed = Seed("002_761cb0edd2caddef.txt");
        ArticleParser.Parse(seed, options with { DefaultPublished = new DateOnly(2001, 2, 3) }).Published.Should().Be(ArticleParser.Parse(seed).Published);
    }

    [Fact]
    public void SourceLine_OfAnOutletOutsideTheCatalog_KeepsItsName()
    {
        EntityReference source = ArticleParser.Parse(Body + "المصدر: وكالات").Source!;
        source.Id.Should().BeNull();
        source.Name.Should().Be("وكالات");
        source.Kind.Should().Be(EntityKind.Media);
    }

    [Fact]
    public void HeadlineAfterAReadMoreLink_IsBoilerplate_NotAParagraph()
    {
        string text = Body + "اقرأ المزيد\nروسيا وأذربيجان توقعان اتفاقية جديدة للنقل\n" + Body;
        Article article = ArticleParser.Parse(text);
        article.Boilerplate.Where(b => b.Kind == BoilerplateKind.RelatedLink).Select(b => b.Text)
            .Should().Equal("اقرأ المزيد", "روسيا وأذربيجان توقعان اتفاقية جديدة للنقل");
        article.Paragraphs.Should().HaveCount(2);
        article.Paragraphs.Select(p => text.Substring(p.Start, p.Length)).Should().OnlyContain(p => p == Body.TrimEnd());
    }

    [Fact]
    public void EmptySourceLine_GivesNoSource() =>
        ArticleParser.Parse(Body + "المصدر:").Source.Should().BeNull();

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void EverySpan_PointsAtExactlyTheTextItReports(string name)
    {
        string text = Seed(name);
        Article article = ArticleParser.Parse(text);
        foreach (Mention mention in article.Mentions)
        {
            text.Substring(mention.Span.Start, mention.Span.Length).Should().Be(mention.Text);
        }

        foreach (DateMention date in article.Dates)
        {
            text.Substring(date.Span.Start, date.Span.Length).Should().Be(date.Text);
        }

        foreach (Boilerplate boilerplate in article.Boilerplate)
        {
            text.Substring(boilerplate.Span.Start, boilerplate.Span.Length).Should().Be(boilerplate.Text);
        }

        IEnumerable<TextSpan> evidence = article.Meetings.Select(m => m.Evidence)
            .Concat(article.Statements.Select(s => s.Evidence))
            .Concat(article.Agreements.Select(a => a.Evidence))
            .Concat(article.Corridors.Select(c => c.Evidence))
            .Concat(article.Paragraphs);
        evidence.Should().OnlyContain(span => span.FitsIn(text.Length) && span.Length > 0);
        foreach (Statement statement in article.Statements)
        {
            text.Substring(statement.Evidence.Start, statement.Evidence.Length).Should().Contain(statement.Content);
        }
    }

    [Fact]
    public void Boilerplate_IsSetAside_AndKept()
    {
        Article article = ArticleParser.Parse(Seed("001_b5b12b844ce0d8d8.txt"));
        article.Boilerplate.Select(b => b.Kind).Should().Equal(
            BoilerplateKind.LanguageSwitcher, BoilerplateKind.Dateline, BoilerplateKind.SiteSignature, BoilerplateKind.PhotoCredit, BoilerplateKind.SourceLine);
        article.Paragraphs.Should().NotContain(p => article.Boilerplate.Any(b => b.Span.Start == p.Start));
    }

    [Fact]
    public void AgencyTag_ClosingTheLastParagraph_IsBoilerplate()
    {
        Article article = ArticleParser.Parse(Seed("003_fe381b2efaed3531.txt"));
        article.Boilerplate.Should().ContainSingle(b => b.Kind == BoilerplateKind.AgencyTag).Which.Text.Should().Be("(İLKHA)");
    }

    [Fact]
    public void ByteOrderMark_IsRemoved_AndSpansCountFromAfterIt()
    {
        Article withBom = ArticleParser.Parse("\uFEFF" + "قال بوتين إن \"الحوار مستمر\".");
        Article without = ArticleParser.Parse("قال بوتين إن \"الحوار مستمر\".");
        withBom.Text.Should().Be(without.Text);
        ArticleJson.Serialize(withBom).Should().Be(ArticleJson.Serialize(without));
    }

    [Fact]
    public void PublishedOption_AnchorsRelativeDates()
    {
        Article article = ArticleParser.Parse("وقال بوتين أمس إن الحوار مستمر.", new ArticleParserOptions { Published = new DateOnly(2024, 4, 22) });
        article.Published.Should().Be(new PartialDate(2024, 4, 22));
        article.Dates.Should().ContainSingle().Which.Value.Should().Be(new PartialDate(2024, 4, 21));
    }

    [Fact]
    public void RelativeDates_WithoutAnArticleDate_AreLeftUnresolved()
    {
        Article article = ArticleParser.Parse("وقال بوتين أمس إن الحوار مستمر.");
        article.Dates.Should().ContainSingle().Which.Value.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void ArabicCurrentCulture_ChangesNothing(string name)
    {
        string text = Seed(name);
        string invariant = ArticleJson.Serialize(ArticleParser.Parse(text));
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            ArticleJson.Serialize(ArticleParser.Parse(text)).Should().Be(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\u00A0\n  ")]
    [InlineData("\uD800 \uDC00 \uDBFF")]
    [InlineData("\"\"\"«««»»»“”“")]
    [InlineData("قال")]
    [InlineData("وأضاف:")]
    [InlineData("(")]
    [InlineData("المصدر:")]
    public void OddInput_ParsesWithoutThrowing(string text)
    {
        Article article = ArticleParser.Parse(text);
        article.Text.Should().Be(text);
        article.Mentions.All(m => m.Span.FitsIn(text.Length)).Should().BeTrue();
        article.Statements.Should().BeEmpty("no input here names a speaker");
    }

    [Fact]
    public void MegabyteLineOfQuotesAndNames_ParsesQuickly()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("وقال بوتين \" إن علييف « التقى ");
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Article article = ArticleParser.Parse(builder.ToString());
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        article.Mentions.Should().NotBeEmpty();
    }

    [Fact]
    public void ParallelParsing_EqualsSequentialParsing()
    {
        string[] texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        string[] sequential = texts.Select(t => ArticleJson.Serialize(ArticleParser.Parse(t))).ToArray();
        string[] parallel = new string[texts.Length * 8];
        System.Threading.Tasks.Parallel.For(0, parallel.Length, i => parallel[i] = ArticleJson.Serialize(ArticleParser.Parse(texts[i % texts.Length])));
        for (int i = 0; i < parallel.Length; i++)
        {
            parallel[i].Should().Be(sequential[i % texts.Length]);
        }
    }
}
