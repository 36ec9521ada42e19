using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>The fuzzer's inputs: a real or generated article, usually mutated. A CsCheck seed always gives the same text.</summary>
internal static class FuzzInput
{
    /// <summary>Gets the generator: three in ten inputs are generated articles, three generated and mutated, four mutated real articles.</summary>
    public static Gen<string> Generator { get; } = Create();

    private static Gen<string> Create()
    {
        string[] articles = FuzzCorpus.Articles;
        Gen<string> generated = ArticleGenerator.Article(FuzzCorpus.Paragraphs);
        // CsCheck shrinks towards the first choice of each part: generated articles, which can be a line long, come
        // before the real ones, and the real ones come shortest first.
        return Gen.Frequency<string>(
            (3, generated),
            (3, generated.SelectMany(article => ArticleMutator.Mutate(article, articles))),
            (4, TextGens.PickShortestFirst(articles).SelectMany(article => ArticleMutator.Mutate(article, articles))));
    }
}
