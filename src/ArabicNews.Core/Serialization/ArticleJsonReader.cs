using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Core.Serialization;

/// <summary>
/// Reads one article object of the JSON contract (docs/output.md) back into an <see cref="Article"/>, checking the
/// contract as it goes: every breach, and JSON that is not JSON, is a <see cref="JsonException"/> whose
/// <see cref="JsonException.Path"/> names the field.
/// </summary>
internal ref struct ArticleJsonReader
{
    private const int DateEndField = 4;

    private static readonly string[] ArticleFields = ["title", "published", "source", "mentions", "dates", "meetings", "statements", "agreements", "corridors"];
    private const int ReferenceKindField = 2;

    private static readonly string[] ReferenceFields = ["id", "name", "kind"];
    private static readonly string[] MentionFields = ["id", "kind", "text", "start", "length"];
    private static readonly string[] DateFields = ["text", "start", "length", "value", "end", "precision"];
    private static readonly string[] MeetingFields = ["participants", "location", "date", "mode", "evidence"];
    private static readonly string[] StatementFields = ["speaker", "speakerText", "content", "direct", "evidence"];
    private static readonly string[] AgreementFields = ["id", "kind", "title", "signed", "status", "parties", "evidence"];
    private static readonly string[] CorridorFields = ["id", "name", "evidence"];
    private static readonly string[] SpanFields = ["start", "length"];

    private Utf8JsonReader _reader;
    private readonly JsonPath _path = new();
    private readonly string? _text;

    /// <summary>Initializes a reader over <paramref name="reader"/>.</summary>
    /// <param name="reader">The JSON reader, before the article's object or on its start; this reader reads a copy.</param>
    /// <param name="text">The article's original text, or <see langword="null"/> when the caller does not have it.</param>
    public ArticleJsonReader(Utf8JsonReader reader, string? text)
    {
        _reader = reader;
        _text = text;
    }

    /// <summary>Gets the JSON reader where this reader has left it.</summary>
    public readonly Utf8JsonReader Reader => _reader;

    /// <summary>Reads the article, leaving the JSON reader on the end of its object.</summary>
    public Article ReadArticle()
    {
        if (_reader.TokenType == JsonTokenType.None)
        {
            Next();
        }

        string? title = null;
        PartialDate? published = null;
        EntityReference? source = null;
        List<Mention> mentions = [];
        List<DateMention> dates = [];
        List<Meeting> meetings = [];
        List<Statement> statements = [];
        List<Agreement> agreements = [];
        List<Corridor> corridors = [];
        int seen = BeginObject();
        for (int field; (field = NextProperty(ArticleFields, ref seen)) >= 0;)
        {
            switch (field)
            {
                case 0: title = ReadString(nullable: true, nonEmpty: false); break;
                case 1: published = ReadDate(); break;
                case 2: source = ReadReference(nullable: true, EntityKind.Media); break;
                case 3: mentions = ReadMentions(); break;
                case 4: dates = ReadDates(); break;
                case 5: meetings = ReadMeetings(); break;
                case 6: statements = ReadStatements(); break;
                case 7: agreements = ReadAgreements(); break;
                default: corridors = ReadCorridors(); break;
            }
        }

        EndObject(ArticleFields, seen);
        return new Article
        {
            Text = _text ?? string.Empty,
            Title = title,
            Published = published,
            Source = source,
            Paragraphs = [],
            Boilerplate = [],
            Mentions = mentions,
            Dates = dates,
            Meetings = meetings,
            Statements = statements,
            Agreements = agreements,
            Corridors = corridors,
        };
    }

    /// <summary>Checks that nothing but white space follows the article.</summary>
    public void ReadEndOfData()
    {
        try
        {
            if (_reader.Read())
            {
                throw Error("something follows the article's object");
            }
        }
        catch (JsonException exception) when (exception.Path is null)
        {
            throw NotJson(exception);
        }
    }

    private List<Mention> ReadMentions()
    {
        List<Mention> mentions = [];
        for (BeginArray(); NextItem(mentions.Count);)
        {
            string? id = null;
            EntityKind kind = default;
            string? text = null;
            int start = 0;
            int length = 0;
            int seen = BeginObject();
            for (int field; (field = NextProperty(MentionFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: id = ReadId().Id; break;
                    case 1: kind = ReadName(ContractNames.EntityKinds); break;
                    case 2: text = ReadString(nullable: false, nonEmpty: true); break;
                    case 3: start = ReadInteger(minimum: 0); break;
                    default: length = ReadInteger(minimum: 1); break;
                }
            }

            EndObject(MentionFields, seen);
            mentions.Add(new Mention { Id = id, Kind = kind, Text = text!, Span = Span(start, length) });
        }

        return mentions;
    }

    private List<DateMention> ReadDates()
    {
        List<DateMention> dates = [];
        for (BeginArray(); NextItem(dates.Count);)
        {
            string? text = null;
            int start = 0;
            int length = 0;
            PartialDate? value = null;
            PartialDate? end = null;
            DatePrecision? precision = null;
            int seen = BeginObject();
            for (int field; (field = NextProperty(DateFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: text = ReadString(nullable: false, nonEmpty: true); break;
                    case 1: start = ReadInteger(minimum: 0); break;
                    case 2: length = ReadInteger(minimum: 1); break;
                    case 3: value = ReadDate(); break;
                    case DateEndField: end = ReadDate(); break;
                    default: precision = _reader.TokenType == JsonTokenType.Null ? null : ReadName(ContractNames.Precisions); break;
                }
            }

            // Output written before "end" was added lacks it (docs/output.md).
            EndObject(DateFields, seen, optional: 1 << DateEndField);
            if (precision != value?.Precision)
            {
                throw Error("'precision' must be the precision of 'value' (null when 'value' is)");
            }

            dates.Add(new DateMention { Text = text!, Span = Span(start, length), Value = value, End = end });
        }

        return dates;
    }

    private List<Meeting> ReadMeetings()
    {
        List<Meeting> meetings = [];
        for (BeginArray(); NextItem(meetings.Count);)
        {
            List<EntityReference> participants = [];
            EntityReference? location = null;
            PartialDate? date = null;
            MeetingMode mode = default;
            TextSpan evidence = default;
            int seen = BeginObject();
            for (int field; (field = NextProperty(MeetingFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: participants = ReadReferences(EntityKind.Person); break;
                    case 1: location = ReadReference(nullable: true, kindOutsideCatalog: null); break;
                    case 2: date = ReadDate(); break;
                    case 3: mode = ReadName(ContractNames.MeetingModes); break;
                    default: evidence = ReadSpan(); break;
                }
            }

            EndObject(MeetingFields, seen);
            meetings.Add(new Meeting { Participants = participants, Location = location, Date = date, Mode = mode, Evidence = evidence });
        }

        return meetings;
    }

    private List<Statement> ReadStatements()
    {
        List<Statement> statements = [];
        for (BeginArray(); NextItem(statements.Count);)
        {
            EntityReference? speaker = null;
            string? speakerText = null;
            string? content = null;
            bool direct = false;
            TextSpan evidence = default;
            int seen = BeginObject();
            for (int field; (field = NextProperty(StatementFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: speaker = ReadReference(nullable: true, EntityKind.Person); break;
                    case 1: speakerText = ReadString(nullable: false, nonEmpty: false); break;
                    case 2: content = ReadString(nullable: false, nonEmpty: true); break;
                    case 3: direct = ReadBoolean(); break;
                    default: evidence = ReadSpan(); break;
                }
            }

            EndObject(StatementFields, seen);
            statements.Add(new Statement { Speaker = speaker, SpeakerText = speakerText!, Content = content!, IsDirect = direct, Evidence = evidence });
        }

        return statements;
    }

    private List<Agreement> ReadAgreements()
    {
        List<Agreement> agreements = [];
        for (BeginArray(); NextItem(agreements.Count);)
        {
            string? id = null;
            AgreementKind kind = default;
            string? title = null;
            PartialDate? signed = null;
            AgreementStatus status = default;
            List<EntityReference> parties = [];
            TextSpan evidence = default;
            int seen = BeginObject();
            for (int field; (field = NextProperty(AgreementFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: id = ReadId().Id; break;
                    case 1: kind = ReadName(ContractNames.AgreementKinds); break;
                    case 2: title = ReadString(nullable: false, nonEmpty: true); break;
                    case 3: signed = ReadDate(); break;
                    case 4: status = ReadName(ContractNames.AgreementStatuses); break;
                    case 5: parties = ReadReferences(kindOutsideCatalog: null); break;
                    default: evidence = ReadSpan(); break;
                }
            }

            EndObject(AgreementFields, seen);
            agreements.Add(new Agreement { Id = id, Kind = kind, Title = title!, Signed = signed, Status = status, Parties = parties, Evidence = evidence });
        }

        return agreements;
    }

    private List<Corridor> ReadCorridors()
    {
        List<Corridor> corridors = [];
        for (BeginArray(); NextItem(corridors.Count);)
        {
            string? id = null;
            string? name = null;
            TextSpan evidence = default;
            int seen = BeginObject();
            for (int field; (field = NextProperty(CorridorFields, ref seen)) >= 0;)
            {
                switch (field)
                {
                    case 0: id = ReadId().Id; break;
                    case 1: name = ReadString(nullable: false, nonEmpty: true); break;
                    default: evidence = ReadSpan(); break;
                }
            }

            EndObject(CorridorFields, seen);
            corridors.Add(new Corridor { Id = id, Name = name!, Evidence = evidence });
        }

        return corridors;
    }

    private List<EntityReference> ReadReferences(EntityKind? kindOutsideCatalog)
    {
        List<EntityReference> references = [];
        for (BeginArray(); NextItem(references.Count);)
        {
            references.Add(ReadReference(nullable: false, kindOutsideCatalog)!);
        }

        return references;
    }

    /// <summary>
    /// Reads <c>{ "id", "name" }</c>. The JSON does not hold the kind: a catalog id's prefix gives it, and
    /// <paramref name="kindOutsideCatalog"/> is the kind the parser gives an entity outside the catalog in this field.
    /// </summary>
    private EntityReference? ReadReference(bool nullable, EntityKind? kindOutsideCatalog)
    {
        if (nullable && _reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        (string? Id, EntityKind? Kind) id = default;
        string? name = null;
        EntityKind? written = null;
        int seen = BeginObject();
        for (int field; (field = NextProperty(ReferenceFields, ref seen)) >= 0;)
        {
            switch (field)
            {
                case 0: id = ReadId(); break;
                case 1: name = ReadString(nullable: false, nonEmpty: true); break;
                default: written = _reader.TokenType == JsonTokenType.Null ? null : ReadName(ContractNames.EntityKinds); break;
            }
        }

        EndObject(ReferenceFields, seen, optional: 1 << ReferenceKindField);
        return new EntityReference { Id = id.Id, Name = name!, Kind = written ?? (id.Id is null ? kindOutsideCatalog : id.Kind) };
    }

    private TextSpan ReadSpan()
    {
        int start = 0;
        int length = 0;
        int seen = BeginObject();
        for (int field; (field = NextProperty(SpanFields, ref seen)) >= 0;)
        {
            if (field == 0)
            {
                start = ReadInteger(minimum: 0);
            }
            else
            {
                length = ReadInteger(minimum: 0);
            }
        }

        EndObject(SpanFields, seen);
        return Span(start, length);
    }

    /// <summary>Reads a catalog id, <c>kind:kebab-case-name</c>, or <c>null</c>.</summary>
    private (string? Id, EntityKind? Kind) ReadId()
    {
        string? id = ReadString(nullable: true, nonEmpty: true);
        if (id is null)
        {
            return (null, null);
        }

        int colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !ContractNames.EntityKinds.TryParse(id.AsSpan(0, colon), out EntityKind kind) || !IsKebabCase(id.AsSpan(colon + 1)))
        {
            throw Error($"'{id}' is not a catalog id (kind:kebab-case-name, the kind one of {ContractNames.EntityKinds.AllowedNames})");
        }

        return (id, kind);
    }

    private TEnum ReadName<TEnum>(JsonEnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        Expect(JsonTokenType.String, "a string");
        return names.TryRead(ref _reader, out TEnum value)
            ? value
            : throw Error($"'{_reader.GetString()}' is not one of {names.AllowedNames}");
    }

    private PartialDate? ReadDate()
    {
        string? text = ReadString(nullable: true, nonEmpty: false);
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out PartialDate date) ? date : throw Error($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    private string? ReadString(bool nullable, bool nonEmpty)
    {
        if (nullable && _reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(JsonTokenType.String, nullable ? "a string or null" : "a string");
        string value;
        try
        {
            value = _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("the string is not valid UTF-8 or UTF-16");
        }

        return nonEmpty && value.Length == 0 ? throw Error("the string is empty") : value;
    }

    private int ReadInteger(int minimum)
    {
        Expect(JsonTokenType.Number, "an integer");
        return _reader.TryGetInt32(out int value) && value >= minimum
            ? value
            : throw Error(string.Create(CultureInfo.InvariantCulture, $"expected an integer of at least {minimum} (and below 2^31)"));
    }

    private readonly bool ReadBoolean() => _reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Error("expected true or false, found " + _reader.TokenType.ToString()),
    };

    private readonly TextSpan Span(int start, int length)
    {
        if (length > int.MaxValue - start)
        {
            throw Error("the span ends beyond 2^31");
        }

        var span = new TextSpan(start, length);
        return _text is null || span.FitsIn(_text.Length)
            ? span
            : throw Error(string.Create(CultureInfo.InvariantCulture, $"the span {span} is outside the text, which has {_text.Length} characters"));
    }

    private readonly int BeginObject()
    {
        Expect(JsonTokenType.StartObject, "an object");
        _path.EnterObject();
        return 0;
    }

    /// <summary>Moves to the value of the object's next known property; skips unknown ones (newer output may add fields).</summary>
    /// <returns>The property's index in <paramref name="fields"/>, or -1 at the end of the object.</returns>
    private int NextProperty(string[] fields, ref int seen)
    {
        while (true)
        {
            Next();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                return -1;
            }

            int field = fields.Length - 1;
            while (field >= 0 && !_reader.ValueTextEquals(fields[field]))
            {
                field--;
            }

            _path.SetProperty(field >= 0 ? fields[field] : _reader.GetString()!);
            Next();
            if (field < 0)
            {
                Skip();
                continue;
            }

            if ((seen & (1 << field)) != 0)
            {
                throw Error("the field appears twice");
            }

            seen |= 1 << field;
            return field;
        }
    }

    private readonly void EndObject(string[] fields, int seen, int optional = 0)
    {
        int missing = ~seen & ((1 << fields.Length) - 1) & ~optional;
        if (missing != 0)
        {
            _path.SetProperty(fields[BitOperations.TrailingZeroCount(missing)]);
            throw Error("the field is missing");
        }

        _path.Leave();
    }

    private readonly void BeginArray()
    {
        Expect(JsonTokenType.StartArray, "an array");
        _path.EnterArray();
    }

    /// <summary>Moves to the array's next item.</summary>
    /// <returns><see langword="false"/> at the end of the array.</returns>
    private bool NextItem(int index)
    {
        Next();
        if (_reader.TokenType == JsonTokenType.EndArray)
        {
            _path.Leave();
            return false;
        }

        _path.SetIndex(index);
        return true;
    }

    private readonly void Expect(JsonTokenType type, string what)
    {
        if (_reader.TokenType != type)
        {
            throw Error("expected " + what + ", found " + _reader.TokenType.ToString());
        }
    }

    private void Next()
    {
        bool read;
        try
        {
            read = _reader.Read();
        }
        catch (JsonException exception) when (exception.Path is null)
        {
            throw NotJson(exception);
        }

        if (!read)
        {
            throw Error("the JSON ends before the article does");
        }
    }

    private void Skip()
    {
        bool skipped;
        try
        {
            skipped = _reader.TrySkip();
        }
        catch (JsonException exception) when (exception.Path is null)
        {
            throw NotJson(exception);
        }

        if (!skipped)
        {
            throw Error("the JSON ends before the article does");
        }
    }

    private readonly JsonException Error(string message)
    {
        string path = _path.ToString();
        return new JsonException(string.Create(CultureInfo.InvariantCulture, $"The article JSON breaks the contract at {path} (byte {_reader.TokenStartIndex}): {message}."), path, null, null);
    }

    private readonly JsonException NotJson(JsonException exception)
    {
        string path = _path.ToString();
        return new JsonException($"The article JSON is not valid JSON at {path}: {exception.Message}", path, exception.LineNumber, exception.BytePositionInLine, exception);
    }

    private static bool IsKebabCase(ReadOnlySpan<char> name)
    {
        bool afterHyphen = true;
        foreach (char c in name)
        {
            if (c == '-')
            {
                if (afterHyphen)
                {
                    return false;
                }

                afterHyphen = true;
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                afterHyphen = false;
            }
            else
            {
                return false;
            }
        }

        return !afterHyphen;
    }
}
