using System;
using System.Linq;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

public sealed class CatalogCommandTests
{
    private static readonly EntityCatalog Catalog = EntityCatalog.Default;

    [Fact]
    public void ListPrintsEveryEntityAsTabSeparatedIdNameAndArabicName()
    {
        CliResult result = CliRunner.Run(string.Empty, "catalog", "list");
        result.ExitCode.Should().Be(0);
        string[] lines = Lines(result.Stdout);
        lines.Should().Equal(Catalog.Entities.Select(static e => $"{e.Id}\t{e.Name}\t{e.ArabicName}"));
    }

    [Theory]
    [InlineData("corridor", EntityKind.Corridor)]
    [InlineData("person", EntityKind.Person)]
    [InlineData("media", EntityKind.Media)]
    public void ListFiltersByKind(string kind, EntityKind expected)
    {
        string[] lines = Lines(CliRunner.Run(string.Empty, "catalog", "list", "--kind", kind).Stdout);
        lines.Should().NotBeEmpty().And.HaveCount(Catalog.Entities.Count(e => e.Kind == expected));
        lines.Should().OnlyContain(line => line.StartsWith(kind + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownKindIsAUsageError()
    {
        CliResult result = CliRunner.Run(string.Empty, "catalog", "list", "--kind", "planet");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("planet");
    }

    [Theory]
    [InlineData("person:vladimir-putin")]
    [InlineData("بوتين")]
    [InlineData("بُوتِين")]
    [InlineData("فلاديمير بوتين")]
    [InlineData("Vladimir Putin")]
    [InlineData("الرئيس الروسي")]
    public void ShowFindsAnEntityByIdArabicNameAliasEnglishNameOrRoleTitle(string name)
    {
        Entity putin = Catalog.TryGetById("person:vladimir-putin", out Entity? found) ? found : throw new InvalidOperationException("Putin is in the catalog.");
        CliResult result = CliRunner.Run(string.Empty, "catalog", "show", name);
        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = Lines(result.Stdout);
        lines[0].Should().Be("id:             person:vladimir-putin");
        lines.Should().Contain("kind:           person").And.Contain("name:           Vladimir Putin").And.Contain("arabic:         " + putin.ArabicName);
        lines.Should().Contain("aliases:        " + string.Join("، ", putin.Aliases));
        lines.Count(static l => l.StartsWith("role:", StringComparison.Ordinal)).Should().Be(putin.Roles.Count);
    }

    [Fact]
    public void ShowPrintsAnAgreementsFields()
    {
        Entity agreement = Catalog.Entities.First(static e => e.Kind == EntityKind.Agreement && e.Signed is not null && e.Parties.Count > 0);
        string[] lines = Lines(CliRunner.Run(string.Empty, "catalog", "show", agreement.Id).Stdout);
        lines.Should().Contain("signed:         " + agreement.Signed!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        lines.Should().Contain("parties:        " + string.Join(", ", agreement.Parties));
    }

    [Theory]
    [InlineData("corridor:baikal-amur-mainline", "mode:           rail")]
    [InlineData("agreement:joint-comprehensive-plan-of-action", "agreement kind: agreement")]
    [InlineData("agreement:trilateral-statement-of-11-january-2021", "agreement kind: joint-statement")]
    public void ShowWritesEnumValuesAsTheCatalogFilesDo(string id, string line) =>
        Lines(CliRunner.Run(string.Empty, "catalog", "show", id).Stdout).Should().Contain(line);

    [Fact]
    public void AnUnknownNameFailsAndNamesTheEntitiesFoundInIt()
    {
        CliResult result = CliRunner.Run(string.Empty, "catalog", "show", "لقاء بوتين ولافروف");
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be("arabic-news: no entity is named 'لقاء بوتين ولافروف'. Names in it: person:vladimir-putin, person:sergey-lavrov." + Environment.NewLine);
        CliRunner.Run(string.Empty, "catalog", "show", "xyz").Stderr.Should().Be("arabic-news: no entity is named 'xyz'." + Environment.NewLine);
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
