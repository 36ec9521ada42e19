using System;
using System.Buffers;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace ArabicNews.Cli.Batch;

/// <summary>Reads a whole file into an array rented from <see cref="ArrayPool{T}.Shared"/>: a batch reads thousands of article files without allocating an array for each.</summary>
internal static class PooledFileReader
{
    /// <summary>The array rented for a file that reports no length (such as those under <c>/proc</c>); it grows as needed.</summary>
    private const int UnknownLengthBuffer = 4096;

    /// <summary>Reads <paramref name="path"/>: as many bytes as its length says, or to its end when it reports none.</summary>
    /// <param name="path">The file.</param>
    /// <param name="length">How many bytes of the returned array are the file's.</param>
    /// <returns>The rented array; the caller returns it to <see cref="ArrayPool{T}.Shared"/>.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <remarks>Like <see cref="File.ReadAllBytes(string)"/>, but without its read-ahead advice (one system call per file, for nothing on a few kilobytes).</remarks>
    public static byte[] Read(string path, out int length)
    {
        using SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long size = RandomAccess.GetLength(file);
        if (size > Array.MaxLength)
        {
            throw new IOException("The file is too large to read into memory.");
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(size > 0 ? (int)size : UnknownLengthBuffer);
        length = 0;
        try
        {
            while (size == 0 || length < size)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * buffer.Length, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = RandomAccess.Read(file, buffer.AsSpan(length, size > 0 ? (int)size - length : buffer.Length - length), length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return buffer;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
