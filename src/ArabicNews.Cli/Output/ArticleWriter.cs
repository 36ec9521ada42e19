using System;
using ArabicNews.Core.Domain;
using ArabicNews.Core.Serialization;

namespace ArabicNews.Cli.Output;

/// <summary>Formats articles in the chosen <see cref="OutputFormat"/> and writes them, framed, to standard output.</summary>
/// <param name="format">The format.</param>
/// <param name="console">The streams; standard output receives the articles.</param>
internal sealed class ArticleWriter(OutputFormat format, CliConsole console)
{
    private readonly TableStyle _style = new(console.OutIsTerminal, console.Width);
    private bool _first = true;

    /// <summary>Formats one article. Thread-safe, so that workers can format in parallel.</summary>
    /// <param name="article">The article.</param>
    /// <param name="file">The file it came from, or <see langword="null"/> for standard input.</param>
    /// <returns>The text to pass to <see cref="Write"/>.</returns>
    public string Format(Article article, string? file) => format switch
    {
        OutputFormat.Table => ArticleTable.Render(article, file, _style),
        OutputFormat.Json => ArticleJson.Serialize(article, file, indented: true),
        _ => ArticleJson.Serialize(article, file),
    };

    /// <summary>Writes what comes before the first article (the opening bracket of a JSON array).</summary>
    public void Begin()
    {
        if (format == OutputFormat.Json)
        {
            console.Out.WriteLine("[");
        }
    }

    /// <summary>Writes one formatted article.</summary>
    /// <param name="formatted">What <see cref="Format"/> returned.</param>
    public void Write(string formatted)
    {
        if (format == OutputFormat.Json && !_first)
        {
            console.Out.WriteLine(",");
        }

        console.Out.Write(formatted);
        if (format == OutputFormat.Jsonl)
        {
            console.Out.WriteLine();
        }

        _first = false;
    }

    /// <summary>Writes what comes after the last article (the closing bracket of a JSON array).</summary>
    public void End()
    {
        if (format == OutputFormat.Json)
        {
            console.Out.WriteLine(_first ? "]" : Environment.NewLine + "]");
        }

        console.Out.Flush();
    }
}
