using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Tests.Api;
using FluentAssertions;
using FluentAssertions.Equivalency;
using Xunit;

namespace ArabicNews.Core.Tests.Serialization;

/// <summary>
/// <see cref="ArticleJson.Deserialize(string, string?)"/> and its overloads read back what <see cref="ArticleJson.Serialize"/>
/// writes, for every seed and fixture, and turn JSON that is not JSON or breaks the contract into a
/// <see cref="JsonException"/> that names the field.
/// </summary>
public sealed class ArticleJsonReadingTests
{
    private const string Seed = "seeds/002_761cb0edd2caddef.txt";

    [Theory]
    [MemberData(nameof(OutputSchemaTests.Articles), MemberType = typeof(OutputSchemaTests))]
    public void EverySeedAndFixture_ReadsBackToTheSameArticle_AndWritesTheSameJson(string file)
    {
        Article original = Parse(file);
        string json = ArticleJson.Serialize(original, file);

        Article read = ArticleJson.Deserialize(json, original.Text);

        original.Mentions.Should().NotBeEmpty("the comparison below must compare something");
        read.Should().BeEquivalentTo(original with { Paragraphs = [], Boilerplate = [] }, EveryMemberInOrder);
        read.Mentions.Should().Equal(original.Mentions);
        read.Dates.Should().Equal(original.Dates);
        read.Statements.Should().Equal(original.Statements);
        read.Corridors.Should().Equal(original.Corridors);
        ArticleJson.Serialize(read, file).Should().Be(json, "the article read back writes the same bytes");
        ArticleJson.Serialize(read, file, indented: true).Should().Be(ArticleJson.Serialize(original, file, indented: true));
    }

