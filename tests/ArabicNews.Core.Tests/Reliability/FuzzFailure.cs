using System.Globalization;
using System.Text;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>A failing seed, the property it broke and the smallest input found that still breaks it.</summary>
internal sealed record FuzzFailure(int Seed, Violation Violation, string MinimalInput)
{
    /// <summary>The failure as a report: the seed to replay and the reproduction as a C# string literal.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"seed {Seed} (replay: ARABICNEWS_FUZZ_SEED={Seed} ARABICNEWS_FUZZ_SECONDS=0): {Violation}\n")
        + "minimal reproduction: ArticleParser.Parse(" + ToLiteral(MinimalInput) + ")";

    /// <summary>Writes <paramref name="text"/> as a C# string literal, escaping everything outside printable ASCII and Arabic.</summary>
    public static string ToLiteral(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('"');
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

        return literal.Append('"').ToString();
    }
}
