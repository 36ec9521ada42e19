using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using ArabicNews.Core.Parsing;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Environments;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// <c>--guard [--update] [--slowdown NAME=FACTOR]</c>: times <see cref="GuardedBenchmarks"/> against their baselines in
/// interleaved rounds (<see cref="InterleavedSampler"/>) in a child process with a steady JIT
/// (<see cref="GuardEnvironment"/>), compares them with <c>benchmarks/baseline.json</c>, prints the table and fails on
/// a regression; with <c>--update</c>, rewrites the file.
/// </summary>
internal static class GuardCommand
{
    /// <summary>How long one sample of a fast benchmark takes: short, so that most run between two preemptions.</summary>
    private static readonly TimeSpan SampleTime = TimeSpan.FromMilliseconds(2);

    /// <summary>How long the rounds of one class and parameter set take, roughly: 13 sets, about 1.5 minutes in all.</summary>
    private static readonly TimeSpan BudgetPerGroup = TimeSpan.FromSeconds(4);

    /// <summary>The fewest rounds, for the sets whose naive baseline takes 0.2 s a call.</summary>
    private const int MinRounds = 15;

    /// <summary>The most rounds, for the sets whose every call is fast.</summary>
    private const int MaxRounds = 201;

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

    /// <summary>
    /// The exit code when the allocations are within the limits but the machine was too busy to judge speed
    /// (<see cref="MachineLoad.IsBusy"/>): run the guard again on a quieter machine.
    /// </summary>
    public const int Inconclusive = 3;

