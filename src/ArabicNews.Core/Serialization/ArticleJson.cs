using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Domain;

namespace ArabicNews.Core.Serialization;

/// <summary>Writes an <see cref="Article"/> as the JSON contract the <c>arabic-news</c> tool prints (one object per article).</summary>
/// <remarks>
/// Field names are camelCase; unknown values are <c>null</c>, never omitted; dates are <c>YYYY-MM-DD</c>,
/// <c>YYYY-MM</c> or <c>YYYY</c> by precision; names are English for catalog entities and the Arabic surface form
/// otherwise; offsets are UTF-16 code units in the original text. Arabic is written unescaped. Thread-safe.
/// </remarks>
public static class ArticleJson
{
    private static readonly ArticleJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    });

    private static readonly ArticleJsonContext IndentedContext = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });

    /// <summary>Serializes <paramref name="article"/> as one JSON object.</summary>
    /// <param name="article">The article.</param>
    /// <param name="file">The path the article was read from, written as <c>file</c>; may be <see langword="null"/>.</param>
    /// <param name="indented">Whether to indent the output (for <c>--format json</c>); one line otherwise.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public static string Serialize(Article article, string? file = null, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArticleJsonContext context = indented ? IndentedContext : Context;
        return JsonSerializer.Serialize(ToDocument(article, file), context.ArticleDocument);
    }

    private static ArticleDocument ToDocument(Article article, string? file) => new(
        file,
        article.Title,
        article.Published?.ToString(),
        Reference(article.Source),
        article.Mentions.Select(static m => new MentionDocument(m.Id, KindName(m.Kind), m.Text, m.Span.Start, m.Span.Length)).ToArray(),
        article.Dates.Select(static d => new DateDocument(d.Text, d.Span.Start, d.Span.Length, d.Value?.ToString(), d.End?.ToString(), d.Value is { } v ? PrecisionName(v.Precision) : null)).ToArray(),
        article.Meetings.Select(static m => new MeetingDocument(
            m.Participants.Select(static p => Reference(p)!).ToArray(), Reference(m.Location), m.Date?.ToString(), ModeName(m.Mode), Span(m.Evidence))).ToArray(),
        article.Statements.Select(static s => new StatementDocument(Reference(s.Speaker), s.SpeakerText, s.Content, s.IsDirect, Span(s.Evidence))).ToArray(),
        article.Agreements.Select(static a => new AgreementDocument(
            a.Id, AgreementKindName(a.Kind), a.Title, a.Signed?.ToString(), StatusName(a.Status), a.Parties.Select(static p => Reference(p)!).ToArray(), Span(a.Evidence))).ToArray(),
        article.Corridors.Select(static c => new CorridorDocument(c.Id, c.Name, Span(c.Evidence))).ToArray());

    private static ReferenceDocument? Reference(EntityReference? reference) => reference is null ? null : new ReferenceDocument(reference.Id, reference.Name);

    private static SpanDocument Span(TextSpan span) => new(span.Start, span.Length);

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
