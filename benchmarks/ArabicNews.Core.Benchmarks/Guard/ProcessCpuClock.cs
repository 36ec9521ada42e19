using System;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The guard's clock: the CPU time of this whole process (Linux <c>CLOCK_PROCESS_CPUTIME_ID</c>, in nanoseconds)
/// instead of the wall clock, so a benchmark is not charged for the time other processes of a shared machine hold the
/// cores. The whole process rather than the calling thread, because a benchmark may work on several threads
/// (<c>CliFolderParseBenchmarks</c> parses its files on the thread pool, so the calling thread's time was only the
/// time it spent handing them out); in the guard's process nothing else runs while a sample is timed
/// (<see cref="GuardEnvironment"/> turns off the JIT's and the collector's background threads and the thread pool's spinning).
/// </summary>
internal static class ProcessCpuClock
{
    /// <summary>Gets a value indicating whether the clock is available (on Linux); elsewhere the guard uses the wall clock.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Gets the clock's name, for the guard's report.</summary>
    public static string Title => IsAvailable ? "process CPU time" : "the wall clock";

    /// <summary>Reads the clock.</summary>
    /// <returns>The process's CPU time in nanoseconds.</returns>
    public static long GetTimestamp() => LinuxCpuTime.Nanoseconds(LinuxCpuTime.Process);
}
