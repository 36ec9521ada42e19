using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>Measures the guarded benchmarks of a group: their ratios to the baseline and their allocations.</summary>
internal static class GuardMeasurements
{
    /// <summary>
    /// Times the baseline and the guarded benchmarks of <paramref name="group"/> in interleaved rounds and takes, for
    /// each benchmark, the median of its per-round ratios to the baseline (<see cref="GuardStatistics.MedianOfRatios"/>),
    /// and the bytes one operation allocates, counted exactly by <see cref="AllocationProbe"/>.
    /// </summary>
    /// <param name="group">The group, set up.</param>
    /// <param name="sampler">The sampler.</param>
    /// <param name="slowdowns">Regressions to inject (usually none).</param>
    /// <returns>The measurements, in the class's order.</returns>
    public static IEnumerable<GuardMeasurement> Measure(GuardGroup group, InterleavedSampler sampler, IReadOnlyList<GuardSlowdown> slowdowns)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(slowdowns);
        Action[] calls = [group.CallOf(group.Baseline), .. group.Guarded.Select(group.CallOf)];
        SampledOperation[] operations =
        [
            new(calls[0]),
            .. group.Guarded.Select((benchmark, i) => new SampledOperation(calls[i + 1], GuardSlowdown.FactorFor(slowdowns, NameOf(benchmark)))),
        ];
        IReadOnlyList<double[]> times = sampler.Measure(operations);
        return [.. group.Guarded.Select((benchmark, i) => new GuardMeasurement(
            NameOf(benchmark),
            GuardStatistics.MedianOfRatios(times[i + 1], times[0]),
            AllocationProbe.BytesPerOperation(calls[i + 1])))];
    }

    /// <summary>
    /// Returns whether the guard judges <paramref name="benchmark"/>: neither a baseline, nor a
    /// <see cref="BenchmarkCategories.Ceiling"/>, nor a <see cref="BenchmarkCategories.Reference"/>.
    /// </summary>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns><see langword="true"/> when it is judged.</returns>
    public static bool IsGuarded(BenchmarkCase benchmark) =>
        !benchmark.Descriptor.Baseline
        && !benchmark.Descriptor.HasCategory(BenchmarkCategories.Ceiling)
        && !benchmark.Descriptor.HasCategory(BenchmarkCategories.Reference);

    /// <summary>Names a benchmark <c>Class.Method(Name=value, …)</c>.</summary>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns>The name.</returns>
    public static string NameOf(BenchmarkCase benchmark)
    {
        string name = benchmark.Descriptor.Type.Name + "." + benchmark.Descriptor.WorkloadMethod.Name;
        return benchmark.Parameters.Count == 0
            ? name
            : name + "(" + string.Join(", ", benchmark.Parameters.Items.Select(p => p.Name + "=" + System.Convert.ToString(p.Value, CultureInfo.InvariantCulture))) + ")";
    }
}
