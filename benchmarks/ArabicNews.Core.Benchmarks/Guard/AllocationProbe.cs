using System;
using System.Linq;
using System.Linq.Expressions;
using BenchmarkDotNet.Parameters;
using BenchmarkDotNet.Running;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// Measures the bytes one operation of a benchmark allocates on its own thread, exactly.
/// </summary>
/// <remarks>
/// BenchmarkDotNet's memory diagnoser divides the process's allocations (<see cref="GC.GetTotalAllocatedBytes(bool)"/>)
/// by the operations; in-process, the host's own background allocations make that figure vary by up to 1 KB per
/// operation from run to run, too much for a guard that fails on a single extra byte. This probe sets up the benchmark
/// as BenchmarkDotNet does, calls it (after BenchmarkDotNet has run it, so its code is fully optimized), and counts
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around single calls, keeping the least of a few (a call right
/// after a collection may refill a trimmed pool).
/// </remarks>
internal static class AllocationProbe
{
    private const int WarmUpCalls = 3;
    private const int MeasuredCalls = 5;

    /// <summary>Measures <paramref name="benchmark"/>.</summary>
    /// <param name="benchmark">The benchmark, with its parameters.</param>
    /// <returns>The bytes one operation allocates.</returns>
    public static long BytesPerOperation(BenchmarkCase benchmark)
    {
        object instance = Activator.CreateInstance(benchmark.Descriptor.Type)!;
        foreach (ParameterInstance parameter in benchmark.Parameters.Items)
        {
            benchmark.Descriptor.Type.GetProperty(parameter.Name)!.SetValue(instance, parameter.Value);
        }

        benchmark.Descriptor.GlobalSetupMethod?.Invoke(instance, null);
        try
        {
            Action call = Expression.Lambda<Action>(Expression.Call(Expression.Constant(instance), benchmark.Descriptor.WorkloadMethod)).Compile();
            for (int i = 0; i < WarmUpCalls; i++)
            {
                call();
            }

            return Enumerable.Range(0, MeasuredCalls).Min(_ => Allocations(call));
        }
        finally
        {
            benchmark.Descriptor.GlobalCleanupMethod?.Invoke(instance, null);
        }
    }

    private static long Allocations(Action call)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        call();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
