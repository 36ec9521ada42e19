using System;
using System.Collections.Generic;
using System.Text;
using CsCheck;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>
/// CsCheck generators that damage articles the way scrapers, encoders and copy-paste do: each mutation draws its
/// positions and characters from CsCheck, so a failing input shrinks towards fewer, earlier and plainer changes.
/// </summary>
internal static class ArticleMutator
{
    /// <summary>About one million UTF-16 code units: the size of the megabyte line.</summary>
    public const int MegabyteLineLength = 1_000_000;

    /// <summary>How many unclosed quotation marks <see cref="MutationKind.UnbalancedQuotes"/> inserts.</summary>
    public const int UnbalancedQuoteCount = 10_000;

    private static readonly string[] QuoteOpeners = ["\"", "«", "“", "„", "'"];

    // Relative frequencies: the huge inputs are rare, so that a fixed time budget covers many inputs.
    private static readonly Gen<MutationKind> Kinds = Gen.Frequency(
        (20, MutationKind.FlipCharacter),
        (20, MutationKind.InsertCharacter),
        (15, MutationKind.DeleteRange),
        (10, MutationKind.DuplicateRange),
        (8, MutationKind.SpliceArticles),
        (5, MutationKind.Truncate),
        (10, MutationKind.InjectQuoteMarks),
        (6, MutationKind.InjectBidiControls),
        (5, MutationKind.InjectLoneSurrogates),
        (5, MutationKind.InjectControls),
        (6, MutationKind.InjectPresentationForms),
        (3, MutationKind.ChangeLineEndings),
        (1, MutationKind.MegabyteLine),
        (1, MutationKind.UnbalancedQuotes));

    private static readonly Gen<char> PresentationForm = Gen.OneOf<char>(
        Gen.Char[HostileText.PresentationFormsAFirst, HostileText.PresentationFormsALast],
        Gen.Char[HostileText.PresentationFormsBFirst, HostileText.PresentationFormsBLast]);

    private static readonly Gen<char> AnyCharacter = Gen.OneOf<char>(
        Gen.Char[HostileText.QuoteMarks],
        Gen.Char[HostileText.Punctuation],
        Gen.Char[HostileText.BidiControls],
        Gen.Char[HostileText.Invisibles],
        PresentationForm,
        Gen.Char['\u0600', '\u06FF'],
        Gen.Char[' ', '~'],
        Gen.Char[char.MinValue, char.MaxValue]); // anything, lone surrogates included

    /// <summary>
    /// <see cref="UnbalancedQuoteCount"/> opening marks, each followed by a word, none closed.
    /// </summary>
    public static Gen<string> UnbalancedQuotes { get; } = Gen.Int[0, (QuoteOpeners.Length * 2) - 1].Array[UnbalancedQuoteCount].Select(static picks =>
    {
        var quotes = new StringBuilder(UnbalancedQuoteCount * 6);
        foreach (int pick in picks)
        {
            quotes.Append(QuoteOpeners[pick / 2]).Append(pick % 2 == 0 ? "قال " : "بوتين ");
        }

        return quotes.ToString();
    });

    /// <summary>Between one and eight random mutations of <paramref name="text"/>, each applied to the previous result.</summary>
    public static Gen<string> Mutate(string text, IReadOnlyList<string> corpus) =>
        Gen.Int[1, 8].SelectMany(count => TextGens.Repeat(text, count, current => Kinds.SelectMany(kind => Apply(kind, current, corpus))));

    /// <summary>One mutation of the given kind.</summary>
    public static Gen<string> Apply(MutationKind kind, string text, IReadOnlyList<string> corpus) => kind switch
    {
        MutationKind.FlipCharacter when text.Length > 0 =>
            Gen.Select(Gen.Int[0, text.Length - 1], AnyCharacter, (at, c) => string.Concat(text.AsSpan(0, at), [c], text.AsSpan(at + 1))),
        MutationKind.FlipCharacter or MutationKind.InsertCharacter =>
            Gen.Select(Gen.Int[0, text.Length], AnyCharacter, (at, c) => text.Insert(at, c.ToString())),
        MutationKind.DeleteRange =>
            Gen.Select(Gen.Int[0, text.Length], Gen.Int[1, 16], (start, length) => text.Remove(start, Math.Min(length, text.Length - start))),
        MutationKind.DuplicateRange =>
            Gen.Select(Gen.Int[0, text.Length], Gen.Int[1, 64], Gen.Int[1, 4], (start, length, times) =>
                new StringBuilder(text).Insert(start, text.Substring(start, Math.Min(length, text.Length - start)), times).ToString()),
        MutationKind.SpliceArticles =>
            from other in TextGens.Pick(corpus)
            from cut in Gen.Int[0, text.Length]
            from start in Gen.Int[0, other.Length]
            select string.Concat(text.AsSpan(0, cut), other.AsSpan(start)),
        MutationKind.Truncate => Gen.Int[0, text.Length].Select(length => text[..length]),
        MutationKind.InjectQuoteMarks => Scatter(text, Gen.Char[HostileText.QuoteMarks], 20),
        MutationKind.InjectBidiControls => Scatter(text, Gen.Char[HostileText.BidiControls], 20),
        MutationKind.InjectLoneSurrogates => Scatter(text, Gen.Char["\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00"], 5),
        MutationKind.InjectControls => Scatter(text, Gen.Char[HostileText.Invisibles], 20),
        MutationKind.InjectPresentationForms =>
            Gen.Int[1, 40].SelectMany(count => TextGens.Repeat(text, count, current => Gen.Select(Gen.Int[0, current.Length], PresentationForm, (at, form) =>
                at < current.Length && current[at] is >= '\u0621' and <= '\u064A'
                    ? string.Concat(current.AsSpan(0, at), [form], current.AsSpan(at + 1)) // substitute a letter, as text copied from a PDF does
                    : current.Insert(at, form.ToString())))),
        MutationKind.ChangeLineEndings => Gen.OneOf("\r\n", "\r").Select(lineEnding => text.Replace("\n", lineEnding, StringComparison.Ordinal)),
        MutationKind.MegabyteLine => Gen.Int[0, text.Length].Select(at => text.Insert(at, MegabyteLine(text))),
        MutationKind.UnbalancedQuotes => Gen.Select(Gen.Int[0, text.Length], UnbalancedQuotes, (at, quotes) => text.Insert(at, quotes)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mutation."),
    };

    /// <summary>The text with its line breaks turned into spaces, repeated to <see cref="MegabyteLineLength"/> characters.</summary>
    public static string MegabyteLine(string text)
    {
        string unit = text.Length == 0 ? "قال بوتين \" إن " : text.ReplaceLineEndings(" ");
        var line = new StringBuilder(MegabyteLineLength + unit.Length);
        while (line.Length < MegabyteLineLength)
        {
            line.Append(unit);
        }

        return line.ToString(0, MegabyteLineLength);
    }

    /// <summary>Between one and <paramref name="most"/> characters of <paramref name="pool"/>, each inserted anywhere.</summary>
    private static Gen<string> Scatter(string text, Gen<char> pool, int most) =>
        Gen.Int[1, most].SelectMany(count => TextGens.Repeat(text, count, current => Gen.Select(Gen.Int[0, current.Length], pool, (at, c) => current.Insert(at, c.ToString()))));
}
