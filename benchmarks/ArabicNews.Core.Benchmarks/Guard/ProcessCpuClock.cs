using System;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The guard's clock: the CPU time of this whole process (Linux <c>CLOCK_PROCESS_CPUTIME_ID</c>, in nanoseconds)
/// instead of the wall clock, so a benchmark is not charged for the time other processes of a shared machine hold the
/// cores. The whole process rather than the calling thread, because a benchmark may work on several threads
/// (<c>CliFolderParseBenchmarks</c> parses its files on the thread pool, so the calling thread's time was only the
/// time it spent handing them out); in the guard's process nothing else runs while a sample is timed
/// (<see cref="GuardEnvironment"/> turns off the JIT's and the collector's background threads and the thread pool's spinning).
/// </summary>
internal static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeClockId = 2; // CLOCK_PROCESS_CPUTIME_ID in <linux/time.h>

    /// <summary>Gets a value indicating whether the clock is available (on Linux); elsewhere the guard uses the wall clock.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Gets the clock's name, for the guard's report.</summary>
    public static string Title => IsAvailable ? "process CPU time" : "the wall clock";

    /// <summary>Reads the clock.</summary>
    /// <returns>The process's CPU time in nanoseconds.</returns>
    public static long GetTimestamp()
    {
        if (ClockGetTime(ProcessCpuTimeClockId, out TimeSpec time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed.");
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
