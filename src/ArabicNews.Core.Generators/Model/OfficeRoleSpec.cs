using ArabicNews.Core.Generators.Diagnostics;

namespace ArabicNews.Core.Generators.Model;

/// <summary>A role given as an office of another entity (<c>{ "office": "foreign-minister", "of": "country:russia" }</c>), before it is expanded into titles.</summary>
/// <remarks>Immutable with structural equality. Only in per-file declarations: the merge step expands it, because <see cref="Of"/> may be in another file.</remarks>
internal sealed record OfficeRoleSpec
{
    /// <summary>Gets the office key (known to <see cref="OfficeTitles"/>).</summary>
    public required string Office { get; init; }

    /// <summary>Gets the id of the entity the office is of (a country or an organization).</summary>
    public required string Of { get; init; }

    /// <summary>Gets the first day (inclusive), or <see langword="null"/>.</summary>
    public required DateSpec? From { get; init; }

    /// <summary>Gets the first day after the period (exclusive), or <see langword="null"/>.</summary>
    public required DateSpec? To { get; init; }

    /// <summary>Gets where the role object is.</summary>
    public required LocationInfo Location { get; init; }

    /// <summary>Gets where the <c>of</c> value is.</summary>
    public required LocationInfo OfLocation { get; init; }
}
