using System;
using System.Runtime.InteropServices;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// Reads Linux CPU-time clocks (<c>clock_gettime</c>) in nanoseconds: the guard times the process, the core tests'
/// linear-time checks the calling thread (the test project compiles this file too).
/// </summary>
internal static partial class LinuxCpuTime
{
    /// <summary><c>CLOCK_PROCESS_CPUTIME_ID</c> in <c>&lt;linux/time.h&gt;</c>.</summary>
    public const int Process = 2;

    /// <summary><c>CLOCK_THREAD_CPUTIME_ID</c> in <c>&lt;linux/time.h&gt;</c>.</summary>
    public const int Thread = 3;

    /// <summary>Reads a clock.</summary>
    /// <param name="clockId"><see cref="Process"/> or <see cref="Thread"/>.</param>
    /// <returns>The CPU time in nanoseconds.</returns>
    /// <exception cref="InvalidOperationException">The clock cannot be read (not Linux).</exception>
    public static long Nanoseconds(int clockId)
    {
        if (ClockGetTime(clockId, out TimeSpec time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(" + clockId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ") failed.");
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
