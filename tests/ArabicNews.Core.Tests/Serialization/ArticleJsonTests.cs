using System.Linq;
using System.Text.Json;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Serialization;
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
}
