using System;
using System.Buffers;
using System.IO;
using System.Text;
using ArabicNews.Core;
using ArabicNews.Cli.Output;

namespace ArabicNews.Cli.Batch;

/// <summary>Reads, decodes, parses and formats one article file. Thread-safe: the batch calls it from several workers.</summary>
/// <param name="writer">Formats the article.</param>
/// <param name="options">The parser options.</param>
/// <param name="stdin">Standard input, read for the input <c>-</c>.</param>
internal sealed class InputParser(ArticleWriter writer, ArticleParserOptions options, TextReader stdin)
{
    /// <summary>Parses <paramref name="input"/>; never throws for a bad input, it reports it in the result.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The formatted article, or the problem.</returns>
    public ParsedInput Parse(ArticleInput input)
    {
        if (input.Problem is not null)
        {
            return ParsedInput.Failure(input.Path, input.Problem);
        }

        DecodedArticle decoded;
        long bytes;
        try
        {
            if (input.IsStandardInput)
            {
                string text = stdin.ReadToEnd();
                bytes = Encoding.UTF8.GetByteCount(text);
                decoded = string.IsNullOrWhiteSpace(text) ? DecodedArticle.Failure("is empty") : new DecodedArticle(text, Note: null, Problem: null);
            }
            else
            {
                byte[] content = PooledFileReader.Read(input.Path, out int length);
                try
                {
                    bytes = length;
                    decoded = ArticleDecoder.Decode(content.AsSpan(0, length));
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(content);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ParsedInput.Failure(input.Path, "cannot be read: " + exception.Message);
        }
        catch (DecoderFallbackException exception)
        {
            return ParsedInput.Failure(input.Path, "is not valid UTF-8: " + exception.Message);
        }

        if (decoded.Text is null)
        {
            return ParsedInput.Failure(input.Path, decoded.Problem, bytes);
        }

        Article article = ArticleParser.Parse(decoded.Text, options);
        Utf8Line output = writer.Format(article, input.IsStandardInput ? null : input.Path);
        return new ParsedInput(input.Path, output, decoded.Note, Problem: null, bytes, RecordCount.Of(article));
    }
}
