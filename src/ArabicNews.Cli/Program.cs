using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Cli.Commands;
using ArabicNews.Cli.Output;

namespace ArabicNews.Cli;

/// <summary>The <c>arabic-news</c> tool: one command per file in <c>Commands/</c>, assembled here.</summary>
internal static class Program
{
    /// <summary>Runs the tool on the process's standard streams.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 on success, 1 when an input could not be read, 2 for bad arguments, 141 when standard output closed early.</returns>
    public static int Main(string[] args)
    {
        // UTF-8 without a byte-order mark, whatever the terminal's code page; standard output reports a closed pipe.
        var output = StandardOutputStream.Open();
        var stdout = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        Stream input = Console.OpenStandardInput();
        using var stdin = new StreamReader(input, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var console = new CliConsole(stdin, stdout, Console.Error)
        {
            InIsTerminal = !Console.IsInputRedirected,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            Width = Console.IsOutputRedirected && Console.IsErrorRedirected ? 100 : Math.Max(Console.WindowWidth, 40),
            InStream = input,
            OutStream = output,
        };
        try
        {
            return ArabicNewsTool.Run(args, console);
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (OutputClosedException)
            {
                // What was left for a reader that is gone.
            }
        }
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    /// <param name="console">The streams the commands read and write.</param>
    /// <returns>The root command.</returns>
    internal static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand(HelpText.WithExamples(
            "Normalize Arabic text and parse Arabic news articles.",
            "arabic-news parse seeds                 # the reference articles",
            "arabic-news parse 'corpus/**/*.txt' > articles.jsonl",
            "arabic-news catalog show بوتين"));
        root.Add(NormalizeCommand.Create(console));
        root.Add(ParseCommand.Create(console));
        root.Add(CatalogCommand.Create(console));
        foreach (VersionOption version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(console);
        }

        return root;
    }
}
