using System;
using System.Collections.Generic;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// Compares measurements with the committed ones: a ratio that grows by more than <see cref="RatioTolerance"/>
/// fails, any growth of the allocated bytes fails, and so does a committed benchmark that was not measured.
/// </summary>
public static class GuardComparison
{
    /// <summary>How much a ratio may grow before the guard fails: 15%, above the noise of a short job on a shared machine.</summary>
    public const double RatioTolerance = 0.15;

    /// <summary>Compares <paramref name="now"/> with <paramref name="then"/>.</summary>
    /// <param name="now">The measurements now.</param>
    /// <param name="then">The committed measurements.</param>
    /// <returns>One row per benchmark in either list: the committed order, then new benchmarks in measured order.</returns>
    public static IReadOnlyList<GuardRow> Compare(IReadOnlyList<GuardMeasurement> now, IReadOnlyList<GuardMeasurement> then)
    {
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(then);
        Dictionary<string, GuardMeasurement> measured = now.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var rows = new List<GuardRow>(now.Count + then.Count);
        foreach (GuardMeasurement committed in then)
        {
            rows.Add(measured.Remove(committed.Name, out GuardMeasurement? current)
                ? new GuardRow(committed.Name, current, committed, Judge(current, committed))
                : new GuardRow(committed.Name, Now: null, committed, GuardVerdict.Missing));
        }

        rows.AddRange(now.Where(m => measured.ContainsKey(m.Name)).Select(m => new GuardRow(m.Name, m, Then: null, GuardVerdict.New)));
        return rows;
    }

    private static GuardVerdict Judge(GuardMeasurement now, GuardMeasurement then)
    {
        bool slower = now.Ratio > then.Ratio * (1 + RatioTolerance);
        bool hungrier = now.AllocatedBytes > then.AllocatedBytes;
        return (slower, hungrier) switch
        {
            (true, true) => GuardVerdict.SlowerAndHungrier,
            (true, false) => GuardVerdict.Slower,
            (false, true) => GuardVerdict.Hungrier,
            _ => GuardVerdict.Ok,
        };
    }
}
