using System.Text.Json;

namespace ArabicNews.Core.Serialization;

/// <summary>
/// The property names of the JSON contract (docs/output.md), encoded once: <see cref="Utf8JsonWriter"/> writes a
/// <see cref="JsonEncodedText"/> as it is, without checking it for characters to escape on every article.
/// </summary>
internal static class ContractProperties
{
    public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
    public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");
    public static readonly JsonEncodedText Meetings = JsonEncodedText.Encode("meetings");
    public static readonly JsonEncodedText Statements = JsonEncodedText.Encode("statements");
    public static readonly JsonEncodedText Agreements = JsonEncodedText.Encode("agreements");
    public static readonly JsonEncodedText Corridors = JsonEncodedText.Encode("corridors");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
    public static readonly JsonEncodedText Participants = JsonEncodedText.Encode("participants");
    public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
    public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    public static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");
    public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
    public static readonly JsonEncodedText SpeakerText = JsonEncodedText.Encode("speakerText");
    public static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    public static readonly JsonEncodedText Direct = JsonEncodedText.Encode("direct");
    public static readonly JsonEncodedText Signed = JsonEncodedText.Encode("signed");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Parties = JsonEncodedText.Encode("parties");
}
