using System.IO;

namespace ArabicNews.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static CliResult Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = ArabicNewsTool.Run(args, input, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
