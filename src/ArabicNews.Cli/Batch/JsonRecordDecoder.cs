using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace ArabicNews.Cli.Batch;

/// <summary>Decodes one JSON Lines record with a <see cref="Utf8JsonReader"/>: <c>id</c>, <c>text</c>, <c>published</c> and the kept fields.</summary>
/// <remarks>
/// The <c>id</c> and the kept fields are any JSON values and are copied through as they are (a number stays a number).
/// Other fields are skipped without being decoded. Thread-safe: workers decode in parallel.
/// </remarks>
/// <param name="keep">The names of the fields to copy to the output (<c>--keep</c>).</param>
internal sealed class JsonRecordDecoder(IReadOnlyList<string> keep)
{
    /// <summary>Decodes <paramref name="line"/> and returns its buffer to the pool.</summary>
    /// <param name="line">A line from <see cref="JsonLinesReader"/> or <see cref="CsvRecordReader"/>.</param>
    /// <returns>The record, or why it is not an article.</returns>
    public RecordInput Decode(RecordLine line)
    {
        try
        {
            RecordInput record = Decode(line.Name, line.Buffer.AsSpan(0, line.Length));
            return line.Error is { } error ? record with { Text = null, Published = null, Error = error } : record;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(line.Buffer);
        }
    }

    private RecordInput Decode(string name, ReadOnlySpan<byte> json)
    {
        byte[]? id = null;
        string? text = null;
        string? published = null;
        RecordError? error = null;
        byte[]?[] kept = keep.Count == 0 ? [] : new byte[]?[keep.Count];
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read())
            {
                throw new JsonException("The line is empty.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                if (reader.Read())
                {
                    throw new JsonException("There is more after the value.");
                }

                return Failure(name, id, kept, json.Length, new RecordError(RecordError.NotAnObject, "is not a JSON object"));
            }

            bool hasText = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                int keepIndex = keep.Count == 0 ? -1 : IndexOfKept(reader.GetString()!);
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = Raw(ref reader, json);
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    hasText = true;
                    if (keepIndex >= 0)
                    {
                        kept[keepIndex] = Raw(ref reader, json, skip: false);
                    }

                    if (reader.TokenType == JsonTokenType.String)
                    {
                        text = reader.GetString();
                    }
                    else
                    {
                        error ??= new RecordError(RecordError.TextNotString, $"has a \"text\" that is not a string but {Describe(reader.TokenType)}");
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("published"u8))
                {
                    reader.Read();
                    if (keepIndex >= 0)
                    {
                        kept[keepIndex] = Raw(ref reader, json, skip: false);
                    }

                    if (reader.TokenType == JsonTokenType.String)
                    {
                        published = reader.GetString();
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        error ??= new RecordError(RecordError.InvalidPublished, "has a \"published\" that is not a date in the form YYYY-MM-DD");
                        reader.Skip();
                    }
                }
                else
                {
                    reader.Read();
                    if (keepIndex >= 0)
                    {
                        kept[keepIndex] = Raw(ref reader, json);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }

            if (reader.Read())
            {
                throw new JsonException("There is more after the object.");
            }

            DateOnly? date = null;
            if (published is not null)
            {
                if (DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
                {
                    date = parsed;
                }
                else
                {
                    error ??= new RecordError(RecordError.InvalidPublished, $"has a \"published\" ('{published}') that is not a date in the form YYYY-MM-DD");
                }
            }

            if (!hasText)
            {
                error ??= new RecordError(RecordError.MissingText, "has no \"text\"");
            }

            return error is null
                ? new RecordInput(name, id, text, date, kept, Error: null, json.Length)
                : Failure(name, id, kept, json.Length, error);
        }
        catch (JsonException exception)
        {
            return Failure(name, id, kept, json.Length, new RecordError(RecordError.InvalidJson, "is not valid JSON: " + exception.Message.TrimEnd('.')));
        }
    }

    private static RecordInput Failure(string name, byte[]? id, byte[]?[] kept, long bytes, RecordError error) =>
        new(name, id, Text: null, Published: null, kept, error, bytes);

    /// <summary>The JSON text of the value the reader is on; moves past it when <paramref name="skip"/> is set.</summary>
    private static byte[] Raw(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, bool skip = true)
    {
        int start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Utf8JsonReader copy = reader;
            copy.Skip();
            int end = (int)copy.BytesConsumed;
            if (skip)
            {
                reader = copy;
            }

            return json[start..end].ToArray();
        }

        return json[start..(int)reader.BytesConsumed].ToArray();
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    private int IndexOfKept(string property)
    {
        for (int i = 0; i < keep.Count; i++)
        {
            if (string.Equals(keep[i], property, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
