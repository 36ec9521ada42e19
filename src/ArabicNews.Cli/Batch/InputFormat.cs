namespace ArabicNews.Cli.Batch;

/// <summary>What the <c>parse</c> command's inputs hold (<c>--input</c>).</summary>
internal enum InputFormat
{
    /// <summary>One article per file (the default).</summary>
    Text,

    /// <summary>JSON Lines: one record per line, <c>{"id":…,"text":…,"published":…}</c>.</summary>
    Jsonl,

    /// <summary>CSV (RFC 4180) with a header naming <c>id</c>, <c>text</c> and optionally <c>published</c>.</summary>
    Csv,

    /// <summary>Parquet with a string column <c>text</c>, and optionally <c>id</c>, <c>published</c> and others.</summary>
    Parquet,
}
