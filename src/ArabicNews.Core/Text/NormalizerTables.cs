using System.Collections.Concurrent;

namespace ArabicNews.Core.Text;

/// <summary>
/// The cached per-options data of the normalizer: a <see cref="NormalizerPlan"/> for the one-pass loop.
/// </summary>
internal static class NormalizerTables
{
    private static readonly NormalizerPlan SearchPlan = NormalizerPlan.Create(NormalizationOptions.Search);
    private static readonly NormalizerPlan DisplayPlan = NormalizerPlan.Create(NormalizationOptions.Display);
    private static readonly NormalizerPlan LucenePlan = NormalizerPlan.Create(NormalizationOptions.LuceneCompatible);
    private static readonly ConcurrentDictionary<NormalizationOptions, NormalizerPlan> OtherPlans = new();

    /// <summary>Gets the cached plan for <paramref name="options"/>.</summary>
    /// <param name="options">The normalization rules.</param>
    /// <returns>The three presets are built at type initialization, other combinations on first use.</returns>
    public static NormalizerPlan GetPlan(NormalizationOptions options) => options switch
    {
        NormalizationOptions.Search => SearchPlan,
        NormalizationOptions.Display => DisplayPlan,
        NormalizationOptions.LuceneCompatible => LucenePlan,
        _ => OtherPlans.GetOrAdd(options, static o => NormalizerPlan.Create(o)),
    };
}
