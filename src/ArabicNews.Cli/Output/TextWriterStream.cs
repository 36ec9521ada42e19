using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace ArabicNews.Cli.Output;

/// <summary>A write-only stream that decodes the UTF-8 written to it into a <see cref="TextWriter"/> (the in-process standard output).</summary>
/// <param name="writer">The writer that receives the text.</param>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(_decoder.GetCharCount(buffer, flush: false), 1));
        int written = _decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, written);
        ArrayPool<char>.Shared.Return(chars);
    }

    /// <inheritdoc/>
    public override void Flush() => writer.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
