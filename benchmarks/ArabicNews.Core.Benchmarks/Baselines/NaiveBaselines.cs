using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Benchmarks.Baselines;

/// <summary>
/// The naive implementations the benchmarks compare against: what one would write with <see cref="Regex"/> and
/// <see cref="string.Replace(char, char)"/>, kept in one place so every benchmark measures against the same thing.
/// </summary>
internal static class NaiveBaselines
{
    public const string Months =
        "يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|" +
        "كانون الثاني|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول";

    private static readonly Regex RemovedMarks = new("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]", RegexOptions.Compiled);
    private static readonly Regex AlefForms = new("[\u0622\u0623\u0625\u0671]", RegexOptions.Compiled);
    private static readonly Regex Spaces = new("[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]", RegexOptions.Compiled);
    private static readonly Regex PresentationForms = new("[\uFB50-\uFDFF\uFE70-\uFEFE]", RegexOptions.Compiled);

    /// <summary>Gets a non-backtracking day–month–year pattern with the Egyptian/Gulf and Levantine month names.</summary>
    public static Regex DateRegex { get; } = new(
        @"\b(?:\d{1,2}\s+)?(?:" + Months + @")(?:\s*[/\-(]\s*(?:" + Months + @")\)?)?\s+\d{4}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Gets a quotation pattern: straight, curly and angle quotes, no nesting.</summary>
    public static Regex QuotationRegex { get; } = new("\"[^\"\n]*\"|\u00AB[^\u00BB\n]*\u00BB|\u201C[^\u201D\n]*\u201D", RegexOptions.NonBacktracking);

    /// <summary>Normalizes with the <see cref="NormalizationOptions.Search"/> rules by chained replacements, one rule at a time.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text.</returns>
    public static string NormalizeByReplacing(string text)
    {
        string s = RemovedMarks.Replace(text, string.Empty);
        s = AlefForms.Replace(s, "\u0627");
        s = s.Replace('\u0649', '\u064A').Replace('\u0629', '\u0647').Replace('\u0624', '\u0648').Replace('\u0626', '\u064A')
            .Replace('\u06CC', '\u064A').Replace('\u06A9', '\u0643').Replace('\u06D5', '\u0647').Replace('\u06C0', '\u0647').Replace('\u06C1', '\u0647');
        for (int d = 0; d < 10; d++)
        {
            s = s.Replace((char)('\u0660' + d), (char)('0' + d)).Replace((char)('\u06F0' + d), (char)('0' + d));
        }

        s = Spaces.Replace(s, " ");
        return PresentationForms.Replace(s, m => ArabicCharacterFolding.NormalizeReference(m.Value, NormalizationOptions.Search));
    }

    /// <summary>
    /// The naive pipeline without the name alternation: chained-replace normalization, then the date and quotation
    /// patterns. For inputs so large that the name alternation alone would take seconds (about 0.1 MB/s).
    /// </summary>
    /// <param name="text">The text as published.</param>
    /// <returns>The number of dates and quotations found.</returns>
    public static int NormalizeAndCountDatesAndQuotations(string text) => CountDatesAndQuotations(NormalizeByReplacing(text));

    /// <summary>Counts the matches of <see cref="DateRegex"/> and <see cref="QuotationRegex"/>.</summary>
    /// <param name="normalized">The normalized text.</param>
    /// <returns>The number of dates and quotations found.</returns>
    public static int CountDatesAndQuotations(string normalized) => DateRegex.Count(normalized) + QuotationRegex.Count(normalized);

    /// <summary>
    /// Builds an alternation of every normalized alias, demonym and role title (longest first) between letter/digit
    /// boundaries, interpreted: with <see cref="RegexOptions.Compiled"/> this 2,000-branch pattern ran at 135–270 ms
    /// over the seeds, in two states that changed from process to process and even between two instances in one
    /// process (so every ratio against it jumped by 25–35% between runs of the guard), and never faster than the
    /// interpreter, which took 74–90 ms in every process.
    /// </summary>
    /// <returns>The pattern.</returns>
    public static Regex BuildNameRegex()
    {
        IEnumerable<string> names = EntityCatalog.Default.Entities.SelectMany(entity =>
            entity.Aliases.Append(entity.ArabicName).Concat(entity.Demonyms).Concat(entity.Roles.Select(role => role.Title)));
        string alternation = string.Join("|", names.Select(name => ArabicNormalizer.Normalize(name)).Distinct(StringComparer.Ordinal)
            .OrderByDescending(name => name.Length).ThenBy(name => name, StringComparer.Ordinal).Select(Regex.Escape));
        return new Regex(@"(?<![\p{L}\p{N}])(?:" + alternation + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
