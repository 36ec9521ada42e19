using System;
using System.IO;
using System.Linq;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Api;

/// <summary>
/// The public API of ArabicNews.Core is reviewed: <c>api/ArabicNews.Core.txt</c> at the repository root holds the
/// approved surface, and any difference fails this test. After a deliberate change, run
/// <c>ARABICNEWS_UPDATE_API=1 dotnet test tests/ArabicNews.Core.Tests -c Release --filter FullyQualifiedName~PublicApiTests</c>
/// and review the diff of the file.
/// </summary>
public sealed class PublicApiTests
{
    private const int MaxDifferencesShown = 40;

    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        string actual = PublicApiRenderer.Render(typeof(EntityCatalog).Assembly);
        string path = Path.Combine(RepositoryFiles.Root, "api", "ArabicNews.Core.txt");
        if (Environment.GetEnvironmentVariable("ARABICNEWS_UPDATE_API") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        string approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (actual != approved)
        {
            Assert.Fail($"The public API differs from {path} (- approved, + actual). If the change is deliberate, "
                + "set ARABICNEWS_UPDATE_API=1, run this test again and review the file's diff." + Environment.NewLine
                + Diff(approved, actual));
        }
    }

    [Fact]
    public void Renderer_ShowsSignaturesNullabilityAndModifiers()
    {
        string[] lines = PublicApiRenderer.Render(typeof(EntityCatalog).Assembly).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain("ArabicNews.Core.Catalog.EntityCatalog: public sealed class EntityCatalog");
        lines.Should().Contain("ArabicNews.Core.Catalog.EntityCatalog: public ArabicNews.Core.Catalog.Entity? FindByName(string text)");
        lines.Should().Contain("ArabicNews.Core.Catalog.EntityCatalog: public static ArabicNews.Core.Catalog.EntityCatalog Create("
            + "System.Collections.Generic.IReadOnlyList<ArabicNews.Core.Catalog.Entity> entities, in ArabicNews.Core.Catalog.CatalogMatcherTables tables)");
        lines.Should().Contain("ArabicNews.Core.Catalog.EntityCatalog: public bool TryGetById(string id, out ArabicNews.Core.Catalog.Entity? entity)");
        lines.Should().Contain("ArabicNews.Core.Domain.Article: public sealed record Article : System.IEquatable<ArabicNews.Core.Domain.Article>");
        lines.Should().Contain("ArabicNews.Core.Domain.Article: public required string Text { get; init; }");
        lines.Should().Contain("ArabicNews.Core.Domain.Article: public string? Title { get; init; }");
        lines.Should().Contain("ArabicNews.Core.Domain.Article: public ArabicNews.Core.Domain.PartialDate? Published { get; init; }");
        lines.Should().Contain("ArabicNews.Core.Domain.PartialDate: public const int MaxYear = 9999");
        lines.Should().Contain("ArabicNews.Core.Serialization.ArticleJson: public static string Serialize(ArabicNews.Core.Domain.Article article, string? file = null, bool indented = false)");
        lines.Should().Contain("ArabicNews.Core.Catalog.EntityKind: Corridor = 7");
        lines.Should().Contain("ArabicNews.Core.Text.ArabicNormalizer: public static string Normalize(string text, ArabicNews.Core.Text.NormalizationOptions options = ArabicNews.Core.Text.NormalizationOptions.Search)");
        lines.Should().Contain(l => l.StartsWith("ArabicNews.Core.Domain.PartialDate: public static bool op_Equality(", StringComparison.Ordinal));
        lines.Should().NotContain(l => l.Contains("<Clone>$", StringComparison.Ordinal) || l.Contains("ArabicNews.Core.Parsing.NormalizedText", StringComparison.Ordinal), "compiler-generated and internal members are not API");
        lines.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();
    }

    private static string Diff(string approved, string actual)
    {
        string[] before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Both sides are sorted sets of lines, so the difference is the lines only one side has.
        string[] changes = [.. before.Except(after, StringComparer.Ordinal).Select(static l => "- " + l)
            .Concat(after.Except(before, StringComparer.Ordinal).Select(static l => "+ " + l))
            .OrderBy(static l => l[2..], StringComparer.Ordinal)];
        string shown = string.Join(Environment.NewLine, changes.Take(MaxDifferencesShown));
        return changes.Length > MaxDifferencesShown ? shown + Environment.NewLine + "… and " + (changes.Length - MaxDifferencesShown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more" : shown;
    }
}
