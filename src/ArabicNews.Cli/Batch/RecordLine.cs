using System.Buffers;

namespace ArabicNews.Cli.Batch;

/// <summary>One record as a line of JSON, not yet decoded (workers decode it), or a path that yields no records.</summary>
/// <remarks>JSON Lines inputs give their lines as they are; CSV rows are turned into the same JSON objects.</remarks>
/// <param name="Name">Where it is, for messages: <c>FILE:LINE</c>, or the path when <paramref name="Problem"/> is set.</param>
/// <param name="Buffer">The line's bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>; empty with a problem.</param>
/// <param name="Length">How many bytes of <paramref name="Buffer"/> are the line.</param>
/// <param name="Problem">Why the path yields no records (missing, unreadable), or <see langword="null"/>.</param>
/// <param name="Error">Why the line is no record although it was read (a malformed CSV row), or <see langword="null"/>.</param>
internal sealed record RecordLine(string Name, byte[] Buffer, int Length, string? Problem = null, RecordError? Error = null);
