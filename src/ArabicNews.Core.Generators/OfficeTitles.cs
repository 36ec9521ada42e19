using System;
using System.Collections.Generic;
using System.Text;

namespace ArabicNews.Core.Generators;

/// <summary>
/// The offices a catalog role can name (<c>{ "office": "foreign-minister", "of": "country:saudi-arabia" }</c>) and
/// the title forms Arabic outlets write for each, as one table of templates.
/// </summary>
/// <remarks>
/// <para>Placeholders, filled from the <c>of</c> entity:</para>
/// <list type="bullet">
/// <item><c>{n}</c> — each of its Arabic names (the <c>arabic</c> name and every alias that starts with an Arabic letter): <c>وزير خارجية {n}</c> → <c>وزير خارجية المملكة العربية السعودية</c>.</item>
/// <item><c>{s}</c> — each of those names that is not itself a state form (<c>جمهورية …</c>, <c>المملكة …</c>, <c>دولة …</c>, …), for templates that add one: <c>رئيس جمهورية {s}</c>.</item>
/// <item><c>{ln}</c> — <c>{n}</c> with the preposition ل glued on, contracting ل + ال to لل: <c>للأمم المتحدة</c>, <c>لجامعة الدول العربية</c>.</item>
/// <item><c>{m}</c> — each masculine nisba: a demonym ending in ي, with the article (<c>السعودي</c>).</item>
/// <item><c>{f}</c> — each feminine nisba: the masculine one + ة (<c>السعودية</c>).</item>
/// </list>
/// <para>
/// <c>(a|b|c)</c> is an alternation: the template stands for each choice. A template whose placeholder has no value
/// (an organization without demonyms) gives nothing. The table is pure data with no dependency on Roslyn, so the
/// run-time catalog loader shares it as source.
/// </para>
/// </remarks>
internal static class OfficeTitles
{
    private const string Spokesperson = "(المتحدث|المتحدثة|الناطق|الناطقة|المتحدث الرسمي|المتحدثة الرسمية|الناطق الرسمي|الناطقة الرسمية)";

    /// <summary>The first words of a name that is already a state form, so <c>{s}</c> skips it.</summary>
    private static readonly string[] StateForms = { "جمهورية", "الجمهورية", "المملكة", "مملكة", "دولة", "سلطنة", "إمارة", "الإمارات", "الاتحاد", "اتحاد", "الولايات" };

    /// <summary>Every office: its key, then its title templates (the first is the canonical title).</summary>
    private static readonly (string Office, string[] Templates)[] Table =
    {
        ("president", new[] { "الرئيس {m}", "رئيس {n}", "رئيس جمهورية {s}", "رئيس الجمهورية {f}", "رئيس دولة {s}", "الرئيسة {f}", "رئيسة {n}" }),
        ("vice-president", new[] { "نائب الرئيس {m}", "نائب رئيس {n}", "نائب رئيس جمهورية {s}", "نائب رئيس الجمهورية {f}", "نائبة الرئيس {m}" }),
        ("prime-minister", new[] { "رئيس الوزراء {m}", "رئيس وزراء {n}", "رئيس الحكومة {f}", "رئيس حكومة {n}", "رئيس مجلس الوزراء {m}", "الوزير الأول {m}", "رئيسة الوزراء {f}", "رئيسة وزراء {n}", "رئيسة الحكومة {f}", "رئيسة حكومة {n}" }),
        ("deputy-prime-minister", new[] { "نائب رئيس الوزراء {m}", "نائب رئيس وزراء {n}", "نائب رئيس الحكومة {f}", "نائب رئيس حكومة {n}", "نائب رئيس مجلس الوزراء {m}", "نائبة رئيس الوزراء {m}", "نائبة رئيس الحكومة {f}" }),
        ("foreign-minister", new[] { "وزير الخارجية {m}", "وزير خارجية {n}", "وزير الشؤون الخارجية {m}", "رئيس الدبلوماسية {f}", "وزير الخارجية في {n}", "وزيرة الخارجية {f}", "وزيرة خارجية {n}", "وزيرة الشؤون الخارجية {f}" }),
        ("defense-minister", new[] { "وزير الدفاع {m}", "وزير دفاع {n}", "وزير الدفاع في {n}", "وزيرة الدفاع {f}", "وزيرة دفاع {n}" }),
        ("interior-minister", new[] { "وزير الداخلية {m}", "وزير داخلية {n}", "وزير الداخلية في {n}", "وزيرة الداخلية {f}", "وزيرة داخلية {n}" }),
        ("finance-minister", new[] { "وزير المالية {m}", "وزير مالية {n}", "وزير المالية في {n}", "وزيرة المالية {f}", "وزيرة مالية {n}" }),
        ("energy-minister", new[] { "وزير الطاقة {m}", "وزير طاقة {n}", "وزير الطاقة في {n}", "وزيرة الطاقة {f}" }),
        ("oil-minister", new[] { "وزير النفط {m}", "وزير نفط {n}", "وزير البترول {m}", "وزير بترول {n}", "وزير النفط في {n}" }),
        ("economy-minister", new[] { "وزير الاقتصاد {m}", "وزير اقتصاد {n}", "وزير الاقتصاد في {n}", "وزيرة الاقتصاد {f}" }),
        ("foreign-ministry-spokesperson", new[] { Spokesperson + " باسم وزارة الخارجية {f}", Spokesperson + " باسم الخارجية {f}", Spokesperson + " باسم وزارة خارجية {n}" }),
        ("presidential-spokesperson", new[] { Spokesperson + " باسم الرئاسة {f}", Spokesperson + " باسم الرئيس {m}", Spokesperson + " باسم رئاسة {n}" }),
        ("government-spokesperson", new[] { Spokesperson + " باسم الحكومة {f}", Spokesperson + " باسم حكومة {n}" }),
        ("king", new[] { "العاهل {m}", "ملك {n}", "الملك {m}" }),
        ("emir", new[] { "أمير {n}", "أمير دولة {s}" }),
        ("sultan", new[] { "سلطان {n}", "السلطان {m}" }),
        ("crown-prince", new[] { "ولي العهد {m}", "ولي عهد {n}" }),
        ("supreme-leader", new[] { "المرشد الأعلى {m}", "المرشد {m}", "مرشد {n}", "المرشد الأعلى في {n}" }),
        ("speaker-of-parliament", new[] { "رئيس البرلمان {m}", "رئيس برلمان {n}", "رئيس مجلس النواب {m}", "رئيس مجلس الشعب {m}", "رئيس مجلس الأمة {m}", "رئيسة البرلمان {m}" }),
        ("secretary-general", new[] { "الأمين العام {ln}", "الأمين العام {m}", "أمين عام {n}", "الأمينة العامة {ln}" }),
    };

