using System;
using ArabicNews.Core.Benchmarks.Guard;
using BenchmarkDotNet.Running;

namespace ArabicNews.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks BenchmarkDotNet's usual way (<c>--filter</c>, <c>--job</c>, <c>--list</c>), or the release
/// guard with <c>--guard [--update]</c>.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0, or the guard's verdict.</returns>
    public static int Main(string[] args)
    {
        if (Array.IndexOf(args, GuardCommand.GuardOption) >= 0)
        {
            return GuardCommand.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