    /// <summary>Runs the guard.</summary>
    /// <param name="args">The command line: <c>--guard</c>, optionally <c>--update</c> and <c>--slowdown NAME=FACTOR</c>.</param>
    /// <returns><see cref="Passed"/>, <see cref="Regressed"/>, <see cref="UsageError"/> or <see cref="Inconclusive"/>.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool update = false;
        var slowdowns = new List<GuardSlowdown>();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case GuardOption:
                    break;
                case UpdateOption:
                    update = true;
                    break;
                case GuardSlowdown.Option when i + 1 < args.Length && TryParseSlowdown(args[i + 1], out GuardSlowdown? slowdown):
                    slowdowns.Add(slowdown);
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete guard option: {args[i]}. Use --guard [--update] [--slowdown NAME=FACTOR].");
                    return UsageError;
            }
        }

        if (update && slowdowns.Count > 0)
        {
            Console.Error.WriteLine("--slowdown injects a regression: it cannot be written to the baseline.");
            return UsageError;
        }

        string path = Path.Combine(FindRepositoryRoot(), "benchmarks", "baseline.json");
        if (!update && !File.Exists(path))
        {
            Console.Error.WriteLine($"No baseline at {path}: run --guard --update on a release and commit it.");
            return UsageError;
        }

        if (!GuardEnvironment.IsRelaunched)
        {
            return GuardEnvironment.Relaunch(args);
        }

        bool raised = GuardEnvironment.TryRaisePriority();
        var clock = Stopwatch.StartNew();
        foreach (GuardSlowdown slowdown in slowdowns)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Injected regression: {slowdown.NamePrefix}* made {slowdown.Factor:0.###}x as slow."));
        }

        var loads = new List<double>();
        List<GuardMeasurement> measurements = Measure(GuardedBenchmarks.Types, slowdowns, clock, loads);
        if (update)
        {
            Console.WriteLine("Measuring every class once more: the baseline keeps the mean of two runs of each benchmark…");
            measurements = [.. GuardComparison.Average(measurements, Measure(GuardedBenchmarks.Types, slowdowns, clock, loads))];
        }

        GuardBaseline? committed = File.Exists(path) ? GuardBaseline.Load(path) : null;
        IReadOnlyList<GuardRow> rows = GuardComparison.Compare(measurements, committed?.Benchmarks ?? []);
        Type[] slower = [.. GuardedBenchmarks.Types.Where(type => rows.Any(row => row.Verdict is GuardVerdict.Slower or GuardVerdict.SlowerAndHungrier
            && row.Name.StartsWith(type.Name + ".", StringComparison.Ordinal)))];
        if (!update && slower.Length > 0)
        {
            Console.WriteLine("Measuring the classes with a slower ratio once more, to tell a regression from a noisy moment…");
            measurements = [.. GuardComparison.KeepFaster(measurements, Measure(slower, slowdowns, clock, loads))];
            rows = GuardComparison.Compare(measurements, committed?.Benchmarks ?? []);
        }

        string machine = Describe(HostEnvironmentInfo.GetCurrent());
        bool busy = MachineLoad.IsBusy(loads, Environment.ProcessorCount);
        string load = loads.Count == 0 ? "load average unknown" : string.Create(CultureInfo.InvariantCulture, $"load average {loads.Min():F1}–{loads.Max():F1} on {Environment.ProcessorCount} cores");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Measured {measurements.Count} benchmarks in {clock.Elapsed.TotalSeconds:F0} s on {machine}, timed by {ProcessCpuClock.Title}, {GuardEnvironment.Description}, priority {(raised ? "high" : "normal")}, {load}."));
        Console.WriteLine();
        Console.WriteLine($"Compared with {path} ({committed?.Release ?? "none"}, measured {committed?.Measured ?? "never"} on {committed?.Machine ?? "-"}):");
        Console.WriteLine();
        Console.Write(GuardTable.Format(rows));
        Console.WriteLine();

        if (update)
        {
            if (busy)
            {
                Console.Error.WriteLine($"Not written: the machine was too busy ({load}) for ratios worth keeping. Update on a quiet machine.");
                return Inconclusive;
            }

            GuardMeasurement[] rounded = [.. measurements.Select(m => m with { Ratio = double.Parse(m.Ratio.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) })];
            new GuardBaseline(ReleaseVersion(), DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), machine, rounded).Save(path);
            Console.WriteLine($"Wrote {measurements.Count} measurements to {path}. Review the diff and commit it with the release.");
            return Passed;
        }

        int outcome = Outcome(rows, busy);
        double largest = rows.Select(row => Math.Abs(row.RatioChangePercent ?? 0)).DefaultIfEmpty(0).Max();
        string[] failed = [.. rows.Where(row => row.Fails && (!busy || row.Verdict != GuardVerdict.Slower)).Select(row => row.Name)];
        Console.WriteLine(outcome switch
        {
            Passed => string.Create(CultureInfo.InvariantCulture, $"PASS: no ratio grew by more than {GuardComparison.RatioTolerance:P0} (largest change {largest:F1}%), no allocation grew."),
            Inconclusive => $"INCONCLUSIVE: no allocation grew, but the machine was too busy ({load}) to judge speed: ratios to the naive baselines move with the load. Run the guard again on a quiet machine.",
            _ => $"FAIL: {failed.Length} benchmark(s) regressed: {string.Join(", ", failed)}.",
        });
        return outcome;
    }

    private static bool TryParseSlowdown(string text, [NotNullWhen(true)] out GuardSlowdown? slowdown)
    {
        try
        {
            slowdown = GuardSlowdown.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            slowdown = null;
            return false;
        }
    }

    /// <summary>
    /// Decides the exit code: <see cref="Regressed"/> when a benchmark allocates more or is missing, or is slower on a
    /// machine quiet enough to judge speed; <see cref="Inconclusive"/> when the machine was busy (speed is not judged
    /// then, neither as a pass nor as a failure); otherwise <see cref="Passed"/>.
    /// </summary>
    /// <param name="rows">The compared rows.</param>
    /// <param name="busy">Whether <see cref="MachineLoad.IsBusy"/> held during the run.</param>
    /// <returns>The exit code.</returns>
    internal static int Outcome(IReadOnlyList<GuardRow> rows, bool busy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(row => row.Fails && (!busy || row.Verdict != GuardVerdict.Slower)))
        {
            return Regressed;
        }

        return busy ? Inconclusive : Passed;
    }

    private static List<GuardMeasurement> Measure(IEnumerable<Type> types, IReadOnlyList<GuardSlowdown> slowdowns, Stopwatch clock, List<double> loads)
    {
        var sampler = new InterleavedSampler(Timestamp, SampleTime, BudgetPerGroup, MinRounds, MaxRounds);
        var measurements = new List<GuardMeasurement>();
        foreach (Type type in types)
        {
            TimeSpan start = clock.Elapsed;
            int before = measurements.Count;
            foreach (GuardGroup group in GuardGroup.Of(type))
            {
                using (group)
                {
                    measurements.AddRange(GuardMeasurements.Measure(group, sampler, slowdowns));
                }
            }

            if (MachineLoad.Read() is { } load)
            {
                loads.Add(load);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{type.Name}: {measurements.Count - before} benchmarks in {(clock.Elapsed - start).TotalSeconds:F0} s"));
        }

        return measurements;
    }

    private static long Timestamp() => ProcessCpuClock.IsAvailable ? ProcessCpuClock.GetTimestamp() : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

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
