using System;
using System.Buffers;

namespace ArabicNews.Cli.Output;

/// <summary>Formatted output for one input, as UTF-8 in an array rented from <see cref="ArrayPool{T}.Shared"/>.</summary>
/// <param name="Buffer">The rented array.</param>
/// <param name="Length">How many bytes of it are the output.</param>
internal readonly record struct Utf8Line(byte[] Buffer, int Length)
{
    /// <summary>Gets the output.</summary>
    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    /// <summary>Copies <paramref name="bytes"/> into a rented array.</summary>
    /// <param name="bytes">The output.</param>
    /// <returns>The line; the consumer returns its array with <see cref="Return"/>.</returns>
    public static Utf8Line Rent(ReadOnlySpan<byte> bytes)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(buffer);
        return new Utf8Line(buffer, bytes.Length);
    }

    /// <summary>Gives the array back to the pool; the line must not be used afterwards.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
