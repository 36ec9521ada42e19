namespace ArabicNews.Cli.Output;

/// <summary>How tables are drawn.</summary>
/// <param name="Colors">Whether to write ANSI colours (on a terminal).</param>
/// <param name="Width">The width in columns.</param>
internal sealed record TableStyle(bool Colors, int Width);
