namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>
/// The catalog generator's diagnostics. IDs run from ANC001 up and are never reused once shipped; the README lists
/// them. Errors are data that cannot be compiled into a catalog, warnings are suspicious data. Roslyn-free: the
/// run-time catalog builder shares this file, and the generator maps each descriptor to a Roslyn one.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The category of every catalog diagnostic.</summary>
    public const string Category = "ArabicNews.Catalog";

    /// <summary>ANC001: the file is not well-formed JSON.</summary>
    public static CatalogDiagnosticDescriptor MalformedJson { get; } = Error("ANC001", "Malformed catalog JSON", "The catalog file '{0}' is not valid JSON: {1}");

    /// <summary>ANC002: a required field is missing.</summary>
    public static CatalogDiagnosticDescriptor MissingField { get; } = Error("ANC002", "Missing required catalog field", "The {0} has no '{1}' field; the entry is skipped");

    /// <summary>ANC003: a field has the wrong JSON type.</summary>
    public static CatalogDiagnosticDescriptor WrongFieldType { get; } = Error("ANC003", "Catalog field has the wrong type", "The field '{0}' must be {1}, not {2}");

    /// <summary>ANC004: two entities share an id.</summary>
    public static CatalogDiagnosticDescriptor DuplicateId { get; } = Error("ANC004", "Duplicate entity id", "Entity id '{0}' is defined in '{1}' and '{2}'");

    /// <summary>ANC005: the same (normalized) alias, demonym or role title belongs to two entities.</summary>
    public static CatalogDiagnosticDescriptor AliasClaimedTwice { get; } = Error("ANC005", "Alias claimed by two entities", "The name '{0}' (normalized '{1}') of '{2}' is already a name of '{3}'");

    /// <summary>ANC006: an alias has no letters or digits left after normalization.</summary>
    public static CatalogDiagnosticDescriptor EmptyAlias { get; } = Error("ANC006", "Alias empty after normalization", "The name '{0}' of '{1}' has no letters or digits after normalization");

    /// <summary>ANC007: the kind is not one of the known kinds.</summary>
    public static CatalogDiagnosticDescriptor UnknownKind { get; } = Error("ANC007", "Unknown entity kind", "Unknown entity kind '{0}'; expected one of person, country, city, region, organization, media, agreement, corridor");

    /// <summary>ANC008: a date is not a valid yyyy-MM-dd date, or a period ends before it starts.</summary>
    public static CatalogDiagnosticDescriptor BadDate { get; } = Error("ANC008", "Invalid catalog date", "The date '{0}' is invalid: {1}");

    /// <summary>ANC009: two holders of the same role title have overlapping periods.</summary>
    public static CatalogDiagnosticDescriptor OverlappingRole { get; } = Warning("ANC009", "Overlapping role periods", "The role '{0}' of '{1}' overlaps the same role of '{2}'; the earlier period wins");

    /// <summary>ANC010: a field the generator does not know (ignored).</summary>
    public static CatalogDiagnosticDescriptor UnknownField { get; } = Warning("ANC010", "Unknown catalog field", "Unknown field '{0}' in the {1}; it is ignored");

    /// <summary>ANC011: the id is not <c>&lt;kind&gt;:&lt;kebab-slug&gt;</c> or its prefix is not the entity's kind.</summary>
    public static CatalogDiagnosticDescriptor BadId { get; } = Error("ANC011", "Invalid entity id", "The id '{0}' is invalid: {1}");

    /// <summary>ANC012: the agreement kind is not one of the known kinds.</summary>
    public static CatalogDiagnosticDescriptor UnknownAgreementKind { get; } = Error("ANC012", "Unknown agreement kind", "Unknown agreementKind '{0}'; expected one of treaty, declaration, joint-statement, memorandum, agreement, action-plan, roadmap, protocol");

    /// <summary>ANC013: a party or country reference names an id that is not in the catalog.</summary>
    public static CatalogDiagnosticDescriptor UnknownReference { get; } = Warning("ANC013", "Unknown entity reference", "'{0}' refers to '{1}', which is not in the catalog");

    /// <summary>ANC014: a name has more words than the matcher supports.</summary>
    public static CatalogDiagnosticDescriptor AliasTooLong { get; } = Error("ANC014", "Alias has too many words", "The name '{0}' of '{1}' has {2} words; at most 16 are supported");

    /// <summary>ANC015: the generator failed unexpectedly (a bug; please report it).</summary>
    public static CatalogDiagnosticDescriptor InternalError { get; } = Error("ANC015", "Catalog generator internal error", "The catalog generator failed while processing '{0}': {1}");

    /// <summary>ANC016: a role has both a title and an office, or neither (or an office without 'of', or 'of' without an office).</summary>
    public static CatalogDiagnosticDescriptor RoleForm { get; } = Error("ANC016", "Role needs a title or an office", "A role must have either 'title' or both 'office' and 'of': {0}; the role is skipped");

    /// <summary>ANC017: a role's office is not one of the known offices.</summary>
    public static CatalogDiagnosticDescriptor UnknownOffice { get; } = Error("ANC017", "Unknown office", "Unknown office '{0}'; expected one of {1}");

    /// <summary>ANC018: a role's 'of' names an id that is not in the catalog.</summary>
    public static CatalogDiagnosticDescriptor UnknownOfficeOf { get; } = Error("ANC018", "Unknown office holder entity", "The role '{0}' of '{1}' is of '{2}', which is not in the catalog");

    /// <summary>ANC019: an entity of the project's catalog has the id of a built-in entity and replaces it.</summary>
    public static CatalogDiagnosticDescriptor ReplacesBuiltIn { get; } = Warning("ANC019", "Entity replaces a built-in entity", "'{0}' replaces the built-in entity with the same id");

    /// <summary>ANC020: a name of the project's catalog is also a name of a built-in entity, which loses it.</summary>
    public static CatalogDiagnosticDescriptor HidesBuiltInName { get; } = Warning("ANC020", "Name hides a built-in name", "The name '{0}' (normalized '{1}') of '{2}' hides the same name of the built-in '{3}'");

    /// <summary>ANC021: the corridor mode is not one of the known modes.</summary>
    public static CatalogDiagnosticDescriptor UnknownCorridorMode { get; } = Error("ANC021", "Unknown corridor mode", "Unknown mode '{0}'; expected one of rail, road, sea, pipeline, multimodal");

    private static CatalogDiagnosticDescriptor Error(string id, string title, string message) => new(id, title, message, IsError: true);

    private static CatalogDiagnosticDescriptor Warning(string id, string title, string message) => new(id, title, message, IsError: false);
}
