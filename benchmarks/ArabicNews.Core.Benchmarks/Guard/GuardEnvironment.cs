using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The runtime settings the guard measures under, and the re-launch that applies them: the JIT compiles every method
/// once, fully optimized, and the garbage collector works on the allocating thread.
/// </summary>
/// <remarks>
/// With the default tiered JIT, a method runs as unoptimized tier-0 code (or on-stack-replaced loop code) until it
/// has been called 30 times and the JIT's background thread, delayed by every new tier-0 method, has recompiled it
/// with the profile it gathered. In a short in-process run that happens at a different moment for the baseline and
/// the benchmark in every run, so the same code measured 40–90% apart from one run to the next. These settings can
/// only be given to a runtime before it starts (they are read at start-up), so the guard measures in child processes
/// started with them and reads back what each measured; the regular BenchmarkDotNet runs are left with the defaults.
/// </remarks>
internal static class GuardEnvironment
{
    /// <summary>
    /// Gets the variables the child runs with: no tiering (so no tier-0 code, no on-stack replacement, no dynamic
    /// profile), no precompiled ReadyToRun code (so the framework's methods are JIT-compiled for this processor like
    /// the benchmarks' own), non-concurrent collections (so a collection's work is on the thread that allocated,
    /// charged the same way in every run, not left to a background thread racing the measurement for a core), and
    /// idle thread-pool workers that sleep at once instead of spinning (spinning is CPU time <see cref="ProcessCpuClock"/>
    /// would charge to a benchmark that uses the pool, more or less of it depending on the load).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DOTNET_TieredCompilation"] = "0",
        ["DOTNET_ReadyToRun"] = "0",
        ["DOTNET_gcConcurrent"] = "0",
        ["DOTNET_GCRetainVM"] = "1",
        ["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0",
    };

    /// <summary>Gets a short description of the settings, for the guard's report.</summary>
    public static string Description => "tiered JIT, ReadyToRun, concurrent GC and thread-pool spinning off";

    /// <summary>
    /// Raises this process's priority to <see cref="ProcessPriorityClass.High"/>, as BenchmarkDotNet does for the
    /// processes it measures: on a loaded machine the scheduler then preempts the measurement less often, and every
    /// preemption costs it refilling the caches another process emptied, CPU time the clock cannot tell apart. Needs
    /// the right to raise priorities (on Linux, root or <c>CAP_SYS_NICE</c>); without it the guard runs as it is.
    /// </summary>
    /// <returns><see langword="true"/> when the priority was raised.</returns>
    public static bool TryRaisePriority()
    {
        try
        {
            using Process current = Process.GetCurrentProcess();
            current.PriorityClass = ProcessPriorityClass.High;
            return true;
        }
        catch (Exception exception) when (exception is Win32Exception or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Starts this program again with <paramref name="args"/> and <see cref="Variables"/>, and waits for it.</summary>
    /// <param name="args">The child's command line.</param>
    /// <returns>The child's exit code.</returns>
    public static int Relaunch(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal))
        {
            // Started as `dotnet ArabicNews.Core.Benchmarks.dll`: the host needs the program again.
            start.ArgumentList.Add(Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("The entry assembly is unknown."));
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string name, string value) in Variables)
        {
            start.Environment[name] = value;
        }

        using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        child.WaitForExit();
        return child.ExitCode;
    }
}
