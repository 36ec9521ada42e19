using System;

namespace ArabicNews.Core.Parsing.Lexicon;

/// <summary>
/// The word lists of <see cref="ReportingLexicon"/> and <see cref="DiplomacyLexicon"/> as bits, so that the tokenizer
/// looks every word up once (<see cref="TokenLexicon"/>) and the extractors test a bit instead of hashing the word again
/// for each list they ask about.
/// </summary>
/// <remarks>
/// Thirty-two bits keep a <see cref="Token"/> at twelve bytes, which matters for long articles (a token per five
/// characters); a list the extractors ask about only now and then (<see cref="DiplomacyLexicon.BorderNouns"/>) stays
/// unclassified and is looked up when asked.
/// </remarks>
[Flags]
internal enum WordClass : uint
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary><see cref="ReportingLexicon.SpeechVerbs"/>.</summary>
    SpeechVerb = 1U << 0,

    /// <summary><see cref="ReportingLexicon.ExplicitSubjectVerbs"/>.</summary>
    ExplicitSubjectVerb = 1U << 1,

    /// <summary><see cref="ReportingLexicon.Participles"/>.</summary>
    Participle = 1U << 2,

    /// <summary><see cref="ReportingLexicon.Attributions"/>.</summary>
    Attribution = 1U << 3,

    /// <summary><see cref="ReportingLexicon.ContentOpeners"/>.</summary>
    ContentOpener = 1U << 4,

    /// <summary><see cref="ReportingLexicon.SpeakerBoundaries"/>.</summary>
    SpeakerBoundary = 1U << 5,

    /// <summary><see cref="ReportingLexicon.Fillers"/>.</summary>
    Filler = 1U << 6,

    /// <summary><see cref="ReportingLexicon.OrganisationNouns"/>.</summary>
    OrganisationNoun = 1U << 7,

    /// <summary><see cref="ReportingLexicon.NamingNouns"/>.</summary>
    NamingNoun = 1U << 8,

    /// <summary><see cref="ReportingLexicon.StatementNouns"/>.</summary>
    StatementNoun = 1U << 9,

    /// <summary><see cref="ReportingLexicon.PositionNouns"/>.</summary>
    PositionNoun = 1U << 10,

    /// <summary><see cref="ReportingLexicon.Continuations"/>.</summary>
    Continuation = 1U << 11,

    /// <summary><see cref="ReportingLexicon.NameParticles"/>.</summary>
    NameParticle = 1U << 12,

    /// <summary><see cref="DiplomacyLexicon.MeetingNouns"/>.</summary>
    MeetingNoun = 1U << 13,

    /// <summary><see cref="DiplomacyLexicon.PhoneWords"/>.</summary>
    PhoneWord = 1U << 14,

    /// <summary><see cref="DiplomacyLexicon.VideoWords"/>.</summary>
    VideoWord = 1U << 15,

    /// <summary><see cref="DiplomacyLexicon.MeetingNegations"/>.</summary>
    MeetingNegation = 1U << 16,

    /// <summary><see cref="DiplomacyLexicon.MeetingDenials"/>.</summary>
    MeetingDenial = 1U << 17,

    /// <summary><see cref="DiplomacyLexicon.PluperfectAuxiliaries"/>.</summary>
    PluperfectAuxiliary = 1U << 18,

    /// <summary><see cref="DiplomacyLexicon.CounterpartNouns"/>.</summary>
    CounterpartNoun = 1U << 19,

    /// <summary><see cref="DiplomacyLexicon.SubjectPronouns"/>.</summary>
    SubjectPronoun = 1U << 20,

    /// <summary><see cref="DiplomacyLexicon.Counterparts"/>.</summary>
    Counterpart = 1U << 21,

    /// <summary><see cref="DiplomacyLexicon.ParticipantGlue"/>.</summary>
    ParticipantGlue = 1U << 22,

    /// <summary><see cref="DiplomacyLexicon.PartyAnaphors"/>.</summary>
    PartyAnaphor = 1U << 23,

    /// <summary><see cref="DiplomacyLexicon.LightVerbs"/>.</summary>
    LightVerb = 1U << 24,

    /// <summary><see cref="DiplomacyLexicon.MultipartyQualifiers"/>.</summary>
    MultipartyQualifier = 1U << 25,

    /// <summary><see cref="DiplomacyLexicon.SigningWords"/>.</summary>
    SigningWord = 1U << 26,

    /// <summary><see cref="DiplomacyLexicon.ProposalWords"/>.</summary>
    ProposalWord = 1U << 27,

    /// <summary><see cref="DiplomacyLexicon.FunctionWords"/>.</summary>
    FunctionWord = 1U << 28,

    /// <summary><see cref="DiplomacyLexicon.Anaphors"/>.</summary>
    Anaphor = 1U << 29,

    /// <summary><see cref="DiplomacyLexicon.CorridorNouns"/>.</summary>
    CorridorNoun = 1U << 30,

    /// <summary><see cref="DiplomacyLexicon.AgreementNouns"/>.</summary>
    AgreementNoun = 1U << 31,
}
