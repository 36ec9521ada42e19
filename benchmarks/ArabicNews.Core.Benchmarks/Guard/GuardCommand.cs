using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using ArabicNews.Core.Parsing;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// <c>--guard [--update]</c>: runs <see cref="GuardedBenchmarks"/> with a short in-process job, compares them with
/// <c>benchmarks/baseline.json</c>, prints the table and fails on a regression; with <c>--update</c>, rewrites the file.
/// </summary>
internal static class GuardCommand
{
    /// <summary>The option that selects the guard.</summary>
    public const string GuardOption = "--guard";

    /// <summary>The option that rewrites the baseline file instead of judging.</summary>
    public const string UpdateOption = "--update";

    /// <summary>The exit code when every benchmark is within the limits (or the baseline was rewritten).</summary>
    public const int Passed = 0;

    /// <summary>The exit code when a benchmark is slower, hungrier or missing.</summary>
    public const int Regressed = 1;

    /// <summary>The exit code when the baseline file is missing or the arguments are wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the guard.</summary>
    /// <param name="args">The command line: <c>--guard</c>, optionally <c>--update</c>.</param>
    /// <returns><see cref="Passed"/>, <see cref="Regressed"/> or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args)
    {
        bool update = args.Contains(UpdateOption, StringComparer.Ordinal);
        string[] unknown = [.. args.Where(arg => arg is not GuardOption and not UpdateOption)];
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"Unknown guard option(s): {string.Join(' ', unknown)}. Use --guard [--update].");
            return UsageError;
        }

        string path = Path.Combine(FindRepositoryRoot(), "benchmarks", "baseline.json");
        if (!update && !File.Exists(path))
        {
            Console.Error.WriteLine($"No baseline at {path}: run --guard --update on a release and commit it.");
            return UsageError;
        }

        var clock = Stopwatch.StartNew();
        List<GuardMeasurement> measurements = Measure(GuardedBenchmarks.Types, clock, out string machine);
        GuardBaseline? committed = File.Exists(path) ? GuardBaseline.Load(path) : null;
        IReadOnlyList<GuardRow> rows = GuardComparison.Compare(measurements, committed?.Benchmarks ?? []);
        Type[] slower = [.. GuardedBenchmarks.Types.Where(type => rows.Any(row => row.Verdict is GuardVerdict.Slower or GuardVerdict.SlowerAndHungrier
            && row.Name.StartsWith(type.Name + ".", StringComparison.Ordinal)))];
        if (!update && slower.Length > 0)
        {
            Console.WriteLine("Measuring the classes with a slower ratio once more, to tell a regression from a noisy moment…");
            measurements = [.. GuardComparison.KeepFaster(measurements, Measure(slower, clock, out _))];
            rows = GuardComparison.Compare(measurements, committed?.Benchmarks ?? []);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Measured {measurements.Count} benchmarks in {clock.Elapsed.TotalSeconds:F0} s on {machine}, timed by {ThreadCpuClock.Instance?.Title ?? "the wall clock"}."));
        Console.WriteLine();
        Console.WriteLine($"Compared with {path} ({committed?.Release ?? "none"}, measured {committed?.Measured ?? "never"} on {committed?.Machine ?? "-"}):");
        Console.WriteLine();
        Console.Write(GuardTable.Format(rows));
        Console.WriteLine();

        if (update)
        {
            GuardMeasurement[] rounded = [.. measurements.Select(m => m with { Ratio = double.Parse(m.Ratio.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) })];
            new GuardBaseline(ReleaseVersion(), DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), machine, rounded).Save(path);
            Console.WriteLine($"Wrote {measurements.Count} measurements to {path}. Review the diff and commit it with the release.");
            return Passed;
        }

        GuardRow[] failures = [.. rows.Where(row => row.Fails)];
        Console.WriteLine(failures.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PASS: no ratio grew by more than {GuardComparison.RatioTolerance:P0}, no allocation grew.")
            : string.Create(CultureInfo.InvariantCulture, $"FAIL: {failures.Length} benchmark(s) regressed: {string.Join(", ", failures.Select(row => row.Name))}."));
        return failures.Length == 0 ? Passed : Regressed;
    }

    private static List<GuardMeasurement> Measure(IEnumerable<Type> types, Stopwatch clock, out string machine)
    {
        var measurements = new List<GuardMeasurement>();
        machine = string.Empty;
        foreach (Type type in types)
        {
            TimeSpan start = clock.Elapsed;
            Summary summary = BenchmarkRunner.Run(type, CreateConfig());
            measurements.AddRange(GuardMeasurements.From(summary));
            machine = Describe(summary.HostEnvironmentInfo);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type.Name}: {summary.Reports.Length} benchmarks in {(clock.Elapsed - start).TotalSeconds:F0} s"));
        }

        return measurements;
    }

    /// <summary>
    /// A short in-process job: no separate process per benchmark (that alone would take minutes), 1 warm-up and 5
    /// measured iterations of about 100 ms each, timed by <see cref="ThreadCpuClock"/> where it is available.
    /// </summary>
    private static ManualConfig CreateConfig()
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithId("Guard");
        return ManualConfig.CreateEmpty()
            .AddJob(ThreadCpuClock.Instance is { } clock ? job.WithClock(clock) : job)
            .AddLogger(NullLogger.Instance)
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    private static string Describe(HostEnvironmentInfo host) => string.Create(
        CultureInfo.InvariantCulture,
        $"{host.CpuInfo.Value.ProcessorName}, {Environment.ProcessorCount} cores, {host.OsVersion.Value}, .NET {Environment.Version}");

    private static string ReleaseVersion()
    {
        string version = typeof(ArticleParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArabicNews.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No ArabicNews.Core.sln above {AppContext.BaseDirectory}.");
    }
}
