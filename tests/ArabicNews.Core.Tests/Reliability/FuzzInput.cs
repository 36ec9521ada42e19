using System;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The input for one fuzzing seed: a real or generated article, usually mutated. The same seed always gives the same text.</summary>
internal static class FuzzInput
{
    /// <summary>Builds the input of <paramref name="seed"/>.</summary>
    public static string Create(int seed)
    {
        var random = new Random(seed);
        string[] articles = FuzzCorpus.Articles;
        return random.Next(10) switch
        {
            < 4 => ArticleMutator.Mutate(random, articles[random.Next(articles.Length)], articles),
            < 7 => ArticleGenerator.Generate(random, FuzzCorpus.Paragraphs),
            _ => ArticleMutator.Mutate(random, ArticleGenerator.Generate(random, FuzzCorpus.Paragraphs), articles),
        };
    }
}
