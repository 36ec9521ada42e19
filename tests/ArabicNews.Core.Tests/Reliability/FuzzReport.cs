using System;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>What a fuzzing run did: how many inputs it checked (shrinking included), how long it took, and its failure.</summary>
internal sealed record FuzzReport(long InputsChecked, TimeSpan Elapsed, FuzzFailure? Failure);
