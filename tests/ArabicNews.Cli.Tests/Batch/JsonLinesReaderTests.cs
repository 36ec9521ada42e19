using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Cli.Batch;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Batch;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void LinesOfAnySizeComeOutWhole()
    {
        string longLine = "{\"text\":\"" + new string('ب', 300_000) + "\"}";
        byte[] input = Encoding.UTF8.GetBytes("\uFEFF{\"a\":1}\r\n\n   \n" + longLine + "\n{\"b\":2}");

        string[] lines = [.. JsonLinesReader.Read(new MemoryStream(input), "in").Select(Text)];

        lines.Should().Equal("{\"a\":1}", longLine, "{\"b\":2}");
    }

    [Fact]
    public void LinesAreNamedByTheirNumberInTheInput()
    {
        byte[] input = Encoding.UTF8.GetBytes("{}\n\n{}\n");
        JsonLinesReader.Read(new MemoryStream(input), "x.jsonl").Select(static l => l.Name).Should().Equal("x.jsonl:1", "x.jsonl:3");
    }

    [Fact]
    public void AQuarterGigabyteStreamsInFlatMemory()
    {
        const int Lines = 32 * 1024;
        const int LineLength = 8 * 1024;
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = 0;
        int whole = 0;
        foreach (RecordLine line in JsonLinesReader.Read(new GeneratedLines(Lines, LineLength), "big"))
        {
            whole += line.Length == LineLength - 1 ? 1 : 0;
            ArrayPool<byte>.Shared.Return(line.Buffer);
            count++;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        count.Should().Be(Lines);
        whole.Should().Be(Lines);
        allocated.Should().BeLessThan(16L * 1024 * 1024, "256 MB of lines are read through pooled buffers, never held whole");
    }

    private static string Text(RecordLine line)
    {
        string text = Encoding.UTF8.GetString(line.Buffer, 0, line.Length);
        ArrayPool<byte>.Shared.Return(line.Buffer);
        return text;
    }

    /// <summary>A read-only, unseekable stream of <c>lines</c> JSON lines of <c>lineLength</c> bytes each, made up as it is read.</summary>
    private sealed class GeneratedLines(int lines, int lineLength) : Stream
    {
        private readonly long _length = (long)lines * lineLength;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, _length - _position);
            for (int i = 0; i < n; i++)
            {
                long inLine = (_position + i) % lineLength;
                buffer[offset + i] = inLine == lineLength - 1 ? (byte)'\n' : inLine == 0 ? (byte)'[' : inLine == lineLength - 2 ? (byte)']' : (byte)'1';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
