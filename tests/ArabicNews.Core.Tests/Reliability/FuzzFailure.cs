using System;
using System.Globalization;
using System.Text;
using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>A fuzzing failure as CsCheck reports it once shrunk: the seed that replays the smallest failing input, and the report.</summary>
internal sealed record FuzzFailure(string? Seed, string Report)
{
    private const string SeedMarker = "Set seed: \"";

    /// <summary>Reads the seed and the violation out of CsCheck's exception.</summary>
    public static FuzzFailure From(CsCheckException exception)
    {
        string message = exception.Message;
        int start = message.IndexOf(SeedMarker, StringComparison.Ordinal);
        int end = start < 0 ? -1 : message.IndexOf('"', start + SeedMarker.Length);
        string? seed = end < 0 ? null : message[(start + SeedMarker.Length)..end];
        string violation = exception.InnerException?.Message ?? "(CsCheck gave no inner exception)";
        return new FuzzFailure(seed, message + "\n" + violation);
    }

    /// <summary>The failure: how to replay it, then CsCheck's report (seed, shrinks, the input as a C# literal) and the violation.</summary>
    public override string ToString() =>
        "fuzzing failure; replay: ARABICNEWS_FUZZ_SEED=" + (Seed ?? "(no seed in CsCheck's message)")
        + " ARABICNEWS_FUZZ_SECONDS=0 dotnet test tests/ArabicNews.Core.Tests -c Release --filter Category=Fuzz\n" + Report;

    /// <summary>Writes <paramref name="text"/> as a reproduction, <c>ArticleParser.Parse("…")</c>, escaping everything outside printable ASCII and Arabic.</summary>
    public static string ToReproduction(string text)
    {
        var literal = new StringBuilder(text.Length + 24).Append("ArticleParser.Parse(\"");
        foreach (char c in text)
        {
            if (c is '"' or '\\')
            {
                literal.Append('\\').Append(c);
            }
            else if (c is (>= ' ' and <= '~') or (>= '\u0621' and <= '\u064A'))
            {
                literal.Append(c);
            }
            else
            {
                literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return literal.Append("\")").ToString();
    }
}
