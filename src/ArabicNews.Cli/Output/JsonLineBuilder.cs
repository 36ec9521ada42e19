using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ArabicNews.Core;

namespace ArabicNews.Cli.Output;

/// <summary>A worker thread's reusable <see cref="Utf8JsonWriter"/> and buffer: articles are written as UTF-8 without a string in between.</summary>
/// <remarks>One instance per thread (<see cref="ForCurrentThread"/>), so workers never share a writer; the buffer grows to the largest article and stays.</remarks>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "Lives as long as its thread; the writers hold only managed buffers.")]
internal sealed class JsonLineBuilder
{
    [ThreadStatic]
    private static JsonLineBuilder? _current;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _compact;
    private readonly Utf8JsonWriter _indented;

    private JsonLineBuilder()
    {
        _compact = new Utf8JsonWriter(_buffer, ArticleJson.WriterOptions);
        _indented = new Utf8JsonWriter(_buffer, ArticleJson.WriterOptions with { Indented = true });
    }

    /// <summary>Gets the builder of the calling thread.</summary>
    public static JsonLineBuilder ForCurrentThread => _current ??= new JsonLineBuilder();

    /// <summary>Starts a new output: empties the buffer and returns the writer to write one JSON value with.</summary>
    /// <param name="indented">Whether to indent (for <c>--format json</c>).</param>
    /// <returns>The writer.</returns>
    public Utf8JsonWriter Start(bool indented)
    {
        _buffer.ResetWrittenCount();
        Utf8JsonWriter writer = indented ? _indented : _compact;
        writer.Reset(_buffer);
        return writer;
    }

    /// <summary>Finishes the output started with <see cref="Start"/> and copies it into a rented array.</summary>
    /// <param name="writer">The writer <see cref="Start"/> returned.</param>
    /// <param name="newline">Whether to end the output with a line feed (JSON Lines).</param>
    /// <returns>The output.</returns>
    public Utf8Line Finish(Utf8JsonWriter writer, bool newline)
    {
        writer.Flush();
        if (newline)
        {
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
        }

        return Utf8Line.Rent(_buffer.WrittenSpan);
    }
}
