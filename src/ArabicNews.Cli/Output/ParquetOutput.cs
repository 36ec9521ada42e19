using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace ArabicNews.Cli.Output;

/// <summary>Writes the JSON contract as a Parquet file: one row per output line, one column per top-level field, row group by row group.</summary>
/// <remarks>
/// Every column is a nullable UTF-8 string. Scalars (<c>file</c> or <c>id</c>, <c>title</c>, <c>published</c>) are
/// their values; the objects and lists (<c>source</c>, <c>mentions</c> … <c>corridors</c>, <c>error</c>) and any kept
/// field that is not a string are their JSON text, exactly as in the JSON Lines. Rows are gathered on the consuming
/// thread and written every <see cref="RowGroupSize"/> rows, so memory stays bounded.
/// </remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Complete finishes the writer; after a failure the file is abandoned, not finished.")]
internal sealed class ParquetOutput
{
    /// <summary>How many rows each row group holds: a thousand articles of JSON text are a few tens of megabytes.</summary>
    internal const int RowGroupSize = 1_000;

    private readonly Stream _output;
    private readonly DataField[] _fields;
    private readonly List<string?>[] _columns;
    private ParquetWriter? _writer;

    /// <summary>Initializes a new instance of the <see cref="ParquetOutput"/> class.</summary>
    /// <param name="output">Where the file goes (need not be seekable).</param>
    /// <param name="columns">The column names, in the order of the JSON object's fields.</param>
    public ParquetOutput(Stream output, IReadOnlyList<string> columns)
    {
        _output = new PositionStream(output);
        _fields = [.. columns.Select(static name => new DataField<string>(name, nullable: true))];
        _columns = [.. columns.Select(static _ => new List<string?>(RowGroupSize))];
    }

    /// <summary>The columns for an output whose lines start with <paramref name="identity"/> and the kept fields.</summary>
    /// <param name="identity">The names of the fields before the article's: <c>file</c>, or <c>id</c> and the kept fields.</param>
    /// <param name="records">Whether the inputs are records (which may be in-band errors).</param>
    /// <returns>The column names.</returns>
    public static string[] Columns(IEnumerable<string> identity, bool records) =>
        [.. identity, "title", "published", "source", "mentions", "dates", "meetings", "statements", "agreements", "corridors", .. records ? (string[])["error"] : []];

    /// <summary>Adds the row of one JSON object (an output line), and writes a row group when it is full.</summary>
    /// <param name="json">The object.</param>
    public void Add(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        for (int i = 0; i < _fields.Length; i++)
        {
            _columns[i].Add(document.RootElement.TryGetProperty(_fields[i].Name, out JsonElement value) ? Cell(value) : null);
        }

        if (_columns[0].Count == RowGroupSize)
        {
            WriteRowGroup();
        }
    }

    /// <summary>Writes the rows left and the file's footer.</summary>
    public void Complete()
    {
        WriteRowGroup();
        _writer!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _output.Flush();
    }

    private static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    /// <summary>Writes the gathered rows as a row group (the first call also writes the file's header).</summary>
    private void WriteRowGroup()
    {
        _writer ??= ParquetWriter.CreateAsync(new ParquetSchema(_fields), _output).GetAwaiter().GetResult();
        if (_columns[0].Count == 0)
        {
            return;
        }

        using ParquetRowGroupWriter group = _writer.CreateRowGroup();
        for (int i = 0; i < _fields.Length; i++)
        {
            group.WriteAsync(_fields[i], _columns[i]).GetAwaiter().GetResult();
            _columns[i].Clear();
        }
    }

    /// <summary>A write-only stream that counts its position, so that a Parquet file can be written to a pipe.</summary>
    private sealed class PositionStream(Stream inner) : Stream
    {
        private long _position;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _position;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _position += buffer.Length;
        }

        public override System.Threading.Tasks.Task WriteAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public override System.Threading.Tasks.ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return System.Threading.Tasks.ValueTask.CompletedTask;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
