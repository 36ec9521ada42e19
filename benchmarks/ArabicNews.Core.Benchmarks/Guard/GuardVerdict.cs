namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>What the guard concludes about one benchmark.</summary>
public enum GuardVerdict
{
    /// <summary>Within the limits: the ratio grew by at most the tolerance and the allocations did not grow.</summary>
    Ok,

    /// <summary>The ratio grew by more than the tolerance: slower relative to the baseline.</summary>
    Slower,

    /// <summary>The benchmark allocates more bytes per operation than it did.</summary>
    Hungrier,

    /// <summary>Both slower and hungrier.</summary>
    SlowerAndHungrier,

    /// <summary>Not in the committed baseline yet: shown, not judged.</summary>
    New,

    /// <summary>In the committed baseline but not measured now: renamed, removed or failed.</summary>
    Missing,
}
