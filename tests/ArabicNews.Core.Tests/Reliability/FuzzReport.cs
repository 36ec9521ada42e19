using System;
using System.Collections.Generic;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>What a fuzzing run did: the seeds it checked, how long it took, and what failed.</summary>
internal sealed record FuzzReport(int FirstSeed, int SeedsRun, TimeSpan Elapsed, IReadOnlyList<FuzzFailure> Failures);
