using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// Times a baseline and its candidates in interleaved rounds: each round takes two samples of every operation, back
/// to back, in the order forward then backward, each after a full collection. A load that comes and goes on a shared
/// machine then hits a baseline and its candidates alike, and their per-round ratio
/// (<see cref="GuardStatistics.MedianOfRatios"/>) cancels it.
/// </summary>
public sealed class InterleavedSampler
{
    /// <summary>How close an injected slowdown comes to the factor asked for, relatively.</summary>
    private const double SlowdownPrecision = 0.02;

    private readonly Func<long> _nanoseconds;
    private readonly double _sampleNanoseconds;
    private readonly double _budgetNanoseconds;
    private readonly int _minRounds;
    private readonly int _maxRounds;

    /// <summary>Initializes a new instance of the <see cref="InterleavedSampler"/> class.</summary>
    /// <param name="nanoseconds">The clock: a timestamp in nanoseconds (the guard's is <see cref="ProcessCpuClock"/>).</param>
    /// <param name="sampleTime">
    /// How long one sample should take at least: enough calls of a fast operation to fill it, or of the slowest
    /// operation's single call when that is longer.
    /// </param>
    /// <param name="budget">How long the recorded rounds of one call to <see cref="Measure"/> should take in all, roughly.</param>
    /// <param name="minRounds">The fewest rounds, however long they take.</param>
    /// <param name="maxRounds">The most rounds, however short they are.</param>
    public InterleavedSampler(Func<long> nanoseconds, TimeSpan sampleTime, TimeSpan budget, int minRounds, int maxRounds)
    {
        ArgumentNullException.ThrowIfNull(nanoseconds);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampleTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(minRounds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRounds, minRounds);
        _nanoseconds = nanoseconds;
        _sampleNanoseconds = sampleTime.Ticks * 100.0;
        _budgetNanoseconds = budget.Ticks * 100.0;
        _minRounds = minRounds;
        _maxRounds = maxRounds;
    }

    /// <summary>
    /// Calibrates every operation (its first call warms it up: JIT compilation, lazy initialization), runs one round
    /// unrecorded, then as many recorded rounds as fit the budget, between the minimum and the maximum.
    /// </summary>
    /// <param name="operations">The operations, such as a baseline and its candidates.</param>
    /// <returns>For each operation, its time per operation in nanoseconds in each recorded round.</returns>
    public IReadOnlyList<double[]> Measure(IReadOnlyList<SampledOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count == 0)
        {
            throw new ArgumentException("There is nothing to measure.", nameof(operations));
        }

        int count = operations.Count;
        double[] perCall = [.. operations.Select(operation => Calibrate(operation.Call))];

        // Every sample lasts about as long: the sample time, or one call of the slowest operation when that is longer
        // (a naive baseline can take tens of milliseconds). Samples of one length meet the same bursts of load and
        // the same share of cold start after the collection before each; a 2 ms sample of a fast candidate beside a
        // 50 ms baseline call measured mostly its first, cold calls, and moved ±20% between runs.
        double sampleNanoseconds = Math.Max(_sampleNanoseconds, perCall.Max());
        var callsPerSample = new long[count];
        double roundNanoseconds = 0;
        for (int i = 0; i < count; i++)
        {
            callsPerSample[i] = CallsForSlowdown(Math.Max(1, (long)Math.Round(sampleNanoseconds / perCall[i])), operations[i].Slowdown);
            roundNanoseconds += callsPerSample[i] * perCall[i] * operations[i].Slowdown;
        }

        // Each round runs the operations forward, then backward, and keeps the mean of the two samples of each: every
        // operation has run once early and once late, so a cost that depends on the position (a neighbour's cache
        // footprint) is the same for all of them instead of splitting the rounds into two kinds.
        int rounds = (int)Math.Clamp(Math.Floor(_budgetNanoseconds / (2 * roundNanoseconds)), _minRounds, _maxRounds);
        double[][] times = [.. Enumerable.Range(0, count).Select(_ => new double[rounds])];
        for (int round = -1; round < rounds; round++)
        {
            for (int step = 0; step < 2 * count; step++)
            {
                int i = step < count ? step : (2 * count) - 1 - step;
                double time = Sample(operations[i], callsPerSample[i]);
                if (round >= 0)
                {
                    times[i][round] += time / 2;
                }
            }
        }

        return times;
    }

    /// <summary>
    /// Returns the fewest calls per sample, at least <paramref name="calls"/>, whose count slowed by
    /// <paramref name="slowdown"/> and rounded to whole calls is within 2% of the slowdown asked for: a one-call sample
    /// slowed by 1.2 would still make one call (no regression at all), five calls make six.
    /// </summary>
    private static long CallsForSlowdown(long calls, double slowdown)
    {
        while (Math.Abs((Math.Round(calls * slowdown) / calls) - slowdown) > SlowdownPrecision * slowdown)
        {
            calls++;
        }

        return calls;
    }

    private double Calibrate(Action call)
    {
        call();
        for (long calls = 1; ; calls *= 2)
        {
            long start = _nanoseconds();
            for (long n = 0; n < calls; n++)
            {
                call();
            }

            long elapsed = _nanoseconds() - start;
            if (elapsed >= _sampleNanoseconds / 4 || calls >= 1L << 30)
            {
                return Math.Max(elapsed, 1) / (double)calls;
            }
        }
    }

    private static void CompactHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private double Sample(SampledOperation operation, long operations)
    {
        long calls = Math.Max(1, (long)Math.Round(operations * operation.Slowdown));

        // A full, compacting collection first, the large-object heap included, so that every sample starts from the
        // same heap, laid out the same way, and pays for its own garbage only.
        CompactHeap();
        long start = _nanoseconds();
        for (long n = 0; n < calls; n++)
        {
            operation.Call();
        }

        return (_nanoseconds() - start) / (double)operations;
    }
}
