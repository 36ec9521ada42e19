using System;
using System.Collections.Generic;
using System.Text;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>Damages real articles the way scrapers, encoders and copy-paste do. Deterministic for a given <see cref="Random"/>.</summary>
internal static class ArticleMutator
{
    /// <summary>About one million UTF-16 code units: the size of the megabyte line.</summary>
    public const int MegabyteLineLength = 1_000_000;

    /// <summary>How many unclosed quotation marks <see cref="MutationKind.UnbalancedQuotes"/> inserts.</summary>
    public const int UnbalancedQuoteCount = 10_000;

    // Relative frequencies: the huge inputs are rare, so that a fixed time budget covers many seeds.
    private static readonly (MutationKind Kind, int Weight)[] Weights =
    [
        (MutationKind.FlipCharacter, 20),
        (MutationKind.InsertCharacter, 20),
        (MutationKind.DeleteRange, 15),
        (MutationKind.DuplicateRange, 10),
        (MutationKind.SpliceArticles, 8),
        (MutationKind.Truncate, 5),
        (MutationKind.InjectQuoteMarks, 10),
        (MutationKind.InjectBidiControls, 6),
        (MutationKind.InjectLoneSurrogates, 5),
        (MutationKind.InjectControls, 5),
        (MutationKind.InjectPresentationForms, 6),
        (MutationKind.ChangeLineEndings, 3),
        (MutationKind.MegabyteLine, 1),
        (MutationKind.UnbalancedQuotes, 1),
    ];

    private static readonly int TotalWeight = SumWeights();

    /// <summary>Applies between one and eight random mutations to <paramref name="text"/>.</summary>
    public static string Mutate(Random random, string text, IReadOnlyList<string> corpus)
    {
        int count = random.Next(1, 9);
        for (int i = 0; i < count; i++)
        {
            text = Apply(PickKind(random), random, text, corpus);
        }

        return text;
    }

    /// <summary>Applies one mutation of the given kind.</summary>
    public static string Apply(MutationKind kind, Random random, string text, IReadOnlyList<string> corpus)
    {
        var builder = new StringBuilder(text);
        switch (kind)
        {
            case MutationKind.FlipCharacter when text.Length > 0:
                builder[random.Next(text.Length)] = RandomCharacter(random);
                break;
            case MutationKind.FlipCharacter:
            case MutationKind.InsertCharacter:
                builder.Insert(random.Next(text.Length + 1), RandomCharacter(random));
                break;
            case MutationKind.DeleteRange:
            {
                int start = random.Next(text.Length + 1);
                builder.Remove(start, Math.Min(random.Next(1, 17), text.Length - start));
                break;
            }

            case MutationKind.DuplicateRange:
            {
                int start = random.Next(text.Length + 1);
                string range = text.Substring(start, Math.Min(random.Next(1, 65), text.Length - start));
                builder.Insert(start, range, random.Next(1, 5));
                break;
            }

            case MutationKind.SpliceArticles:
            {
                string other = corpus[random.Next(corpus.Count)];
                builder.Length = random.Next(text.Length + 1);
                builder.Append(other.AsSpan(random.Next(other.Length + 1)));
                break;
            }

            case MutationKind.Truncate:
                builder.Length = random.Next(text.Length + 1);
                break;
            case MutationKind.InjectQuoteMarks:
                Scatter(random, builder, HostileText.QuoteMarks, random.Next(1, 21));
                break;
            case MutationKind.InjectBidiControls:
                Scatter(random, builder, HostileText.BidiControls, random.Next(1, 21));
                break;
            case MutationKind.InjectLoneSurrogates:
                Scatter(random, builder, "\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00", random.Next(1, 6));
                break;
            case MutationKind.InjectControls:
                Scatter(random, builder, HostileText.Invisibles, random.Next(1, 21));
                break;
            case MutationKind.InjectPresentationForms:
                InjectPresentationForms(random, builder);
                break;
            case MutationKind.ChangeLineEndings:
                builder.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r");
                break;
            case MutationKind.MegabyteLine:
                builder.Insert(random.Next(text.Length + 1), MegabyteLine(text));
                break;
            case MutationKind.UnbalancedQuotes:
                builder.Insert(random.Next(text.Length + 1), UnbalancedQuotes(random));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mutation.");
        }

        return builder.ToString();
    }

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

    /// <summary><see cref="UnbalancedQuoteCount"/> opening marks, each followed by a word, none closed.</summary>
    public static string UnbalancedQuotes(Random random)
    {
        var quotes = new StringBuilder(UnbalancedQuoteCount * 6);
        string[] openers = ["\"", "«", "“", "„", "'"];
        for (int i = 0; i < UnbalancedQuoteCount; i++)
        {
            quotes.Append(openers[random.Next(openers.Length)]).Append(random.Next(2) == 0 ? "قال " : "بوتين ");
        }

        return quotes.ToString();
    }

    private static MutationKind PickKind(Random random)
    {
        int pick = random.Next(TotalWeight);
        foreach ((MutationKind kind, int weight) in Weights)
        {
            if (pick < weight)
            {
                return kind;
            }

            pick -= weight;
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    private static int SumWeights()
    {
        int total = 0;
        foreach ((_, int weight) in Weights)
        {
            total += weight;
        }

        return total;
    }

    private static void Scatter(Random random, StringBuilder builder, string pool, int count)
    {
        for (int i = 0; i < count; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), pool[random.Next(pool.Length)]);
        }
    }

    private static void InjectPresentationForms(Random random, StringBuilder builder)
    {
        int count = random.Next(1, 41);
        for (int i = 0; i < count; i++)
        {
            char form = RandomPresentationForm(random);
            int at = random.Next(builder.Length + 1);
            if (at < builder.Length && builder[at] is >= '\u0621' and <= '\u064A')
            {
                builder[at] = form; // substitute a letter, as text copied from a PDF does
            }
            else
            {
                builder.Insert(at, form);
            }
        }
    }

    private static char RandomPresentationForm(Random random) => random.Next(2) == 0
        ? (char)random.Next(HostileText.PresentationFormsAFirst, HostileText.PresentationFormsALast + 1)
        : (char)random.Next(HostileText.PresentationFormsBFirst, HostileText.PresentationFormsBLast + 1);

    private static char RandomCharacter(Random random) => random.Next(8) switch
    {
        0 => HostileText.QuoteMarks[random.Next(HostileText.QuoteMarks.Length)],
        1 => HostileText.Punctuation[random.Next(HostileText.Punctuation.Length)],
        2 => HostileText.BidiControls[random.Next(HostileText.BidiControls.Length)],
        3 => HostileText.Invisibles[random.Next(HostileText.Invisibles.Length)],
        4 => RandomPresentationForm(random),
        5 => (char)random.Next(0x0600, 0x0700),
        6 => (char)random.Next(0x20, 0x7F),
        _ => (char)random.Next(0x10000), // anything, lone surrogates included
    };
}
