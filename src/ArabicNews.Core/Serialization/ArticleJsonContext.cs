using System.Text.Json.Serialization;

namespace ArabicNews.Core.Serialization;

/// <summary>The source-generated System.Text.Json metadata for the JSON contract (no reflection, trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleDocument))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
