using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ArabicNews.Core.Text;
using ArabicNews.Core.Benchmarks.Baselines;
using BenchmarkDotNet.Attributes;

namespace ArabicNews.Core.Benchmarks.Text;

/// <summary>
/// <see cref="ArabicNormalizer"/> with the <see cref="NormalizationOptions.Search"/> preset against a naive chain of
/// replacements (the baseline), a straightforward per-character switch loop, and a memory copy (the ceiling).
/// </summary>
/// <remarks>
/// The corpora are built in <see cref="Setup"/> from the five reference articles in <c>seeds/</c> (Russia–Azerbaijan
/// relations, 2021–2024), repeated to about 4 MB of UTF-16:
/// <list type="bullet">
/// <item><description><see cref="NormalizationCorpus.Seed"/>: the articles as published (about 7% of the characters change);</description></item>
/// <item><description><see cref="NormalizationCorpus.Diacritized"/>: a fatha after every Arabic letter (the worst case: almost half the characters are removed);</description></item>
/// <item><description><see cref="NormalizationCorpus.Clean"/>: the articles already Search-normalized (nothing changes: the copy speed).</description></item>
/// </list>
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class NormalizationBenchmarks
{
    private const int CorpusChars = 2 * 1024 * 1024; // 4 MB of UTF-16


    private string _text = string.Empty;
    private char[] _destination = [];
    private int[] _indices = [];

    /// <summary>Gets or sets the corpus.</summary>
    [Params(NormalizationCorpus.Seed, NormalizationCorpus.Diacritized, NormalizationCorpus.Clean)]
    public NormalizationCorpus Corpus { get; set; }

    /// <summary>Builds the corpus and the destination buffers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string seeds = string.Concat(SeedArticles.Files().Select(File.ReadAllText));
        var builder = new StringBuilder(CorpusChars + seeds.Length);
        while (builder.Length < CorpusChars)
        {
            builder.Append(seeds);
        }

        string seed = builder.ToString();
        _text = Corpus switch
        {
            NormalizationCorpus.Seed => seed,
            NormalizationCorpus.Diacritized => Diacritize(seed),
            NormalizationCorpus.Clean => ArabicNormalizer.Normalize(seed, NormalizationOptions.Search),
            _ => throw new InvalidOperationException(),
        };
        _destination = new char[ArabicNormalizer.GetMaxNormalizedLength(_text.Length)];
        _indices = new int[_destination.Length];

        // The methods must agree, or the comparison is meaningless.
        string expected = ArabicNormalizer.Normalize(_text, NormalizationOptions.Search);
        if (NaiveChain() != expected || new string(_destination, 0, ScalarSwitchLoop()) != expected)
        {
            throw new InvalidOperationException("The naive chain or the switch loop disagrees with ArabicNormalizer.");
        }
    }

    /// <summary>Chained <see cref="string.Replace(char, char)"/> and <see cref="Regex.Replace(string, string)"/>, one rule at a time.</summary>
    [Benchmark(Baseline = true)]
    public string NaiveChain() => NaiveBaselines.NormalizeByReplacing(_text);

    /// <summary>What a simple implementation gets: one <c>switch</c> per character into a <see cref="char"/> array.</summary>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Reference)]
    public int ScalarSwitchLoop()
    {
        string text = _text;
        char[] output = _destination;
        int written = 0;
        foreach (char c in text)
        {
            switch (c)
            {
                case '\u0622' or '\u0623' or '\u0625' or '\u0671':
                    output[written++] = '\u0627';
                    break;
                case '\u0649' or '\u0626' or '\u06CC':
                    output[written++] = '\u064A';
                    break;
                case '\u0629' or '\u06D5' or '\u06C0' or '\u06C1':
                    output[written++] = '\u0647';
                    break;
                case '\u0624':
                    output[written++] = '\u0648';
                    break;
                case '\u06A9':
                    output[written++] = '\u0643';
                    break;
                case (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640'
                    or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C' or '\uFEFF':
                    break;
                case >= '\u0660' and <= '\u0669':
                    output[written++] = (char)('0' + (c - '\u0660'));
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    output[written++] = (char)('0' + (c - '\u06F0'));
                    break;
                case '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                    output[written++] = ' ';
                    break;
                case (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE'):
                    foreach (char part in ArabicCharacterFolding.NormalizeReference(c.ToString(), NormalizationOptions.Search))
                    {
                        output[written++] = part;
                    }

                    break;
                default:
                    output[written++] = c;
                    break;
            }
        }

        return written;
    }

    /// <summary>The span API into a preallocated buffer.</summary>
    [Benchmark]
    public int SpanNormalize()
    {
        ArabicNormalizer.Normalize(_text, _destination, out _, out int written, NormalizationOptions.Search);
        return written;
    }

    /// <summary>The span API that also fills the map back to source indices.</summary>
    [Benchmark]
    public int SpanNormalizeWithIndexMap()
    {
        ArabicNormalizer.Normalize(_text, _destination, _indices, out _, out int written, NormalizationOptions.Search);
        return written;
    }

    /// <summary>The string API (allocates the result, or returns the input when nothing changes).</summary>
    [Benchmark]
    public string StringNormalize() => ArabicNormalizer.Normalize(_text, NormalizationOptions.Search);

    /// <summary>The ceiling: copying the same text.</summary>
    [Benchmark]
    [BenchmarkCategory(BenchmarkCategories.Ceiling)]
    public int MemoryCopy()
    {
        _text.AsSpan().CopyTo(_destination);
        return _text.Length;
    }

    private static string Diacritize(string text)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (char c in text)
        {
            builder.Append(c);
            if (c is >= '\u0621' and <= '\u064A' and not '\u0640')
            {
                builder.Append('\u064E'); // fatha
            }
        }

        return builder.ToString(0, Math.Min(builder.Length, CorpusChars));
    }
}

/// <summary>The corpora of <see cref="NormalizationBenchmarks"/>.</summary>
public enum NormalizationCorpus
{
    /// <summary>The reference articles as published.</summary>
    Seed,

    /// <summary>A fatha after every Arabic letter.</summary>
    Diacritized,

    /// <summary>Already Search-normalized text.</summary>
    Clean,
}
