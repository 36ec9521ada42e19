using System.IO;

namespace ArabicNews.Cli;

/// <summary>The standard streams a command uses, and whether each output stream is a terminal.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <remarks>
/// The terminal flags are given, not detected here, so that tests can run every path in-process:
/// <see cref="Program.Main"/> sets them from <see cref="System.Console.IsOutputRedirected"/> and
/// <see cref="System.Console.IsErrorRedirected"/>.
/// </remarks>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Gets a value indicating whether standard output is a terminal (then <c>parse</c> prints tables by default).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard error is a terminal (then <c>parse</c> shows a progress bar).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets the terminal width in columns used for tables (ignored when output is not a terminal).</summary>
    public int Width { get; init; } = 100;
}
