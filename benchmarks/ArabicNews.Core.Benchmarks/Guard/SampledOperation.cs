using System;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>An operation <see cref="InterleavedSampler"/> times.</summary>
/// <param name="Call">Runs the operation once.</param>
/// <param name="Slowdown">
/// How many calls one counted operation makes: 1, or more to inject a regression (1.3 makes 13 calls for every 10
/// counted, so the operation measures 30% slower). See <see cref="GuardSlowdown"/>.
/// </param>
public sealed record SampledOperation(Action Call, double Slowdown = 1);
