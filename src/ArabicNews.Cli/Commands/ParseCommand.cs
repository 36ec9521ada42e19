using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Parsing;
using ArabicNews.Core.Serialization;

namespace ArabicNews.Cli.Commands;

/// <summary>
/// <c>arabic-news parse [--format jsonl|json] [--published YYYY-MM-DD] [PATH...]</c>: parses articles and prints the
/// JSON contract, one object per article, in input order.
/// </summary>
internal static class ParseCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates the command.</summary>
    /// <param name="console">The streams to read and write.</param>
    /// <returns>The <c>parse</c> command.</returns>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON object per line) or json (an indented array).",
            DefaultValueFactory = _ => "jsonl",
            HelpName = "jsonl|json",
        };
        format.AcceptOnlyFromAmong("jsonl", "json");

        var published = new Option<string?>("--published")
        {
            Description = "The publication date (YYYY-MM-DD) when known from feed metadata: anchors relative dates.",
            HelpName = "YYYY-MM-DD",
        };
        published.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string?>();
            if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"'{value}' is not a date in the form YYYY-MM-DD.");
            }
        });

        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (UTF-8 text) or folders of *.txt files; '-' reads standard input. The bundled seeds/ when none is given.",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var command = new Command(
            "parse",
            "Parse Arabic news articles into meetings, statements, agreements and corridors (JSON Lines)."
                + Environment.NewLine + Environment.NewLine
                + "Example:" + Environment.NewLine
                + "  arabic-news parse seeds/ > articles.jsonl" + Environment.NewLine
                + "  arabic-news parse --published 2024-04-22 article.txt")
        {
            format,
            published,
            paths,
        };

        command.SetAction(parseResult => Execute(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) == "json",
            parseResult.GetValue(published) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            console));
        return command;
    }

    /// <summary>Parses every input in turn.</summary>
    /// <param name="paths">Files, folders or '-'.</param>
    /// <param name="indented">Whether to print an indented JSON array rather than JSON Lines.</param>
    /// <param name="published">The publication date, when given.</param>
    /// <param name="console">The streams.</param>
    /// <returns><see cref="ArabicNewsTool.Success"/>, or <see cref="ArabicNewsTool.InputError"/> when at least one input failed.</returns>
    internal static int Execute(string[] paths, bool indented, DateOnly? published, CliConsole console)
    {
        var options = new ArticleParserOptions { Published = published };
        int exitCode = ArabicNewsTool.Success;
        bool first = true;
        if (indented)
        {
            console.Out.WriteLine("[");
        }

        foreach (string input in ExpandInputs(paths, console, ref exitCode))
        {
            if (!TryRead(input, console, out string? text))
            {
                exitCode = ArabicNewsTool.InputError;
                continue;
            }

            Article article = ArticleParser.Parse(text, options);
            string json = ArticleJson.Serialize(article, input == "-" ? null : input, indented);
            if (indented && !first)
            {
                console.Out.WriteLine(",");
            }

            console.Out.Write(json);
            if (!indented)
            {
                console.Out.WriteLine();
            }

            first = false;
        }

        if (indented)
        {
            console.Out.WriteLine();
            console.Out.WriteLine("]");
        }

        return exitCode;
    }

    private static List<string> ExpandInputs(string[] paths, CliConsole console, ref int exitCode)
    {
        if (paths.Length == 0)
        {
            string? seeds = FindBundledSeeds();
            if (seeds is null)
            {
                console.Error.WriteLine("arabic-news: no path given and no bundled seeds/ folder found.");
                exitCode = ArabicNewsTool.InputError;
                return [];
            }

            paths = [seeds];
        }

        var inputs = new List<string>();
        foreach (string path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                inputs.Add(path);
            }
            else if (Directory.Exists(path))
            {
                string[] files = Directory.GetFiles(path, "*.txt", SearchOption.TopDirectoryOnly);
                Array.Sort(files, StringComparer.Ordinal);
                if (files.Length == 0)
                {
                    console.Error.WriteLine($"arabic-news: '{path}' contains no *.txt articles.");
                    exitCode = ArabicNewsTool.InputError;
                }

                inputs.AddRange(files);
            }
            else
            {
                console.Error.WriteLine($"arabic-news: '{path}' does not exist.");
                exitCode = ArabicNewsTool.InputError;
            }
        }

        return inputs;
    }

    private static string? FindBundledSeeds()
    {
        // Next to the tool (packed with it), or the repository's seeds/ when run from a checkout.
        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "seeds"), Path.Combine(Directory.GetCurrentDirectory(), "seeds")];
        return candidates.FirstOrDefault(Directory.Exists);
    }

    private static bool TryRead(string input, CliConsole console, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        text = null;
        try
        {
            if (input == "-")
            {
                text = console.In.ReadToEnd();
                return true;
            }

            byte[] bytes = File.ReadAllBytes(input);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                console.Error.WriteLine($"arabic-news: '{input}' is a binary file (it contains NUL bytes); skipped.");
                return false;
            }

            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            console.Error.WriteLine($"arabic-news: '{input}' is not valid UTF-8; skipped.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"arabic-news: cannot read '{input}': {exception.Message}");
        }

        return false;
    }
}
