using System.IO;

namespace ArabicNews.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliResult Run(string stdin, params string[] args) => Run(stdin, new Terminal(Out: false, Error: false), args);

    /// <summary>Runs the tool as if standard output and standard error were (or were not) terminals.</summary>
    public static CliResult Run(string stdin, Terminal terminal, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(input, output, error) { InIsTerminal = terminal.In, OutIsTerminal = terminal.Out, ErrorIsTerminal = terminal.Error, Width = 120 };
        int exitCode = ArabicNewsTool.Run(args, console);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Which of the standard streams are terminals.</summary>
internal sealed record Terminal(bool Out, bool Error, bool In = false);
