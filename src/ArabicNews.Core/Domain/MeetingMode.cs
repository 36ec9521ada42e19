namespace ArabicNews.Core;

/// <summary>How the participants of a meeting met.</summary>
public enum MeetingMode
{
    /// <summary>The article does not say.</summary>
    Unspecified = 0,

    /// <summary>Face to face: talks, a reception, a summit.</summary>
    InPerson,

    /// <summary>By telephone.</summary>
    Phone,

    /// <summary>By video link.</summary>
    Video,
}
