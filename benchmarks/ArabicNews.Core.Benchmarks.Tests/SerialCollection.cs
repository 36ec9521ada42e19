using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

/// <summary>The tests that time something with the process's CPU time: they run alone, after the others.</summary>
[CollectionDefinition(nameof(SerialCollection), DisableParallelization = true)]
public sealed class SerialCollection;
