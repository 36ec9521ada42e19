using System;
using System.IO;
using System.Text;
using ArabicNews.Cli.Output;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Parsing;

namespace ArabicNews.Cli.Batch;

/// <summary>Reads, decodes, parses and formats one input. Thread-safe: the batch calls it from several workers.</summary>
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
            return new ParsedInput(input, Output: null, Note: null, input.Problem, Bytes: 0, Records: 0);
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
                byte[] content = File.ReadAllBytes(input.Path);
                bytes = content.Length;
                decoded = ArticleDecoder.Decode(content);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ParsedInput(input, Output: null, Note: null, "cannot be read: " + exception.Message, Bytes: 0, Records: 0);
        }

        if (decoded.Text is null)
        {
            return new ParsedInput(input, Output: null, Note: null, decoded.Problem, bytes, Records: 0);
        }

        Article article = ArticleParser.Parse(decoded.Text, options);
        int records = article.Meetings.Count + article.Statements.Count + article.Agreements.Count + article.Corridors.Count;
        string output = writer.Format(article, input.IsStandardInput ? null : input.Path);
        return new ParsedInput(input, output, decoded.Note, Problem: null, bytes, records);
    }
}
