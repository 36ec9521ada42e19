using System;

namespace ArabicNews.Cli.Batch;

/// <summary>One record of a JSON Lines, CSV or Parquet input, decoded: its id, text and kept fields, or why it is not an article.</summary>
/// <param name="Name">Where it is, for messages: <c>FILE:LINE</c> (JSON Lines, CSV) or <c>FILE:ROW</c> (Parquet).</param>
/// <param name="Id">The <c>id</c> value as JSON (any JSON value, copied through unchanged), or <see langword="null"/> when absent.</param>
/// <param name="Text">The article text, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Published">The record's publication date: the article's date when its text has none.</param>
/// <param name="Kept">The values, as JSON, of the fields named by <c>--keep</c>, in that order; <see langword="null"/> for an absent field.</param>
/// <param name="Error">Why the record is not an article, or <see langword="null"/>.</param>
/// <param name="Bytes">The size of the record in the input.</param>
internal sealed record RecordInput(string Name, byte[]? Id, string? Text, DateOnly? Published, byte[]?[] Kept, RecordError? Error, long Bytes);
