using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Environments;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// <c>--guard [--update] [--slowdown NAME=FACTOR]</c>: times <see cref="GuardedBenchmarks"/> against their baselines in
/// interleaved rounds (<see cref="InterleavedSampler"/>), in two or three child processes with a steady JIT
/// (<see cref="GuardEnvironment"/>) one after the other, keeps each benchmark's median, compares it with
/// <c>benchmarks/baseline.json</c>, prints the table and fails on a regression; with <c>--update</c>, rewrites the file.
/// </summary>
internal static class GuardCommand
{
    /// <summary>How long one sample of a fast benchmark takes: short, so that most run between two preemptions.</summary>
    private static readonly TimeSpan SampleTime = TimeSpan.FromMilliseconds(2);

    /// <summary>
    /// How many child processes may measure a class, one after the other; each benchmark keeps the median of its
    /// passes. On a shared host a benchmark's ratio can move by up to 2x for seconds at a time (a scalar loop beside a
    /// busy neighbour) or for the life of a process (the vectorized normalizer over 4 MB, by where address-space
    /// randomization put it), so one pass can be off; two of three rarely are. The third pass measures only the classes
    /// where the first two disagree on a verdict (<see cref="GuardComparison.Undecided"/>).
    /// </summary>
    private const int Passes = 3;

    /// <summary>
    /// How many child processes measure every class for <c>--update</c>: the reference every later run is judged
    /// against is measured at more moments than a check, since one off moment in it would move every verdict after.
    /// </summary>
    private const int BaselinePasses = 5;

    /// <summary>
    /// How long the rounds of one class and parameter set take in one pass, roughly: 13 sets and two passes (three
    /// for a class whose verdicts the first two leave open) take about a minute in all.
    /// </summary>
    private static readonly TimeSpan BudgetPerGroup = TimeSpan.FromSeconds(1.0);

    /// <summary>The fewest rounds per pass, for the sets whose naive baseline takes tens of milliseconds a call.</summary>
    private const int MinRounds = 7;

    /// <summary>The most rounds per pass, for the sets whose every call is fast.</summary>
    private const int MaxRounds = 101;

    /// <summary>The option that selects the guard.</summary>
    public const string GuardOption = "--guard";

    /// <summary>The option that rewrites the baseline file instead of judging.</summary>
    public const string UpdateOption = "--update";

    /// <summary>The option, for the guard's own child processes, that measures one pass and writes it to a file.</summary>
    public const string PassOption = "--pass";

    /// <summary>The option, for the guard's own child processes, that names the classes to measure (comma-separated).</summary>
    public const string ClassesOption = "--classes";

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
        string? passFile = null;
        Type[] types = GuardedBenchmarks.Types;
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
                case PassOption when i + 1 < args.Length:
                    passFile = args[++i];
                    break;
                case ClassesOption when i + 1 < args.Length:
                    string[] names = args[++i].Split(',');
                    types = [.. GuardedBenchmarks.Types.Where(type => names.Contains(type.Name, StringComparer.Ordinal))];
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

        if (passFile is not null)
        {
            return MeasurePass(types, slowdowns, passFile);
        }

        // The measuring children inherit the raised priority (the nice value of the thread that starts them).
        bool raised = GuardEnvironment.TryRaisePriority();
        var clock = Stopwatch.StartNew();
        foreach (GuardSlowdown slowdown in slowdowns)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Injected regression: {slowdown.NamePrefix}* made {slowdown.Factor:0.###}x as slow."));
        }

        GuardBaseline? committed = File.Exists(path) ? GuardBaseline.Load(path) : null;
        var loads = new List<double>();
        IReadOnlyList<GuardMeasurement>? judgedAgainst = update ? null : committed?.Benchmarks;
        List<GuardMeasurement>? measurements = MeasureInPasses(types, slowdowns, update ? BaselinePasses : Passes, judgedAgainst, loads);
        if (measurements is null)
        {
            return Regressed;
        }

