using System;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// Measures the bytes one operation of a benchmark allocates on its own thread, exactly.
/// </summary>
/// <remarks>
/// BenchmarkDotNet's memory diagnoser divides the process's allocations (<see cref="GC.GetTotalAllocatedBytes(bool)"/>)
/// by the operations; in-process, the host's own background allocations make that figure vary by up to 1 KB per
/// operation from run to run, too much for a guard that fails on a single extra byte. This probe calls the benchmark
/// (after it has been timed, so any lazy state is built) and counts <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// around single calls, keeping the least of a few (a call right after a collection may refill a trimmed pool).
/// </remarks>
internal static class AllocationProbe
{
    private const int WarmUpCalls = 3;
    private const int MeasuredCalls = 5;

    /// <summary>Measures <paramref name="call"/>.</summary>
    /// <param name="call">One operation of the benchmark (see <see cref="GuardGroup.CallOf"/>).</param>
    /// <returns>The bytes one operation allocates.</returns>
    public static long BytesPerOperation(Action call)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (int i = 0; i < WarmUpCalls; i++)
        {
            call();
        }

        return Enumerable.Range(0, MeasuredCalls).Min(_ => Allocations(call));
    }

    private static long Allocations(Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
