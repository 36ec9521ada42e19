using System.CommandLine;
using System.IO;

namespace ArabicNews.Cli;

/// <summary>Runs the tool in-process on the streams it is given, so that tests need no child process.</summary>
internal static class ArabicNewsTool
{
    /// <summary>The exit code for success.</summary>
    public const int Success = 0;

    /// <summary>The exit code when an input file could not be read (the other inputs are still processed).</summary>
    public const int InputError = 1;

    /// <summary>The exit code for bad arguments: an unknown option, command or preset.</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the selected command.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output (the command's results, help and version).</param>
    /// <param name="stderr">Standard error (diagnostics).</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputError"/> or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliConsole(stdin, stdout, stderr));

    /// <summary>Parses <paramref name="args"/> and runs the selected command on <paramref name="console"/>.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">The streams, and whether standard output and standard error are terminals.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputError"/> or <see cref="UsageError"/>.</returns>
    public static int Run(string[] args, CliConsole console)
    {
        TextWriter stdout = console.Out;
        TextWriter stderr = console.Error;
        RootCommand root = Program.CreateRootCommand(console);
        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
            {
                stderr.WriteLine($"arabic-news: {error.Message}");
            }

            stderr.WriteLine("Run 'arabic-news --help' for usage.");
            stdout.Flush();
            return UsageError;
        }

        int exitCode = result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        stdout.Flush();
        return exitCode;
    }
}
