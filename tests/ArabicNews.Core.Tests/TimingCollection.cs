using Xunit;

namespace ArabicNews.Core.Tests;

/// <summary>Tests that measure time or allocations run in this collection, one at a time and apart from all others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timing";
}
