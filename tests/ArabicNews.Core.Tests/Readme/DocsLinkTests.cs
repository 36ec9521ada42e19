using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArabicNews.Core.Tests.Api;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Readme;

/// <summary>
/// Every relative link in the README, CONTRIBUTING, CHANGELOG, the benchmarks' README and the pages of <c>docs/</c>
/// leads to a file of the repository and, when it names a heading (<c>page.md#heading</c>), to a heading of that page
/// (anchors as GitHub makes them: lowercase, punctuation dropped, spaces as hyphens).
/// </summary>
public sealed partial class DocsLinkTests
{
    // Pages that other work adds; links to them are checked once they exist.
    private static readonly string[] PagesWrittenElsewhere = ["docs/catalog.md", "docs/cli.md"];

    public static TheoryData<string> Pages()
    {
        string root = RepositoryFiles.Root;
        var data = new TheoryData<string>();
        foreach (string page in new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md", "benchmarks/README.md" }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(static p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal)))
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLink_LeadsSomewhere(string page)
    {
        string root = RepositoryFiles.Root;
        var broken = new List<string>();
        foreach (string link in Links(File.ReadAllText(Path.Combine(root, page))))
        {
            if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = link.Split('#', 2);
            string target = parts[0].Length == 0 ? page : Path.GetRelativePath(root, Path.GetFullPath(Path.Combine(root, Path.GetDirectoryName(page)!, parts[0]))).Replace('\\', '/');
            string full = Path.Combine(root, target);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                if (!PagesWrittenElsewhere.Contains(target, StringComparer.Ordinal))
                {
                    broken.Add($"{link}: no {target}");
                }

                continue;
            }

            if (parts.Length == 2 && target.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(full)).Contains(parts[1]))
            {
                broken.Add($"{link}: no heading #{parts[1]} in {target}");
            }
        }

        broken.Should().BeEmpty($"every relative link in {page} leads to a file and heading of the repository");
    }

    [Fact]
    public void LinksAndAnchors_AreReadAsGitHubReadsThem()
    {
        const string Page = "# Title\n\n## References (`source`, `speaker`)\n\n```\n[not](a-link.md)\n```\n\nSee [a](docs/x.md#y), `[code](no.md)` and [b](#title).\n## Title\n";
        Links(Page).Should().Equal("docs/x.md#y", "#title");
        Anchors(Page).Should().Contain(["title", "references-source-speaker", "title-1"]);
    }

    private static IEnumerable<string> Links(string markdown)
    {
        string prose = CodeBlock().Replace(markdown, string.Empty);
        prose = InlineCode().Replace(prose, string.Empty);
        return LinkTarget().Matches(prose).Select(static m => m.Groups["target"].Value);
    }

    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(CodeBlock().Replace(markdown, string.Empty)))
        {
            var slug = new StringBuilder();
            foreach (char c in heading.Groups["text"].Value.Trim().ToLower(CultureInfo.InvariantCulture))
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            string anchor = slug.ToString();
            for (int n = 1; !anchors.Add(anchor); n++)
            {
                anchor = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }
        }

        return anchors;
    }

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`\n]*`", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.+?)[ \t]*$", RegexOptions.Multiline | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();
}
