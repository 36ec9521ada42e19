namespace ArabicNews.Core;

/// <summary>Where an agreement stands according to the article.</summary>
public enum AgreementStatus
{
    /// <summary>The agreement is only mentioned.</summary>
    Mentioned = 0,

    /// <summary>The article reports the agreement as signed.</summary>
    Signed,

    /// <summary>The agreement is proposed, under negotiation or hoped for.</summary>
    Proposed,
}
