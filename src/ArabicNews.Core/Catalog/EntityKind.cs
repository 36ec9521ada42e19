namespace ArabicNews.Core.Catalog;

/// <summary>The kind of a catalog <see cref="Entity"/>.</summary>
public enum EntityKind
{
    /// <summary>A person (<c>person</c>).</summary>
    Person,

    /// <summary>A state (<c>country</c>).</summary>
    Country,

    /// <summary>A city (<c>city</c>).</summary>
    City,

    /// <summary>A region, province or geographic area (<c>region</c>).</summary>
    Region,

    /// <summary>An organization, institution or office (<c>organization</c>).</summary>
    Organization,

    /// <summary>A news agency, channel or outlet (<c>media</c>).</summary>
    Media,

    /// <summary>A treaty, declaration or other agreement (<c>agreement</c>).</summary>
    Agreement,

    /// <summary>A transport corridor (<c>corridor</c>).</summary>
    Corridor,
}
