using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Core;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

public sealed class RecordInputTests : IDisposable
{
    private const string Undated = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف أمس في موسكو.";
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void JsonLinesRecordsGiveOneLinePerRecordWithItsIdAndTheLibrarysArticle()
    {
        string[] seeds = [.. TestFolder.SeedFiles.Select(File.ReadAllText)];
        string records = string.Concat(seeds.Select((text, i) => Record(new { id = "seed-" + Number(i), text }) + "\n"));
        string file = _folder.Write("seeds.jsonl", records);

        CliResult result = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", file);

        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = Lines(result.Stdout);
        lines.Should().HaveCount(seeds.Length);
        for (int i = 0; i < seeds.Length; i++)
        {
            // The same object as the library's, with the id in place of the file.
            string expected = ArticleJson.Serialize(ArticleParser.Parse(seeds[i])).Replace("{\"file\":null,", "{\"id\":\"seed-" + Number(i) + "\",", StringComparison.Ordinal);
            lines[i].Should().Be(expected);
        }
    }

    [Fact]
    public void BadRecordsAreErrorLinesInTheirPlaceAndTheBatchGoesOn()
    {
        string file = _folder.Write("mixed.jsonl", string.Join('\n',
            Record(new { id = "a", text = Undated }),
            "{\"id\":\"b\",\"text\":",
            Record(new { id = 3, text = 42 }),
            Record(new { id = "d", title = "no text" }),
            "[\"not\",\"an object\"]",
            Record(new { id = "f", text = Undated, published = "22/04/2024" }),
            string.Empty,
            Record(new { id = "g", text = Undated })) + "\n");

        CliResult result = CliRunner.Run(string.Empty, "parse", "-i", "jsonl", file);

        result.ExitCode.Should().Be(1);
        string[] lines = Lines(result.Stdout);
        lines.Should().HaveCount(7, "one output line per record; the blank line is no record");

        // The id of a line that breaks off is still reported when it comes before the break.
        lines.Select(Id).Should().Equal("\"a\"", "\"b\"", "3", "\"d\"", "null", "\"f\"", "\"g\"");
        lines.Select(ErrorCode).Should().Equal(null, "invalid-json", "text-not-string", "missing-text", "not-an-object", "invalid-published", null);
        ErrorMessage(lines[2]).Should().Be($"'{file}:3' has a \"text\" that is not a string but a number.");
        using JsonDocument good = JsonDocument.Parse(lines[6]);
        good.RootElement.GetProperty("meetings").GetArrayLength().Should().Be(1);
        string[] errors = Lines(result.Stderr);
        errors.Should().HaveCount(6);
        errors[0].Should().StartWith($"arabic-news: '{file}:2' is not valid JSON: ").And.EndWith("(invalid-json).");
        errors[^1].Should().StartWith("arabic-news: 2 articles, 5 failed, ");
    }

