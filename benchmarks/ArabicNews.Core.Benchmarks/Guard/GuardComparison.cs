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

    /// <summary>
    /// Merges two runs of the same benchmarks: for each, the run with the lower ratio (noise on a shared machine only
    /// ever adds time). Benchmarks only in <paramref name="first"/> are kept as they are.
    /// </summary>
    /// <param name="first">The first run.</param>
    /// <param name="second">A second run of some of the same benchmarks.</param>
    /// <returns>The merged measurements, in the order of <paramref name="first"/>.</returns>
    public static IEnumerable<GuardMeasurement> KeepFaster(IReadOnlyList<GuardMeasurement> first, IReadOnlyList<GuardMeasurement> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Dictionary<string, GuardMeasurement> again = second.ToDictionary(m => m.Name, StringComparer.Ordinal);
        return first.Select(m => again.TryGetValue(m.Name, out GuardMeasurement? other) && other.Ratio < m.Ratio ? other : m);
    }

    /// <summary>
    /// Merges several passes over the same benchmarks: for each, the median of its ratios (one pass measured at an
    /// unlucky moment, or on an unlucky set-up, decides nothing) and the allocations of the first pass (they are
    /// exact). Benchmarks missing from a later pass keep the ratios they have.
    /// </summary>
    /// <param name="runs">The runs, at least one; the first decides the order.</param>
    /// <returns>The merged measurements, in the order of the first run.</returns>
    public static IEnumerable<GuardMeasurement> Median(IReadOnlyList<IReadOnlyList<GuardMeasurement>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("There is no run to merge.", nameof(runs));
        }

        Dictionary<string, GuardMeasurement>[] later = [.. runs.Skip(1).Select(run => run.ToDictionary(m => m.Name, StringComparer.Ordinal))];
        return runs[0].Select(m => m with
        {
            Ratio = GuardStatistics.Median(later.Select(run => run.GetValueOrDefault(m.Name)).OfType<GuardMeasurement>().Select(other => other.Ratio).Prepend(m.Ratio)),
        });
    }

    /// <summary>
    /// Names the benchmarks whose speed verdict the median of <paramref name="passCount"/> passes could still change,
    /// given the <paramref name="passes"/> measured so far: those in <paramref name="then"/> whose passes do not yet hold
    /// a majority of <paramref name="passCount"/> on one side of the tolerance. The median of a set of values is above a
    /// limit exactly when most of them are, so once a majority agrees the remaining passes cannot change the verdict
    /// (only the ratio shown, within the range of the agreeing passes): the guard skips them.
    /// </summary>
    /// <param name="passes">The passes measured so far; a pass may hold only some of the benchmarks.</param>
    /// <param name="then">The committed measurements; benchmarks not among them are not judged, so never undecided.</param>
    /// <param name="passCount">How many passes the median is meant to be taken over.</param>
    /// <returns>The names of the undecided benchmarks, including committed ones no pass has measured yet.</returns>
    public static IReadOnlySet<string> Undecided(IReadOnlyList<IReadOnlyList<GuardMeasurement>> passes, IReadOnlyList<GuardMeasurement> then, int passCount)
    {
        ArgumentNullException.ThrowIfNull(passes);
        ArgumentNullException.ThrowIfNull(then);
        ArgumentOutOfRangeException.ThrowIfLessThan(passCount, 1);
        int majority = (passCount / 2) + 1;
        Dictionary<string, GuardMeasurement>[] measured = [.. passes.Select(pass => pass.ToDictionary(m => m.Name, StringComparer.Ordinal))];
        var undecided = new HashSet<string>(StringComparer.Ordinal);
        foreach (GuardMeasurement committed in then)
        {
            GuardMeasurement[] ofIt = [.. measured.Select(pass => pass.GetValueOrDefault(committed.Name)).OfType<GuardMeasurement>()];
            int slower = ofIt.Count(now => IsSlower(now, committed));
            if (slower < majority && ofIt.Length - slower < majority)
            {
                undecided.Add(committed.Name);
            }
        }

        return undecided;
    }

    private static bool IsSlower(GuardMeasurement now, GuardMeasurement then) => now.Ratio > then.Ratio * (1 + RatioTolerance);

    private static GuardVerdict Judge(GuardMeasurement now, GuardMeasurement then)
    {
        bool slower = IsSlower(now, then);
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
