using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Checks seeds <c>first, first + 1, …</c> in batches until the time budget is spent: every input alone
/// (<see cref="ArticleInvariants"/>), then the whole batch again from several threads at once, compared with the
/// sequential JSON. Failures are minimized and reported with their seed.
/// </summary>
internal static class FuzzRunner
{
    private const int BatchSize = 8;
    private const int ParallelCopies = 2;
    private const int MaxFailures = 10;
    private static readonly TimeSpan MinimizeBudget = TimeSpan.FromSeconds(20);

    /// <summary>Runs at least one batch, then more until <paramref name="budget"/> has passed.</summary>
    /// <param name="firstSeed">The first seed.</param>
    /// <param name="budget">The wall-clock time to spend.</param>
    /// <param name="log">Receives a progress line per batch and every failure as it is found.</param>
    public static FuzzReport Run(int firstSeed, TimeSpan budget, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        int seed = firstSeed;
        do
        {
            int[] seeds = Enumerable.Range(seed, BatchSize).ToArray();
            string[] inputs = seeds.Select(FuzzInput.Create).ToArray();
            string?[] sequential = new string?[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                Violation? violation = ArticleInvariants.Check(inputs[i], out sequential[i]);
                if (violation is not null)
                {
                    Report(new FuzzFailure(seeds[i], violation, Minimize(inputs[i], violation)), failures, log);
                }
            }

            foreach (FuzzFailure failure in CompareWithParallelParsing(seeds, inputs, sequential))
            {
                Report(failure, failures, log);
            }

            seed += BatchSize;
            log(string.Create(CultureInfo.InvariantCulture, $"{seed - firstSeed} seeds in {clock.Elapsed.TotalSeconds:F0} s, {failures.Count} failures"));
        }
        while (clock.Elapsed < budget && failures.Count < MaxFailures);

        return new FuzzReport(firstSeed, seed - firstSeed, clock.Elapsed, failures);
    }

    private static IEnumerable<FuzzFailure> CompareWithParallelParsing(int[] seeds, string[] inputs, string?[] sequential)
    {
        string?[] parallel = new string?[inputs.Length * ParallelCopies];
        Parallel.For(0, parallel.Length, k => parallel[k] = ArticleInvariants.ParseToJson(inputs[k % inputs.Length]));
        for (int k = 0; k < parallel.Length; k++)
        {
            int i = k % inputs.Length;
            if (!string.Equals(parallel[k], sequential[i], StringComparison.Ordinal))
            {
                yield return new FuzzFailure(seeds[i], new Violation("thread safety", "parsing on several threads at once gave different JSON"), inputs[i]);
            }
        }
    }

    private static string Minimize(string input, Violation violation) =>
        FuzzMinimizer.Minimize(input, candidate => ArticleInvariants.Check(candidate, out _)?.Property == violation.Property, MinimizeBudget);

    private static void Report(FuzzFailure failure, List<FuzzFailure> failures, Action<string> log)
    {
        if (failures.TrueForAll(f => f.Seed != failure.Seed))
        {
            failures.Add(failure);
            log(failure.ToString());
        }
    }
}
