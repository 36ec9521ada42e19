using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// CsCheck generators of articles laid out the way news sites lay them out: menus, headline, date and dateline,
/// paragraphs from the real articles with speakers, quotations (balanced, nested or left open) and dates woven in, then
/// boilerplate. Every part is optional or counted, so CsCheck shrinks a failing article towards fewer and simpler parts.
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

    /// <summary>Dates as articles write them: digits (Arabic-Indic a third of the time), month names, weekdays, relative words.</summary>
    private static readonly Gen<string> DateExpressions = DateExpression();

    /// <summary>An article built from <paramref name="paragraphs"/> (the corpus paragraphs).</summary>
    public static Gen<string> Article(IReadOnlyList<string> paragraphs)
    {
        Gen<string> paragraph = TextGens.PickShortestFirst(paragraphs);
        return Gen.Select(
            Optional(3, Line(TextGens.Pick(Menus))),
            Optional(4, Line(Headline(paragraph)), present: 3),
            Optional(3, Line(DateExpressions), present: 2),
            Optional(2, Line(TextGens.Pick(Datelines))),
            Line(Paragraph(paragraph)).Array[0, 8],
            Line(TextGens.Pick(Boilerplate)).Array[0, 3],
            static (menu, headline, date, dateline, body, tail) => string.Concat(menu, headline, date, dateline, string.Concat(body), string.Concat(tail)));
    }

    private static Gen<string> DateExpression() =>
        from day in Gen.Int[0, 32]
        from month in Gen.Int[1, 12]
        from year in Gen.Frequency<int>((4, Gen.Int[1990, 2030]), (1, Gen.Int[0, 9_999]))
        from text in Gen.OneOf<string>(
            TextGens.Pick(Months).Select(name => string.Create(CultureInfo.InvariantCulture, $"{day} {name} {year}")),
            Gen.Const(string.Create(CultureInfo.InvariantCulture, $"{day:D2}.{month:D2}.{year}")),
            Gen.Const(string.Create(CultureInfo.InvariantCulture, $"{day}/{month}/{year}")),
            Gen.Select(TextGens.Pick(Months), TextGens.Pick(Months), (first, second) => string.Create(CultureInfo.InvariantCulture, $"الاثنين {day} {first}/ {second} {year}")),
            TextGens.Pick(DateWords).Select(word => string.Create(CultureInfo.InvariantCulture, $"{word} {year}")),
            TextGens.Pick(Months).Select(name => string.Create(CultureInfo.InvariantCulture, $"{day} و{day + 1} {name} {year} هـ")),
            TextGens.Pick(DateWords))
        from indic in Gen.Int[0, 2]
        select indic == 0 ? ToArabicIndicDigits(text) : text;

    private static Gen<string> Headline(Gen<string> paragraph) =>
        Gen.Select(paragraph, Gen.Int[10, 89], static (source, length) => source[..Math.Min(source.Length, length)]);

    /// <summary>A corpus paragraph with up to five dates, triggers, attributions or quotations inserted at word boundaries.</summary>
    private static Gen<string> Paragraph(Gen<string> paragraph)
    {
        Gen<string> attribution = Gen.Select(TextGens.Pick(ReportingVerbs), TextGens.Pick(Speakers), Gen.OneOf(": ", " إن "), static (verb, speaker, link) => verb + " " + speaker + link);
        Gen<string> piece = Gen.OneOf<string>(DateExpressions, TextGens.Pick(Triggers), attribution, Gen.Select(paragraph, Gen.Int[1, 3]).SelectMany(static (source, depth) => Quotation(source, depth)));
        return from source in paragraph
               from inserts in Gen.Int[0, 5]
               from text in TextGens.Repeat(source, inserts, text => from at in Gen.Int[0, text.Length] from inserted in piece select InsertAtWordBoundary(text, at, inserted))
               select text;
    }

    /// <summary><paramref name="depth"/> quotations nested inside each other, each a piece of <paramref name="source"/> in a pair of marks (some left open).</summary>
    private static Gen<string> Quotation(string source, int depth) =>
        from start in Gen.Int[0, source.Length]
        from length in Gen.Int[0, 119]
        from inner in depth > 1 ? Quotation(source, depth - 1).Select(static nested => " " + nested) : Gen.Const(string.Empty)
        from pair in Gen.OneOf(QuotePairs)
        select string.Concat(pair[0], source.AsSpan(start, Math.Min(length, source.Length - start)), inner, pair[1]);

    private static string InsertAtWordBoundary(string text, int at, string piece)
    {
        while (at < text.Length && text[at] != ' ')
        {
            at++;
        }

        return text.Insert(at, " " + piece + " ");
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

    /// <summary>The content followed by one of the line breaks articles use.</summary>
    private static Gen<string> Line(Gen<string> content) => Gen.Select(content, Gen.OneOf(LineBreaks), static (text, lineBreak) => text + lineBreak);

    /// <summary>The part in <paramref name="present"/> of <paramref name="outOf"/> articles, else nothing (what shrinking prefers).</summary>
    private static Gen<string> Optional(int outOf, Gen<string> part, int present = 1) =>
        Gen.Frequency<string>((outOf - present, Gen.Const(string.Empty)), (present, part));
}