    /// <summary>Gets the office keys, in table order.</summary>
    public static IEnumerable<string> Offices
    {
        get
        {
            foreach (var row in Table)
            {
                yield return row.Office;
            }
        }
    }

    /// <summary>Returns whether <paramref name="office"/> is a known office key.</summary>
    /// <param name="office">The key, e.g. <c>foreign-minister</c>.</param>
    /// <returns><see langword="true"/> when the table has it.</returns>
    public static bool IsKnown(string office) => Find(office) >= 0;

    /// <summary>Expands an office of an entity into its title forms, canonical first, without repeats.</summary>
    /// <param name="office">The office key (unknown keys give nothing).</param>
    /// <param name="arabic">The <c>of</c> entity's Arabic name.</param>
    /// <param name="aliases">The <c>of</c> entity's aliases.</param>
    /// <param name="demonyms">The <c>of</c> entity's demonyms.</param>
    /// <returns>The titles, in template order.</returns>
    public static List<string> Expand(string office, string arabic, IEnumerable<string> aliases, IEnumerable<string> demonyms)
    {
        var titles = new List<string>();
        int row = Find(office);
        if (row < 0)
        {
            return titles;
        }

        var names = new List<string>();
        AddDistinct(names, arabic);
        foreach (string alias in aliases)
        {
            AddDistinct(names, alias);
        }

        names.RemoveAll(static name => !IsArabicLetter(name[0]));
        var simple = names.FindAll(static name => Array.IndexOf(StateForms, FirstWord(name)) < 0);
        var withLam = names.ConvertAll(GlueLam);
        var masculine = new List<string>();
        foreach (string demonym in demonyms)
        {
            string trimmed = demonym.Trim();
            if (trimmed.Length > 1 && trimmed[trimmed.Length - 1] == 'ي')
            {
                AddDistinct(masculine, trimmed.StartsWith("ال", StringComparison.Ordinal) ? trimmed : "ال" + trimmed);
            }
        }

        var feminine = masculine.ConvertAll(static m => m + "ة");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string template in Table[row].Templates)
        {
            foreach (string alternative in Alternatives(template))
            {
                int open = alternative.IndexOf('{');
                int close = alternative.IndexOf('}', open + 1);
                List<string> values = alternative.Substring(open + 1, close - open - 1) switch
                {
                    "n" => names,
                    "s" => simple,
                    "ln" => withLam,
                    "m" => masculine,
                    _ => feminine,
                };

                foreach (string value in values)
                {
                    string title = alternative.Substring(0, open) + value + alternative.Substring(close + 1);
                    if (seen.Add(title))
                    {
                        titles.Add(title);
                    }
                }
            }
        }

        return titles;
    }

    /// <summary>Glues the preposition ل to a name: ل + الأمم → للأمم, ل + اللجنة → للجنة, ل + جامعة → لجامعة.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name with ل.</returns>
    internal static string GlueLam(string name)
    {
        if (!name.StartsWith("ال", StringComparison.Ordinal))
        {
            return "ل" + name;
        }

        string rest = name.Substring(2);
        return rest.StartsWith("ل", StringComparison.Ordinal) ? "ل" + rest : "لل" + rest;
    }

    private static int Find(string office)
    {
        for (int i = 0; i < Table.Length; i++)
        {
            if (string.Equals(Table[i].Office, office, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Spells out the one <c>(a|b)</c> alternation of a template, if any.</summary>
    private static IEnumerable<string> Alternatives(string template)
    {
        int open = template.IndexOf('(');
        if (open < 0)
        {
            yield return template;
            yield break;
        }

        int close = template.IndexOf(')', open);
        string before = template.Substring(0, open);
        string after = template.Substring(close + 1);
        foreach (string choice in template.Substring(open + 1, close - open - 1).Split('|'))
        {
            yield return new StringBuilder(before).Append(choice).Append(after).ToString();
        }
    }

    private static string FirstWord(string name)
    {
        int space = name.IndexOf(' ');
        return space < 0 ? name : name.Substring(0, space);
    }

    private static bool IsArabicLetter(char c) => c >= '\u0620' && c <= '\u064A';

    private static void AddDistinct(List<string> list, string value)
    {
        string trimmed = value.Trim();
        if (trimmed.Length > 0 && !list.Contains(trimmed))
        {
            list.Add(trimmed);
        }
    }
}
