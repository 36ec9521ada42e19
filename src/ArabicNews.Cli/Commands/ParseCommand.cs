using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using ArabicNews.Cli.Batch;
using ArabicNews.Cli.Output;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Parsing;

namespace ArabicNews.Cli.Commands;

/// <summary>
/// <c>arabic-news parse [--format table|jsonl|json] [--published YYYY-MM-DD] [--parallel N] [PATH...]</c>: parses
/// articles on several threads and prints them in input order, streaming.
/// </summary>
internal static class ParseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="console">The streams to read and write.</param>
    /// <returns>The <c>parse</c> command.</returns>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: table (a readable summary per article; the default on a terminal), "
                + "jsonl (one JSON object per line; the default when output is redirected) or json (an indented array).",
            HelpName = "table|jsonl|json",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "json");

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

        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "How many articles to parse at once (output stays in input order).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });

        Option<string[]> catalog = CatalogOption.Create();
        var paths = PathArgument.Create(
            "PATH",
            "Article files (UTF-8, or Windows-1256 Arabic), folders (their *.txt files) or globs such as "
                + "'articles/*.txt' or 'corpus/**/*.txt'; '-' reads standard input. The bundled seeds/ when none is given.");

        var command = new Command(
            "parse",
            HelpText.WithExamples(
                "Parse Arabic news articles into meetings, statements, agreements and corridors.",
                "arabic-news parse seeds/002_761cb0edd2caddef.txt          # a table on a terminal",
                "arabic-news parse 'corpus/**/*.txt' --parallel 8 > articles.jsonl",
                "cat article.txt | arabic-news parse --published 2024-04-22 -"))
        {
            format,
            published,
            parallel,
            catalog,
            paths,
        };

        command.SetAction(parseResult => CatalogOption.Load(parseResult.GetValue(catalog), EntityCatalog.Default, console) is not { } entities
            ? ArabicNewsTool.UsageError
            : Execute(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) switch
            {
                "table" => OutputFormat.Table,
                "json" => OutputFormat.Json,
                "jsonl" => OutputFormat.Jsonl,
                _ => console.OutIsTerminal ? OutputFormat.Table : OutputFormat.Jsonl,
            },
            parseResult.GetValue(published) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            parseResult.GetValue(parallel),
            console,
            entities));
        return command;
    }

    /// <summary>Parses every input and prints the results in input order, then a one-line summary on standard error.</summary>
    /// <param name="paths">Files, folders, globs or '-'; the bundled seeds when empty.</param>
    /// <param name="format">The output format.</param>
    /// <param name="published">The publication date, when given.</param>
    /// <param name="parallelism">How many articles are parsed at once.</param>
    /// <param name="console">The streams.</param>
    /// <param name="catalog">The catalog to parse with (the built-in one when <see langword="null"/>).</param>
    /// <returns><see cref="ArabicNewsTool.Success"/>, or <see cref="ArabicNewsTool.InputError"/> when at least one input failed.</returns>
    internal static int Execute(string[] paths, OutputFormat format, DateOnly? published, int parallelism, CliConsole console, EntityCatalog? catalog = null)
    {
        if (paths.Length == 0)
        {
            string? seeds = FindBundledSeeds();
            if (seeds is null)
            {
                console.Error.WriteLine("arabic-news: no path given and no bundled seeds/ folder found.");
                return ArabicNewsTool.InputError;
            }

            paths = [seeds];
        }

        var writer = new ArticleWriter(format, console);
        var parser = new InputParser(writer, new ArticleParserOptions { Published = published, Catalog = catalog ?? EntityCatalog.Default }, console.In);
        var summary = new BatchSummary();
        var stopwatch = Stopwatch.StartNew();
        writer.Begin();
        BatchProgress.Run(console, paths, progress =>
        {
            OrderedPipeline.Run(
                InputExpander.Expand(paths),
                parser.Parse,
                parsed =>
                {
                    summary.Add(parsed);
                    if (parsed.Output is not null)
                    {
                        writer.Write(parsed.Output);
                    }

                    if ((parsed.Problem ?? parsed.Note) is { } line)
                    {
                        progress.Report($"arabic-news: '{parsed.Input.Path}' {line}.");
                    }

                    progress.Advance();
                },
                parallelism);
            writer.End();
            progress.Report("arabic-news: " + summary.Format(stopwatch.Elapsed));
        });
        return summary.Failed > 0 ? ArabicNewsTool.InputError : ArabicNewsTool.Success;
    }

    private static string? FindBundledSeeds()
    {
        // Next to the tool (packed with it), or the repository's seeds/ when run from a checkout.
        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "seeds"), Path.Combine(Directory.GetCurrentDirectory(), "seeds")];
        return candidates.FirstOrDefault(Directory.Exists);
    }
}
