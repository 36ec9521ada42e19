using ArabicNews.Core;


namespace ArabicNews.Cli.Batch;

/// <summary>What the batch summary counts as records of an article.</summary>
internal static class RecordCount
{
    /// <summary>The number of meetings, statements, agreements and corridors in <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The count.</returns>
    public static int Of(Article article) => article.Meetings.Count + article.Statements.Count + article.Agreements.Count + article.Corridors.Count;
}
