using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// How busy the machine was while the guard measured: the one-minute load average (Linux <c>/proc/loadavg</c>),
/// sampled after each class. Ratios to a naive baseline move with the load (the regex- and allocation-heavy
/// baselines suffer more from other processes than the code they are compared with: a doubled parse measured only
/// 14–44% slower at a load of 11 on 2 cores), so on a busy machine the guard judges allocations only.
/// </summary>
public static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    /// <summary>Reads the one-minute load average.</summary>
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

    /// <summary>Parses the first field of <c>/proc/loadavg</c> (<c>0.52 0.58 0.59 1/234 5678</c>).</summary>
    /// <param name="text">The file's content.</param>
    /// <returns>The one-minute load average, or <see langword="null"/> when the text is not in that form.</returns>
    public static double? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int end = text.IndexOf(' ', StringComparison.Ordinal);
        ReadOnlySpan<char> first = (end < 0 ? text : text[..end]).AsSpan().Trim();
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out double load) && load >= 0 ? load : null;
    }

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
