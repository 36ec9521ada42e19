using System.CommandLine;
using System.IO;
using ArabicNews.Cli.Output;

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

    /// <summary>The exit code when standard output closed before the run was done (128 + SIGPIPE, as a shell reports a process killed by a broken pipe).</summary>
    public const int BrokenPipe = 141;

    /// <summary>Parses <paramref name="args"/> and runs the selected command.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output (the command's results, help and version).</param>
    /// <param name="stderr">Standard error (diagnostics).</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputError"/>, <see cref="UsageError"/> or <see cref="BrokenPipe"/>.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliConsole(stdin, stdout, stderr));

    /// <summary>Parses <paramref name="args"/> and runs the selected command on <paramref name="console"/>.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">The streams, and whether standard output and standard error are terminals.</param>
    /// <returns>The exit code: <see cref="Success"/>, <see cref="InputError"/>, <see cref="UsageError"/> or <see cref="BrokenPipe"/>.</returns>
    public static int Run(string[] args, CliConsole console)
    {
        TextWriter stdout = console.Out;
        TextWriter stderr = console.Error;
        RootCommand root = Program.CreateRootCommand(console);
        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // One line per error, the last one saying where the usage is: no stack trace, nothing else.
            for (int i = 0; i < result.Errors.Count; i++)
            {
                string hint = i == result.Errors.Count - 1 ? " (see 'arabic-news --help')" : string.Empty;
                stderr.WriteLine($"arabic-news: {result.Errors[i].Message}{hint}");
            }

            stdout.Flush();
            return UsageError;
        }

        try
        {
            int exitCode = result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Flush();
            return exitCode;
        }
        catch (OutputClosedException)
        {
            // The reader has all it wanted (head -n 1): stop at once, say nothing.
            return BrokenPipe;
        }
    }
}
