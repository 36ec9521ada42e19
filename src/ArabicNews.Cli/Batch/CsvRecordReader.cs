using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ArabicNews.Core;

namespace ArabicNews.Cli.Batch;

/// <summary>Reads CSV records (RFC 4180) whose header names the fields, streaming, as the JSON objects the record decoder reads.</summary>
/// <remarks>
/// The header must name <c>text</c>; <c>id</c>, <c>published</c> and any other columns are optional. Fields may be
/// quoted (<c>"…"</c>, with <c>""</c> for a quote inside), and a quoted field may hold commas and line breaks. Every
/// field becomes a JSON string (an empty <c>published</c> is left out). A row whose number of fields differs from the
/// header's is an <see cref="RecordError.InvalidCsv"/> record, in its place.
/// </remarks>
internal static class CsvRecordReader
{
    /// <summary>Reads <paramref name="stream"/> row by row.</summary>
    /// <param name="stream">The input (UTF-8; a byte-order mark is dropped).</param>
    /// <param name="source">The input's name, for <see cref="RecordLine.Name"/> (<c>SOURCE:LINE</c>, the line the row starts on).</param>
    /// <returns>One line per row after the header, in order; blank lines are skipped.</returns>
    public static IEnumerable<RecordLine> Read(Stream stream, string source)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var rows = new CsvRows(reader);
        var fields = new List<string>();
        if (!rows.TryRead(fields, out _, out _))
        {
            yield return new RecordLine(source, [], 0, "is empty (no CSV header)");
            yield break;
        }

        string[] header = [.. fields];
        if (Array.IndexOf(header, "text") < 0)
        {
            yield return new RecordLine(source, [], 0, "has no 'text' column in its CSV header");
            yield break;
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var writer = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions);
        while (rows.TryRead(fields, out long line, out string? error))
        {
            if (fields is [""])
            {
                continue;
            }

            if (error is null && fields.Count != header.Length)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"has {fields.Count} fields where the header has {header.Length}");
            }

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            for (int i = 0; i < Math.Min(fields.Count, header.Length); i++)
            {
                if (error is null || header[i] == "id")
                {
                    if (!(header[i] == "published" && fields[i].Length == 0))
                    {
                        writer.WriteString(header[i], fields[i]);
                    }
                }
            }

            writer.WriteEndObject();
            writer.Flush();
            byte[] copy = ArrayPool<byte>.Shared.Rent(buffer.WrittenCount);
            buffer.WrittenSpan.CopyTo(copy);
            string name = string.Create(CultureInfo.InvariantCulture, $"{source}:{line}");
            yield return new RecordLine(name, copy, buffer.WrittenCount, Error: error is null ? null : new RecordError(RecordError.InvalidCsv, error));
        }
    }

    /// <summary>The rows of a CSV text, read a character at a time from a buffered reader.</summary>
    private sealed class CsvRows(TextReader reader)
    {
        private readonly char[] _buffer = new char[16 * 1024];
        private readonly StringBuilder _field = new();
        private int _position;
        private int _length;
        private long _line = 1;

        /// <summary>Reads the next row into <paramref name="fields"/>.</summary>
        /// <returns><see langword="false"/> at the end of the text.</returns>
        public bool TryRead(List<string> fields, out long line, out string? error)
        {
            fields.Clear();
            error = null;
            line = _line;
            int c = Next();
            if (c < 0)
            {
                return false;
            }

            while (true)
            {
                _field.Clear();
                if (c == '"')
                {
                    while (true)
                    {
                        c = Next();
                        if (c < 0)
                        {
                            error = "has a quoted field that never ends";
                            break;
                        }

                        if (c == '"')
                        {
                            c = Next();
                            if (c != '"')
                            {
                                break;
                            }
                        }
                        else if (c == '\n')
                        {
                            _line++;
                        }

                        _field.Append((char)c);
                    }

                    while (c is >= 0 and not (',' or '\r' or '\n'))
                    {
                        error ??= "has text after the closing quote of a field";
                        c = Next();
                    }
                }
                else
                {
                    while (c is >= 0 and not (',' or '\r' or '\n'))
                    {
                        _field.Append((char)c);
                        c = Next();
                    }
                }

                fields.Add(_field.ToString());
                if (c == ',')
                {
                    c = Next();
                    continue;
                }

                if (c == '\r' && Peek() == '\n')
                {
                    c = Next();
                }

                if (c >= 0)
                {
                    _line++;
                }

                return true;
            }
        }

        private int Peek()
        {
            if (_position == _length)
            {
                _length = reader.Read(_buffer, 0, _buffer.Length);
                _position = 0;
            }

            return _position < _length ? _buffer[_position] : -1;
        }

        private int Next()
        {
            int c = Peek();
            if (c >= 0)
            {
                _position++;
            }

            return c;
        }
    }
}
