namespace ArabicNews.Core.Benchmarks;

/// <summary>The <see cref="BenchmarkDotNet.Attributes.BenchmarkCategoryAttribute"/> names the benchmarks use.</summary>
internal static class BenchmarkCategories
{
    /// <summary>
    /// The ceiling: a memory copy of the same text. Shown for scale, not guarded, because its ratio to a naive baseline
    /// only moves with the baseline and the machine.
    /// </summary>
    public const string Ceiling = "Ceiling";

    /// <summary>
    /// Another naive implementation beside the baseline, such as a plain per-character loop: shown for scale, not
    /// guarded, because it is not the library's code and its ratio to the baseline only moves with the machine.
    /// </summary>
    public const string Reference = "Reference";
}
