using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// How busy the machine was while the guard measured: the larger of the one- and five-minute load averages (Linux
/// <c>/proc/loadavg</c>), sampled after each class. Ratios to a naive baseline move with the load (the regex- and
/// allocation-heavy baselines suffer more from other processes than the code they are compared with: a doubled parse
/// measured only 14–44% slower at a load of 11 on 2 cores), and they stay moved for minutes after the load is gone
/// (a false 25–33% <c>Slower</c> on the parse and matcher rows at a one-minute load of 0.8 and a fifteen-minute load
/// of 7, a few minutes after a 10-minute build on both cores), so on a busy or recently busy machine the guard
/// judges allocations only. The five-minute average covers those minutes without keeping the guard idle for a
/// quarter of an hour after every build.
/// </summary>
public static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    /// <summary>Reads the larger of the one- and five-minute load averages.</summary>
    /// <returns>The load, or <see langword="null"/> where the system does not report it.</returns>
    public static double? Read()
    {
        try
        {
            return File.Exists(LoadAverageFile) ? Parse(File.ReadAllText(LoadAverageFile)) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Parses the first two fields of <c>/proc/loadavg</c> (<c>0.52 0.58 0.59 1/234 5678</c>): the one- and
    /// five-minute load averages.
    /// </summary>
    /// <param name="text">The file's content.</param>
    /// <returns>
    /// The larger of the two (the first alone when there is no second), or <see langword="null"/> when the text is not
    /// in that form.
    /// </returns>
    public static double? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] fields = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length == 0 || Field(fields[0]) is not { } oneMinute)
        {
            return null;
        }

        if (fields.Length == 1)
        {
            return oneMinute;
        }

        return Field(fields[1]) is { } fiveMinutes ? Math.Max(oneMinute, fiveMinutes) : null;
    }

    private static double? Field(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double load) && load >= 0 ? load : null;

    /// <summary>
    /// Returns whether the samples show a machine too busy for speed verdicts: their median above the number of
    /// cores, that is more threads wanting to run than cores to run them (the guard itself keeps about one busy).
    /// </summary>
    /// <param name="samples">The load averages sampled during the run.</param>
    /// <param name="cores">The number of cores.</param>
    /// <returns><see langword="true"/> when busy; <see langword="false"/> with no samples (the load is unknown, as on Windows).</returns>
    public static bool IsBusy(IReadOnlyList<double> samples, int cores)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        if (samples.Count == 0)
        {
            return false;
        }

        double[] sorted = [.. samples.Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return median > cores;
    }
}
