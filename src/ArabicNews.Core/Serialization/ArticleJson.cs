using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Core.Serialization;

namespace ArabicNews.Core;

/// <summary>
/// Writes an <see cref="Article"/> as the JSON contract the <c>arabic-news</c> tool prints (one object per article), and
/// reads it back.
/// </summary>
/// <remarks>
/// Field names are camelCase; unknown values are <c>null</c>, never omitted; dates are <c>YYYY-MM-DD</c>,
/// <c>YYYY-MM</c> or <c>YYYY</c> by precision; names are English for catalog entities and the Arabic surface form
/// otherwise; offsets are UTF-16 code units in the original text. Arabic is written unescaped. Thread-safe.
/// <see cref="Write"/> and <see cref="WriteProperties"/> write UTF-8 straight to a <see cref="Utf8JsonWriter"/>, so a
/// caller that reuses its writer and buffer serializes without allocating a string per article.
/// <see cref="Deserialize(ReadOnlySpan{byte}, string?)"/> and its overloads read the contract back with a
/// <see cref="Utf8JsonReader"/> (no reflection). The JSON holds neither the text nor its layout, so the article read back
/// has the <c>Text</c> its caller passes (empty otherwise) and no <c>Paragraphs</c> or <c>Boilerplate</c>; everything
/// else is as written, and serializing it again gives the same JSON.
/// </remarks>
public static class ArticleJson
{
    // RS0026 guards against adding an overload with optional parameters to a released API, where an existing call
    // could bind to the new overload. These overloads are released together and differ in their required parameter
    // (a string, UTF-8 bytes, a stream, a reader), so every call binds to exactly one of them.
    private const string OverloadsJustification = "Released together; the required parameter's type selects the overload.";

