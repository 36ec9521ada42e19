using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// <see cref="ArticleParser"/>, the catalog and the normalizer are documented thread-safe: many threads started
/// together over the seeds and fixtures get exactly what one thread gets.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;
    private const int Repetitions = 3;

    private static readonly ArticleParserOptions[] Options =
    [
        ArticleParserOptions.Default,
        new() { Published = new DateOnly(2024, 4, 22) },
        new() { Catalog = EntityCatalog.Default, Published = new DateOnly(2021, 5, 11) },
    ];

    [Fact]
    public void ParsingFromManyThreads_EqualsParsingFromOne()
    {
        string[] articles = FuzzCorpus.Articles;
        string[][] sequential = Options.Select(o => articles.Select(a => ArticleJson.Serialize(ArticleParser.Parse(a, o))).ToArray()).ToArray();
        sequential.SelectMany(s => s).Distinct(StringComparer.Ordinal).Should().HaveCountGreaterThan(articles.Length, "the options change some results");

        List<string> mismatches = RunTogether(thread =>
        {
            var found = new List<string>();
            for (int repetition = 0; repetition < Repetitions; repetition++)
            {
                // Each thread walks the corpus from a different place, so that different articles overlap in time.
                for (int k = 0; k < articles.Length * Options.Length; k++)
                {
                    int index = (k + (thread * 7)) % (articles.Length * Options.Length);
                    int option = index / articles.Length;
                    int article = index % articles.Length;
                    if (ArticleJson.Serialize(ArticleParser.Parse(articles[article], Options[option])) != sequential[option][article])
                    {
                        found.Add(FormattableString.Invariant($"thread {thread}, article {article}, options {option}"));
                    }
                }
            }

            return found;
        });

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void CatalogLookupsAndNormalizingFromManyThreads_EqualOneThread()
    {
        EntityCatalog catalog = EntityCatalog.Default;
        string[] names = catalog.Entities.SelectMany(e => e.Aliases.Append(e.ArabicName)).Distinct(StringComparer.Ordinal).ToArray();
        string?[] expectedIds = names.Select(n => catalog.FindByName(n)?.Id).ToArray();
        string[] expectedNormalized = FuzzCorpus.Articles.Select(a => ArabicNormalizer.Normalize(a)).ToArray();
        expectedIds.Should().Contain(id => id != null);

        List<string> mismatches = RunTogether(thread =>
        {
            var found = new List<string>();
            for (int i = thread; i < names.Length; i += 3)
            {
                string? id = catalog.FindByName(names[i])?.Id;
                if (id != expectedIds[i] || (id is not null && (!catalog.TryGetById(id, out Entity? entity) || entity.Id != id)))
                {
                    found.Add("name " + names[i]);
                }
            }

            for (int i = 0; i < expectedNormalized.Length; i++)
            {
                if (ArabicNormalizer.Normalize(FuzzCorpus.Articles[i]) != expectedNormalized[i])
                {
                    found.Add("normalized article " + i);
                }
            }

            return found;
        });

        mismatches.Should().BeEmpty();
    }

    // Starts every thread at the same moment (a barrier), so that the work really overlaps.
    private static List<string> RunTogether(Func<int, List<string>> work)
    {
        using var barrier = new Barrier(Threads);
        Task<List<string>>[] tasks = Enumerable.Range(0, Threads)
            .Select(thread => Task.Factory.StartNew(
                () =>
                {
                    barrier.SignalAndWait();
                    return work(thread);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        Task.WaitAll(tasks);
        return tasks.SelectMany(t => t.Result).ToList();
    }
}
