using System;
using System.Text;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Tests.Text;

/// <summary>Seeded random strings that mix everything the normalizer has to tell apart.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        // Arabic letters, including every one a rule folds.
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
        "\u0621\u0622\u0623\u0624\u0625\u0626\u0627\u0629\u0649\u0671\u06A9\u06C0\u06C1\u06CC\u06D5\u06AF\u06BE\u06D2",
        // Harakat, other combining marks, superscript alef, Quranic marks, tatweel.
        "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u065F\u0670\u06D6\u06DD\u06ED\u0640",
        // Latin, ASCII digits, punctuation, whitespace.
        "abcXYZ019 .,;:!?\"'()-\t\n\r",
        // Arabic-Indic and extended Arabic-Indic digits, Arabic punctuation.
        "\u0660\u0661\u0665\u0669\u06F0\u06F4\u06F9\u060C\u061B\u061F\u066A\u066B\u066C",
        // Presentation forms: letters, lam-alef ligatures, Allah, the kept phrase ligatures, unassigned slots.
        "\uFE91\uFE8E\uFEDB\uFEEE\uFEFB\uFEF7\uFEF5\uFDF2\uFDFA\uFDFB\uFE70\uFE72\uFC5E\uFB50\uFBB2\uFEFD\uFEFE",
        // Invisible and bidi controls, spaces.
        "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\uFEFF\u00A0\u1680\u2000\u2007\u200A\u202F\u205F\u3000",
        // Neighbours that must not change: quotes, dashes, ellipsis, per mille, CJK, symbols.
        "\u2010\u2013\u2014\u2018\u201C\u201D\u2026\u2030\u2070\u00AB\u00BB\u00A9\u3001\u4E2D\uFB4F\uFE6F\uFF10",
    ];

    /// <summary>Builds a random string of up to <paramref name="maxLength"/> code units.</summary>
    public static string Next(Random random, int maxLength)
    {
        int length = random.Next(maxLength + 1);
        var builder = new StringBuilder(length + 2);
        while (builder.Length < length)
        {
            int kind = random.Next(Pieces.Length + 4);
            if (kind < Pieces.Length)
            {
                string piece = Pieces[kind];
                builder.Append(piece[random.Next(piece.Length)]);
            }
            else if (kind == Pieces.Length)
            {
                builder.Append("\U0001F600"); // a surrogate pair (emoji)
            }
            else if (kind == Pieces.Length + 1)
            {
                builder.Append(random.Next(2) == 0 ? '\uD83D' : '\uDE00'); // a lone surrogate
            }
            else if (kind == Pieces.Length + 2)
            {
                builder.Append((char)random.Next(0x0600, 0x0700)); // anywhere in the Arabic block
            }
            else
            {
                builder.Append((char)random.Next(0xFB50, 0xFF00)); // anywhere in the presentation forms
            }
        }

        return builder.ToString();
    }

    /// <summary>Option combinations worth checking: the presets, none, every single flag and some random mixes.</summary>
    public static NormalizationOptions[] Options(int seed)
    {
        var random = new Random(seed);
        var list = new System.Collections.Generic.List<NormalizationOptions>
        {
            NormalizationOptions.Search, NormalizationOptions.Display, NormalizationOptions.LuceneCompatible, NormalizationOptions.None,
        };
        for (int bit = 0; bit < 16; bit++)
        {
            list.Add((NormalizationOptions)(1 << bit));
        }

        for (int k = 0; k < 8; k++)
        {
            list.Add((NormalizationOptions)random.Next(1 << 16));
        }

        return list.ToArray();
    }
}
