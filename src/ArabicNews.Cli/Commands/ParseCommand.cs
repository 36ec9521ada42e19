using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ArabicNews.Core;
using ArabicNews.Cli.Batch;
using ArabicNews.Cli.Output;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Cli.Commands;

/// <summary>
/// <c>arabic-news parse [--input text|jsonl|csv|parquet] [--keep FIELD] [--format table|jsonl|json|parquet] [--published YYYY-MM-DD]
/// [--parallel N] [PATH...]</c>: parses articles on several threads and prints them in input order, streaming.
/// </summary>
internal static class ParseCommand
{
    /// <summary>The most articles <c>--parallel</c> may parse at once.</summary>
    internal const int MaxParallelism = 1024;

    /// <summary>The fields every output line has, which <c>--keep</c> cannot name.</summary>
    private static readonly string[] OutputFields = ["id", "file", "error", "title", "published", "source", "mentions", "dates", "meetings", "statements", "agreements", "corridors"];

    /// <summary>Creates the command.</summary>
    /// <param name="console">The streams to read and write.</param>
    /// <returns>The <c>parse</c> command.</returns>
    public static Command Create(CliConsole console)
    {
        var format = new Option<string?>("--format", "-f", "--output")
        {
            Description = "Output format: table (a readable summary per article; the default on a terminal), "
                + "jsonl (one JSON object per line; the default when output is redirected), json (an indented array) "
                + "or parquet (a Parquet file: one row per article, one string column per field, lists as JSON text).",
            HelpName = "table|jsonl|json|parquet",
        };
        format.AcceptOnlyFromAmong("table", "jsonl", "json", "parquet");

        var input = new Option<string>("--input", "-i")
        {
            Description = "What the inputs hold: text (one article per file), jsonl (one JSON record per line: id, text, "
                + "optional published), csv (a header naming id, text and optional published) or parquet (columns id, text, "
                + "optional published).",
            DefaultValueFactory = _ => "text",
            HelpName = "text|jsonl|csv|parquet",
        };
        input.AcceptOnlyFromAmong("text", "jsonl", "csv", "parquet");

        var keep = new Option<string[]>("--keep", "-k")
        {
            Description = "Record fields to copy to each output line after its id (repeat the option, or separate names with commas).",
            HelpName = "FIELD",
        };
        keep.Validators.Add(result =>
        {
            foreach (string field in Fields(result.Tokens.Select(static t => t.Value)))
            {
                if (OutputFields.Contains(field, StringComparer.Ordinal))
                {
                    result.AddError($"--keep cannot name '{field}': every output line has it.");
                }
            }
        });

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
            Description = "How many articles to parse at once (output stays in input order); all cores by default.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseParallelism,
            HelpName = "N",
        };

        Option<string[]> catalog = CatalogOption.Create();
        var paths = PathArgument.Create(
            "PATH",
            "Article files (UTF-8, or Windows-1256 Arabic), folders (their *.txt files) or globs such as "
                + "'articles/*.txt' or 'corpus/**/*.txt'; '-' reads standard input. With --input jsonl, csv or parquet, record "
                + "files (a folder stands for its *.jsonl, *.csv or *.parquet files). Standard input when none is given and input is redirected.");

        var command = new Command(
            "parse",
            HelpText.WithExamples(
                "Parse Arabic news articles into meetings, statements, agreements and corridors.",
                "arabic-news parse seeds/002_761cb0edd2caddef.txt          # a table on a terminal",
                "arabic-news parse 'corpus/**/*.txt' --parallel 8 > articles.jsonl",
                "cat article.txt | arabic-news parse --published 2024-04-22",
                "arabic-news parse --input jsonl --keep url records.jsonl > articles.jsonl"))
        {
            format,
            input,
            keep,
            published,
            parallel,
            catalog,
            paths,
        };

        command.Validators.Add(result =>
        {
            if (result.GetResult(keep) is { Tokens.Count: > 0 } && result.GetValue(input) is null or "text")
            {
                result.AddError("--keep copies record fields: it needs --input jsonl, csv or parquet.");
            }
        });