    /// <summary>Gets the writer options of the contract: Arabic and other non-ASCII text unescaped, on one line.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions IndentedOptions = WriterOptions with { Indented = true };

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Serializes <paramref name="article"/> as one JSON object.</summary>
    /// <param name="article">The article.</param>
    /// <param name="file">The path the article was read from, written as <c>file</c>; may be <see langword="null"/>.</param>
    /// <param name="indented">Whether to indent the output (for <c>--format json</c>); one line otherwise.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public static string Serialize(Article article, string? file = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(article.Text.Length * 2, 256));
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : WriterOptions))
        {
            Write(writer, article, file);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads one article object of the contract, as <see cref="Serialize"/> and the tool write it.</summary>
    /// <param name="json">The JSON text of one article; white space may surround it.</param>
    /// <param name="text">
    /// The article's original text, when the caller has it: it becomes <see cref="Article.Text"/>, and every span must lie
    /// inside it. Without it, <see cref="Article.Text"/> is empty.
    /// </param>
    /// <returns>The article, with empty <see cref="Article.Paragraphs"/> and <see cref="Article.Boilerplate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">
    /// The text is not JSON or breaks the contract (a field missing, twice or of the wrong type, an unknown name for a
    /// <c>kind</c>, <c>mode</c>, <c>status</c> or <c>precision</c>, a malformed date or id, a negative offset, a span
    /// outside <paramref name="text"/>); <see cref="JsonException.Path"/> names the field. Unknown fields are skipped.
    /// </exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static Article Deserialize(string json, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            return Deserialize(utf8.AsSpan(0, Encoding.UTF8.GetBytes(json, utf8)), text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>Reads one article object of the contract from UTF-8 JSON (a leading byte-order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON of one article; white space may surround it.</param>
    /// <param name="text">The article's original text, when the caller has it (see <see cref="Deserialize(string, string?)"/>).</param>
    /// <returns>The article, with empty <see cref="Article.Paragraphs"/> and <see cref="Article.Boilerplate"/>.</returns>
    /// <exception cref="JsonException">The bytes are not JSON or break the contract; <see cref="JsonException.Path"/> names the field.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static Article Deserialize(ReadOnlySpan<byte> utf8Json, string? text = null)
    {
        var reader = new Utf8JsonReader(utf8Json.StartsWith(Utf8ByteOrderMark) ? utf8Json[Utf8ByteOrderMark.Length..] : utf8Json);
        var articleReader = new ArticleJsonReader(reader, text);
        Article article = articleReader.ReadArticle();
        articleReader.ReadEndOfData();
        return article;
    }

    /// <summary>Reads one article object of the contract from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <param name="text">The article's original text, when the caller has it (see <see cref="Deserialize(string, string?)"/>).</param>
    /// <returns>The article, with empty <see cref="Article.Paragraphs"/> and <see cref="Article.Boilerplate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The bytes are not JSON or break the contract; <see cref="JsonException.Path"/> names the field.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static Article Deserialize(Stream utf8Json, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), text);
    }

    /// <summary>
    /// Reads one article object from <paramref name="reader"/>, such as an item of the array <c>--format json</c> prints,
    /// leaving the reader on the end of the object.
    /// </summary>
    /// <param name="reader">The reader, on the object's start or before it; the object must be wholly in its buffer.</param>
    /// <param name="text">The article's original text, when the caller has it (see <see cref="Deserialize(string, string?)"/>).</param>
    /// <returns>The article, with empty <see cref="Article.Paragraphs"/> and <see cref="Article.Boilerplate"/>.</returns>
    /// <exception cref="JsonException">The JSON is not JSON or breaks the contract; <see cref="JsonException.Path"/> names the field.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = OverloadsJustification)]
    public static Article Read(ref Utf8JsonReader reader, string? text = null)
    {
        var articleReader = new ArticleJsonReader(reader, text);
        Article article = articleReader.ReadArticle();
        reader = articleReader.Reader;
        return article;
    }

    /// <summary>Writes <paramref name="article"/> as one JSON object: <c>file</c>, then the article's properties.</summary>
    /// <param name="writer">The writer; create it with <see cref="WriterOptions"/> for the tool's exact output.</param>
    /// <param name="article">The article.</param>
    /// <param name="file">The path the article was read from, written as <c>file</c>; may be <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, Article article, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteStartObject();
        writer.WriteString(ContractProperties.File, file);
        WriteProperties(writer, article);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the article's properties (<c>title</c> to <c>corridors</c>) into the object the caller has started, so that
    /// the caller chooses what comes first (the tool writes a record's <c>id</c> and kept fields instead of <c>file</c>).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="article">The article.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    public static void WriteProperties(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteString(ContractProperties.Title, article.Title);
        WriteDate(writer, ContractProperties.Published, article.Published);
        writer.WritePropertyName(ContractProperties.Source);
        WriteReference(writer, article.Source);

        writer.WriteStartArray(ContractProperties.Mentions);
        foreach (Mention mention in article.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString(ContractProperties.Id, mention.Id);
            writer.WriteString(ContractProperties.Kind, ContractNames.EntityKinds.Encoded(mention.Kind));
            writer.WriteString(ContractProperties.Text, mention.Text);
            writer.WriteNumber(ContractProperties.Start, mention.Span.Start);
            writer.WriteNumber(ContractProperties.Length, mention.Span.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ContractProperties.Dates);
        foreach (DateMention date in article.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString(ContractProperties.Text, date.Text);
            writer.WriteNumber(ContractProperties.Start, date.Span.Start);
            writer.WriteNumber(ContractProperties.Length, date.Span.Length);
            WriteDate(writer, ContractProperties.Value, date.Value);
            WriteDate(writer, ContractProperties.End, date.End);
            if (date.Value is { } value)
            {
                writer.WriteString(ContractProperties.Precision, ContractNames.Precisions.Encoded(value.Precision));
            }
            else
            {
                writer.WriteNull(ContractProperties.Precision);
            }
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ContractProperties.Meetings);
        foreach (Meeting meeting in article.Meetings)
        {
            writer.WriteStartObject();
            WriteReferences(writer, ContractProperties.Participants, meeting.Participants);
            writer.WritePropertyName(ContractProperties.Location);
            WriteReference(writer, meeting.Location);
            WriteDate(writer, ContractProperties.Date, meeting.Date);
            writer.WriteString(ContractProperties.Mode, ContractNames.MeetingModes.Encoded(meeting.Mode));
            WriteSpan(writer, meeting.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ContractProperties.Statements);
        foreach (Statement statement in article.Statements)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(ContractProperties.Speaker);
            WriteReference(writer, statement.Speaker);
            writer.WriteString(ContractProperties.SpeakerText, statement.SpeakerText);
            writer.WriteString(ContractProperties.Content, statement.Content);
            writer.WriteBoolean(ContractProperties.Direct, statement.IsDirect);
            WriteSpan(writer, statement.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ContractProperties.Agreements);
        foreach (Agreement agreement in article.Agreements)
        {
            writer.WriteStartObject();
            writer.WriteString(ContractProperties.Id, agreement.Id);
            writer.WriteString(ContractProperties.Kind, ContractNames.AgreementKinds.Encoded(agreement.Kind));
            writer.WriteString(ContractProperties.Title, agreement.Title);
            WriteDate(writer, ContractProperties.Signed, agreement.Signed);
            writer.WriteString(ContractProperties.Status, ContractNames.AgreementStatuses.Encoded(agreement.Status));
            WriteReferences(writer, ContractProperties.Parties, agreement.Parties);
            WriteSpan(writer, agreement.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ContractProperties.Corridors);
        foreach (Corridor corridor in article.Corridors)
        {
            writer.WriteStartObject();
            writer.WriteString(ContractProperties.Id, corridor.Id);
            writer.WriteString(ContractProperties.Name, corridor.Name);
            WriteSpan(writer, corridor.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteReference(Utf8JsonWriter writer, EntityReference? reference)
    {
        if (reference is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(ContractProperties.Id, reference.Id);
        writer.WriteString(ContractProperties.Name, reference.Name);
        if (reference.Kind is { } kind)
        {
            writer.WriteString(ContractProperties.Kind, ContractNames.EntityKinds.Encoded(kind));
        }
        else
        {
            writer.WriteNull(ContractProperties.Kind);
        }

        writer.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<EntityReference> references)
    {
        writer.WriteStartArray(name);
        foreach (EntityReference reference in references)
        {
            WriteReference(writer, reference);
        }

        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject(ContractProperties.Evidence);
        writer.WriteNumber(ContractProperties.Start, span.Start);
        writer.WriteNumber(ContractProperties.Length, span.Length);
        writer.WriteEndObject();
    }

    /// <summary>Writes a partial date as <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, formatted without a string.</summary>
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, PartialDate? date)
    {
        if (date is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[PartialDate.MaxFormattedLength];
        value.TryFormat(text, out int written);
        writer.WriteString(name, text[..written]);
    }
}
