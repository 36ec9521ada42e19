namespace ArabicNews.Cli.Batch;

/// <summary>Why a record is not an article, written in-band as <c>{"id":…,"error":{"code":…,"message":…}}</c>.</summary>
/// <param name="Code">A stable, machine-readable code: <see cref="InvalidJson"/>, <see cref="NotAnObject"/>, <see cref="MissingText"/>, <see cref="TextNotString"/>, <see cref="InvalidPublished"/> or <see cref="InvalidCsv"/>.</param>
/// <param name="Message">What is wrong, for people, as the end of a sentence that starts with the record's place.</param>
internal sealed record RecordError(string Code, string Message)
{
    /// <summary>The line is not valid JSON.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>The line is JSON but not an object.</summary>
    public const string NotAnObject = "not-an-object";

    /// <summary>The record has no <c>text</c>.</summary>
    public const string MissingText = "missing-text";

    /// <summary>The record's <c>text</c> is not a string.</summary>
    public const string TextNotString = "text-not-string";

    /// <summary>The record's <c>published</c> is not a <c>YYYY-MM-DD</c> string.</summary>
    public const string InvalidPublished = "invalid-published";

    /// <summary>The CSV row does not have the header's number of fields, or a quoted field never ends.</summary>
    public const string InvalidCsv = "invalid-csv";
}
