using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArabicNews.Core;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

public sealed partial class ParseCommandTests : IDisposable
{
    private static readonly Terminal OutputTerminal = new(Out: true, Error: false);
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RedirectedOutputDefaultsToJsonLinesEqualToTheLibrary()
    {
        string seed = TestFolder.SeedFiles[2];
        CliResult result = CliRunner.Run(string.Empty, "parse", seed);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ArticleJson.Serialize(ArticleParser.Parse(File.ReadAllText(seed)), seed) + Environment.NewLine);
    }

    [Fact]
    public void ATerminalDefaultsToATablePerArticle()
    {
        string seed = TestFolder.SeedFiles[2];
        Article article = ArticleParser.Parse(File.ReadAllText(seed));
        CliResult result = CliRunner.Run(string.Empty, OutputTerminal, "parse", seed);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("\u001b[", "a terminal gets colours");
        string table = AnsiEscape().Replace(result.Stdout, string.Empty);
        table.Should().Contain(seed).And.Contain(article.Title!).And.Contain(article.Published.ToString()!).And.Contain(article.Source!.Name);
        table.Should().Contain("Meetings").And.Contain("Statements").And.Contain("Agreements").And.Contain("Corridors");
        article.Meetings.Should().NotBeEmpty();
        foreach (Meeting meeting in article.Meetings)
        {
            table.Should().Contain(string.Join(" + ", meeting.Participants.Select(static p => p.Name)));
        }

        foreach (Corridor corridor in article.Corridors)
        {
            table.Should().Contain(corridor.Name);
        }
    }

    [Fact]
    public void TableWithoutATerminalHasNoEscapesAndSaysWhichSectionsAreEmpty()
    {
        string file = _folder.Write("short.txt", "قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار.");
        CliResult result = CliRunner.Run(string.Empty, "parse", "--format", "table", file);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().NotContain("\u001b").And.Contain("Meetings: none").And.Contain("Vladimir Putin").And.Contain("Corridors: none");
    }

    [Fact]
    public void JsonFormatIsOneArrayInInputOrder()
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", "--format", "json", TestFolder.SeedsPath);
        result.ExitCode.Should().Be(0);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        document.RootElement.EnumerateArray().Select(static a => a.GetProperty("file").GetString()).Should().Equal(TestFolder.SeedFiles);
    }

    [Fact]
    public void JsonFormatWithNoArticleIsAnEmptyArray()
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", "--format", "json", Path.Combine(_folder.Path, "missing.txt"));
        result.ExitCode.Should().Be(1);
        using JsonDocument document = JsonDocument.Parse(result.Stdout);
        document.RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        string text = File.ReadAllText(TestFolder.SeedFiles[0]);
        CliResult result = CliRunner.Run(text, "parse", "-");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ArticleJson.Serialize(ArticleParser.Parse(text)) + Environment.NewLine);
    }

    [Fact]
    public void NoPathWithRedirectedInputReadsStandardInput()
    {
        string text = File.ReadAllText(TestFolder.SeedFiles[1]);
        CliResult result = CliRunner.Run(text, "parse");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ArticleJson.Serialize(ArticleParser.Parse(text)) + Environment.NewLine);
    }

    [Fact]
    public void NoPathWithEmptyRedirectedInputParsesNothing()
    {
        // An empty xargs batch: no paths and nothing piped in. No demo articles, and a failure.
        CliResult result = CliRunner.Run(string.Empty, "parse");
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        Lines(result.Stderr)[0].Should().Be("arabic-news: '-' is empty.");
    }

    [Fact]
    public void NoPathOnATerminalPrintsHelpAndIsAUsageError()
    {
        CliResult result = CliRunner.Run("ignored", new Terminal(Out: false, Error: false, In: true), "parse");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().Contain("Usage:").And.Contain("arabic-news parse seeds/");
        result.Stderr.Should().Contain("parse needs articles");
    }

    [Fact]
    public void ParallelOutputIsInInputOrderAndEqualsSequentialOutput()
    {
        // Articles of very different sizes, so that parallel workers finish out of order.
        string[] seeds = [.. TestFolder.SeedFiles.Select(File.ReadAllText)];
        for (int i = 0; i < 120; i++)
        {
            string text = i % 7 == 0 ? string.Concat(Enumerable.Repeat(seeds[i % seeds.Length], 20)) : seeds[i % seeds.Length];
            _folder.Write(Numbered(i, 3), text);
        }

        CliResult sequential = CliRunner.Run(string.Empty, "parse", "--parallel", "1", _folder.Path);
        CliResult parallel = CliRunner.Run(string.Empty, "parse", "-j", "4", _folder.Path);
        parallel.ExitCode.Should().Be(0);
        Lines(parallel.Stdout).Select(FileOf).Should().Equal(Enumerable.Range(0, 120).Select(i => Path.Combine(_folder.Path, Numbered(i, 3))));
        parallel.Stdout.Should().Be(sequential.Stdout);
    }

    [Fact]
    public void GlobsMatchWithinAFolderAndAcrossFolders()
    {
        string seed = File.ReadAllText(TestFolder.SeedFiles[0]);
        _folder.Write("a/1.txt", seed);
        _folder.Write("a/2.md", seed);
        _folder.Write("a/b/3.txt", seed);
        _folder.Write("a/b/c/4.txt", seed);
        _folder.Write("z/5.txt", seed);
        string root = _folder.Path;

        Files("a/*.txt").Should().Equal(Path.Combine(root, "a/1.txt"));
        Files("a/?.md").Should().Equal(Path.Combine(root, "a/2.md"));
        Files("**/*.txt").Should().Equal(
            Path.Combine(root, "a/1.txt"), Path.Combine(root, "a/b/3.txt"), Path.Combine(root, "a/b/c/4.txt"), Path.Combine(root, "z/5.txt"));
        Files("a/**").Should().HaveCount(4);
        Files("*/b/*.txt").Should().Equal(Path.Combine(root, "a/b/3.txt"));

        string[] Files(string glob)
        {
            CliResult result = CliRunner.Run(string.Empty, "parse", Path.Combine(root, glob));
            result.ExitCode.Should().Be(0, result.Stderr);
            return [.. Lines(result.Stdout).Select(FileOf)];
        }
    }

    [Fact]
    public void EachBadInputIsOneLineNamingItAndTheBatchGoesOn()
    {
        string seed = File.ReadAllText(TestFolder.SeedFiles[1]);
        string good = _folder.Write("good.txt", seed);
        string missing = Path.Combine(_folder.Path, "missing.txt");
        string noArticles = Directory.CreateDirectory(Path.Combine(_folder.Path, "images")).FullName;
        _folder.Write("images/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        string binary = _folder.Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]);
        string latin1 = _folder.Write("latin1.txt", System.Text.Encoding.Latin1.GetBytes("Café crème, déjà vu à Genève"));
        string empty = _folder.Write("empty.txt", string.Empty);
        string blank = _folder.Write("blank.txt", " \n\t\n");
        string glob = Path.Combine(_folder.Path, "nothing-*.txt");

        CliResult result = CliRunner.Run(string.Empty, "parse", missing, good, noArticles, binary, latin1, empty, blank, glob, good);

        result.ExitCode.Should().Be(1);
        Lines(result.Stdout).Select(FileOf).Should().Equal(good, good);
        string[] errors = Lines(result.Stderr);
        errors.Should().HaveCount(8);
        errors[0].Should().Be($"arabic-news: '{missing}' does not exist.");
        errors[1].Should().Be($"arabic-news: '{noArticles}' is a folder without articles (no *.txt files in it).");
        errors[2].Should().Be($"arabic-news: '{binary}' is a binary file (it contains NUL bytes).");
        errors[3].Should().StartWith($"arabic-news: '{latin1}' is not valid UTF-8 (at byte 3)");
        errors[4].Should().Be($"arabic-news: '{empty}' is empty.");
        errors[5].Should().Be($"arabic-news: '{blank}' is empty.");
        errors[6].Should().Be($"arabic-news: '{glob}' matches no files.");
        errors[7].Should().MatchRegex(@"^arabic-news: 2 articles, 7 failed, \d+ records in \d+\.\d\d s \(\d+\.\d\d MB/s\)$");
    }

    [Fact]
    public void Windows1256ArabicIsDecodedWithANote()
    {
        const string Text = "قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة للحوار.";
        System.Text.Encoding windows1256 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1256)!;
        string file = _folder.Write("legacy.txt", windows1256.GetBytes(Text));
        CliResult result = CliRunner.Run(string.Empty, "parse", file);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ArticleJson.Serialize(ArticleParser.Parse(Text), file) + Environment.NewLine);
        Lines(result.Stderr)[0].Should().Be($"arabic-news: '{file}' is not UTF-8; decoded as Windows-1256.");
    }

    [Fact]
    public void AnUnreadableFileFailsUnlessTheUserMayReadAnyway()
    {
        string file = _folder.Write("secret.txt", File.ReadAllText(TestFolder.SeedFiles[0]));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.None);
        }

        // chmod 000 does not stop root: find out what this user can do and check that the tool does exactly that.
        bool readable = CanRead(file);
        CliResult result = CliRunner.Run(string.Empty, "parse", file);
        if (readable)
        {
            result.ExitCode.Should().Be(0);
            Lines(result.Stdout).Select(FileOf).Should().Equal(file);
        }
        else
        {
            result.ExitCode.Should().Be(1);
            result.Stdout.Should().BeEmpty();
            Lines(result.Stderr)[0].Should().StartWith($"arabic-news: '{file}' cannot be read: ");
        }
    }

    [Fact]
    public void TenThousandFilesWithSomeFailuresAreAllAccountedFor()
    {
        const int Count = 10_000;
        string[] sentences = ["قال الرئيس الروسي فلاديمير بوتين إن موسكو مستعدة.", "التقى لافروف بنظيره التركي في أنقرة أمس.", "وقعت أذربيجان وإيران مذكرة تفاهم بشأن ممر أراس."];
        for (int i = 0; i < Count; i++)
        {
            if (i % 2500 == 1)
            {
                _folder.Write(Numbered(i, 5), [0x00, 0x01]);
            }
            else
            {
                _folder.Write(Numbered(i, 5), sentences[i % sentences.Length] + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        CliResult result = CliRunner.Run(string.Empty, "parse", "-j", "2", _folder.Path);

        result.ExitCode.Should().Be(1);
        string[] files = [.. Lines(result.Stdout).Select(FileOf)];
        files.Should().HaveCount(Count - 4);
        files.Should().BeInAscendingOrder(StringComparer.Ordinal);
        string[] errors = Lines(result.Stderr);
        errors.Should().HaveCount(5);
        errors[..4].Should().AllSatisfy(static e => e.Should().EndWith("is a binary file (it contains NUL bytes)."));
        errors[4].Should().StartWith($"arabic-news: {Count - 4} articles, 4 failed, ");
    }

    [Fact]
    public void AProgressBarOnlyWhenStandardErrorIsATerminal()
    {
        CliResult onTerminal = CliRunner.Run(string.Empty, new Terminal(Out: false, Error: true), "parse", TestFolder.SeedsPath, Path.Combine(_folder.Path, "missing.txt"));
        onTerminal.ExitCode.Should().Be(1);
        onTerminal.Stderr.Should().Contain("Parsing").And.Contain("100%").And.Contain("\u001b[").And.Contain("does not exist.").And.Contain("5 articles, 1 failed");
        Lines(onTerminal.Stdout).Should().HaveCount(5);

        CliResult redirected = CliRunner.Run(string.Empty, "parse", TestFolder.SeedsPath);
        redirected.Stderr.Should().NotContain("Parsing").And.NotContain("\u001b");
        Lines(redirected.Stderr).Should().ContainSingle().Which.Should().StartWith("arabic-news: 5 articles, 0 failed, ");
    }

    [Theory]
    [InlineData("-j", "abc", "--parallel takes a whole number of articles, not 'abc'.")]
    [InlineData("-j", "0", "--parallel must be from 1 to 1024, not 0.")]
    [InlineData("--parallel", "100000", "--parallel must be from 1 to 1024, not 100000.")]
    [InlineData("-j", "2.5", "--parallel takes a whole number of articles, not '2.5'.")]
    public void BadParallelismIsOneUsageLine(string option, string value, string message)
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", option, value, TestFolder.SeedsPath);
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be($"arabic-news: {message} (see 'arabic-news --help'){Environment.NewLine}");
    }

    [Fact]
    public void AFolderWhoseArticlesAreInSubfoldersSaysHowToReachThem()
    {
        _folder.Write("2024/04/a.txt", File.ReadAllText(TestFolder.SeedFiles[0]));
        CliResult result = CliRunner.Run(string.Empty, "parse", _folder.Path);
        result.ExitCode.Should().Be(1);
        Lines(result.Stderr)[0].Should().Be(
            $"arabic-news: '{_folder.Path}' is a folder without articles (no *.txt files in it; its subfolders are not searched: give '{Path.Join(_folder.Path, "**", "*.txt")}' for them).");
    }

    [Fact]
    public void TablesOnATerminalGetNoProgressBarInBetween()
    {
        CliResult result = CliRunner.Run(string.Empty, new Terminal(Out: true, Error: true), "parse", TestFolder.SeedsPath);
        result.ExitCode.Should().Be(0);
        result.Stderr.Should().NotContain("\u001b").And.NotContain("Parsing");
        Lines(result.Stderr).Should().ContainSingle().Which.Should().StartWith("arabic-news: 5 articles, 0 failed, ");
    }

    [Theory]
    [InlineData(true, 6)]
    [InlineData(false, 1)]
    public void EachArticleIsFlushedOnlyToATerminal(bool terminal, int flushes)
    {
        using var output = new FlushCountingStream();
        var console = new CliConsole(new StringReader(string.Empty), TextWriter.Null, TextWriter.Null) { OutIsTerminal = terminal, OutStream = output };

        ArabicNewsTool.Run(["parse", "--parallel", "2", TestFolder.SeedsPath], console).Should().Be(0);

        // Five seeds: a terminal sees each one as it is done, then the end; a pipe gets its output at the end.
        output.Flushes.Should().Be(flushes);
        output.Length.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("--parallel", "0", "--parallel must be from 1 to 1024")]
    [InlineData("--format", "xml", "xml")]
    [InlineData("--published", "22/04/2024", "22/04/2024")]
    [InlineData("--frobnicate", "x", "--frobnicate")]
    public void BadOptionsAreUsageErrors(string option, string value, string named)
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", option, value);
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain(named);
    }

    [Theory]
    [InlineData("", "arabic-news parse 'corpus/**/*.txt'")]
    [InlineData("parse", "arabic-news parse")]
    [InlineData("catalog", "arabic-news catalog show \"الرئيس الروسي\"")]
    [InlineData("catalog list", "arabic-news catalog list --kind")]
    [InlineData("catalog show", "arabic-news catalog show")]
    [InlineData("normalize", "arabic-news normalize")]
    public void HelpOnEveryCommandShowsAnExample(string command, string example)
    {
        CliResult result = CliRunner.Run(string.Empty, [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("Example:").And.Contain(example);
    }

    [Fact]
    public void VersionIsTheInformationalVersion()
    {
        CliResult result = CliRunner.Run(string.Empty, "--version");
        result.ExitCode.Should().Be(0);
        string expected = typeof(ArabicNewsTool).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        expected.Should().MatchRegex(@"^\d+\.\d+\.\d+");
        result.Stdout.Should().Be(expected + Environment.NewLine);
    }

    private static string Numbered(int number, int digits) =>
        number.ToString("D" + digits.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) + ".txt";

    private static bool CanRead(string file)
    {
        try
        {
            using FileStream stream = File.OpenRead(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string FileOf(string jsonLine)
    {
        using JsonDocument document = JsonDocument.Parse(jsonLine);
        return document.RootElement.GetProperty("file").GetString()!;
    }

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    private sealed class FlushCountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override void Flush()
        {
            Flushes++;
            base.Flush();
        }
    }
}