        IReadOnlyList<GuardRow> rows = GuardComparison.Compare(measurements, committed?.Benchmarks ?? []);
        GuardRow[] suspects = [.. rows.Where(row => row.IsSlower)];
        if (!update && suspects.Length > 0)
        {
            string listed = string.Join(", ", suspects.Select(row => string.Create(CultureInfo.InvariantCulture, $"{row.Name} {row.RatioChangePercent:+0.0}%")));
            Console.WriteLine($"Measuring the classes with a slower ratio once more ({listed}), to tell a regression from a noisy moment…");
            Type[] slower = ClassesOf(GuardedBenchmarks.Types, suspects.Select(row => row.Name));
            List<GuardMeasurement>? again = MeasureInPasses(slower, slowdowns, Passes, judgedAgainst, loads);
            if (again is null)
            {
                return Regressed;
            }

            measurements = [.. GuardComparison.KeepFaster(measurements, again)];
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
        double largest = rows.Select(row => row.RatioChangePercent ?? 0).DefaultIfEmpty(0).MaxBy(Math.Abs);
        string[] failed = [.. rows.Where(row => row.Fails && (!busy || row.Verdict != GuardVerdict.Slower)).Select(row => row.Name)];
        Console.WriteLine(outcome switch
        {
            Passed => string.Create(CultureInfo.InvariantCulture, $"PASS: no ratio grew by more than {GuardComparison.RatioTolerance:P0} (largest change {largest:+0.0;-0.0;0.0}%), no allocation grew."),
            Inconclusive => $"INCONCLUSIVE: no allocation grew, but the machine was too busy, or busy too recently ({load}, the larger of the one- and five-minute averages), to judge speed: ratios to the naive baselines move with the load and for minutes after it. Run the guard again when the machine has been quiet for five minutes.",
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

    /// <summary>
    /// Measures <paramref name="types"/> in up to <paramref name="count"/> child processes, one after the other, and
    /// keeps each benchmark's median; <see langword="null"/> (reported) when a child failed. When judging against
    /// <paramref name="committed"/>, a pass measures only the classes with a benchmark whose verdict is still undecided
    /// (<see cref="GuardComparison.Undecided"/>), and none once every verdict is decided: the median of three passes
    /// fails a benchmark exactly when two of them do, so two passes that agree leave nothing for a third to decide.
    /// </summary>
    private static List<GuardMeasurement>? MeasureInPasses(
        Type[] types, IReadOnlyList<GuardSlowdown> slowdowns, int count, IReadOnlyList<GuardMeasurement>? committed, List<double> loads)
    {
        var passes = new List<IReadOnlyList<GuardMeasurement>>(count);
        string file = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"arabic-news-guard-{Environment.ProcessId}.json"));
        Type[] measuring = types;
        try
        {
            for (int pass = 1; pass <= count; pass++)
            {
                if (measuring.Length == 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Passes 1–{pass - 1} agree on every verdict: the median of {count} cannot change one, so the rest are skipped."));
                    break;
                }

                string which = measuring.Length == types.Length ? string.Empty : $" ({string.Join(", ", measuring.Select(type => type.Name))}: a verdict there is still undecided)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pass {pass} of {count}{which}, in a new process:"));
                int exit = GuardEnvironment.Relaunch(ChildArguments(file, measuring, slowdowns));
                if (exit != Passed || !File.Exists(file))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAIL: the measuring process of pass {pass} exited with code {exit}."));
                    return null;
                }

                GuardPass measured = GuardPass.Load(file);
                passes.Add(measured.Measurements);
                loads.AddRange(measured.Loads);
                if (committed is not null)
                {
                    measuring = ClassesOf(types, GuardComparison.Undecided(passes, committed, count));
                }
            }
        }
        finally
        {
            File.Delete(file);
        }

        return [.. GuardComparison.Median(passes)];
    }

    /// <summary>Returns the classes among <paramref name="types"/> that hold one of the named benchmarks (<c>Class.Method(…)</c>).</summary>
    private static Type[] ClassesOf(IEnumerable<Type> types, IEnumerable<string> names) =>
        [.. types.Where(type => names.Any(name => name.StartsWith(type.Name + ".", StringComparison.Ordinal)))];

    private static List<string> ChildArguments(string file, IEnumerable<Type> types, IReadOnlyList<GuardSlowdown> slowdowns)
    {
        List<string> arguments = [GuardOption, PassOption, file, ClassesOption, string.Join(',', types.Select(type => type.Name))];
        foreach (GuardSlowdown slowdown in slowdowns)
        {
            arguments.AddRange([GuardSlowdown.Option, string.Create(CultureInfo.InvariantCulture, $"{slowdown.NamePrefix}={slowdown.Factor:R}")]);
        }

        return arguments;
    }

    /// <summary>The child's work: one pass over <paramref name="types"/>, written to <paramref name="file"/>.</summary>
    private static int MeasurePass(IReadOnlyList<Type> types, IReadOnlyList<GuardSlowdown> slowdowns, string file)
    {
        var loads = new List<double>();
        List<GuardMeasurement> measurements = Measure(types, slowdowns, Stopwatch.StartNew(), loads);
        new GuardPass(measurements, loads).Save(file);
        return Passed;
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

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type.Name}: {measurements.Count - before} benchmarks in {(clock.Elapsed - start).TotalSeconds:F0} s"));
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

    /// <summary>Finds the repository: the first folder above the running assembly that holds <c>ArabicNews.Core.sln</c>.</summary>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="DirectoryNotFoundException">No folder above holds the solution.</exception>
    internal static string FindRepositoryRoot()
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
