using System;
using System.Buffers;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using ArabicNews.Core.Text;

namespace ArabicNews.Cli.Commands;

/// <summary><c>arabic-news normalize [--preset search|display|lucene] [FILE...]</c>: normalizes text, streaming.</summary>
internal static class NormalizeCommand
{
    /// <summary>How many characters are read and normalized at a time; lines of any length stream through.</summary>
    internal const int BlockSize = 16 * 1024;

    /// <summary>UTF-8 that throws on invalid bytes, so that a binary or legacy-encoded file fails instead of printing garbage.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
    /// <returns><see cref="ArabicNewsTool.Success"/>, or <see cref="ArabicNewsTool.InputError"/> when at least one input could not be read or is not UTF-8 text.</returns>
    internal static int Execute(NormalizationOptions options, string[] files, CliConsole console)
    {
        int exitCode = ArabicNewsTool.Success;
        foreach (string file in files.Length == 0 ? ["-"] : files)
        {
            if (Directory.Exists(file))
            {
                console.Error.WriteLine($"arabic-news: '{file}' is a folder; normalize takes files (for a folder's files: arabic-news normalize '{file}'/*.txt).");
                exitCode = ArabicNewsTool.InputError;
                continue;
            }

            string name = file == "-" ? "standard input" : file;
            try
            {
                if (file == "-")
                {
                    Normalize(console.In, console.Out, options);
                }
                else
                {
                    using var reader = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true);
                    Normalize(reader, console.Out, options);
                }
            }
            catch (DecoderFallbackException exception)
            {
                console.Error.WriteLine($"arabic-news: '{name}' is not UTF-8 text (invalid bytes {Hex(exception.BytesUnknown)}); nothing more of it is written.");
                exitCode = ArabicNewsTool.InputError;
            }
            catch (InvalidDataException exception)
            {
                console.Error.WriteLine($"arabic-news: '{name}' {exception.Message}; nothing more of it is written.");
                exitCode = ArabicNewsTool.InputError;
            }
            catch (Exception exception) when (exception is IOException and not Output.OutputClosedException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                console.Error.WriteLine($"arabic-news: cannot read '{name}': {exception.Message}");
                exitCode = ArabicNewsTool.InputError;
            }
        }

        return exitCode;
    }

    private static string Hex(byte[]? bytes) =>
        bytes is null ? "?" : string.Join(' ', bytes.Select(static b => b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>Streams <paramref name="reader"/> through the normalizer in blocks of <see cref="BlockSize"/> characters.</summary>
    /// <remarks>
    /// Line breaks are characters like any other, so the output has the input's lines; a surrogate pair split
    /// between two blocks is carried over (<see cref="OperationStatus.NeedMoreData"/>).
    /// </remarks>
    /// <exception cref="InvalidDataException">The text contains NUL bytes: it is binary.</exception>
    /// <exception cref="DecoderFallbackException">The reader decodes strictly and met bytes that are not UTF-8.</exception>
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
                if (input.AsSpan(pending, read).Contains('\0'))
                {
                    throw new InvalidDataException("is a binary file (it contains NUL bytes)");
                }

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
