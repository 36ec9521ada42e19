namespace ArabicNews.Core.Generators;

/// <summary>The names of the generator's tracked pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    /// <summary>Each catalog file parsed into entities and diagnostics.</summary>
    public const string ParsedFiles = nameof(ParsedFiles);

    /// <summary>The MSBuild options.</summary>
    public const string Options = nameof(Options);

    /// <summary>The files merged and validated.</summary>
    public const string Merged = nameof(Merged);

    /// <summary>The catalog spec the source output is built from.</summary>
    public const string Spec = nameof(Spec);

    /// <summary>The diagnostics.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
