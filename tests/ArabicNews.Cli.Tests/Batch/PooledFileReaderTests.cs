using System;
using System.Buffers;
using System.IO;
using System.Linq;
using ArabicNews.Cli.Batch;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Batch;

public sealed class PooledFileReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3_900)]
    [InlineData(300_001)]
    public void ReadsEveryByteOfTheFile(int size)
    {
        using var folder = new TestFolder();
        byte[] content = [.. Enumerable.Range(0, size).Select(static i => (byte)(i * 7))];
        string path = folder.Write("article.txt", content);

        byte[] buffer = PooledFileReader.Read(path, out int length);

        buffer.AsSpan(0, length).ToArray().Should().Equal(content);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void ReadsAFileThatReportsNoLengthToItsEnd()
    {
        // Files under /proc (Linux) report a length of 0 and still have contents; /proc/self/maps is larger than the first buffer.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        byte[] buffer = PooledFileReader.Read("/proc/self/maps", out int length);

        new FileInfo("/proc/self/maps").Length.Should().Be(0);
        length.Should().BeGreaterThan(4096);
        buffer[length - 1].Should().Be((byte)'\n');
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public void AMissingFileThrows()
    {
        using var folder = new TestFolder();
        FluentActions.Invoking(() => PooledFileReader.Read(Path.Combine(folder.Path, "missing.txt"), out _)).Should().Throw<FileNotFoundException>();
    }
}
