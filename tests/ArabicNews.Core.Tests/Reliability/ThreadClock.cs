using System;
using System.Diagnostics;
using ArabicNews.Core.Benchmarks.Guard;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Times code by the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so that the linear-time
/// tests are not charged for the time other processes of a shared machine hold the core; the wall clock elsewhere.
/// </summary>
internal static class ThreadClock
{
    /// <summary>Returns the milliseconds <paramref name="action"/> takes.</summary>
    /// <param name="action">The code to time.</param>
    /// <returns>Thread CPU time on Linux, elapsed time elsewhere.</returns>
    public static double Milliseconds(Action action)
    {
        if (!OperatingSystem.IsLinux())
        {
            long started = Stopwatch.GetTimestamp();
            action();
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        long start = Nanoseconds();
        action();
        return (Nanoseconds() - start) / 1e6;
    }

    private static long Nanoseconds() => LinuxCpuTime.Nanoseconds(LinuxCpuTime.Thread);
}
