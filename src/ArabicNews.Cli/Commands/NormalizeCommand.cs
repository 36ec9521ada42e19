using System;
using System.Buffers;
using System.CommandLine;
using System.IO;
using System.Text;
using ArabicNews.Core.Text;

namespace ArabicNews.Cli.Commands;

/// <summary><c>arabic-news normalize [--preset search|display|lucene] [FILE...]</c>: normalizes text, streaming.</summary>
internal static class NormalizeCommand
{
    /// <summary>How many characters are read and normalized at a time; lines of any length stream through.</summary>
    internal const int BlockSize = 16 * 1024;

    /// <summary>Creates the command.</summary>
    /// <param name="console">The streams to read and write.</param>
    /// <returns>The <c>normalize</c> command.</returns>
    public static Command Create(CliConsole console)
    {
        var preset = new Option<string>("--preset", "-p")
        {
            Description = "The rules to apply: search (everything folded, for matching), display (invisible characters, "
                + "tatweel, digits and presentation forms only) or lucene (exactly Lucene's ArabicNormalizer).",
            DefaultValueFactory = _ => "search",
            HelpName = "search|display|lucene",
        };
        preset.AcceptOnlyFromAmong("search", "display", "lucene");

        var files = PathArgument.Create(
            "FILE",
            "Files to normalize, in order (UTF-8; a byte-order mark is dropped). Standard input when none is given, or for '-'.");

        var command = new Command(
            "normalize",
            HelpText.WithExamples(
                "Normalize Arabic text and write it to standard output (UTF-8, line for line).",
                "arabic-news normalize --preset search seeds/001.txt > 001.normalized.txt",
                "echo 'أحمد' | arabic-news normalize        # prints احمد"))
        {
            preset,
            files,
        };

        command.SetAction(parseResult => Execute(
            ToOptions(parseResult.GetValue(preset)),
            parseResult.GetValue(files) ?? [],
            console));
        return command;
    }

    /// <summary>Normalizes every input in turn.</summary>
    /// <returns><see cref="ArabicNewsTool.Success"/>, or <see cref="ArabicNewsTool.InputError"/> when at least one file could not be read.</returns>
    internal static int Execute(NormalizationOptions options, string[] files, CliConsole console)
    {
        if (files.Length == 0)
        {
            Normalize(console.In, console.Out, options);
            return ArabicNewsTool.Success;
        }

        int exitCode = ArabicNewsTool.Success;
        foreach (string file in files)
        {
            if (file == "-")
            {
                Normalize(console.In, console.Out, options);
                continue;
            }

            try
            {
                using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                Normalize(reader, console.Out, options);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                console.Error.WriteLine($"arabic-news: cannot read '{file}': {exception.Message}");
                exitCode = ArabicNewsTool.InputError;
            }
        }

        return exitCode;
    }

    /// <summary>Streams <paramref name="reader"/> through the normalizer in blocks of <see cref="BlockSize"/> characters.</summary>
    /// <remarks>
    /// Line breaks are characters like any other, so the output has the input's lines; a surrogate pair split
    /// between two blocks is carried over (<see cref="OperationStatus.NeedMoreData"/>).
    /// </remarks>
    internal static void Normalize(TextReader reader, TextWriter writer, NormalizationOptions options)
    {
        char[] input = ArrayPool<char>.Shared.Rent(BlockSize + 1);
        char[] output = ArrayPool<char>.Shared.Rent(ArabicNormalizer.GetMaxNormalizedLength(BlockSize + 1));
        try
        {
            int pending = 0;
            while (true)
            {
                int read = reader.Read(input, pending, BlockSize);
                bool final = read == 0;
                int length = pending + read;
                ArabicNormalizer.Normalize(input.AsSpan(0, length), output, out int consumed, out int written, options, isFinalBlock: final);
                writer.Write(output, 0, written);
                pending = length - consumed;
                input.AsSpan(consumed, pending).CopyTo(input);
                if (final)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(input);
            ArrayPool<char>.Shared.Return(output);
        }
    }

    private static NormalizationOptions ToOptions(string? preset) => preset switch
    {
        "display" => NormalizationOptions.Display,
        "lucene" => NormalizationOptions.LuceneCompatible,
        _ => NormalizationOptions.Search,
    };
}