    [Fact]
    public void KeepCopiesNamedFieldsAsTheyAreAndNullWhenAbsent()
    {
        string file = _folder.Write("kept.jsonl",
            Record(new { id = "a", url = "https://example.org/a", text = Undated, tags = new object[] { "x", new { y = 1 } }, rank = 2.5 }) + "\n"
            + Record(new { id = "b", text = Undated }) + "\n");

        CliResult result = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", "--keep", "url,tags", "--keep", "rank", file);

        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = Lines(result.Stdout);
        lines[0].Should().StartWith("{\"id\":\"a\",\"url\":\"https://example.org/a\",\"tags\":[\"x\",{\"y\":1}],\"rank\":2.5,\"title\":");
        lines[1].Should().StartWith("{\"id\":\"b\",\"url\":null,\"tags\":null,\"rank\":null,\"title\":");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("id")]
    public void KeepCannotNameAnOutputField(string field)
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", "--keep", field, "x.jsonl");
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain($"--keep cannot name '{field}'");
    }

    [Fact]
    public void KeepNeedsRecords()
    {
        CliResult result = CliRunner.Run(string.Empty, "parse", "--keep", "url", TestFolder.SeedsPath);
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("--keep copies record fields: it needs --input jsonl, csv or parquet.");
    }

    [Fact]
    public void PublishedIsTheDateOfAnArticleWithoutADatelineAndAnchorsItsRelativeDates()
    {
        string dated = File.ReadAllText(TestFolder.SeedFiles[2]);
        string? datelined = ArticleParser.Parse(dated).Published?.ToString();
        datelined.Should().NotBeNull().And.NotBe("2001-02-03");
        string records = Record(new { id = "u", text = Undated, published = "2024-04-22" }) + "\n" + Record(new { id = "d", text = dated, published = "2001-02-03" }) + "\n";

        CliResult result = CliRunner.Run(records, "parse", "--input", "jsonl");

        result.ExitCode.Should().Be(0, result.Stderr);
        string[] lines = Lines(result.Stdout);
        using JsonDocument undated = JsonDocument.Parse(lines[0]);
        undated.RootElement.GetProperty("published").GetString().Should().Be("2024-04-22");
        undated.RootElement.GetProperty("meetings")[0].GetProperty("date").GetString().Should().Be("2024-04-21", "أمس is the day before");
        using JsonDocument withDateline = JsonDocument.Parse(lines[1]);
        withDateline.RootElement.GetProperty("published").GetString().Should().Be(datelined, "the text's own dateline wins");
    }

    [Fact]
    public void CsvRecordsFollowRfc4180Quoting()
    {
        string csv = "id,published,text,url\r\n"
            + "c1,2024-04-22,\"" + Undated.Replace("موسكو", "\"\"موسكو\"\"", StringComparison.Ordinal) + "\nسطر ثان، بفاصلة\",https://example.org/1\r\n"
            + "c2,,short\r\n"
            + "c3,,\"" + Undated + "\",https://example.org/3\r\n";

        CliResult result = CliRunner.Run(csv, "parse", "--input", "csv", "--keep", "url");

        result.ExitCode.Should().Be(1);
        string[] lines = Lines(result.Stdout);
        lines.Select(Id).Should().Equal("\"c1\"", "\"c2\"", "\"c3\"");
        string text = Undated.Replace("موسكو", "\"موسكو\"", StringComparison.Ordinal) + "\nسطر ثان، بفاصلة";
        string expected = ArticleJson.Serialize(ArticleParser.Parse(text, new ArticleParserOptions { DefaultPublished = new DateOnly(2024, 4, 22) }))
            .Replace("{\"file\":null,", "{\"id\":\"c1\",\"url\":\"https://example.org/1\",", StringComparison.Ordinal);
        lines[0].Should().Be(expected);
        ErrorCode(lines[1]).Should().Be("invalid-csv");
        ErrorMessage(lines[1]).Should().Be("'standard input:4' has 3 fields where the header has 4.");
        lines[2].Should().Contain("\"url\":\"https://example.org/3\"");
    }

    [Fact]
    public void ACsvWithoutATextColumnIsAFailedInput()
    {
        string file = _folder.Write("no-text.csv", "id,body\n1,x\n");
        CliResult result = CliRunner.Run(string.Empty, "parse", "--input", "csv", file);
        result.ExitCode.Should().Be(1);
        result.Stdout.Should().BeEmpty();
        Lines(result.Stderr)[0].Should().Be($"arabic-news: '{file}' has no 'text' column in its CSV header.");
    }

    [Fact]
    public void AFolderOfRecordsStandsForItsJsonLinesFiles()
    {
        _folder.Write("b.jsonl", Record(new { id = "b1", text = Undated }) + "\n");
        _folder.Write("a.jsonl", Record(new { id = "a1", text = Undated }) + "\r\n" + Record(new { id = "a2", text = Undated }));
        _folder.Write("notes.txt", "not records");
        CliResult result = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", "-j", "2", _folder.Path);
        result.ExitCode.Should().Be(0, result.Stderr);
        Lines(result.Stdout).Select(Id).Should().Equal("\"a1\"", "\"a2\"", "\"b1\"");
    }

    private static readonly JsonSerializerOptions RecordOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Record(object value) => JsonSerializer.Serialize(value, RecordOptions);

    private static string Number(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static string Id(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("id").GetRawText();
    }

    private static string? ErrorCode(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.TryGetProperty("error", out JsonElement error) ? error.GetProperty("code").GetString() : null;
    }

    private static string? ErrorMessage(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("error").GetProperty("message").GetString();
    }
}
