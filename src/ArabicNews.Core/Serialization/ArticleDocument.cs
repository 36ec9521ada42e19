using System.Collections.Generic;

namespace ArabicNews.Core.Serialization;

// The JSON contract of DESIGN.md, one record per object. Field names are camelCase (set on the context),
// unknown values are written as null, never omitted.

/// <summary>One parsed article as written to JSON.</summary>
internal sealed record ArticleDocument(
    string? File,
    string? Title,
    string? Published,
    ReferenceDocument? Source,
    IReadOnlyList<MentionDocument> Mentions,
    IReadOnlyList<DateDocument> Dates,
    IReadOnlyList<MeetingDocument> Meetings,
    IReadOnlyList<StatementDocument> Statements,
    IReadOnlyList<AgreementDocument> Agreements,
    IReadOnlyList<CorridorDocument> Corridors);

/// <summary>A reference to an entity: its id (or null) and its name.</summary>
internal sealed record ReferenceDocument(string? Id, string Name);

/// <summary>A span of the original text.</summary>
internal sealed record SpanDocument(int Start, int Length);

/// <summary>An entity mention.</summary>
internal sealed record MentionDocument(string? Id, string Kind, string Text, int Start, int Length);

/// <summary>A date expression.</summary>
internal sealed record DateDocument(string Text, int Start, int Length, string? Value, string? End, string? Precision);

/// <summary>A meeting.</summary>
internal sealed record MeetingDocument(IReadOnlyList<ReferenceDocument> Participants, ReferenceDocument? Location, string? Date, string Mode, SpanDocument Evidence);

/// <summary>A statement.</summary>
internal sealed record StatementDocument(ReferenceDocument? Speaker, string SpeakerText, string Content, bool Direct, SpanDocument Evidence);

/// <summary>An agreement.</summary>
internal sealed record AgreementDocument(string? Id, string Kind, string Title, string? Signed, string Status, IReadOnlyList<ReferenceDocument> Parties, SpanDocument Evidence);

/// <summary>A corridor.</summary>
internal sealed record CorridorDocument(string? Id, string Name, SpanDocument Evidence);
