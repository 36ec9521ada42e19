using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>Formats the guard's rows as a Markdown table, ready to paste into a pull request or the README.</summary>
public static class GuardTable
{
    private static readonly string[] Headers = ["Benchmark", "Ratio now", "Ratio at release", "Change", "Allocated now", "Allocated at release", "Verdict"];

    /// <summary>Formats <paramref name="rows"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table, one line per row after the header, columns padded to line up.</returns>
    public static string Format(IReadOnlyList<GuardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<string[]> cells = [Headers, .. rows.Select(Cells)];
        int[] widths = [.. Enumerable.Range(0, Headers.Length).Select(column => cells.Max(line => line[column].Length))];
        var table = new StringBuilder();
        AppendLine(table, cells[0], widths);
        table.Append('|');
        for (int column = 0; column < widths.Length; column++)
        {
            table.Append(column == 0 ? ":" : "-").Append('-', widths[column]).Append(column == 0 ? "-|" : ":|");
        }

        table.AppendLine();
        foreach (string[] line in cells.Skip(1))
        {
            AppendLine(table, line, widths);
        }

        return table.ToString();
    }

    /// <summary>Formats a ratio with three significant digits (at least two decimals).</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The text, such as <c>0.0183</c> or <c>1.00</c>.</returns>
    public static string FormatRatio(double ratio)
    {
        int decimals = ratio > 0 ? Math.Clamp(2 - (int)Math.Floor(Math.Log10(ratio)), 2, 9) : 2;
        return ratio.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string[] Cells(GuardRow row) =>
    [
        row.Name,
        row.Now is null ? "—" : FormatRatio(row.Now.Ratio),
        row.Then is null ? "—" : FormatRatio(row.Then.Ratio),
        row.RatioChangePercent is { } change ? change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "—",
        row.Now is null ? "—" : FormatBytes(row.Now.AllocatedBytes),
        row.Then is null ? "—" : FormatBytes(row.Then.AllocatedBytes),
        row.Verdict.ToString(),
    ];

    private static string FormatBytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static void AppendLine(StringBuilder table, string[] line, int[] widths)
    {
        table.Append('|');
        for (int column = 0; column < line.Length; column++)
        {
            string cell = column == 0 ? line[column].PadRight(widths[column]) : line[column].PadLeft(widths[column]);
            table.Append(' ').Append(cell).Append(" |");
        }

        table.AppendLine();
    }
}
