using System;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

/// <summary><c>--catalog FILE</c> on <c>parse</c> and <c>catalog list/show</c>: extra catalogs at run time, a broken one as one error line.</summary>
public sealed class CatalogOptionTests : IDisposable
{
    private const string Extra = """
        { "entities": [
          { "id": "organization:caspian-test-institute", "kind": "organization", "name": "Caspian Test Institute", "arabic": "معهد قزوين للاختبار" }
        ] }
        """;

    private const string Broken = "{ \"entities\": [\n  { \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس\" },\n  { \"id\": \"city:x\", \"kind\": \"city\", \"name\": \"X\", \"arabic\": \"اكس ثانية\" }\n] }\n";

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ParseFindsTheExtraEntityBesideTheBuiltInOnes()
    {
        string catalog = _folder.Write("extra.catalog.json", Extra);
        string article = _folder.Write("article.txt", "زار فلاديمير بوتين معهد قزوين للاختبار في موسكو.");
        CliResult result = CliRunner.Run(string.Empty, "parse", "--format", "jsonl", "--catalog", catalog, article);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("\"organization:caspian-test-institute\"").And.Contain("\"person:vladimir-putin\"").And.Contain("\"city:moscow\"");
    }

    [Fact]
    public void ParseWithoutTheOptionDoesNotKnowTheExtraEntity()
    {
        string article = _folder.Write("article.txt", "زار فلاديمير بوتين معهد قزوين للاختبار في موسكو.");
        CliRunner.Run(string.Empty, "parse", "--format", "jsonl", article).Stdout.Should().NotContain("caspian-test-institute");
    }

    [Fact]
    public void CatalogListAndShowLoadTheExtraCatalogs()
    {
        string catalog = _folder.Write("extra.catalog.json", Extra);
        string second = _folder.Write("second.catalog.json", """{ "entities": [ { "id": "city:test-harbour", "kind": "city", "name": "Test Harbour", "arabic": "ميناء الاختبار" } ] }""");
        CliResult list = CliRunner.Run(string.Empty, "catalog", "list", "--catalog", catalog, "--catalog", second);
        list.ExitCode.Should().Be(0, list.Stderr);
        list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(EntityCatalog.Default.Entities.Count + 2);
        CliResult show = CliRunner.Run(string.Empty, "catalog", "show", "معهد قزوين للاختبار", "--catalog", catalog);
        show.ExitCode.Should().Be(0, show.Stderr);
        show.Stdout.Should().StartWith("id:             organization:caspian-test-institute");
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("catalog list")]
    [InlineData("catalog show بوتين")]
    public void ABrokenCatalogIsOneErrorLineWithItsIdAndPlaceAndExitCode2(string command)
    {
        string catalog = _folder.Write("broken.catalog.json", Broken);
        string article = _folder.Write("article.txt", "زار بوتين موسكو.");
        string[] args = [.. command.Split(' '), "--catalog", catalog, .. command == "parse" ? new[] { article } : []];
        CliResult result = CliRunner.Run(string.Empty, args);
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle();
        lines[0].Should().StartWith("arabic-news: " + catalog + ":3:11: error ANC004: ");
    }

    [Fact]
    public void AMissingCatalogFileIsOneErrorLine()
    {
        CliResult result = CliRunner.Run(string.Empty, "catalog", "list", "--catalog", _folder.Path + "/missing.catalog.json");
        result.ExitCode.Should().Be(2);
        result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("missing.catalog.json");
    }
}
