using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Times code by the CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so that the linear-time
/// tests are not charged for the time other processes of a shared machine hold the core; the wall clock elsewhere.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTimeClockId = 3; // CLOCK_THREAD_CPUTIME_ID in <linux/time.h>

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

    private static long Nanoseconds()
    {
        if (ClockGetTime(ThreadCpuTimeClockId, out TimeSpec time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    /// <summary><c>struct timespec</c> on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
