using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>Reads the guard's measurements out of BenchmarkDotNet's summaries.</summary>
internal static class GuardMeasurements
{
    /// <summary>
    /// Takes every <see cref="IsGuarded">guarded</see> benchmark of <paramref name="summary"/> that has results: its
    /// fastest iteration over the fastest iteration of the baseline of the same class and parameters (noise only ever
    /// adds time, so the minimum is the steadiest estimate of what the code costs; means swung by ±50% between two runs
    /// on a quiet machine), and the bytes one operation allocates, counted exactly by <see cref="AllocationProbe"/>.
    /// </summary>
    /// <param name="summary">The summary of one class's run.</param>
    /// <returns>The measurements, in the summary's order.</returns>
    public static IEnumerable<GuardMeasurement> From(Summary summary)
    {
        List<BenchmarkReport> measured = [.. summary.Reports.Where(report => report.Success && report.ResultStatistics is not null)];
        foreach (BenchmarkReport report in measured)
        {
            BenchmarkCase benchmark = report.BenchmarkCase;
            if (!IsGuarded(benchmark))
            {
                continue;
            }

            BenchmarkReport? baseline = measured.Find(candidate => candidate.BenchmarkCase.Descriptor.Baseline
                && candidate.BenchmarkCase.Descriptor.Type == benchmark.Descriptor.Type
                && candidate.BenchmarkCase.Parameters.Equals(benchmark.Parameters));
            if (baseline is null)
            {
                continue;
            }

            yield return new GuardMeasurement(
                NameOf(benchmark),
                report.ResultStatistics!.Min / baseline.ResultStatistics!.Min,
                AllocationProbe.BytesPerOperation(benchmark));
        }
    }

    /// <summary>Returns whether the guard judges <paramref name="benchmark"/>: neither a baseline nor a <see cref="BenchmarkCategories.Ceiling"/>.</summary>
    /// <param name="benchmark">The benchmark.</param>
    /// <returns><see langword="true"/> when it is judged.</returns>
    public static bool IsGuarded(BenchmarkCase benchmark) => !benchmark.Descriptor.Baseline && !benchmark.Descriptor.HasCategory(BenchmarkCategories.Ceiling);

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
