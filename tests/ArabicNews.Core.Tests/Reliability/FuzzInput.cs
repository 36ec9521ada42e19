using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The fuzzer's inputs: a real or generated article, usually mutated. A CsCheck seed always gives the same text.</summary>
internal static class FuzzInput
{
    /// <summary>Gets the generator: four in ten inputs are mutated real articles, three generated ones, three generated and mutated.</summary>
    public static Gen<string> Generator { get; } = Create();

    private static Gen<string> Create()
    {
        string[] articles = FuzzCorpus.Articles;
        Gen<string> generated = ArticleGenerator.Article(FuzzCorpus.Paragraphs);
        return Gen.Frequency<string>(
            (4, TextGens.Pick(articles).SelectMany(article => ArticleMutator.Mutate(article, articles))),
            (3, generated),
            (3, generated.SelectMany(article => ArticleMutator.Mutate(article, articles))));
    }
}
