using System;
using System.Buffers;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Parsing.Segmentation;

/// <summary>Recognises whole boilerplate lines of scraped news pages from their wording (normalized text).</summary>
internal static class BoilerplateDetector
{
    /// <summary>
    /// The separators between a label and its value: "المصدر: تاس", "المصدر :تاس", "المصدر - تاس", "المصدر – تاس", and the
    /// full-width colon.
    /// </summary>
    internal static readonly SearchValues<char> LabelSeparators = SearchValues.Create(":\uFF1A-\u2013");

    private static readonly WordSet LanguageCodes = new(
        "ar", "az", "de", "en", "es", "fa", "fr", "hy", "it", "ka", "kk", "ru", "tr", "uk", "ur", "uz", "zh",
        "AR", "AZ", "DE", "EN", "ES", "FA", "FR", "HY", "IT", "KA", "KK", "RU", "TR", "UK", "UR", "UZ", "ZH",
        "Ar", "Az", "De", "En", "Es", "Fa", "Fr", "Hy", "It", "Ka", "Kk", "Ru", "Tr", "Uk", "Ur", "Uz", "Zh");

    /// <summary>Classifies one trimmed line.</summary>
    /// <param name="line">The normalized, trimmed line.</param>
    /// <param name="kind">Why the line is boilerplate, when it is.</param>
    /// <returns><see langword="true"/> when the line is boilerplate.</returns>
    public static bool TryClassify(ReadOnlySpan<char> line, out BoilerplateKind kind)
    {
        if (IsLanguageSwitcher(line))
        {
            kind = BoilerplateKind.LanguageSwitcher;
            return true;
        }

        if (StartsWithLabel(line, "المصدر"))
        {
            kind = BoilerplateKind.SourceLine;
            return true;
        }

        if (StartsWithLabel(line, "الصوره") || StartsWithLabel(line, "صوره") || StartsWithLabel(line, "مصدر الصوره")
            || StartsWithWord(line, "تصوير") || StartsWithLabel(line, "الصور"))
        {
            kind = BoilerplateKind.PhotoCredit;
            return true;
        }

        if ((!line.IsEmpty && line[0] == '\u00A9') || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
            || line.Contains("جميع الحقوق محفوظه", StringComparison.Ordinal)
            || line.Contains("بترجمه هذا الخبر", StringComparison.Ordinal)
            || StartsWithLabel(line, "ترجمه"))
        {
            kind = BoilerplateKind.Copyright;
            return true;
        }

        if (line.IndexOfAny('>', '\u203A') >= 0 && IsBreadcrumb(line))
        {
            kind = BoilerplateKind.Breadcrumb;
            return true;
        }

        if (StartsWithWord(line, "اقرا") && (line.Length < 40 || StartsWithLabel(line, "اقرا ايضا") || StartsWithLabel(line, "اقرا المزيد")))
        {
            kind = BoilerplateKind.RelatedLink;
            return true;
        }

        if (StartsWithLabel(line, "الكلمات الرييسيه") || StartsWithLabel(line, "الكلمات المفتاحيه") || StartsWithLabel(line, "كلمات دلاليه")
            || StartsWithLabel(line, "وسوم") || StartsWithLabel(line, "الوسوم"))
        {
            kind = BoilerplateKind.Tags;
            return true;
        }

        kind = default;
        return false;
    }

    private static bool IsLanguageSwitcher(ReadOnlySpan<char> line)
    {
        return IsLanguageCodeList(line) || (line.Contains('|') && IsPipeMenu(line));
    }

    private static bool IsPipeMenu(ReadOnlySpan<char> line)
    {
        // "English | Türkçe | العربية | Русский": three or more short items between bars, no sentence punctuation.
        int bars = 0;
        int wordsInItem = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (c == '|')
            {
                bars++;
                wordsInItem = 0;
            }
            else if (c is '.' or '\u060C' or ',' or ':' or '\u061F')
            {
                return false;
            }

            bool word = Tokenizer.IsWordChar(c);
            if (word && !inWord && ++wordsInItem > 2)
            {
                return false;
            }

            inWord = word;
        }

        return bars >= 2;
    }

    private static bool IsLanguageCodeList(ReadOnlySpan<char> line)
    {
        // "Ru En", "AR | EN | RU": two- or three-letter language codes and separators only.
        int codes = 0;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c is ' ' or '|' or '/' or '\t' or '-' or '\u00B7')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < line.Length && char.IsAsciiLetter(line[i]))
            {
                i++;
            }

            if (i == start || !LanguageCodes.Contains(line[start..i]))
            {
                return false;
            }

            codes++;
        }

        return codes >= 2;
    }

    private static bool StartsWithLabel(ReadOnlySpan<char> line, string label)
    {
        if (!line.StartsWith(label, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> rest = line[label.Length..].TrimStart();
        return !rest.IsEmpty && LabelSeparators.Contains(rest[0]);
    }

    private static bool StartsWithWord(ReadOnlySpan<char> line, string word) =>
        line.StartsWith(word, StringComparison.Ordinal) && (line.Length == word.Length || !Tokenizer.IsWordChar(line[word.Length]));

    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        // "الرئيسية > أخبار > سياسة", "الشرق الأوسط > العالم": '>' separators between a few short items.
        int separators = 0;
        int words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (c is '>' or '\u203A')
            {
                separators++;
            }
            else if (c is '.' or '\u061F' or '!' or '\u060C' or ',')
            {
                return false;
            }

            bool word = Tokenizer.IsWordChar(c);
            if (word && !inWord)
            {
                words++;
            }

            inWord = word;
        }

        return separators >= 1 && words <= 3 * (separators + 1) && line.Length <= 120;
    }
}
