using System;
using ArabicNews.Core.Parsing.Lexicon;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Recognises a person outside the catalog by the title that introduces them: <c>مستشار المرشد الإيراني علي أكبر
/// ولايتي</c>, <c>الخبير في الشؤون القوقازية أحمد بن علي</c>, <c>وزيرة الطرق والتنمية العمرانية فرزانه صادق</c> — a
/// position noun, its descriptor (ending in a definite word or a catalog name), then two to four name words closing
/// the phrase.
/// </summary>
internal static class TitledName
{
    private const int MaxNameWords = 4;

    /// <summary>
    /// Finds a person outside the catalog named at the end of <c>[phraseStart, phraseEnd)</c> after their title, and
    /// records them in the article's unknown people.
    /// </summary>
    /// <param name="context">The article.</param>
    /// <param name="phraseStart">The normalized start of the phrase, at the title.</param>
    /// <param name="phraseEnd">The normalized end of the phrase, right after the name.</param>
    /// <param name="person">The person, by their Arabic name.</param>
    /// <returns><see langword="true"/> when the phrase is a title and a name.</returns>
    public static bool TryFind(ArticleContext context, int phraseStart, int phraseEnd, out EntityReference? person)
    {
        person = null;
        int first = context.TokenAtOrAfter(phraseStart);
        int last = context.TokenAtOrAfter(phraseEnd) - 1;
        if (last - first < 2 || !context.Is(first, ReportingLexicon.PositionNouns))
        {
            return false;
        }

        int nameStart = last + 1;
        for (int k = last; k > first && last - k < 4; k--)
        {
            ReadOnlySpan<char> word = context.Word(k);
            bool particle = context.Is(k, ReportingLexicon.NameParticles);
            bool familyName = k == last && word.StartsWith("ال") && word.Length > 4 && IsPlainWord(context, k - 1); // "فواز الخلايلة"
            if (!particle && !familyName && (word.Length < 2 || word.StartsWith("ال") || word.StartsWith("لل") || char.IsAsciiDigit(word[0]) || context.MatchCovering(k) is not null
                || context.Is(k, ReportingLexicon.PositionNouns) || context.Is(k, DiplomacyLexicon.FunctionWords) && !word.SequenceEqual("علي")))
            {
                break;
            }

            if (context.Is(k, ReportingLexicon.TitleConnectors))
            {
                return false; // "المتحدث باسم وزارة الخارجية": what the title serves, not a name
            }

            nameStart = k;
            if (HasComma(context, k))
            {
                break; // "… بالخارج، أحمد عطاف": a name does not run across a comma
            }
        }

        int nameWords = last - nameStart + 1;
        if (nameWords < 2 || nameStart <= first)
        {
            return false;
        }

        ReadOnlySpan<char> before = context.Word(nameStart - 1);
        if (!before.StartsWith("ال") && context.MatchCovering(nameStart - 1) is null && !HasComma(context, nameStart))
        {
            return false;
        }

        person = context.AddUnknownPerson(context.Tokens[nameStart].Start, context.Tokens[last].End);
        return true;
    }

    /// <summary>
    /// Finds a person outside the catalog named before their title, after an honorific: <c>مع الشيخ عبد الملك الخليلي
    /// رئيس مجلس الدولة</c>, <c>من معالي إيلي بولوجان رئيس وزراء رومانيا</c>. Names after an honorific may hold words with
    /// the article (<c>الخليلي</c>), so the honorific, not the word shape, marks where the name starts.
    /// </summary>
    /// <param name="context">The article.</param>
    /// <param name="title">The token of the title's position noun.</param>
    /// <param name="person">The person, by their Arabic name.</param>
    /// <returns><see langword="true"/> when an honorific and two to four name words come right before the title.</returns>
    public static bool TryFindBeforeTitle(ArticleContext context, int title, out EntityReference? person)
    {
        person = null;
        if (title < 3 || !context.Is(title, ReportingLexicon.PositionNouns) || context.MatchCovering(title) is not null)
        {
            return false;
        }

        int last = title - 1;
        for (int k = last; k >= 0 && last - k <= MaxNameWords; k--)
        {
            if (context.Is(k, ReportingLexicon.Honorifics))
            {
                if (last - k < 2 || HasComma(context, k + 1))
                {
                    return false;
                }

                person = context.AddUnknownPerson(context.Tokens[k + 1].Start, context.Tokens[last].End);
                return true;
            }

            ReadOnlySpan<char> word = context.Word(k);
            if (word.Length < 2 || char.IsAsciiDigit(word[0]) || context.MatchCovering(k) is not null || context.Is(k, ReportingLexicon.PositionNouns)
                || (context.Is(k, DiplomacyLexicon.FunctionWords) && !word.SequenceEqual("علي")) || (k < last && HasComma(context, k + 1)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPlainWord(ArticleContext context, int k)
    {
        ReadOnlySpan<char> word = context.Word(k);
        return word.Length >= 3 && !context.Is(k, ReportingLexicon.TitleConnectors) && !word.StartsWith("ال") && !char.IsAsciiDigit(word[0]) && context.MatchCovering(k) is null
            && !context.Is(k, ReportingLexicon.PositionNouns) && !context.Is(k, DiplomacyLexicon.FunctionWords);
    }

    private static bool HasComma(ArticleContext context, int k) =>
        k > 0 && context.Span[context.Tokens[k - 1].End..context.Tokens[k].Start].IndexOfAny('\u060C', ',') >= 0;
}
