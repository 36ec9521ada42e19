using System;
using System.Collections.Generic;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Finds the date expressions of an Arabic news text: their spans, values and precisions.</summary>
/// <remarks>
/// <para>
/// The input is text normalized with <c>NormalizationOptions.Search</c> (alef forms folded, ة → ه, ى → ي,
/// Arabic-Indic digits → ASCII, harakat and tatweel removed); the recognizer's word tables are written in that
/// form. It recognizes:
/// </para>
/// <list type="bullet">
/// <item><description>day–month–year and month–year with Egyptian/Gulf, Levantine/Iraqi and Maghrebi month names, alone or
/// paired (<c>22 ابريل/نيسان 2024</c>, <c>9 نوفمبر (تشرين الثاني) 2020</c>, <c>فبراير/ شباط 1988</c>), a year shared by a
/// list (<c>11 يناير و26 نوفمبر 2021</c>, <c>9 و10 مايو 2021</c>), ordinal days (<c>الاول من يناير</c>,
/// <c>الحادي عشر من سبتمبر 2001</c>), days of the anchor's month (<c>10 من الشهر الجاري</c>), and numeric dates
/// (<c>22/4/2024</c>, <c>2024-04-22</c>);</description></item>
/// <item><description>a day and month without a year (<c>بتاريخ 10 مايو</c>), and a bare month after a temporal preposition
/// (<c>في اكتوبر</c>), both resolved against the anchor;</description></item>
/// <item><description>a year after <c>عام</c>/<c>العام</c>/<c>سنه</c> (<c>في عام 2021</c>), with the years joined to it
/// (<c>عامي 2020 و2021</c>: two matches); a bare number is never a date;</description></item>
/// <item><description>weekdays, joined to the date they introduce (<c>اليوم الاثنين 4 ابريل/نيسان 2022</c> is one match) or
/// resolved alone (<c>يوم الاثنين</c>: the latest Monday on or before the anchor);</description></item>
/// <item><description>relative expressions: <c>اليوم</c> (only as the date adverb), <c>امس</c>, <c>اول امس</c>, <c>غدا</c>,
/// <c>الشهر/العام الماضي/المقبل/الجاري</c>, <c>هذا العام</c>, a month with <c>الماضي</c>/<c>المقبل</c>/<c>من العام الماضي</c>/<c>من هذا العام</c>;</description></item>
/// <item><description>Hijri dates (<c>15 رمضان 1445 هـ</c>), converted to Gregorian (see <see cref="HijriDates"/>); a Hijri
/// month and year gives the Gregorian year and month of the month's first day, at <c>Month</c> precision.</description></item>
/// </list>
/// <para>
/// Each match has a <see cref="DateExpressionKind"/>: <see cref="DateExpressionKind.Absolute"/> when the text gives the
/// year, <see cref="DateExpressionKind.Relative"/> when the anchor supplies it. The year resolution rules are those of
/// <see cref="RelativeDateResolver"/>. A list gives one match per date, and a weekday or <c>يوم</c>/<c>اليوم</c> before
/// a date joins that date's match.
/// </para>
/// <para>
/// Matching is leftmost-longest over a hand-written token scanner: no regular expressions, no backtracking,
/// time linear in the length of the text, and nothing allocated beyond the appended results. It never throws
/// on any input. Gregorian years must lie in 1800–2100 and Hijri years in 1200–1600.
/// </para>
/// </remarks>
internal static class DateRecognizer
{
    /// <summary>The earliest Gregorian year taken as a year.</summary>
    public const int MinGregorianYear = 1800;

    /// <summary>The latest Gregorian year taken as a year.</summary>
    public const int MaxGregorianYear = 2100;

    /// <summary>Finds every date expression in <paramref name="normalizedText"/>.</summary>
    /// <param name="normalizedText">Text normalized with <c>NormalizationOptions.Search</c>.</param>
    /// <param name="anchor">
    /// The article's date, against which relative expressions are resolved; <see langword="null"/> when unknown, in
    /// which case relative expressions are reported with a <see langword="null"/> value. An anchor in the years 1 or
    /// 9999 is treated as unknown, so that resolving never leaves the range of <see cref="DateOnly"/>.
    /// </param>
    /// <param name="results">The list the matches are appended to, in text order, without overlaps.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is <see langword="null"/>.</exception>
    public static void Recognize(ReadOnlySpan<char> normalizedText, DateOnly? anchor, List<DateMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (anchor is { Year: < 2 or > 9998 })
        {
            anchor = null;
        }

        var scanner = new DateScanner(normalizedText, anchor, results);
        scanner.Run();
    }

    /// <summary>
    /// Re-resolves the relative matches of an earlier <see cref="Recognize"/> call against a new anchor, with the
    /// same result as recognizing the whole text again at a fraction of the cost.
    /// </summary>
    /// <param name="normalizedText">The text <paramref name="results"/> were recognized in.</param>
    /// <param name="anchor">The new anchor.</param>
    /// <param name="results">The matches, replaced in place.</param>
    /// <remarks>
    /// The anchor never changes which spans are dates, only the values of relative ones, and no expression crosses
    /// a line break; so only the lines holding a relative match are recognized again.
    /// </remarks>
    public static void Reanchor(ReadOnlySpan<char> normalizedText, DateOnly? anchor, List<DateMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        List<DateMatch>? rebuilt = null;
        List<DateMatch>? line = null;
        int copied = 0; // results before this index are in rebuilt
        int done = 0; // the text before this index is handled
        for (int i = 0; i < results.Count; i++)
        {
            DateMatch relative = results[i];
            if (relative.Kind != DateExpressionKind.Relative)
            {
                continue;
            }

            // Each character is scanned for line breaks at most once, so this stays linear in the text.
            int lineStart = done + normalizedText[done..relative.Start].LastIndexOf('\n') + 1;
            int newline = normalizedText[relative.Start..].IndexOf('\n');
            int lineEnd = newline < 0 ? normalizedText.Length : relative.Start + newline;
            rebuilt ??= new List<DateMatch>(results.Count);
            line ??= [];
            while (copied < results.Count && results[copied].Start < lineStart)
            {
                rebuilt.Add(results[copied++]);
            }

            line.Clear();
            Recognize(normalizedText[lineStart..lineEnd], anchor, line);
            foreach (DateMatch match in line)
            {
                rebuilt.Add(match with { Start = match.Start + lineStart });
            }

            while (copied < results.Count && results[copied].Start < lineEnd)
            {
                copied++;
            }

            done = lineEnd;
            i = copied - 1;
        }

        if (rebuilt is not null)
        {
            for (; copied < results.Count; copied++)
            {
                rebuilt.Add(results[copied]);
            }

            results.Clear();
            results.AddRange(rebuilt);
        }
    }
}
