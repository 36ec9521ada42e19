using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// An injected regression, <c>--slowdown NAME=FACTOR</c>: every benchmark whose name starts with
/// <paramref name="NamePrefix"/> is called <paramref name="Factor"/> times per counted operation, so a maintainer
/// can check that the guard catches a regression of that size without touching the code.
/// </summary>
/// <param name="NamePrefix">The start of the benchmark names, such as <c>ArticleParseBenchmarks.Parse</c>.</param>
/// <param name="Factor">The factor, above 1: 1.3 is 30% slower.</param>
public sealed record GuardSlowdown(string NamePrefix, double Factor)
{
    /// <summary>The option that injects a slowdown.</summary>
    public const string Option = "--slowdown";

    /// <summary>Parses <c>NAME=FACTOR</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The slowdown.</returns>
    public static GuardSlowdown Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int equals = text.LastIndexOf('=');
        if (equals <= 0
            || !double.TryParse(text.AsSpan(equals + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double factor)
            || !(factor >= 1))
        {
            throw new FormatException($"'{text}' is not NAME=FACTOR with a factor of at least 1.");
        }

        return new GuardSlowdown(text[..equals], factor);
    }

    /// <summary>Returns the factor <paramref name="slowdowns"/> give the benchmark <paramref name="name"/>: the product of those that match, or 1.</summary>
    /// <param name="slowdowns">The slowdowns.</param>
    /// <param name="name">The benchmark's name.</param>
    /// <returns>The factor.</returns>
    public static double FactorFor(IEnumerable<GuardSlowdown> slowdowns, string name)
    {
        ArgumentNullException.ThrowIfNull(slowdowns);
        ArgumentNullException.ThrowIfNull(name);
        return slowdowns.Where(s => name.StartsWith(s.NamePrefix, StringComparison.Ordinal)).Aggregate(1.0, (factor, s) => factor * s.Factor);
    }
}
