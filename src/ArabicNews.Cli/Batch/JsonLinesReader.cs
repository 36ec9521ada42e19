using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ArabicNews.Cli.Batch;

/// <summary>Splits a JSON Lines stream into lines, streaming: one pooled read buffer, and each line copied into a pooled array for a worker.</summary>
/// <remarks>
/// Memory is bounded by the read buffer (64 KB, or the longest line) and the lines in flight, whatever the size of the
/// input. A UTF-8 byte-order mark at the start is dropped, a carriage return before a line feed is not part of the
/// line, and blank lines are skipped (they are no records).
/// </remarks>
internal static class JsonLinesReader
{
    /// <summary>The initial size of the read buffer.</summary>
    internal const int BufferSize = 64 * 1024;

    /// <summary>Reads <paramref name="stream"/> line by line.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name, for <see cref="RecordLine.Name"/> (<c>SOURCE:LINE</c>).</param>
    /// <returns>The non-blank lines, in order.</returns>
    public static IEnumerable<RecordLine> Read(Stream stream, string source)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        int start = 0;
        int end = 0;
        long number = 0;
        bool endOfStream = false;
        bool first = true;
        try
        {
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !endOfStream)
                {
                    if (start > 0)
                    {
                        buffer.AsSpan(start, end - start).CopyTo(buffer);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = stream.Read(buffer, end, buffer.Length - end);
                    endOfStream = read == 0;
                    end += read;
                    continue;
                }

                if (newline < 0 && start == end)
                {
                    yield break;
                }

                int length = newline < 0 ? end - start : newline;
                ReadOnlySpan<byte> line = buffer.AsSpan(start, length);
                start += newline < 0 ? length : length + 1;
                number++;
                if (first && line.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                }

                first = false;
                if (line.EndsWith("\r"u8))
                {
                    line = line[..^1];
                }

                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                byte[] copy = ArrayPool<byte>.Shared.Rent(line.Length);
                line.CopyTo(copy);
                yield return new RecordLine(string.Create(CultureInfo.InvariantCulture, $"{source}:{number}"), copy, line.Length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
