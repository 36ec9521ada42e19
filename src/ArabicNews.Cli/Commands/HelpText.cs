using System;
using System.Linq;

namespace ArabicNews.Cli.Commands;

/// <summary>The description every command shows in <c>--help</c>: what it does, then examples.</summary>
internal static class HelpText
{
    /// <summary>Joins <paramref name="summary"/> and an <c>Example:</c> block with one indented line per example.</summary>
    /// <param name="summary">What the command does.</param>
    /// <param name="examples">Command lines, optionally with a trailing <c># comment</c>.</param>
    /// <returns>The description.</returns>
    public static string WithExamples(string summary, params string[] examples) =>
        summary + Environment.NewLine + Environment.NewLine + "Example:" + Environment.NewLine
        + string.Join(Environment.NewLine, examples.Select(static example => "  " + example));
}
