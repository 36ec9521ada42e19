using System;
using System.Globalization;

namespace ArabicNews.Cli.Batch;

/// <summary>Counts a batch as it is consumed and prints the one-line summary.</summary>
internal sealed class BatchSummary
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>Gets how many articles were parsed.</summary>
    public int Articles { get; private set; }

    /// <summary>Gets how many inputs failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Gets how many meetings, statements, agreements and corridors were extracted in all.</summary>
    public long Records { get; private set; }

    /// <summary>Gets how many bytes were read.</summary>
    public long Bytes { get; private set; }

    /// <summary>Counts one consumed input.</summary>
    /// <param name="parsed">The input's result.</param>
    public void Add(ParsedInput parsed)
    {
        if (parsed.Problem is null)
        {
            Articles++;
        }
        else
        {
            Failed++;
        }

        Records += parsed.Records;
        Bytes += parsed.Bytes;
    }

    /// <summary>Formats the summary, e.g. <c>5 articles, 0 failed, 48 records in 0.41 s (0.05 MB/s)</c>.</summary>
    /// <param name="elapsed">How long the batch took.</param>
    /// <returns>The line.</returns>
    public string Format(TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-6);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Articles} {(Articles == 1 ? "article" : "articles")}, {Failed} failed, {Records} {(Records == 1 ? "record" : "records")} in {elapsed.TotalSeconds:0.00} s ({Bytes / BytesPerMegabyte / seconds:0.00} MB/s)");
    }
}
