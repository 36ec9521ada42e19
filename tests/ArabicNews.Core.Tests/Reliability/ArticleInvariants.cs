using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// The properties every input must keep: parsing throws nothing, every span lies inside the text and points at
/// exactly the text it reports, a second parse gives the same JSON, the JSON reads back to an article that writes it
/// again byte for byte, and the normalizer's index map is valid.
/// Plain checks returning the first <see cref="Violation"/>, because they run for thousands of inputs.
/// </summary>
internal static class ArticleInvariants
{
    private const string EscapedReplacementCharacter = "\\uFFFD";

    /// <summary>Checks every property of <paramref name="input"/>.</summary>
    /// <param name="input">The text to parse.</param>
    /// <param name="json">The article's JSON, or <see langword="null"/> when parsing threw.</param>
    /// <returns>The first violation found, or <see langword="null"/>.</returns>
    public static Violation? Check(string input, out string? json)
    {
        json = null;
        Article article;
        string second;
        try
        {
            article = ArticleParser.Parse(input);
            json = ArticleJson.Serialize(article);
            second = ArticleJson.Serialize(ArticleParser.Parse(input));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new Violation("exception", exception.GetType().Name + ": " + exception.Message + "\n" + exception.StackTrace);
        }

        string expectedText = input.Length > 0 && input[0] == '\uFEFF' ? input[1..] : input;
        if (!string.Equals(article.Text, expectedText, StringComparison.Ordinal))
        {
            return new Violation("text", "Article.Text is not the input (without its byte-order mark)");
        }

        return CheckSpans(article)
            ?? (string.Equals(json, second, StringComparison.Ordinal) ? null : new Violation("determinism", "two parses of the same text differ"))
            ?? CheckReadBack(json, article.Text)
            ?? CheckIndexMap(input, NormalizationOptions.Search)
            ?? CheckIndexMap(input, NormalizationOptions.Display);
    }

    /// <summary>The JSON of <paramref name="input"/>, or <see langword="null"/> when parsing throws.</summary>
    public static string? ParseToJson(string input)
    {
        try
        {
            return ArticleJson.Serialize(ArticleParser.Parse(input));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary><see cref="ArticleJson.Deserialize(string, string?)"/> reads <paramref name="json"/> back, and the article it gives writes the same JSON.</summary>
    public static Violation? CheckReadBack(string json, string text)
    {
        string again;
        try
        {
            again = ArticleJson.Serialize(ArticleJson.Deserialize(json, text));
        }
        catch (JsonException exception)
        {
            return new Violation("json read-back", exception.Message);
        }

        // JSON cannot carry a lone surrogate: the writer puts an escaped U+FFFD in its place, which reads back as U+FFFD and
        // is then written unescaped (docs/output.md). Everything else must come back byte for byte.
        return string.Equals(again, json.Replace(EscapedReplacementCharacter, "\uFFFD", StringComparison.Ordinal), StringComparison.Ordinal)
            ? null
            : new Violation("json read-back", "the article read back from the JSON writes other JSON");
    }

    /// <summary>Every span of <paramref name="article"/> lies inside its text and matches the text it reports.</summary>
    public static Violation? CheckSpans(Article article)
    {
        string text = article.Text;
        foreach (Mention mention in article.Mentions)
        {
            Violation? violation = CheckReported("mention", text, mention.Span, mention.Text);
            if (violation is not null)
            {
                return violation;
            }
        }

        foreach (DateMention date in article.Dates)
        {
            Violation? violation = CheckReported("date", text, date.Span, date.Text);
            if (violation is not null)
            {
                return violation;
            }
        }

        foreach (Boilerplate boilerplate in article.Boilerplate)
        {
            Violation? violation = CheckReported("boilerplate", text, boilerplate.Span, boilerplate.Text);
            if (violation is not null)
            {
                return violation;
            }
        }

        foreach (Statement statement in article.Statements)
        {
            Violation? violation = CheckInside("statement", text, statement.Evidence);
            if (violation is not null)
            {
                return violation;
            }

            if (!text.AsSpan(statement.Evidence.Start, statement.Evidence.Length).Contains(statement.Content, StringComparison.Ordinal))
            {
                return new Violation("statement content", Describe(statement.Evidence) + " does not contain the content it reports: " + statement.Content);
            }
        }

        return CheckAllInside("paragraph", text, article.Paragraphs)
            ?? CheckAllInside("meeting", text, Evidence(article.Meetings, m => m.Evidence))
            ?? CheckAllInside("agreement", text, Evidence(article.Agreements, a => a.Evidence))
            ?? CheckAllInside("corridor", text, Evidence(article.Corridors, c => c.Evidence));
    }

    /// <summary>
    /// The index-map overload consumes everything, agrees with <see cref="ArabicNormalizer.Normalize(string, NormalizationOptions)"/>,
    /// and maps every output character to a source index that is in range and never decreases.
    /// </summary>
    public static Violation? CheckIndexMap(string input, NormalizationOptions options)
    {
        int capacity = ArabicNormalizer.GetMaxNormalizedLength(input.Length);
        char[] destination = ArrayPool<char>.Shared.Rent(capacity);
        int[] map = ArrayPool<int>.Shared.Rent(destination.Length);
        try
        {
            OperationStatus status = ArabicNormalizer.Normalize(input, destination, map, out int consumed, out int written, options);
            if (status != OperationStatus.Done || consumed != input.Length)
            {
                return new Violation("index map", string.Create(CultureInfo.InvariantCulture, $"{options}: status {status}, consumed {consumed} of {input.Length}"));
            }

            if (!destination.AsSpan(0, written).SequenceEqual(ArabicNormalizer.Normalize(input, options)))
            {
                return new Violation("index map", options + ": the span overload and Normalize(string) disagree");
            }

            int previous = 0;
            for (int k = 0; k < written; k++)
            {
                if (map[k] < previous || map[k] >= input.Length)
                {
                    return new Violation("index map", string.Create(CultureInfo.InvariantCulture, $"{options}: map[{k}] = {map[k]} after {previous}, source length {input.Length}"));
                }

                previous = map[k];
            }

            return null;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
            ArrayPool<char>.Shared.Return(destination);
        }
    }

    private static IEnumerable<TextSpan> Evidence<T>(IEnumerable<T> items, Func<T, TextSpan> evidence)
    {
        foreach (T item in items)
        {
            yield return evidence(item);
        }
    }

    private static Violation? CheckAllInside(string what, string text, IEnumerable<TextSpan> spans)
    {
        foreach (TextSpan span in spans)
        {
            Violation? violation = CheckInside(what, text, span);
            if (violation is not null)
            {
                return violation;
            }
        }

        return null;
    }

    private static Violation? CheckInside(string what, string text, TextSpan span) =>
        span.Length > 0 && span.FitsIn(text.Length) ? null : new Violation(what + " span", Describe(span) + " is empty or outside a text of " + text.Length.ToString(CultureInfo.InvariantCulture));

    private static Violation? CheckReported(string what, string text, TextSpan span, string reported) =>
        CheckInside(what, text, span)
        ?? (text.AsSpan(span.Start, span.Length).SequenceEqual(reported) ? null : new Violation(what + " text", Describe(span) + " is '" + text.Substring(span.Start, span.Length) + "', reported '" + reported + "'"));

    private static string Describe(TextSpan span) => span.ToString();
}
