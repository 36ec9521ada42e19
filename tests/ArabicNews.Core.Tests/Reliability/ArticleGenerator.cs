using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// Builds articles the way news sites lay them out: menus, headline, date and dateline, paragraphs from the real
/// articles with speakers, quotations (balanced, nested or left open) and dates woven in, then boilerplate.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class ArticleGenerator
{
    private static readonly string[] Menus =
    [
        "Ru En", "English | Türkçe | العربية | Русский", "الرئيسية > أخبار > سياسة", "الرئيسية / العالم / آسيا",
    ];

    private static readonly string[] Datelines =
    [
        "أنقرة/ الأناضول", "موسكو - (تاس)", "باكو - أذرتاج", "طهران- إرنا", "القاهرة - الأهرام", "(İLKHA)", "موسكو، 22 أبريل - سبوتنيك",
    ];

    private static readonly string[] Speakers =
    [
        "بوتين", "الرئيس الروسي فلاديمير بوتين", "علييف", "الرئيس الأذربيجاني إلهام علييف", "لافروف", "وزير الخارجية التركي هاكان فيدان",
        "المتحدث باسم الكرملين دميتري بيسكوف", "عضو الجمعية الوطنية الأذربيجانية عيدين حسينوف", "أردوغان", "باشينيان", "الرئيس الإيراني", "هو",
    ];

    private static readonly string[] ReportingVerbs = ["وقال", "وأكد", "وأضاف", "وصرح", "مؤكداً", "بحسب", "وفقاً لـ", "وأعلن", "وشدد"];

    private static readonly string[] Months =
    [
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "أيار", "يونيو", "حزيران", "يوليو", "آب", "سبتمبر", "تشرين الأول", "كانون الثاني",
        "نوفمبر", "ديسمبر", "جويلية", "ماي", "رمضان", "ذو الحجة",
    ];

    private static readonly string[] DateWords = ["اليوم الاثنين", "أمس", "الشهر الماضي", "العام المقبل", "يوم الخميس", "عام", "سنة", "الموافق"];

    private static readonly string[] Triggers =
    [
        "وقع الجانبان اتفاقية", "مذكرة تفاهم", "البيان المشترك", "ممر شمال - جنوب", "ممر زنغزور", "التقى", "أجرى محادثة هاتفية مع", "عبر الفيديو",
        "لم يلتق", "ألغيت الزيارة",
    ];

    private static readonly string[] Boilerplate =
    [
        "المصدر: تاس", "© 2024 جميع الحقوق محفوظة", "اقرأ أيضا: بوتين يلتقي علييف", "الكلمات المفتاحية: روسيا، أذربيجان", "تصوير: رويترز",
        "ترجمة: وكالة الأناضول", "الوسوم: سياسة | دبلوماسية", "وكالة تسنيم الدولية للأنباء", "(İLKHA)",
    ];

    private static readonly string[][] QuotePairs =
    [
        ["\"", "\""], ["«", "»"], ["“", "”"], ["„", "“"], ["'", "'"], ["«", ""], ["", "»"], ["\"", ""],
    ];

    private static readonly string[] LineBreaks = ["\n", "\n\n", "\r\n", "\n \n", "\n\u00A0\n", "\r\n\r\n", "\n\n\n"];

    /// <summary>Builds one article from the corpus paragraphs.</summary>
    public static string Generate(Random random, IReadOnlyList<string> paragraphs)
    {
        var article = new StringBuilder();
        if (random.Next(3) == 0)
        {
            Line(random, article, Pick(random, Menus));
        }

        if (random.Next(4) != 0)
        {
            Line(random, article, Headline(random, paragraphs));
        }

        if (random.Next(3) != 0)
        {
            Line(random, article, DateExpression(random));
        }

        if (random.Next(2) == 0)
        {
            Line(random, article, Pick(random, Datelines));
        }

        int count = random.Next(0, 9);
        for (int i = 0; i < count; i++)
        {
            Line(random, article, Paragraph(random, paragraphs));
        }

        int tail = random.Next(0, 4);
        for (int i = 0; i < tail; i++)
        {
            Line(random, article, Pick(random, Boilerplate));
        }

        return article.ToString();
    }

    private static string Headline(Random random, IReadOnlyList<string> paragraphs)
    {
        string source = Pick(random, paragraphs);
        return source.Substring(0, Math.Min(source.Length, random.Next(10, 90)));
    }

    private static string Paragraph(Random random, IReadOnlyList<string> paragraphs)
    {
        var paragraph = new StringBuilder(Pick(random, paragraphs));
        int inserts = random.Next(0, 6);
        for (int i = 0; i < inserts; i++)
        {
            string piece = random.Next(4) switch
            {
                0 => DateExpression(random),
                1 => Pick(random, Triggers),
                2 => Pick(random, ReportingVerbs) + " " + Pick(random, Speakers) + (random.Next(2) == 0 ? ": " : " إن "),
                _ => Quotation(random, Pick(random, paragraphs), depth: random.Next(1, 4)),
            };
            paragraph.Insert(WordBoundary(random, paragraph), " " + piece + " ");
        }

        return paragraph.ToString();
    }

    private static string Quotation(Random random, string source, int depth)
    {
        int start = random.Next(source.Length + 1);
        string inner = source.Substring(start, Math.Min(random.Next(0, 120), source.Length - start));
        if (depth > 1)
        {
            inner += " " + Quotation(random, source, depth - 1);
        }

        string[] pair = QuotePairs[random.Next(QuotePairs.Length)];
        return pair[0] + inner + pair[1];
    }

    private static string DateExpression(Random random)
    {
        int day = random.Next(0, 33);
        int month = random.Next(1, 13);
        int year = random.Next(0, 5) == 0 ? random.Next(0, 10_000) : random.Next(1990, 2031);
        string text = random.Next(7) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{day} {Pick(random, Months)} {year}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{day:D2}.{month:D2}.{year}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{day}/{month}/{year}"),
            3 => string.Create(CultureInfo.InvariantCulture, $"الاثنين {day} {Pick(random, Months)}/ {Pick(random, Months)} {year}"),
            4 => string.Create(CultureInfo.InvariantCulture, $"{Pick(random, DateWords)} {year}"),
            5 => string.Create(CultureInfo.InvariantCulture, $"{day} و{day + 1} {Pick(random, Months)} {year} هـ"),
            _ => Pick(random, DateWords),
        };
        return random.Next(3) == 0 ? ToArabicIndicDigits(text) : text;
    }

    private static string ToArabicIndicDigits(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            digits.Append(char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c);
        }

        return digits.ToString();
    }

    private static int WordBoundary(Random random, StringBuilder text)
    {
        int at = random.Next(text.Length + 1);
        while (at < text.Length && text[at] != ' ')
        {
            at++;
        }

        return at;
    }

    private static void Line(Random random, StringBuilder article, string line) => article.Append(line).Append(Pick(random, LineBreaks));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
