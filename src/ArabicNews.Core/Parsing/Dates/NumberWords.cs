using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>The cardinal number words that write out years (<c>عام الفين وثمانيه عشر</c>) and months (<c>شهر عشره</c>), normalized.</summary>
/// <remarks>
/// Normalization folds <c>مائة</c> to <c>مايه</c> and <c>مئة</c> to <c>ميه</c>, so both spellings of the hundreds are listed. Masculine and
/// feminine, nominative and oblique forms are all here (<c>اثنان</c>, <c>اثنين</c>, <c>ثلاث</c>, <c>ثلاثه</c>), with or
/// without the article.
/// </remarks>
internal static class NumberWords
{
    /// <summary>Gets the value and the kind of a number word.</summary>
    /// <param name="word">The word, without a glued conjunction.</param>
    /// <param name="kind">The kind of the word, or <see cref="NumberWordKind.None"/>.</param>
    /// <returns>The value, or 0 when the word is no number word.</returns>
    public static int Value(ReadOnlySpan<char> word, out NumberWordKind kind)
    {
        int value = Bare(word, out kind);
        if (value == 0 && word.Length > 4 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            value = Bare(word[2..], out kind); // the definite forms after عام: العام الالفان والواحد والعشرون
        }

        return value;
    }

    private static int Bare(ReadOnlySpan<char> word, out NumberWordKind kind)
    {
        int value = word switch
        {
            "الف" => 1000,
            "الفين" or "الفان" => 2000,
            _ => 0,
        };
        if (value != 0)
        {
            kind = NumberWordKind.Thousands;
            return value;
        }

        value = Hundreds(word);
        if (value != 0)
        {
            kind = NumberWordKind.Hundreds;
            return value;
        }

        value = word switch
        {
            "واحد" or "واحده" or "احد" or "احدي" => 1,
            "اثنان" or "اثنين" or "اثنتان" or "اثنتين" or "اثنا" or "اثني" or "اثنتا" or "اثنتي" => 2,
            "ثلاث" or "ثلاثه" => 3,
            "اربع" or "اربعه" => 4,
            "خمس" or "خمسه" => 5,
            "ست" or "سته" => 6,
            "سبع" or "سبعه" => 7,
            "ثمان" or "ثماني" or "ثمانيه" => 8,
            "تسع" or "تسعه" => 9,
            _ => 0,
        };
        if (value != 0)
        {
            kind = NumberWordKind.Units;
            return value;
        }

        if (word is "عشر" or "عشره")
        {
            kind = NumberWordKind.Ten;
            return 10;
        }

        value = word switch
        {
            "عشرون" or "عشرين" => 20,
            "ثلاثون" or "ثلاثين" => 30,
            "اربعون" or "اربعين" => 40,
            "خمسون" or "خمسين" => 50,
            "ستون" or "ستين" => 60,
            "سبعون" or "سبعين" => 70,
            "ثمانون" or "ثمانين" => 80,
            "تسعون" or "تسعين" => 90,
            _ => 0,
        };
        kind = value != 0 ? NumberWordKind.Tens : NumberWordKind.None;
        return value;
    }

    // مايه/ميه (100), مايتين/مايتان/ميتين/ميتان (200), and a unit glued to مايه/ميه (ثلاثمايه … تسعمايه).
    private static int Hundreds(ReadOnlySpan<char> word)
    {
        if (word is "مايتين" or "مايتان" or "ميتين" or "ميتان")
        {
            return 200;
        }

        ReadOnlySpan<char> unit;
        if (word.EndsWith("مايه", StringComparison.Ordinal))
        {
            unit = word[..^4];
        }
        else if (word.EndsWith("ميه", StringComparison.Ordinal))
        {
            unit = word[..^3];
        }
        else
        {
            return 0;
        }

        int value = unit switch
        {
            "" => 1,
            "ثلاث" => 3,
            "اربع" => 4,
            "خمس" => 5,
            "ست" => 6,
            "سبع" => 7,
            "ثمان" or "ثماني" => 8,
            "تسع" => 9,
            _ => 0,
        };
        return value * 100;
    }
}
