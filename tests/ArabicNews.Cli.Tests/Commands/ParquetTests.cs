using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

public sealed class ParquetTests : IDisposable
{
    private const string Undated = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف أمس في موسكو.";
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ParquetOutputHasTheJsonLinesFieldsAsColumns()
    {
        string[] texts = [.. TestFolder.SeedFiles.Select(File.ReadAllText), Undated];
        string records = string.Concat(texts.Select((t, i) => JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = i, ["url"] = "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = t }) + "\n"))
            + "{\"id\":99,\"text\":false}\n";
        string input = _folder.Write("in.jsonl", records);
        string parquet = Path.Combine(_folder.Path, "out.parquet");

        CliResult jsonl = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", "--keep", "url", input);
        int exitCode = RunToFile(parquet, "parse", "--input", "jsonl", "--keep", "url", "--output", "parquet", input);

        exitCode.Should().Be(1, "the last record is bad");
        string[] lines = jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Dictionary<string, string?[]> columns = await ReadAll(parquet);
        columns.Keys.Should().Equal("id", "url", "title", "published", "source", "mentions", "dates", "meetings", "statements", "agreements", "corridors", "error");
        columns["id"].Should().HaveCount(lines.Length);
        for (int row = 0; row < lines.Length; row++)
        {
            using JsonDocument line = JsonDocument.Parse(lines[row]);
            foreach ((string name, string?[] values) in columns)
            {
                string? expected = line.RootElement.TryGetProperty(name, out JsonElement value)
                    ? value.ValueKind switch { JsonValueKind.Null => null, JsonValueKind.String => value.GetString(), _ => value.GetRawText() }
                    : null;
                values[row].Should().Be(expected, "row " + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", column " + name);
            }
        }
    }

    [Fact]
    public async Task ParquetRecordsParseLikeTheSameJsonLines()
    {
        string[] ids = ["a", "b", "c"];
        string?[] texts = [Undated, File.ReadAllText(TestFolder.SeedFiles[0]), null];
        string?[] published = ["2024-04-22", null, null];
        string file = Path.Combine(_folder.Path, "records.parquet");
        var schema = new ParquetSchema(new DataField<string>("id"), new DataField<string>("text", nullable: true), new DataField<string>("published", nullable: true), new DataField<long>("rank"));
        await using (FileStream stream = File.Create(file))
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], ids);
            await group.WriteAsync(schema.DataFields[1], texts);
            await group.WriteAsync(schema.DataFields[2], published);
            await group.WriteAsync<long>(schema.DataFields[3], new long[] { 1, 2, 3 });
        }

        string jsonl = _folder.Write("records.jsonl", string.Concat(ids.Select((id, i) => JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = id, ["text"] = texts[i], ["published"] = published[i], ["rank"] = i + 1 }) + "\n")));

        CliResult fromParquet = CliRunner.Run(string.Empty, "parse", "--input", "parquet", "--keep", "rank", file);
        CliResult fromJsonl = CliRunner.Run(string.Empty, "parse", "--input", "jsonl", "--keep", "rank", jsonl);

        fromParquet.ExitCode.Should().Be(1, "c has no text");
        string[] lines = fromParquet.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3, fromParquet.Stderr);
        lines[..2].Should().Equal(fromJsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[..2]);
        lines[0].Should().StartWith("{\"id\":\"a\",\"rank\":1,").And.Contain("\"published\":\"2024-04-22\"");
        lines[2].Should().Contain("\"code\":\"text-not-string\"");
    }

    [Fact]
    public async Task ParquetOutputKeepsEveryRowInOrderAcrossRowGroups()
    {
        const int Records = 2_500;
        string input = _folder.Write("many.jsonl", string.Concat(Enumerable.Range(0, Records).Select(static i =>
            JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = i, ["text"] = "قال بوتين إن موسكو مستعدة للحوار " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }) + "\n")));
        string parquet = Path.Combine(_folder.Path, "many.parquet");

        RunToFile(parquet, "parse", "--input", "jsonl", "-j", "2", "--format", "parquet", input).Should().Be(0);

        await using FileStream stream = File.OpenRead(parquet);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        reader.RowGroupCount.Should().BeGreaterThan(1);
        (await ReadAll(parquet))["id"].Should().Equal(Enumerable.Range(0, Records).Select(static i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static int RunToFile(string path, params string[] args)
    {
        using FileStream file = File.Create(path);
        using var output = new StreamWriter(file);
        using var error = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, error) { OutStream = file };
        return ArabicNewsTool.Run(args, console);
    }

    private static async Task<Dictionary<string, string?[]>> ReadAll(string path)
    {
        await using FileStream stream = File.OpenRead(path);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        var columns = reader.Schema.GetDataFields().ToDictionary(static f => f.Name, static _ => new List<string?>());
        for (int group = 0; group < reader.RowGroupCount; group++)
        {
            using ParquetRowGroupReader groupReader = reader.OpenRowGroupReader(group);
            foreach (DataField field in reader.Schema.GetDataFields())
            {
                string?[] values = new string?[groupReader.RowCount];
                await groupReader.ReadAsync(field, values.AsMemory());
                columns[field.Name].AddRange(values);
            }
        }

        return columns.ToDictionary(static c => c.Key, static c => c.Value.ToArray());
    }
}
