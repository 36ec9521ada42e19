using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Core;

/// <summary>Writes an <see cref="Article"/> as the JSON contract the <c>arabic-news</c> tool prints (one object per article).</summary>
/// <remarks>
/// Field names are camelCase; unknown values are <c>null</c>, never omitted; dates are <c>YYYY-MM-DD</c>,
/// <c>YYYY-MM</c> or <c>YYYY</c> by precision; names are English for catalog entities and the Arabic surface form
/// otherwise; offsets are UTF-16 code units in the original text. Arabic is written unescaped. Thread-safe.
/// <see cref="Write"/> and <see cref="WriteProperties"/> write UTF-8 straight to a <see cref="Utf8JsonWriter"/>, so a
/// caller that reuses its writer and buffer serializes without allocating a string per article.
/// </remarks>
public static class ArticleJson
{
    /// <summary>Gets the writer options of the contract: Arabic and other non-ASCII text unescaped, on one line.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions IndentedOptions = WriterOptions with { Indented = true };

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
        writer.WriteString("file"u8, file);
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
        writer.WriteString("title"u8, article.Title);
        WriteDate(writer, "published"u8, article.Published);
        writer.WritePropertyName("source"u8);
        WriteReference(writer, article.Source);

        writer.WriteStartArray("mentions"u8);
        foreach (Mention mention in article.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, mention.Id);
            writer.WriteString("kind"u8, KindName(mention.Kind));
            writer.WriteString("text"u8, mention.Text);
            writer.WriteNumber("start"u8, mention.Span.Start);
            writer.WriteNumber("length"u8, mention.Span.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("dates"u8);
        foreach (DateMention date in article.Dates)
        {
            writer.WriteStartObject();
            writer.WriteString("text"u8, date.Text);
            writer.WriteNumber("start"u8, date.Span.Start);
            writer.WriteNumber("length"u8, date.Span.Length);
            WriteDate(writer, "value"u8, date.Value);
            WriteDate(writer, "end"u8, date.End);
            writer.WriteString("precision"u8, date.Value is { } value ? PrecisionName(value.Precision) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("meetings"u8);
        foreach (Meeting meeting in article.Meetings)
        {
            writer.WriteStartObject();
            WriteReferences(writer, "participants"u8, meeting.Participants);
            writer.WritePropertyName("location"u8);
            WriteReference(writer, meeting.Location);
            WriteDate(writer, "date"u8, meeting.Date);
            writer.WriteString("mode"u8, ModeName(meeting.Mode));
            WriteSpan(writer, meeting.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("statements"u8);
        foreach (Statement statement in article.Statements)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("speaker"u8);
            WriteReference(writer, statement.Speaker);
            writer.WriteString("speakerText"u8, statement.SpeakerText);
            writer.WriteString("content"u8, statement.Content);
            writer.WriteBoolean("direct"u8, statement.IsDirect);
            WriteSpan(writer, statement.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("agreements"u8);
        foreach (Agreement agreement in article.Agreements)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, agreement.Id);
            writer.WriteString("kind"u8, AgreementKindName(agreement.Kind));
            writer.WriteString("title"u8, agreement.Title);
            WriteDate(writer, "signed"u8, agreement.Signed);
            writer.WriteString("status"u8, StatusName(agreement.Status));
            WriteReferences(writer, "parties"u8, agreement.Parties);
            WriteSpan(writer, agreement.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("corridors"u8);
        foreach (Corridor corridor in article.Corridors)
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, corridor.Id);
            writer.WriteString("name"u8, corridor.Name);
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
        writer.WriteString("id"u8, reference.Id);
        writer.WriteString("name"u8, reference.Name);
        writer.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<EntityReference> references)
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
        writer.WriteStartObject("evidence"u8);
        writer.WriteNumber("start"u8, span.Start);
        writer.WriteNumber("length"u8, span.Length);
        writer.WriteEndObject();
    }

    /// <summary>Writes a partial date as <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> or <c>YYYY</c>, formatted without a string.</summary>
    private static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, PartialDate? date)
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

    private static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Country => "country",
        EntityKind.City => "city",
        EntityKind.Region => "region",
        EntityKind.Organization => "organization",
        EntityKind.Media => "media",
        EntityKind.Agreement => "agreement",
        EntityKind.Corridor => "corridor",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => "year",
    };

    private static string ModeName(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "in-person",
        MeetingMode.Phone => "phone",
        MeetingMode.Video => "video",
        _ => "unspecified",
    };

    private static string AgreementKindName(AgreementKind kind) => kind switch
    {
        AgreementKind.Treaty => "treaty",
        AgreementKind.Declaration => "declaration",
        AgreementKind.JointStatement => "joint-statement",
        AgreementKind.Memorandum => "memorandum",
        AgreementKind.ActionPlan => "action-plan",
        AgreementKind.Roadmap => "roadmap",
        AgreementKind.Protocol => "protocol",
        _ => "agreement",
    };

    private static string StatusName(AgreementStatus status) => status switch
    {
        AgreementStatus.Signed => "signed",
        AgreementStatus.Proposed => "proposed",
        _ => "mentioned",
    };
}
