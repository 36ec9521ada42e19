using System;
using System.Runtime.InteropServices;
using Perfolizer.Horology;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// A BenchmarkDotNet clock that reads the calling thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, in
/// nanoseconds) instead of the wall clock. The guard runs benchmarks in-process on one thread, so with this clock a
/// benchmark is not charged for the time other processes of a shared machine hold the core.
/// </summary>
internal sealed partial class ThreadCpuClock : IClock
{
    private const int ThreadCpuTimeClockId = 3; // CLOCK_THREAD_CPUTIME_ID in <linux/time.h>

    /// <summary>Gets the clock, or <see langword="null"/> where it is not available (outside Linux).</summary>
    public static ThreadCpuClock? Instance { get; } = OperatingSystem.IsLinux() ? new ThreadCpuClock() : null;

    /// <inheritdoc/>
    public string Title => "Thread CPU time";

    /// <inheritdoc/>
    public bool IsAvailable => OperatingSystem.IsLinux();

    /// <inheritdoc/>
    public Frequency Frequency => Frequency.GHz;

    /// <inheritdoc/>
    public long GetTimestamp()
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
