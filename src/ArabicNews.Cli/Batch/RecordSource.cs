using System;
using System.Collections.Generic;
using System.IO;

namespace ArabicNews.Cli.Batch;

/// <summary>The records of the <c>parse</c> command's record inputs (<c>--input jsonl|csv|parquet</c>), file after file, streaming.</summary>
internal static class RecordSource
{
    /// <summary>The name of standard input in messages.</summary>
    public const string StandardInputName = "standard input";

    /// <summary>The files a folder stands for, by input format.</summary>
    /// <param name="format">The input format.</param>
    /// <returns>The pattern, e.g. <c>*.jsonl</c>.</returns>
    public static string FolderPattern(InputFormat format) => format switch
    {
        InputFormat.Jsonl => "*.jsonl",
        InputFormat.Csv => "*.csv",
        InputFormat.Parquet => "*.parquet",
        _ => "*.txt",
    };

    /// <summary>Reads the records of every path in turn.</summary>
    /// <param name="paths">Files, folders, globs or <c>-</c> (standard input).</param>
    /// <param name="format">The input format: <see cref="InputFormat.Jsonl"/>, <see cref="InputFormat.Csv"/> or <see cref="InputFormat.Parquet"/>.</param>
    /// <param name="console">The streams (standard input for <c>-</c>).</param>
    /// <returns>The records, and one line with a <see cref="RecordLine.Problem"/> per path that yields none.</returns>
    public static IEnumerable<RecordLine> Read(IEnumerable<string> paths, InputFormat format, CliConsole console)
    {
        foreach (ArticleInput input in InputExpander.Expand(paths, FolderPattern(format)))
        {
            if (input.Problem is not null)
            {
                yield return new RecordLine(input.Path, [], 0, input.Problem);
                continue;
            }

            string name = input.IsStandardInput ? StandardInputName : input.Path;
            Stream? stream = null;
            string? problem = null;
            try
            {
                stream = input.IsStandardInput ? console.OpenStandardInput() : File.OpenRead(input.Path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = "cannot be read: " + exception.Message;
            }

            if (stream is null)
            {
                yield return new RecordLine(input.Path, [], 0, problem);
                continue;
            }

            using (stream)
            {
                IEnumerable<RecordLine> lines = format switch
                {
                    InputFormat.Csv => CsvRecordReader.Read(stream, name),
                    InputFormat.Parquet => ParquetRecordReader.Read(stream, name),
                    _ => JsonLinesReader.Read(stream, name),
                };
                foreach (RecordLine line in lines)
                {
                    yield return line;
                }
            }
        }
    }
}
