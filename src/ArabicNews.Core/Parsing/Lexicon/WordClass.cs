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
internal enum WordClass : ulong
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary><see cref="ReportingLexicon.SpeechVerbs"/>.</summary>
    SpeechVerb = 1UL << 0,

    /// <summary><see cref="ReportingLexicon.ExplicitSubjectVerbs"/>.</summary>
    ExplicitSubjectVerb = 1UL << 1,

    /// <summary><see cref="ReportingLexicon.Participles"/>.</summary>
    Participle = 1UL << 2,

    /// <summary><see cref="ReportingLexicon.Attributions"/>.</summary>
    Attribution = 1UL << 3,

    /// <summary><see cref="ReportingLexicon.ContentOpeners"/>.</summary>
    ContentOpener = 1UL << 4,

    /// <summary><see cref="ReportingLexicon.SpeakerBoundaries"/>.</summary>
    SpeakerBoundary = 1UL << 5,

    /// <summary><see cref="ReportingLexicon.Fillers"/>.</summary>
    Filler = 1UL << 6,

    /// <summary><see cref="ReportingLexicon.OrganisationNouns"/>.</summary>
    OrganisationNoun = 1UL << 7,

    /// <summary><see cref="ReportingLexicon.NamingNouns"/>.</summary>
    NamingNoun = 1UL << 8,

    /// <summary><see cref="ReportingLexicon.StatementNouns"/>.</summary>
    StatementNoun = 1UL << 9,

    /// <summary><see cref="ReportingLexicon.PositionNouns"/>.</summary>
    PositionNoun = 1UL << 10,

    /// <summary><see cref="ReportingLexicon.Continuations"/>.</summary>
    Continuation = 1UL << 11,

    /// <summary><see cref="ReportingLexicon.NameParticles"/>.</summary>
    NameParticle = 1UL << 12,

    /// <summary><see cref="DiplomacyLexicon.MeetingNouns"/>.</summary>
    MeetingNoun = 1UL << 13,

    /// <summary><see cref="DiplomacyLexicon.PhoneWords"/>.</summary>
    PhoneWord = 1UL << 14,

    /// <summary><see cref="DiplomacyLexicon.VideoWords"/>.</summary>
    VideoWord = 1UL << 15,

    /// <summary><see cref="DiplomacyLexicon.MeetingNegations"/>.</summary>
    MeetingNegation = 1UL << 16,

    /// <summary><see cref="DiplomacyLexicon.MeetingDenials"/>.</summary>
    MeetingDenial = 1UL << 17,

    /// <summary><see cref="DiplomacyLexicon.PluperfectAuxiliaries"/>.</summary>
    PluperfectAuxiliary = 1UL << 18,

    /// <summary><see cref="DiplomacyLexicon.CounterpartNouns"/>.</summary>
    CounterpartNoun = 1UL << 19,

    /// <summary><see cref="DiplomacyLexicon.SubjectPronouns"/>.</summary>
    SubjectPronoun = 1UL << 20,

    /// <summary><see cref="DiplomacyLexicon.Counterparts"/>.</summary>
    Counterpart = 1UL << 21,

    /// <summary><see cref="DiplomacyLexicon.ParticipantGlue"/>.</summary>
    ParticipantGlue = 1UL << 22,

    /// <summary><see cref="DiplomacyLexicon.PartyAnaphors"/>.</summary>
    PartyAnaphor = 1UL << 23,

    /// <summary><see cref="DiplomacyLexicon.LightVerbs"/>.</summary>
    LightVerb = 1UL << 24,

    /// <summary><see cref="DiplomacyLexicon.MultipartyQualifiers"/>.</summary>
    MultipartyQualifier = 1UL << 25,

    /// <summary><see cref="DiplomacyLexicon.SigningWords"/>.</summary>
    SigningWord = 1UL << 26,

    /// <summary><see cref="DiplomacyLexicon.ProposalWords"/>.</summary>
    ProposalWord = 1UL << 27,

    /// <summary><see cref="DiplomacyLexicon.FunctionWords"/>.</summary>
    FunctionWord = 1UL << 28,

    /// <summary><see cref="DiplomacyLexicon.Anaphors"/>.</summary>
    Anaphor = 1UL << 29,

    /// <summary><see cref="DiplomacyLexicon.CorridorNouns"/>.</summary>
    CorridorNoun = 1UL << 30,

    /// <summary><see cref="DiplomacyLexicon.AgreementNouns"/>.</summary>
    AgreementNoun = 1UL << 31,

    /// <summary><see cref="DiplomacyLexicon.ProspectiveMarkers"/>.</summary>
    ProspectiveMarker = 1UL << 32,

    /// <summary><see cref="DiplomacyLexicon.ProspectiveTails"/>.</summary>
    ProspectiveTail = 1UL << 33,

    /// <summary><see cref="DiplomacyLexicon.CallVerbs"/>.</summary>
    CallVerb = 1UL << 34,

    /// <summary><see cref="DiplomacyLexicon.AbsenceVerbs"/>.</summary>
    AbsenceVerb = 1UL << 35,

    /// <summary><see cref="DiplomacyLexicon.EventCircumstances"/>.</summary>
    EventCircumstance = 1UL << 36,

    /// <summary><see cref="DiplomacyLexicon.CallSources"/>.</summary>
    CallSource = 1UL << 37,
}
