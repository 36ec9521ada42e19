using System;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Cli.Commands;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

public sealed class NormalizeCommandTests : IDisposable
{
    private const string Diacritized = "وَقالَ الرَّئيسُ الأذربيجانيّ إلهام علييف يوم ١١ مايو ٢٠٢١\u00A0ﻻ ة ى ٰ\n";
    private readonly string _directory = Directory.CreateTempSubdirectory("arabic-news-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadsStandardInputWithTheSearchPresetByDefault()
    {
        CliResult result = CliRunner.Run("أحمد في مدينة باكو\nوَقالَ\n", "normalize");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be("احمد في مدينه باكو\nوقال\n");
        result.Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData("search", "وقال الرييس الاذربيجاني الهام علييف يوم 11 مايو 2021 لا ه ي \n")]
    [InlineData("display", "وَقالَ الرَّئيسُ الأذربيجانيّ إلهام علييف يوم 11 مايو 2021 لا ة ى ٰ\n")]
    [InlineData("lucene", "وقال الرئيس الاذربيجاني الهام علييف يوم ١١ مايو ٢٠٢١\u00A0ﻻ ه ي ٰ\n")]
    public void EachPreset(string preset, string expected)
    {
        CliResult result = CliRunner.Run(Diacritized, "normalize", "--preset", preset);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(expected);
    }

    [Fact]
    public void ShortPresetAlias() => CliRunner.Run("ة", "normalize", "-p", "lucene").Stdout.Should().Be("ه");

    [Fact]
    public void FilesAreNormalizedInOrderAndKeepTheirLines()
    {
        string first = Write("a.txt", "\uFEFFأحمد\r\nة\n", withBom: false);
        string second = Write("b.txt", "إلهام\n\nعلييف", withBom: true);
        CliResult result = CliRunner.Run(string.Empty, "normalize", first, second);
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be("احمد\r\nه\nالهام\n\nعلييف");
    }

    [Fact]
    public void DashReadsStandardInputBetweenFiles()
    {
        string file = Write("a.txt", "أ", withBom: false);
        CliRunner.Run("ة", "normalize", file, "-", file).Stdout.Should().Be("اها");
    }

    [Fact]
    public void MissingFileIsReportedAndTheOthersAreStillProcessed()
    {
        string file = Write("a.txt", "مدينة\n", withBom: false);
        string missing = Path.Combine(_directory, "missing.txt");
        CliResult result = CliRunner.Run(string.Empty, "normalize", missing, file);
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().Be("مدينه\n");
        string[] lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().Contain(missing);
    }

    [Fact]
    public void DirectoryInsteadOfAFileIsAnInputError()
    {
        CliResult result = CliRunner.Run(string.Empty, "normalize", _directory);
        result.ExitCode.Should().Be(1);
        result.Stderr.Should().Contain(_directory);
    }

    [Fact]
    public void UnknownPresetIsAUsageError()
    {
        CliResult result = CliRunner.Run("أ", "normalize", "--preset", "nfkc");
        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Contain("nfkc");
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        CliResult result = CliRunner.Run("أ", "normalize", "--fast");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--fast");
    }

    [Fact]
    public void UnknownCommandIsAUsageError() => CliRunner.Run(string.Empty, "frobnicate").ExitCode.Should().Be(2);

    [Fact]
    public void HelpShowsThePresetsAndAnExample()
    {
        CliResult result = CliRunner.Run(string.Empty, "normalize", "--help");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("--preset").And.Contain("search|display|lucene").And.Contain("Example:").And.Contain("arabic-news normalize");
    }

    [Fact]
    public void RootHelpListsTheNormalizeCommand()
    {
        CliResult result = CliRunner.Run(string.Empty, "--help");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("normalize");
    }

    [Fact]
    public void Version()
    {
        CliResult result = CliRunner.Run(string.Empty, "--version");
        result.ExitCode.Should().Be(0);
        result.Stdout.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void AOneMegabyteLineStreamsThrough()
    {
        string line = string.Concat(Enumerable.Repeat("مدينة أحمد \U0001F600 ", 1024 * 1024 / 16));
        CliResult result = CliRunner.Run(line + "\n", "normalize");
        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Be(ArabicNormalizer.Normalize(line) + "\n");
    }

    [Fact]
    public void SurrogatePairsAcrossBlockBoundariesSurvive()
    {
        // Put a surrogate pair exactly across the first block boundary.
        string text = new string('ة', NormalizeCommand.BlockSize - 1) + "\U0001F600" + "ة";
        CliResult result = CliRunner.Run(text, "normalize");
        result.Stdout.Should().Be(new string('ه', NormalizeCommand.BlockSize - 1) + "\U0001F600" + "ه");
    }

    [Fact]
    public void SeedFilesNormalizeLikeTheLibrary()
    {
        string seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (string file in Directory.GetFiles(seeds, "*.txt"))
        {
            CliResult result = CliRunner.Run(string.Empty, "normalize", file);
            result.ExitCode.Should().Be(0);
            result.Stdout.Should().Be(ArabicNormalizer.Normalize(File.ReadAllText(file)));
        }
    }

    private string Write(string name, string content, bool withBom)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content, new UTF8Encoding(withBom));
        return path;
    }

    [Fact]
    public void AFolderIsNamedAsAFolder()
    {
        CliResult result = CliRunner.Run(string.Empty, "normalize", _directory);
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be($"arabic-news: '{_directory}' is a folder; normalize takes files (for a folder's files: arabic-news normalize '{_directory}'/*.txt).{Environment.NewLine}");
    }

    [Fact]
    public void ABinaryFileFailsInsteadOfPrintingGarbage()
    {
        string file = Path.Combine(_directory, "program.bin");
        File.WriteAllBytes(file, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x41]);
        CliResult result = CliRunner.Run(string.Empty, "normalize", file);
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().Be($"arabic-news: '{file}' is a binary file (it contains NUL bytes); nothing more of it is written.{Environment.NewLine}");
    }

    [Fact]
    public void TextThatIsNotUtf8FailsInsteadOfPrintingGarbage()
    {
        string file = Path.Combine(_directory, "latin1.txt");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("Café crème"));
        CliResult result = CliRunner.Run(string.Empty, "normalize", file);
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().NotContain("\uFFFD");
        result.Stderr.Should().Be($"arabic-news: '{file}' is not UTF-8 text (invalid bytes E9); nothing more of it is written.{Environment.NewLine}");
    }
}
