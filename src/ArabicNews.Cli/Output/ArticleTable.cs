using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArabicNews.Core;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArabicNews.Cli.Output;

/// <summary>Renders an article as a readable summary: a heading, then one table each for meetings, statements, agreements and corridors.</summary>
/// <remarks>Arabic is written as plain text; the terminal lays it out right to left. Thread-safe: every call renders into its own console.</remarks>
internal static class ArticleTable
{
    private const string None = "—";

    /// <summary>Renders <paramref name="article"/>.</summary>
    /// <param name="article">The article.</param>
    /// <param name="file">The file it came from, or <see langword="null"/> for standard input.</param>
    /// <param name="style">Whether to use colours, and the width in columns.</param>
    /// <returns>The rendered text, ending with a blank line.</returns>
    public static string Render(Article article, string? file, TableStyle style)
    {
        using var writer = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.Colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = style.Colors ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = style.Width;

        console.Write(new Rule(Markup.Escape(file ?? "(standard input)")) { Justification = Justify.Left });
        var heading = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        heading.AddRow(new Markup("[bold]Title[/]"), new Text(article.Title ?? None));
        heading.AddRow(new Markup("[bold]Date[/]"), new Text(article.Published?.ToString() ?? None));
        heading.AddRow(new Markup("[bold]Source[/]"), new Text(article.Source?.Name ?? None));
        console.Write(heading);

        Section(console, "Meetings", ["Participants", "Date", "Location", "Mode"], article.Meetings.Select(static m => new[]
        {
            string.Join(" + ", m.Participants.Select(static p => p.Name)),
            m.Date?.ToString() ?? None,
            m.Location?.Name ?? None,
            EnumNames.Kebab(m.Mode),
        }));
        Section(console, "Statements", ["Speaker", "Content", "Quoted"], article.Statements.Select(static s => new[]
        {
            s.Speaker?.Name ?? s.SpeakerText,
            s.Content,
            s.IsDirect ? "yes" : "no",
        }));
        Section(console, "Agreements", ["Title", "Kind", "Status", "Signed"], article.Agreements.Select(static a => new[]
        {
            a.Title,
            EnumNames.Kebab(a.Kind),
            EnumNames.Kebab(a.Status),
            a.Signed?.ToString() ?? None,
        }));
        Section(console, "Corridors", ["Name", "Id"], article.Corridors.Select(static c => new[] { c.Name, c.Id ?? None }));
        console.WriteLine();
        return writer.ToString();
    }

    private static void Section(IAnsiConsole console, string title, string[] columns, IEnumerable<string[]> rows)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(title), Expand = false };
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        foreach (string[] row in rows)
        {
            table.AddRow(row.Select(static cell => (IRenderable)new Text(cell)));
        }

        if (table.Rows.Count == 0)
        {
            console.Write(new Markup($"[dim]{title}: none[/]"));
            console.WriteLine();
            return;
        }

        console.Write(table);
    }
}
