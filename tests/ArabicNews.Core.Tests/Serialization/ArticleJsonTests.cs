using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Serialization;

public sealed class ArticleJsonTests
{
    [Fact]
    public void Contract_HasEveryField_InCamelCase_WithNullsWritten()
    {
        string json = ArticleJson.Serialize(ArticleParser.Parse("قال بوتين إن \"الحوار مستمر مع باكو\"."), "a.txt");
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "file", "title", "published", "source", "mentions", "dates", "meetings", "statements", "agreements", "corridors");
        root.GetProperty("title").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        JsonElement statement = root.GetProperty("statements")[0];
        statement.EnumerateObject().Select(p => p.Name).Should().Equal("speaker", "speakerText", "content", "direct", "evidence");
        statement.GetProperty("speaker").GetProperty("id").GetString().Should().Be("person:vladimir-putin");
        statement.GetProperty("speaker").GetProperty("name").GetString().Should().Be("Vladimir Putin");
        root.GetProperty("mentions")[0].EnumerateObject().Select(p => p.Name).Should().Equal("id", "kind", "text", "start", "length");
    }

    [Fact]
    public void Arabic_IsWrittenUnescaped_OnOneLine()
    {
        string json = ArticleJson.Serialize(ArticleParser.Parse("قال بوتين إن \"الحوار مستمر\"."));
        json.Should().Contain("الحوار مستمر").And.NotContain("\n");
    }

    [Fact]
    public void Dates_AreWrittenByPrecision()
    {
        string json = ArticleJson.Serialize(ArticleParser.Parse("في 4 أبريل 1992 وفي فبراير 1988 وفي عام 2003."));
        using JsonDocument document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("dates").EnumerateArray()
            .Select(d => (d.GetProperty("value").GetString(), d.GetProperty("precision").GetString()))
            .Should().Equal(("1992-04-04", "day"), ("1988-02", "month"), ("2003", "year"));
    }

    [Fact]
    public void Dates_HaveEveryField_AndARangeItsEnd()
    {
        string json = ArticleJson.Serialize(ArticleParser.Parse("يعقد المؤتمر من 10 إلى 12 مايو 2024، بعد قمة 4 أبريل 2024."));
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement dates = document.RootElement.GetProperty("dates");
        dates[0].EnumerateObject().Select(p => p.Name).Should().Equal("text", "start", "length", "value", "end", "precision");
        dates.EnumerateArray()
            .Select(d => (d.GetProperty("text").GetString(), d.GetProperty("value").GetString(), d.GetProperty("end").GetString()))
            .Should().Equal(("من 10 إلى 12 مايو 2024", "2024-05-10", "2024-05-12"), ("4 أبريل 2024", "2024-04-04", null));
        dates[1].GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void WriteProperties_LetsTheCallerChooseWhatComesFirst()
    {
        Article article = ArticleParser.Parse("التقى بوتين علييف في موسكو يوم 22 أبريل 2024. وقال بوتين إن \"الحوار مستمر\".");
        var whole = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(whole, ArticleJson.WriterOptions))
        {
            ArticleJson.Write(writer, article, "a.txt");
        }

        var record = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(record, ArticleJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", 7);
            ArticleJson.WriteProperties(writer, article);
            writer.WriteEndObject();
        }

        string serialized = ArticleJson.Serialize(article, "a.txt");
        System.Text.Encoding.UTF8.GetString(whole.WrittenSpan).Should().Be(serialized);
        System.Text.Encoding.UTF8.GetString(record.WrittenSpan).Should().Be("{\"id\":7," + serialized["{\"file\":\"a.txt\",".Length..]);
    }

    [Fact]
    public void AnEmptyArticle_Serializes() =>
        ArticleJson.Serialize(ArticleParser.Parse(string.Empty)).Should().StartWith("{\"file\":null,\"title\":null,");
}
