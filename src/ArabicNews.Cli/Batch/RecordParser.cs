using ArabicNews.Core;
using ArabicNews.Cli.Output;

namespace ArabicNews.Cli.Batch;

/// <summary>Decodes, parses and formats one record. Thread-safe: the batch calls it from several workers.</summary>
/// <param name="writer">Formats the article, or the record's error line.</param>
/// <param name="decoder">Decodes the record's JSON.</param>
/// <param name="options">The parser options; a record's <c>published</c> becomes <see cref="ArticleParserOptions.DefaultPublished"/>.</param>
internal sealed class RecordParser(ArticleWriter writer, JsonRecordDecoder decoder, ArticleParserOptions options)
{
    /// <summary>Parses <paramref name="line"/>; a bad record gives an in-band error line in its place, never an exception.</summary>
    /// <param name="line">The record, or a path that yields none.</param>
    /// <returns>The formatted article or error line, or the path's problem.</returns>
    public ParsedInput Parse(RecordLine line)
    {
        if (line.Problem is not null)
        {
            return ParsedInput.Failure(line.Name, line.Problem);
        }

        RecordInput record = decoder.Decode(line);
        if (record.Error is { } error)
        {
            return new ParsedInput(record.Name, writer.FormatError(record, error), Note: null, $"{error.Message} ({error.Code})", record.Bytes, Records: 0);
        }

        ArticleParserOptions recordOptions = record.Published is { } published ? options with { DefaultPublished = published } : options;
        Article article = ArticleParser.Parse(record.Text!, recordOptions);
        return new ParsedInput(record.Name, writer.Format(article, record), Note: null, Problem: null, record.Bytes, RecordCount.Of(article));
    }
}
