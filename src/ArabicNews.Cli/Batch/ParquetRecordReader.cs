using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArabicNews.Core;
using Parquet;
using Parquet.Schema;

namespace ArabicNews.Cli.Batch;

/// <summary>Reads the records of a Parquet file, row group by row group, as the JSON objects the record decoder reads.</summary>
/// <remarks>
/// The file must have a string column <c>text</c>; <c>id</c>, <c>published</c> and any other flat columns of strings,
/// whole numbers, floating-point numbers or booleans become the record's fields (other columns are left out). A
/// Parquet file's index is at its end, so standard input is first copied to a temporary file.
/// </remarks>
internal static class ParquetRecordReader
{
    /// <summary>Reads <paramref name="stream"/>.</summary>
    /// <param name="stream">The Parquet file.</param>
    /// <param name="source">The input's name, for <see cref="RecordLine.Name"/> (<c>SOURCE:ROW</c>, counting from 1).</param>
    /// <returns>One line per row, in order.</returns>
    public static IEnumerable<RecordLine> Read(Stream stream, string source)
    {
        using Stream file = stream.CanSeek ? Stream.Null : Spool(stream);
        Stream input = stream.CanSeek ? stream : file;
        ParquetReader? reader = null;
        string? problem = null;
        try
        {
            reader = ParquetReader.CreateAsync(input, leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or ArgumentException)
        {
            problem = "is not a Parquet file: " + exception.Message;
        }

        if (reader is null)
        {
            yield return new RecordLine(source, [], 0, problem);
            yield break;
        }

        try
        {
            DataField[] fields = [.. reader.Schema.GetDataFields().Where(static f => !f.IsArray && Supported(f.ClrType))];
            if (!fields.Any(static f => f.Name == "text" && IsString(f)))
            {
                yield return new RecordLine(source, [], 0, "has no string column 'text'");
                yield break;
            }

            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using var writer = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions);
            long row = 0;
            for (int group = 0; group < reader.RowGroupCount; group++)
            {
                object?[][] columns;
                int rows;
                using (ParquetRowGroupReader groupReader = reader.OpenRowGroupReader(group))
                {
                    rows = checked((int)groupReader.RowCount);
                    columns = [.. fields.Select(f => ReadColumn(groupReader, f, rows))];
                }

                for (int i = 0; i < rows; i++)
                {
                    row++;
                    buffer.ResetWrittenCount();
                    writer.Reset(buffer);
                    writer.WriteStartObject();
                    for (int f = 0; f < fields.Length; f++)
                    {
                        WriteValue(writer, fields[f].Name, columns[f][i]);
                    }

                    writer.WriteEndObject();
                    writer.Flush();
                    byte[] copy = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
                    buffer.WrittenSpan.CopyTo(copy);
                    yield return new RecordLine(string.Create(CultureInfo.InvariantCulture, $"{source}:{row}"), copy, buffer.WrittenCount);
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static bool Supported(Type type) =>
        type == typeof(string) || type == typeof(ReadOnlyMemory<char>) || type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(float) || type == typeof(bool);

    /// <summary>Whether the column holds text (Parquet.Net reports UTF-8 columns as <see cref="ReadOnlyMemory{T}"/> of characters).</summary>
    private static bool IsString(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static object?[] ReadColumn(ParquetRowGroupReader reader, DataField field, int rows)
    {
        if (IsString(field))
        {
            string?[] values = new string?[rows];
            reader.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
            return values;
        }

        return field.ClrType == typeof(int) ? Read<int>(reader, field, rows)
            : field.ClrType == typeof(long) ? Read<long>(reader, field, rows)
            : field.ClrType == typeof(double) ? Read<double>(reader, field, rows)
            : field.ClrType == typeof(float) ? Read<float>(reader, field, rows)
            : Read<bool>(reader, field, rows);
    }

    private static object?[] Read<T>(ParquetRowGroupReader reader, DataField field, int rows)
        where T : struct
    {
        if (field.IsNullable)
        {
            T?[] nullable = new T?[rows];
            reader.ReadAsync(field, nullable.AsMemory()).AsTask().GetAwaiter().GetResult();
            return [.. nullable.Select(static v => (object?)v)];
        }

        T[] values = new T[rows];
        reader.ReadAsync(field, values.AsMemory()).AsTask().GetAwaiter().GetResult();
        return [.. values.Select(static v => (object?)v)];
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                if (name != "published")
                {
                    writer.WriteNull(name);
                }

                break;
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                writer.WriteNumber(name, number);
                break;
            case float number:
                writer.WriteNumber(name, number);
                break;
            default:
                writer.WriteNumber(name, (double)value);
                break;
        }
    }

    /// <summary>Copies a stream that cannot seek (standard input) to a temporary file that is deleted when closed.</summary>
    private static FileStream Spool(Stream stream)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        stream.CopyTo(file);
        file.Position = 0;
        return file;
    }
}
