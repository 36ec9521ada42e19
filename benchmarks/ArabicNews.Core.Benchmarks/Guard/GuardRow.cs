namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>One line of the guard's table: a benchmark now and at the last release.</summary>
/// <param name="Name">The benchmark's permanent name.</param>
/// <param name="Now">The measurement now, or <see langword="null"/> when the benchmark is <see cref="GuardVerdict.Missing"/>.</param>
/// <param name="Then">The committed measurement, or <see langword="null"/> when the benchmark is <see cref="GuardVerdict.New"/>.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record GuardRow(string Name, GuardMeasurement? Now, GuardMeasurement? Then, GuardVerdict Verdict)
{
    /// <summary>Gets the change of the ratio in percent (positive is slower), when both measurements exist.</summary>
    public double? RatioChangePercent => Now is not null && Then is not null && Then.Ratio > 0 ? (Now.Ratio - Then.Ratio) / Then.Ratio * 100 : null;

    /// <summary>Gets a value indicating whether the ratio grew by more than the tolerance (<see cref="GuardVerdict.Slower"/>, with or without more bytes).</summary>
    public bool IsSlower => Verdict is GuardVerdict.Slower or GuardVerdict.SlowerAndHungrier;

    /// <summary>Gets a value indicating whether this row fails the guard.</summary>
    public bool Fails => Verdict is GuardVerdict.Slower or GuardVerdict.Hungrier or GuardVerdict.SlowerAndHungrier or GuardVerdict.Missing;
}
