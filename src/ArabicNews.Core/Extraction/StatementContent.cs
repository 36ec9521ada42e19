using System;
using System.Collections.Generic;
using ArabicNews.Core.Parsing.Lexicon;
using ArabicNews.Core.Parsing.Quotations;

namespace ArabicNews.Core.Extraction;

/// <summary>
/// Where what was said begins and ends: after a colon (to the paragraph's end), after the complementizer (<c>أن</c>,
/// <c>إن</c>, <c>إلى أنه</c>) or the preposition the verb takes (<c>أكد على</c>), past the titles in apposition to the
/// speaker; and the clauses that hold nothing said (a date alone, a clause after a comma with no complementizer).
/// </summary>
internal static class StatementContent
{
    private const int MaxWordsBeforeColon = 10;
    private const int MinReportedWordsBeforeQuotation = 3;

    /// <summary>Whether the reported clause at <paramref name="contentStart"/> is closed by a single quotation that belongs to it.</summary>
    /// <param name="context">The article.</param>
    /// <param name="contentStart">Where the content begins.</param>
    /// <param name="regionEnd">Where it must end at the latest.</param>
    /// <returns><see langword="true"/> when the clause and its quotation are one statement.</returns>
    public static bool ReportedBeforeQuotation(ArticleContext context, int contentStart, int regionEnd)
    {
        List<Quotation> quotations = context.Layout.Quotations;
        int q = FirstQuotationAtOrAfter(quotations, contentStart);
        // One quotation closing the reported clause, with no complementizer of its own right before it ("… وأن "…""); several
        // quotations, or one inside the clause, stay statements of their own.
        if (q >= quotations.Count || quotations[q].Open >= regionEnd || (q + 1 < quotations.Count && quotations[q + 1].Open < regionEnd)
            || context.WordCount(contentStart, quotations[q].Open) < MinReportedWordsBeforeQuotation
            || context.WordCount(quotations[q].End, regionEnd) > 0
            || context.Span[contentStart..quotations[q].Open].IndexOfAny('.', '\u061F', ':') >= 0)
        {
            return false;
        }

        for (int k = context.TokenAtOrAfter(contentStart); k < context.Tokens.Count && context.Tokens[k].Start < quotations[q].Open; k++)
        {
            // Only a complementizer right before the quotation opens it; one further back opens a clause inside the content
            // ("… أن عمليتها يجب أن تكون "ضمن حدود معينة"").
            if (context.Is(k, ReportingLexicon.ContentOpeners) && !IsPreposition(context.Word(k))
                && (k + 1 >= context.Tokens.Count || context.Tokens[k + 1].Start > quotations[q].Open))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds where what was said begins after the speaker phrase.</summary>
    /// <param name="context">The article.</param>
    /// <param name="phraseEnd">The end of the speaker phrase.</param>
    /// <param name="regionEnd">Where the content must end at the latest.</param>
    /// <param name="objectFollows">
    /// Whether what was said may follow as a plain object (<c>مؤكداً تضامن رومانيا …</c>), so that a preposition further on
    /// does not open it.
    /// </param>
    /// <param name="colon">Set when a colon introduces the content, which then runs on to the paragraph's end.</param>
    /// <param name="opened">Set when a colon, complementizer or preposition opens the content.</param>
    /// <returns>The normalized start of the content.</returns>
    public static int ContentStart(ArticleContext context, int phraseEnd, int regionEnd, bool objectFollows, out bool colon, out bool opened)
    {
        colon = false;
        opened = true;
        ReadOnlySpan<char> text = context.Span;

        // A colon before any quotation or complementizer introduces speech that runs on to the paragraph's end.
        for (int k = phraseEnd; k < regionEnd; k++)
        {
            char c = text[k];
            if (c == ':')
            {
                colon = context.WordCount(phraseEnd, k) <= MaxWordsBeforeColon;
                if (colon)
                {
                    return SkipOpeners(context, k + 1, regionEnd);
                }

                break;
            }

            if (QuotationFinder.IsQuoteMark(c) || c is '.' or '\u061F')
            {
                break;
            }
        }

        // Otherwise the content follows the first complementizer ("أن", "إن", "إلى أنه"), when there is one. A preposition
        // opens it right after the speaker ("أكد الوزير على أهمية …"), or further on only when no complementizer follows
        // ("أعرب، في محادثة مع …، عن تعازيه"): "في منشور عبر حسابه على منصة إكس، بأن …" opens at بأن.
        phraseEnd = SkipAppositives(context, phraseEnd, regionEnd);
        int i = context.TokenAtOrAfter(phraseEnd);
        int preposition = -1;
        for (int k = i; k < context.Tokens.Count && context.Tokens[k].Start < regionEnd && k - i < 12; k++)
        {
            if (context.Layout.TryGetQuotation(context.Tokens[k].Start, out _) || !context.Is(k, ReportingLexicon.ContentOpeners))
            {
                continue; // not an opener, or inside a quotation, where the complementizer never is
            }

            if (k != i && IsPreposition(context.Word(k)))
            {
                preposition = preposition < 0 ? k : preposition;
                continue;
            }

            return OpenerEnd(context, k);
        }

        if (preposition >= 0 && !objectFollows)
        {
            return OpenerEnd(context, preposition);
        }

        opened = false;
        return phraseEnd;
    }

    /// <summary>Whether a comma follows the speaker phrase.</summary>
    /// <param name="context">The article.</param>
    /// <param name="phraseEnd">The end of the speaker phrase.</param>
    /// <returns><see langword="true"/> after a comma.</returns>
    public static bool FollowsComma(ArticleContext context, int phraseEnd)
    {
        // "وأضاف الصربي دوشان تاديتش، الهدف الثاني …": a clause after a comma with no complementizer is not what was said.
        ReadOnlySpan<char> rest = context.Span[phraseEnd..].TrimStart();
        return !rest.IsEmpty && rest[0] is '\u060C' or ',';
    }

    private static int OpenerEnd(ArticleContext context, int k)
    {
        // "إلى أنه", "على أن": a run of openers ends where the content begins; a preposition after the complementizer
        // is the content's own ("أن على أميركا الاعتراف …").
        while (k + 1 < context.Tokens.Count && context.Is(k + 1, ReportingLexicon.ContentOpeners)
            && !(context.Is(k, ReportingLexicon.Complementizers) && IsPreposition(context.Word(k + 1)))
            && !context.Layout.TryGetQuotation(context.Tokens[k + 1].Start, out _))
        {
            k++;
        }

        return context.Tokens[k].End;
    }

    private static bool IsPreposition(ReadOnlySpan<char> word) => word is "علي" or "عن" or "الي" or "وعلي" or "وعن" or "والي";

    private static int SkipOpeners(ArticleContext context, int position, int regionEnd)
    {
        // ": أن قضايا …" reads as ": قضايا …".
        int k = context.TokenAtOrAfter(position);
        while (k < context.Tokens.Count && context.Tokens[k].Start < regionEnd && context.Is(k, ReportingLexicon.ContentOpeners)
            && !context.Layout.TryGetQuotation(context.Tokens[k].Start, out _) && context.Span[position..context.Tokens[k].Start].Trim().IsEmpty)
        {
            position = context.Tokens[k].End;
            k++;
        }

        return position;
    }

    private static int SkipAppositives(ArticleContext context, int position, int regionEnd)
    {
        // "حكمت حاجييف، مساعد رئيس أذربيجان، رئيس قسم …، كان هذا …": the titles after the name are not content.
        while (true)
        {
            ReadOnlySpan<char> rest = context.Span[position..regionEnd];
            ReadOnlySpan<char> trimmed = rest.TrimStart();
            if (trimmed.IsEmpty || trimmed[0] is not ('\u060C' or ','))
            {
                return position;
            }

            int k = context.TokenAtOrAfter(position);
            if (k >= context.Tokens.Count || context.Tokens[k].End > regionEnd || !context.Is(k, ReportingLexicon.PositionNouns))
            {
                return position; // a title running past the region (the next trigger or the sentence's end) is not skipped
            }

            int next = context.Span[context.Tokens[k].End..regionEnd].IndexOfAny('\u060C', ',');
            if (next < 0)
            {
                return position;
            }

            position = context.Tokens[k].End + next;
        }
    }

    /// <summary>Finds the first quotation opening at or after <paramref name="position"/> (binary search: quotations are sorted and disjoint).</summary>
    /// <param name="quotations">The article's quotations.</param>
    /// <param name="position">A normalized position.</param>
    /// <returns>The index, or the count when none does.</returns>
    public static int FirstQuotationAtOrAfter(List<Quotation> quotations, int position)
    {
        int lo = 0;
        int hi = quotations.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotations[mid].Open < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether <c>[start, end)</c> holds nothing but date expressions.</summary>
    /// <param name="context">The article.</param>
    /// <param name="start">The normalized start.</param>
    /// <param name="end">The normalized end.</param>
    /// <returns><see langword="true"/> for a date alone.</returns>
    public static bool IsOnlyDate(ArticleContext context, int start, int end)
    {
        // "وفقاً لما أعلنته الرئاسة اليوم الإثنين 27 أكتوبر.": a date after the speaker is when, not what, they said.
        int position = start;
        for (int date = context.FirstDateAtOrAfter(start); date < context.Dates.Count && context.WordCount(position, context.Dates[date].Start) == 0; date++)
        {
            position = context.Dates[date].End;
            if (context.WordCount(position, end) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
