namespace ArabicNews.Core;

/// <summary>How a corridor carries what it carries (the <c>mode</c> of a catalog corridor).</summary>
public enum CorridorMode
{
    /// <summary>A railway (<c>rail</c>).</summary>
    Rail = 0,

    /// <summary>A road (<c>road</c>).</summary>
    Road,

    /// <summary>A sea route (<c>sea</c>).</summary>
    Sea,

    /// <summary>A pipeline for oil or gas (<c>pipeline</c>).</summary>
    Pipeline,

    /// <summary>Several modes together: rail, road and sea (<c>multimodal</c>).</summary>
    Multimodal,
}
