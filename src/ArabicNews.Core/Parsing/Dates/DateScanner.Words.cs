using System;

namespace ArabicNews.Core.Parsing.Dates;

/// <summary>Numbers written out in words: years (<c>الفين وثمانيه عشر</c>) and month numbers (<c>شهر عشره</c>).</summary>
internal ref partial struct DateScanner
{
    /// <summary>The most words a number written out may have (<c>الف وتسعمايه وثمانيه وسبعون</c> has four).</summary>
    private const int MaxNumberWords = 6;

    /// <summary>
    /// Reads a year written out: thousands first (<c>الفين</c>, <c>الف وتسعمايه وواحد</c>, <c>الفان وثمانيه عشر</c>), or with
    /// <paramref name="allowHundreds"/> hundreds first (<c>مايتين وسبعه وستين</c>, after <c>عام</c>). A lone <c>الف</c> is the
    /// count "a thousand", never a year.
    /// </summary>
    private readonly bool TryWrittenYear(int position, bool allowHundreds, out int year, out int end)
    {
        if (!TryWrittenNumber(position, out year, out NumberWordKind first, out int words, out end)
            || !(first == NumberWordKind.Thousands || (allowHundreds && first == NumberWordKind.Hundreds))
            || (year == 1000 && words == 1))
        {
            year = 0;
            return false;
        }

        return year is >= 1 and <= 2999;
    }

    /// <summary>Reads a month number written out (<c>عشره</c>, <c>اثنا عشر</c>, <c>ثلاثه</c>): 1 to 12.</summary>
    private readonly bool TryWrittenMonth(int position, out int month, out int end)
    {
        bool read = TryWrittenNumber(position, out month, out NumberWordKind first, out _, out end);
        return read && first is NumberWordKind.Units or NumberWordKind.Ten && month is >= 1 and <= 12;
    }

    /// <summary>
    /// Reads a cardinal number written out, its words joined by و (glued or not) from the largest to the smallest, units
    /// before tens as Arabic has them (<c>ثمانيه وسبعون</c> = 78), a teen as a unit and <c>عشر</c> (<c>ثمانيه عشر</c>).
    /// </summary>
    private readonly bool TryWrittenNumber(int position, out int value, out NumberWordKind first, out int words, out int end)
    {
        DateToken token = Next(position);
        value = 0;
        words = 0;
        end = token.End;
        first = NumberWordKind.None;
        if (token.Kind != DateTokenKind.Word)
        {
            return false;
        }

        value = NumberWords.Value(token.Text(_text), out first);
        if (first == NumberWordKind.None)
        {
            return false;
        }

        words = 1;
        NumberWordKind last = first;
        while (words < MaxNumberWords)
        {
            DateToken next = Next(end);
            if (next.Kind != DateTokenKind.Word)
            {
                break;
            }

            ReadOnlySpan<char> word = next.Text(_text);
            if (last == NumberWordKind.Units && value % 100 < 10 && word is "عشر" or "عشره")
            {
                value += 10; // a teen: ثمانيه عشر
                last = NumberWordKind.Ten;
                end = next.End;
                words++;
                continue;
            }

            int wordEnd = next.End;
            if (word is "و")
            {
                next = Next(next.End);
                if (next.Kind != DateTokenKind.Word)
                {
                    break;
                }

                word = next.Text(_text);
                wordEnd = next.End;
            }
            else if (word.Length > 2 && word[0] == '\u0648')
            {
                word = word[1..];
            }
            else
            {
                break;
            }

            int part = NumberWords.Value(word, out NumberWordKind kind);
            bool inOrder = kind switch
            {
                NumberWordKind.Hundreds => last == NumberWordKind.Thousands,
                NumberWordKind.Units or NumberWordKind.Ten => last is NumberWordKind.Thousands or NumberWordKind.Hundreds,
                NumberWordKind.Tens => last is NumberWordKind.Thousands or NumberWordKind.Hundreds or NumberWordKind.Units,
                _ => false,
            };
            if (!inOrder)
            {
                break;
            }

            value += part;
            last = kind;
            end = wordEnd;
            words++;
        }

        return true;
    }
}
