using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Finds the places in C# source that build or run a regular expression without a match timeout and without
/// <see cref="RegexOptions.NonBacktracking"/>: <c>new Regex(…)</c>, the static <c>Regex</c> methods and <c>[GeneratedRegex(…)]</c>.
/// </summary>
internal static partial class RegexCallScanner
{
    /// <summary>The unbounded calls in <paramref name="source"/>, each as the text of the call.</summary>
    public static IReadOnlyList<string> FindUnbounded(string source)
    {
        var unbounded = new List<string>();
        foreach (Match call in RegexCall().Matches(source))
        {
            string arguments = Arguments(source, call.Index + call.Length);
            bool bounded = arguments.Contains("NonBacktracking", StringComparison.Ordinal)
                || arguments.Contains("TimeSpan", StringComparison.Ordinal)
                || arguments.Contains("matchTimeout", StringComparison.Ordinal)
                || (call.Value.StartsWith("[GeneratedRegex", StringComparison.Ordinal) && TopLevelCommas(arguments) >= 2);
            if (!bounded)
            {
                unbounded.Add(call.Value + arguments + ")");
            }
        }

        return unbounded;
    }

    // The text between the opening parenthesis at `start - 1` and its closing one (string literals are not
    // parsed: regex patterns with unbalanced parentheses in the source would need a real parser).
    private static string Arguments(string source, int start)
    {
        int depth = 1;
        for (int i = start; i < source.Length; i++)
        {
            depth += source[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return source[start..i];
            }
        }

        return source[start..];
    }

    private static int TopLevelCommas(string arguments)
    {
        int depth = 0;
        int commas = 0;
        foreach (char c in arguments)
        {
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            commas += c == ',' && depth == 0 ? 1 : 0;
        }

        return commas;
    }

    [GeneratedRegex(@"\[GeneratedRegex\(|new\s+(?:System\.Text\.RegularExpressions\.)?Regex\s*\(|\bRegex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex RegexCall();
}
