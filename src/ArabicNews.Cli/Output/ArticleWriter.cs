using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ArabicNews.Core;
using ArabicNews.Cli.Batch;

namespace ArabicNews.Cli.Output;

/// <summary>Formats articles in the chosen <see cref="OutputFormat"/> as UTF-8 and writes them, framed, to standard output.</summary>
/// <param name="format">The format.</param>
/// <param name="style">How tables are drawn.</param>
/// <param name="output">Standard output, as bytes.</param>
/// <param name="keep">The record fields copied to the output after <c>id</c> (<c>--keep</c>).</param>
/// <param name="parquet">Where rows go for <see cref="OutputFormat.Parquet"/>; <see langword="null"/> for the other formats.</param>
/// <remarks>
/// <see cref="Format(Article, string?)"/> and its siblings run on the workers, each with its thread's
/// <see cref="JsonLineBuilder"/>; <see cref="Begin"/>, <see cref="Write"/> and <see cref="End"/> run on the one thread
/// that consumes the results in order.
/// </remarks>
internal sealed class ArticleWriter(OutputFormat format, TableStyle style, Stream output, IReadOnlyList<string> keep, ParquetOutput? parquet)
{
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);
    private bool _first = true;

    /// <summary>Formats an article read from a file. Thread-safe.</summary>
    /// <param name="article">The article.</param>
    /// <param name="file">The file it came from, or <see langword="null"/> for standard input.</param>
    /// <returns>The output to pass to <see cref="Write"/>.</returns>
    public Utf8Line Format(Article article, string? file)
    {
        if (format == OutputFormat.Table)
        {
            return Utf8Line.Rent(Encoding.UTF8.GetBytes(ArticleTable.Render(article, file, style)));
        }

        JsonLineBuilder builder = JsonLineBuilder.ForCurrentThread;
        Utf8JsonWriter writer = builder.Start(format == OutputFormat.Json);
        ArticleJson.Write(writer, article, file);
        return builder.Finish(writer, newline: format == OutputFormat.Jsonl);
    }

    /// <summary>Formats an article read from a record: its <c>id</c> and kept fields, then the article. Thread-safe.</summary>
    /// <param name="article">The article.</param>
    /// <param name="record">The record.</param>
    /// <returns>The output to pass to <see cref="Write"/>.</returns>
    public Utf8Line Format(Article article, RecordInput record)
    {
        if (format == OutputFormat.Table)
        {
            return Utf8Line.Rent(Encoding.UTF8.GetBytes(ArticleTable.Render(article, Label(record), style)));
        }

        JsonLineBuilder builder = JsonLineBuilder.ForCurrentThread;
        Utf8JsonWriter writer = builder.Start(format == OutputFormat.Json);
        writer.WriteStartObject();
        WriteRecordFields(writer, record);
        ArticleJson.WriteProperties(writer, article);
        writer.WriteEndObject();
        return builder.Finish(writer, newline: format == OutputFormat.Jsonl);
    }

    /// <summary>Formats the in-band error line of a bad record: <c>{"id":…,"error":{"code":…,"message":…}}</c>. Thread-safe.</summary>
    /// <param name="record">The record.</param>
    /// <param name="error">What is wrong with it.</param>
    /// <returns>The output to pass to <see cref="Write"/>.</returns>
    public Utf8Line FormatError(RecordInput record, RecordError error)
    {
        string message = $"'{record.Name}' {error.Message}.";
        if (format == OutputFormat.Table)
        {
            return Utf8Line.Rent(Encoding.UTF8.GetBytes($"{Label(record)}: error {error.Code}: {message}{Environment.NewLine}{Environment.NewLine}"));
        }

        JsonLineBuilder builder = JsonLineBuilder.ForCurrentThread;
        Utf8JsonWriter writer = builder.Start(format == OutputFormat.Json);
        writer.WriteStartObject();
        WriteRaw(writer, "id", record.Id);
        writer.WriteStartObject("error"u8);
        writer.WriteString("code"u8, error.Code);
        writer.WriteString("message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndObject();
        return builder.Finish(writer, newline: format == OutputFormat.Jsonl);
    }

    /// <summary>Writes what comes before the first article (the opening bracket of a JSON array).</summary>
    public void Begin()
    {
        if (format == OutputFormat.Json)
        {
            output.Write("["u8);
            output.Write(NewLine);
        }
    }

    /// <summary>Writes one formatted output and gives its buffer back to the pool.</summary>
    /// <param name="formatted">What <see cref="Format(Article, string?)"/> or a sibling returned.</param>
    public void Write(Utf8Line formatted)
    {
        try
        {
            if (parquet is not null)
            {
                parquet.Add(formatted.Span);
                return;
            }

            if (format == OutputFormat.Json && !_first)
            {
                output.Write(","u8);
                output.Write(NewLine);
            }

            output.Write(formatted.Span);
            _first = false;
        }
        finally
        {
            formatted.Return();
        }
    }

    /// <summary>Writes what comes after the last article (the closing bracket of a JSON array, a Parquet file's last rows and footer) and flushes.</summary>
    public void End()
    {
        if (format == OutputFormat.Json)
        {
            if (!_first)
            {
                output.Write(NewLine);
            }

            output.Write("]"u8);
            output.Write(NewLine);
        }

        parquet?.Complete();
        output.Flush();
    }

    private static string Label(RecordInput record)
    {
        if (record.Id is null)
        {
            return record.Name;
        }

        var reader = new Utf8JsonReader(record.Id);
        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(record.Id);
    }

    private static void WriteRaw(Utf8JsonWriter writer, string name, byte[]? json)
    {
        writer.WritePropertyName(name);
        if (json is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(json, skipInputValidation: true);
        }
    }

    private void WriteRecordFields(Utf8JsonWriter writer, RecordInput record)
    {
        WriteRaw(writer, "id", record.Id);
        for (int i = 0; i < keep.Count; i++)
        {
            WriteRaw(writer, keep[i], record.Kept[i]);
        }
    }
}
