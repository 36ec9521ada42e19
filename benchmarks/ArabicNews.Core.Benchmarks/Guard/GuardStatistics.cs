using System;
using System.Collections.Generic;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>The statistic the guard draws from interleaved samples: the median of the per-round ratios.</summary>
public static class GuardStatistics
{
    /// <summary>Returns the median of <paramref name="values"/> (the mean of the two middle values when their count is even).</summary>
    /// <param name="values">The values; at least one.</param>
    /// <returns>The median.</returns>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values.Order()];
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Returns the median over the rounds of <paramref name="candidate"/>[round] / <paramref name="baseline"/>[round]:
    /// the two were measured back to back in each round, so a load that slows a whole round cancels out of its ratio,
    /// and the median ignores the rounds in which a burst hit only one of them.
    /// </summary>
    /// <param name="candidate">The candidate's time per operation in each round.</param>
    /// <param name="baseline">The baseline's time per operation in the same rounds.</param>
    /// <returns>The ratio (lower is faster).</returns>
    public static double MedianOfRatios(IReadOnlyList<double> candidate, IReadOnlyList<double> baseline)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(baseline);
        if (candidate.Count != baseline.Count)
        {
            throw new ArgumentException($"The candidate has {candidate.Count} rounds, the baseline {baseline.Count}.", nameof(baseline));
        }

        if (baseline.Any(time => time <= 0))
        {
            throw new ArgumentException("A baseline time is not positive.", nameof(baseline));
        }

        return Median(candidate.Select((time, round) => time / baseline[round]));
    }
}
