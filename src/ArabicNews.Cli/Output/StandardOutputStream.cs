using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace ArabicNews.Cli.Output;

/// <summary>The process's standard output as bytes, which reports a closed reader as <see cref="OutputClosedException"/>.</summary>
/// <remarks>
/// .NET's own console stream silently drops writes to a broken pipe, so a tool writing to <c>head -n 1</c> would go on
/// parsing for nothing. On Unix this stream writes to file descriptor 1 directly: the runtime ignores SIGPIPE, so a
/// write to a closed pipe fails with EPIPE, which becomes <see cref="OutputClosedException"/>.
/// </remarks>
/// <param name="inner">The stream that writes to standard output.</param>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    private const int Epipe = 32;
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
    private const int WindowsNoData = unchecked((int)0x800700E8);

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

    /// <summary>Opens the process's standard output.</summary>
    /// <returns>The stream; never disposed, the process owns the handle.</returns>
    public static StandardOutputStream Open() => new(OperatingSystem.IsWindows()
        ? Console.OpenStandardOutput()
        : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0));

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException exception) when (exception.HResult is Epipe or WindowsBrokenPipe or WindowsNoData)
        {
            throw new OutputClosedException("Standard output was closed.", exception);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException exception) when (exception.HResult is Epipe or WindowsBrokenPipe or WindowsNoData)
        {
            throw new OutputClosedException("Standard output was closed.", exception);
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
