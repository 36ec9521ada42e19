using System.IO;
using System.Text;
using ArabicNews.Cli.Output;

namespace ArabicNews.Cli;

/// <summary>The standard streams a command uses, and whether each of them is a terminal.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <remarks>
/// The terminal flags and byte streams are given, not detected here, so that tests can run every path in-process:
/// <see cref="Program.Main"/> sets them from <see cref="System.Console.IsInputRedirected"/>,
/// <see cref="System.Console.IsOutputRedirected"/> and <see cref="System.Console.IsErrorRedirected"/>.
/// </remarks>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Gets a value indicating whether standard input is a terminal (then <c>parse</c> without a path prints help).</summary>
    public bool InIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard output is a terminal (then <c>parse</c> prints tables by default).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether standard error is a terminal (then <c>parse</c> shows a progress bar).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Gets the terminal width in columns used for tables (ignored when output is not a terminal).</summary>
    public int Width { get; init; } = 100;

    /// <summary>Gets the bytes under <see cref="In"/>, or <see langword="null"/> in-process, where only the text is given.</summary>
    public Stream? InStream { get; init; }

    /// <summary>Gets the bytes under <see cref="Out"/>, or <see langword="null"/> in-process, where only the text writer is given.</summary>
    /// <remarks><c>parse</c> writes its UTF-8 output here directly, never through <see cref="Out"/>.</remarks>
    public Stream? OutStream { get; init; }

    /// <summary>Opens standard input as bytes: <see cref="InStream"/>, or the UTF-8 of <see cref="In"/> read to its end.</summary>
    /// <returns>The stream.</returns>
    public Stream OpenStandardInput() => InStream ?? new MemoryStream(Encoding.UTF8.GetBytes(In.ReadToEnd()), writable: false);

    /// <summary>Opens standard output as bytes: <see cref="OutStream"/>, or a stream that decodes UTF-8 into <see cref="Out"/>.</summary>
    /// <returns>The stream.</returns>
    public Stream OpenStandardOutput() => OutStream ?? new TextWriterStream(Out);
}
