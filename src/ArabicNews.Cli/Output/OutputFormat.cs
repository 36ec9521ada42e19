namespace ArabicNews.Cli.Output;

/// <summary>How <c>arabic-news parse</c> prints articles.</summary>
internal enum OutputFormat
{
    /// <summary>A readable summary per article (the default on a terminal).</summary>
    Table,

    /// <summary>One JSON object per line (the default when output is redirected).</summary>
    Jsonl,

    /// <summary>An indented JSON array.</summary>
    Json,

    /// <summary>A Parquet file: one row per article, one string column per field of the JSON (lists as JSON text).</summary>
    Parquet,
}
