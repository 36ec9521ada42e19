using System;
using System.Collections.Generic;
using System.Linq;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// Every classified <see cref="WordSet"/> of <see cref="ReportingLexicon"/> and <see cref="DiplomacyLexicon"/> in one
/// table from word to <see cref="WordClass"/> bits, so that a token is hashed once for all of them
/// (<see cref="Classify"/>) instead of once per list per extractor.
/// </summary>
/// <remarks>Immutable and thread-safe; a lookup neither allocates nor depends on the culture.</remarks>
internal static class TokenLexicon
{
    private static readonly string?[] Words;
    private static readonly WordClass[] Classes;
    private static readonly int Mask;
    private static readonly int MinLength;
    private static readonly int MaxLength;

    // One bit per (first letter, last letter, length) signature of the table's words: most words of a text are in no
    // list, and this rejects nearly all of them without hashing.
    private static readonly ulong[] Signatures = new ulong[(SignatureMask + 1) / 64];
    private const int SignatureMask = 0xFFFF;

    static TokenLexicon()
    {
        var union = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (WordSet set in Sets)
        {
            foreach (string word in set.Words)
            {
                union[word] = union.GetValueOrDefault(word) | set.Class;
            }
        }

        int capacity = 4;
        while (capacity < union.Count * 2)
        {
            capacity <<= 1;
        }

        Words = new string?[capacity];
        Classes = new WordClass[capacity];
        Mask = capacity - 1;
        MinLength = union.Keys.Min(static w => w.Length);
        MaxLength = union.Keys.Max(static w => w.Length);
        foreach ((string word, WordClass classes) in union)
        {
            int slot = (int)WordHash.Of(word) & Mask;
            while (Words[slot] is not null)
            {
                slot = (slot + 1) & Mask;
            }

            Words[slot] = word;
            Classes[slot] = classes;
            int signature = SignatureOf(word);
            Signatures[signature >> 6] |= 1UL << signature;
        }
    }

    /// <summary>Gets the sets the table holds: every set of the two lexicons with a <see cref="WordSet.Class"/>, each bit once.</summary>
    public static IReadOnlyList<WordSet> Sets { get; } =
    [
        ReportingLexicon.SpeechVerbs, ReportingLexicon.ExplicitSubjectVerbs, ReportingLexicon.Participles, ReportingLexicon.Attributions,
        ReportingLexicon.ContentOpeners, ReportingLexicon.SpeakerBoundaries, ReportingLexicon.Fillers, ReportingLexicon.OrganisationNouns,
        ReportingLexicon.NamingNouns, ReportingLexicon.StatementNouns, ReportingLexicon.PositionNouns, ReportingLexicon.Continuations,
        ReportingLexicon.NameParticles,
        DiplomacyLexicon.MeetingNouns, DiplomacyLexicon.PhoneWords, DiplomacyLexicon.VideoWords, DiplomacyLexicon.MeetingNegations,
        DiplomacyLexicon.MeetingDenials, DiplomacyLexicon.PluperfectAuxiliaries, DiplomacyLexicon.CounterpartNouns, DiplomacyLexicon.SubjectPronouns,
        DiplomacyLexicon.Counterparts, DiplomacyLexicon.ParticipantGlue, DiplomacyLexicon.PartyAnaphors, DiplomacyLexicon.LightVerbs,
        DiplomacyLexicon.MultipartyQualifiers, DiplomacyLexicon.SigningWords, DiplomacyLexicon.ProposalWords,
        DiplomacyLexicon.FunctionWords, DiplomacyLexicon.Anaphors, DiplomacyLexicon.CorridorNouns, DiplomacyLexicon.AgreementNouns,
        DiplomacyLexicon.ProspectiveMarkers, DiplomacyLexicon.ProspectiveTails, DiplomacyLexicon.CallVerbs, DiplomacyLexicon.AbsenceVerbs,
        DiplomacyLexicon.EventCircumstances, DiplomacyLexicon.CallSources,
    ];

    /// <summary>
    /// Gets the classes of <paramref name="word"/> as <see cref="WordSet.ContainsWithConjunction"/> would find them:
    /// those of the word as written and, when it starts with a glued و or ف, those of the rest.
    /// </summary>
    /// <param name="word">A word of Search-normalized text.</param>
    /// <returns>The union of the classes, or <see cref="WordClass.None"/>.</returns>
    public static WordClass Classify(ReadOnlySpan<char> word) =>
        Lookup(word) | (WordSet.HasGluedConjunction(word) ? Lookup(word[1..]) : WordClass.None);

    private static WordClass Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return WordClass.None;
        }

        int signature = SignatureOf(word);
        if ((Signatures[signature >> 6] & (1UL << signature)) == 0)
        {
            return WordClass.None;
        }

        for (int slot = (int)WordHash.Of(word) & Mask; Words[slot] is { } entry; slot = (slot + 1) & Mask)
        {
            if (word.SequenceEqual(entry))
            {
                return Classes[slot];
            }
        }

        return WordClass.None;
    }

    // The low bytes of the first and last letters (the Arabic letters differ there) and the length, in 16 bits.
    private static int SignatureOf(ReadOnlySpan<char> word) => ((((word[0] & 0xFF) << 8) | (word[^1] & 0xFF)) ^ (word.Length << 5)) & SignatureMask;
}
