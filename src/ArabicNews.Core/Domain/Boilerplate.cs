namespace ArabicNews.Core;

/// <summary>A piece of the article set aside as boilerplate, kept so that nothing is silently dropped.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Span"/> is in original-text coordinates.</remarks>
public sealed record Boilerplate
{
    /// <summary>Gets why the text was set aside.</summary>
    public required BoilerplateKind Kind { get; init; }

    /// <summary>Gets the text set aside.</summary>
    public required string Text { get; init; }

    /// <summary>Gets where it is in the original text.</summary>
    public required TextSpan Span { get; init; }
}