    [Fact]
    public void TheOverloads_ReadTheSameArticle()
    {
        Article original = Parse(Seed);
        string json = ArticleJson.Serialize(original);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. utf8]);

        string expected = ArticleJson.Serialize(ArticleJson.Deserialize(json));
        ArticleJson.Serialize(ArticleJson.Deserialize(utf8)).Should().Be(expected);
        ArticleJson.Serialize(ArticleJson.Deserialize(stream)).Should().Be(expected, "a byte-order mark is skipped");
        ArticleJson.Serialize(ArticleJson.Deserialize("\n " + json + " \r\n")).Should().Be(expected);
        expected.Should().Be(json);
    }

    [Fact]
    public void WithoutTheText_TheArticleHasNoText_AndNoLayout()
    {
        Article read = ArticleJson.Deserialize(ArticleJson.Serialize(Parse(Seed)));
        read.Text.Should().BeEmpty();
        read.Paragraphs.Should().BeEmpty();
        read.Boilerplate.Should().BeEmpty();
        read.Mentions.Should().NotBeEmpty();
    }

    [Fact]
    public void Read_TakesEachArticleOfTheIndentedArray()
    {
        Article first = Parse(Seed);
        Article second = ArticleParser.Parse("قال بوتين إن الحوار مستمر.");
        string array = "[" + ArticleJson.Serialize(first, "a.txt", indented: true) + ",\n" + ArticleJson.Serialize(second, "b.txt", indented: true) + "]";

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(array));
        reader.Read().Should().BeTrue();
        reader.Read().Should().BeTrue();
        Article readFirst = ArticleJson.Read(ref reader, first.Text);
        reader.TokenType.Should().Be(JsonTokenType.EndObject);
        reader.Read().Should().BeTrue();
        Article readSecond = ArticleJson.Read(ref reader);
        reader.Read().Should().BeTrue();
        reader.TokenType.Should().Be(JsonTokenType.EndArray);

        ArticleJson.Serialize(readFirst, "a.txt").Should().Be(ArticleJson.Serialize(first, "a.txt"));
        ArticleJson.Serialize(readSecond, "b.txt").Should().Be(ArticleJson.Serialize(second, "b.txt"));
    }

    [Fact]
    public void References_GetTheirKind_FromTheCatalogId_OrFromTheField()
    {
        JsonNode json = Json(Seed);
        json["source"] = Reference(null, "وكالة محلية");
        json["statements"]![0]!["speaker"] = Reference(null, "عيدين حسينوف");
        json["meetings"]![0]!["participants"] = new JsonArray(Reference(null, "موسي قاسملي"), Reference("country:azerbaijan", "Azerbaijan"));
        json["meetings"]![0]!["location"] = Reference("city:moscow", "Moscow");
        json["agreements"]![0]!["parties"] = new JsonArray(Reference(null, "طرف ثالث"));

        Article read = ArticleJson.Deserialize(json.ToJsonString());

        read.Source!.Kind.Should().Be(EntityKind.Media, "the parser names only outlets as sources");
        read.Statements[0].Speaker!.Kind.Should().Be(EntityKind.Person, "the parser names only people as speakers outside the catalog");
        read.Meetings[0].Participants.Select(p => p.Kind).Should().Equal(EntityKind.Person, EntityKind.Country);
        read.Meetings[0].Location!.Kind.Should().Be(EntityKind.City);
        read.Agreements[0].Parties.Should().ContainSingle().Which.Kind.Should().BeNull("a party outside the catalog may be of any kind");
    }

    [Fact]
    public void UnknownFields_AreSkipped_AndOldOutputWithoutARangeEnd_Reads()
    {
        JsonNode json = Json(Seed);
        json["id"] = "record-7";
        json["kept"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        json["mentions"]![0]!["confidence"] = 0.5;
        json["dates"]![0]!.AsObject().Remove("end");

        Article read = ArticleJson.Deserialize(json.ToJsonString());
        read.Mentions.Should().Equal(Parse(Seed).Mentions);
        read.Dates[0].End.Should().BeNull();
    }

    public static TheoryData<string, string> Breaches => new()
    {
        { "title missing", "$.title" },
        { "start is a string", "$.mentions[0].start" },
        { "start is negative", "$.mentions[0].start" },
        { "start is fractional", "$.mentions[0].start" },
        { "length is zero", "$.mentions[0].length" },
        { "kind unknown", "$.mentions[0].kind" },
        { "id not a catalog id", "$.mentions[0].id" },
        { "id of an unknown kind", "$.mentions[0].id" },
        { "text empty", "$.mentions[0].text" },
        { "published not a date", "$.published" },
        { "published month 13", "$.published" },
        { "precision not the value's", "$.dates[0]" },
        { "mode unknown", "$.meetings[0].mode" },
        { "location missing", "$.meetings[0].location" },
        { "participant null", "$.meetings[0].participants[0]" },
        { "direct a string", "$.statements[0].direct" },
        { "status unknown", "$.agreements[0].status" },
        { "evidence null", "$.corridors[0].evidence" },
        { "evidence past 2^31", "$.corridors[0].evidence" },
        { "corridors an object", "$.corridors" },
        { "source name missing", "$.source.name" },
        { "title twice", "$.title" },
    };

    [Theory]
    [MemberData(nameof(Breaches))]
    public void ABreachOfTheContract_IsAJsonException_NamingTheField(string breach, string path)
    {
        string json = Breach(breach);
        Action read = () => ArticleJson.Deserialize(json);
        read.Should().ThrowExactly<JsonException>().Which.Path.Should().Be(path, breach);
        read.Should().Throw<JsonException>().WithMessage($"*breaks the contract at {path}*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"title\": }")]
    [InlineData("{\"title\": null,,}")]
    [InlineData("nul")]
    public void TextThatIsNotJson_IsAJsonException(string json)
    {
        Action read = () => ArticleJson.Deserialize(json);
        read.Should().Throw<JsonException>().Where(e => e.Path != null);
    }

    [Fact]
    public void TheJsonMustBeOneArticleObject()
    {
        string json = ArticleJson.Serialize(Parse(Seed));
        FluentActions.Invoking(() => ArticleJson.Deserialize("[]")).Should().Throw<JsonException>().WithMessage("*expected an object*");
        FluentActions.Invoking(() => ArticleJson.Deserialize("null")).Should().Throw<JsonException>().WithMessage("*expected an object*");
        FluentActions.Invoking(() => ArticleJson.Deserialize(json + json)).Should().Throw<JsonException>().WithMessage("*not valid JSON*");
        FluentActions.Invoking(() => ArticleJson.Deserialize(json[..^1])).Should().Throw<JsonException>();
    }

    [Fact]
    public void InvalidTextInStrings_IsAJsonException()
    {
        JsonNode json = Json(Seed);
        json["title"] = "placeholder";
        string withLoneSurrogate = json.ToJsonString().Replace("\"placeholder\"", "\"\\uD800\"", StringComparison.Ordinal);
        withLoneSurrogate.Should().Contain("\\uD800");
        FluentActions.Invoking(() => ArticleJson.Deserialize(withLoneSurrogate)).Should().Throw<JsonException>().Which.Path.Should().Be("$.title");

        byte[] invalidUtf8 = Encoding.UTF8.GetBytes("{\"title\":\"ab\"}");
        invalidUtf8[11] = 0xFF;
        FluentActions.Invoking(() => ArticleJson.Deserialize(invalidUtf8)).Should().Throw<JsonException>();
    }

    [Fact]
    public void ASpanOutsideTheGivenText_IsAJsonException()
    {
        string json = ArticleJson.Serialize(Parse(Seed));
        FluentActions.Invoking(() => ArticleJson.Deserialize(json, "قصير")).Should().Throw<JsonException>()
            .Which.Message.Should().Contain("outside the text");
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        FluentActions.Invoking(() => ArticleJson.Deserialize((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ArticleJson.Deserialize((Stream)null!)).Should().Throw<ArgumentNullException>();
    }

    private static EquivalencyAssertionOptions<Article> EveryMemberInOrder(EquivalencyAssertionOptions<Article> options) =>
        options.ComparingRecordsByMembers().WithStrictOrdering();

    private static Article Parse(string file) => ArticleParser.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)));

    private static JsonObject Reference(string? id, string name) => new() { ["id"] = id, ["name"] = name };

    private static JsonNode Json(string file) => JsonNode.Parse(ArticleJson.Serialize(Parse(file), file))!;

    private static string Breach(string breach)
    {
        JsonNode json = Json(Seed);
        JsonNode mention = json["mentions"]![0]!;
        switch (breach)
        {
            case "title missing": json.AsObject().Remove("title"); break;
            case "start is a string": mention["start"] = "7"; break;
            case "start is negative": mention["start"] = -1; break;
            case "start is fractional": mention["start"] = 1.5; break;
            case "length is zero": mention["length"] = 0; break;
            case "kind unknown": mention["kind"] = "planet"; break;
            case "id not a catalog id": mention["id"] = "Vladimir Putin"; break;
            case "id of an unknown kind": mention["id"] = "planet:mars"; break;
            case "text empty": mention["text"] = string.Empty; break;
            case "published not a date": json["published"] = "22/04/2024"; break;
            case "published month 13": json["published"] = "2024-13"; break;
            case "precision not the value's": json["dates"]![0]!["value"] = "2024"; json["dates"]![0]!["precision"] = "day"; break;
            case "mode unknown": json["meetings"]![0]!["mode"] = "telepathy"; break;
            case "location missing": json["meetings"]![0]!.AsObject().Remove("location"); break;
            case "participant null": json["meetings"]![0]!["participants"]![0] = null; break;
            case "direct a string": json["statements"]![0]!["direct"] = "yes"; break;
            case "status unknown": json["agreements"]![0]!["status"] = "rumoured"; break;
            case "evidence null": json["corridors"]![0]!["evidence"] = null; break;
            case "evidence past 2^31": json["corridors"]![0]!["evidence"] = new JsonObject { ["start"] = int.MaxValue, ["length"] = 2 }; break;
            case "corridors an object": json["corridors"] = new JsonObject(); break;
            case "source name missing": json["source"] = new JsonObject { ["id"] = null }; break;
            case "title twice": return json.ToJsonString().Replace("\"title\":", "\"title\":\"a\",\"title\":", StringComparison.Ordinal);
            default: throw new ArgumentOutOfRangeException(nameof(breach), breach, "Unknown breach.");
        }

        return json.ToJsonString();
    }
}