        command.SetAction(parseResult =>
        {
            if (CatalogOption.Load(parseResult.GetValue(catalog), EntityCatalog.Default, console) is not { } entities)
            {
                return ArabicNewsTool.UsageError;
            }

            var settings = new ParseSettings(
                parseResult.GetValue(format) switch
                {
                    "table" => OutputFormat.Table,
                    "json" => OutputFormat.Json,
                    "jsonl" => OutputFormat.Jsonl,
                    "parquet" => OutputFormat.Parquet,
                    _ => console.OutIsTerminal ? OutputFormat.Table : OutputFormat.Jsonl,
                },
                parseResult.GetValue(input) switch
                {
                    "jsonl" => InputFormat.Jsonl,
                    "csv" => InputFormat.Csv,
                    "parquet" => InputFormat.Parquet,
                    _ => InputFormat.Text,
                },
                [.. Fields(parseResult.GetValue(keep) ?? [])],
                parseResult.GetValue(published) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                parseResult.GetValue(parallel),
                entities);
            string[] given = parseResult.GetValue(paths) ?? [];
            if (given.Length == 0 && console.InIsTerminal)
            {
                new HelpAction().Invoke(parseResult);
                console.Error.WriteLine("arabic-news: parse needs articles: give a path (arabic-news parse seeds) or pipe them in (cat article.txt | arabic-news parse).");
                return ArabicNewsTool.UsageError;
            }

            return Execute(given.Length == 0 ? [ArticleInput.StandardInput] : given, settings, console);
        });
        return command;
    }

    /// <summary>Parses every input and prints the results in input order, then a one-line summary on standard error.</summary>
    /// <param name="paths">Files, folders, globs or '-'.</param>
    /// <param name="settings">The options.</param>
    /// <param name="console">The streams.</param>
    /// <returns><see cref="ArabicNewsTool.Success"/>, or <see cref="ArabicNewsTool.InputError"/> when at least one input or record failed.</returns>
    /// <exception cref="OutputClosedException">Standard output was closed before the batch was done.</exception>
    internal static int Execute(string[] paths, ParseSettings settings, CliConsole console)
    {
        var options = new ArticleParserOptions { Published = settings.Published, Catalog = settings.Catalog };
        // Not disposed: standard output outlives the command (End flushes it).
        var output = new BufferedStream(console.OpenStandardOutput(), 64 * 1024);
        bool records = settings.Input != InputFormat.Text;
        ParquetOutput? parquet = settings.Format == OutputFormat.Parquet
            ? new ParquetOutput(output, ParquetOutput.Columns(records ? ["id", .. settings.Keep] : ["file"], records))
            : null;
        var writer = new ArticleWriter(settings.Format, new TableStyle(console.OutIsTerminal, console.Width), output, settings.Keep, parquet);
        var summary = new BatchSummary();
        var stopwatch = Stopwatch.StartNew();
        writer.Begin();
        Func<CancellationToken, int>? count = settings.Input == InputFormat.Text
            ? stop => InputExpander.Expand(paths).TakeWhile(_ => !stop.IsCancellationRequested).Count()
            : null;
        BatchProgress.Run(console, count, progress =>
        {
            void Consume(ParsedInput parsed)
            {
                summary.Add(parsed);
                if (parsed.Output is { } line)
                {
                    writer.Write(line);
                    if (console.OutIsTerminal)
                    {
                        // Someone is reading: show each article as it is done. A pipe or a file gets 64 KB writes.
                        output.Flush();
                    }
                }

                if ((parsed.Problem ?? parsed.Note) is { } message)
                {
                    progress.Report($"arabic-news: '{parsed.Name}' {message}.");
                }

                progress.Advance();
            }

            if (!records)
            {
                var parser = new InputParser(writer, options, console.In);
                OrderedPipeline.Run(InputExpander.Expand(paths), parser.Parse, Consume, settings.Parallelism);
            }
            else
            {
                var parser = new RecordParser(writer, new JsonRecordDecoder(settings.Keep), options);
                OrderedPipeline.Run(RecordSource.Read(paths, settings.Input, console), parser.Parse, Consume, settings.Parallelism);
            }

            writer.End();
            progress.Report("arabic-news: " + summary.Format(stopwatch.Elapsed));
        });
        return summary.Failed > 0 ? ArabicNewsTool.InputError : ArabicNewsTool.Success;
    }

    /// <summary>The field names of <c>--keep</c>: each value may hold several, separated by commas.</summary>
    private static IEnumerable<string> Fields(IEnumerable<string> values) =>
        values.SelectMany(static v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);

    /// <summary>Reads <c>--parallel</c>: a whole number from 1 to <see cref="MaxParallelism"/>, or a usage error.</summary>
    private static int ParseParallelism(System.CommandLine.Parsing.ArgumentResult result)
    {
        string token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
        {
            result.AddError($"--parallel takes a whole number of articles, not '{token}'.");
            return 0;
        }

        if (value is < 1 or > MaxParallelism)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--parallel must be from 1 to {MaxParallelism}, not {value}."));
        }

        return value;
    }
}
