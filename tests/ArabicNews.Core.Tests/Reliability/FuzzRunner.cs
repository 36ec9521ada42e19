using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Runs CsCheck's <c>Sample</c> over generated inputs for a time budget, on every core: each input must keep the
/// property, and its JSON must not change when it is parsed again on several threads at once (while the other cores
/// parse other inputs). CsCheck shrinks the first failure for the rest of the budget and reports the smallest one found,
/// with the seed that replays it.
/// </summary>
internal static class FuzzRunner
{
    private const int ParallelCopies = 2;
    private const int ProgressEvery = 256;

    /// <summary>Checks inputs until <paramref name="seconds"/> have passed, or only the input of <paramref name="seed"/> when <paramref name="seconds"/> is 0.</summary>
    /// <param name="inputs">The input generator.</param>
    /// <param name="property">The property: the first violation of an input, or <see langword="null"/>.</param>
    /// <param name="seed">A CsCheck seed to check first (a replay), or <see langword="null"/>.</param>
    /// <param name="seconds">The wall-clock budget; 0 checks a single input.</param>
    /// <param name="log">Receives a progress line now and then, and every failing input as it is found (before shrinking ends).</param>
    public static FuzzReport Run(Gen<string> inputs, Func<string, Violation?> property, string? seed, int seconds, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        long inputsChecked = 0;
        void Check(string input)
        {
            Violation? violation = property(input);
            long count = Interlocked.Increment(ref inputsChecked);
            if (count % ProgressEvery == 0)
            {
                log(string.Create(CultureInfo.InvariantCulture, $"{count} inputs in {clock.Elapsed.TotalSeconds:F0} s"));
            }

            if (violation is not null)
            {
                log(string.Create(CultureInfo.InvariantCulture, $"failing input of {input.Length} characters (shrinking goes on): {violation}"));
                throw new InvariantViolationException(violation.ToString());
            }
        }

        try
        {
            inputs.Sample(Check, seed: seed, iter: seconds > 0 ? -1 : 1, time: seconds > 0 ? seconds : -1, print: FuzzFailure.ToReproduction);
            return new FuzzReport(inputsChecked, clock.Elapsed, null);
        }
        catch (CsCheckException exception)
        {
            var failure = FuzzFailure.From(exception);
            log(failure.ToString());
            return new FuzzReport(inputsChecked, clock.Elapsed, failure);
        }
    }

    /// <summary>Every property of <see cref="ArticleInvariants"/>, and the same JSON from <see cref="ParallelCopies"/> threads parsing the input at once.</summary>
    public static Violation? KeepsEveryProperty(string input)
    {
        Violation? violation = ArticleInvariants.Check(input, out string? json);
        if (violation is not null || json is null)
        {
            return violation;
        }

        string?[] parallel = new string?[ParallelCopies];
        Parallel.For(0, ParallelCopies, k => parallel[k] = ArticleInvariants.ParseToJson(input));
        return Array.TrueForAll(parallel, other => string.Equals(other, json, StringComparison.Ordinal))
            ? null
            : new Violation("thread safety", "parsing on several threads at once gave different JSON");
    }
}
