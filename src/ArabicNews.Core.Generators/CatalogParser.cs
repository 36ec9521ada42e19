using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using ArabicNews.Core.Catalog.Matching;
using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;
using ArabicNews.Core.Text;

namespace ArabicNews.Core.Generators;

/// <summary>
/// Parses one <c>*.catalog.json</c> file. A pure function of (path, text): it never throws on bad data; every
/// problem becomes an <c>ANC</c> diagnostic with the exact span in the file.
/// </summary>
internal static class CatalogParser
{
    /// <summary>The kinds, in <c>EntityKind</c> order.</summary>
    public static readonly string[] Kinds = { "person", "country", "city", "region", "organization", "media", "agreement", "corridor" };

    /// <summary>The agreement kinds, in <c>AgreementKind</c> order (the generator maps each to the enum member at its index).</summary>
    public static readonly string[] AgreementKinds = { "agreement", "treaty", "declaration", "joint-statement", "memorandum", "action-plan", "roadmap", "protocol" };

    /// <summary>The corridor modes, in <c>CorridorMode</c> order (the generator maps each to the enum member at its index).</summary>
    public static readonly string[] CorridorModes = { "rail", "road", "sea", "pipeline", "multimodal" };

    private static readonly string[] EntityFields =
    {
        "id", "kind", "name", "arabic", "aliases", "demonyms", "roles", "agreementKind", "signed", "parties", "mode", "countries",
    };

    /// <summary>Parses a catalog file.</summary>
    /// <param name="path">The file path (for locations and messages).</param>
    /// <param name="text">The file's text.</param>
    /// <param name="cancellationToken">Cancels parsing.</param>
    /// <returns>The file spec.</returns>
    public static CatalogFileSpec Parse(string path, string text, CancellationToken cancellationToken)
    {
        var state = new FileState(path);
        try
        {
            ParseCore(state, text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parser is meant to be total; this is the last resort so a bug never crashes the build.
            state.Report(DiagnosticDescriptors.InternalError, new LocationInfo(path, 0, 0, 0, 0, 0, 0), path, exception.Message);
        }

        return new CatalogFileSpec
        {
            Path = path,
            Entities = state.Entities.ToEquatableArray(),
            Diagnostics = state.Diagnostics.ToEquatableArray(),
        };
    }

    /// <summary>Turns a name into its matcher key: normalized (Search), tokens case-folded and joined by single spaces.</summary>
    /// <param name="name">The name.</param>
    /// <param name="tokens">The number of tokens.</param>
    /// <returns>The key (empty when no token is left).</returns>
    public static string ToKey(string name, out int tokens)
    {
        string normalized = ArabicCharacterFolding.NormalizeReference(name, NormalizationOptions.Search);
        var builder = new StringBuilder(normalized.Length);
        tokens = 0;
        bool inToken = false;
        foreach (char c in normalized)
        {
            if (CatalogKeyRules.IsTokenChar(c))
            {
                if (!inToken)
                {
                    if (tokens > 0)
                    {
                        builder.Append(CatalogKeyRules.TokenSeparator);
                    }

                    tokens++;
                    inToken = true;
                }

                builder.Append(CatalogKeyRules.FoldCase(c));
            }
            else
            {
                inToken = false;
            }
        }

        return builder.ToString();
    }

    private static void ParseCore(FileState state, string text, CancellationToken cancellationToken)
    {
        JsonNode? root = JsonReader.Read(text, cancellationToken, out string? error, out TextPosition errorPosition);
        if (root is null)
        {
            state.Report(DiagnosticDescriptors.MalformedJson, state.Point(errorPosition), System.IO.Path.GetFileName(state.Path), error ?? "unknown error");
            return;
        }

        if (root.Kind != JsonKind.Object)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(root), "(root)", "an object with an 'entities' array", root.KindName);
            return;
        }

        JsonNode? entities = null;
        foreach (JsonMember member in root.Members)
        {
            if (member.Name == "entities")
            {
                entities = member.Value;
            }
            else
            {
                state.Report(DiagnosticDescriptors.UnknownField, state.Name(member), member.Name, "catalog root");
            }
        }

        if (entities is null)
        {
            state.Report(DiagnosticDescriptors.MissingField, state.Span(root), "catalog root", "entities");
            return;
        }

        if (entities.Kind != JsonKind.Array)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(entities), "entities", "an array", entities.KindName);
            return;
        }

        foreach (JsonNode item in entities.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Kind != JsonKind.Object)
            {
                state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(item), "entities[]", "an object", item.KindName);
                continue;
            }

            EntityDeclaration? declaration = ParseEntity(state, item);
            if (declaration is not null)
            {
                state.Entities.Add(declaration);
            }
        }
    }

    private static EntityDeclaration? ParseEntity(FileState state, JsonNode node)
    {
        var fields = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
        foreach (JsonMember member in node.Members)
        {
            if (Array.IndexOf(EntityFields, member.Name) < 0)
            {
                state.Report(DiagnosticDescriptors.UnknownField, state.Name(member), member.Name, "entity");
            }
            else
            {
                fields[member.Name] = member;
            }
        }

        JsonNode? idNode = RequireString(state, node, fields, "id", "entity");
        JsonNode? kindNode = RequireString(state, node, fields, "kind", "entity");
        JsonNode? nameNode = RequireString(state, node, fields, "name", "entity");
        JsonNode? arabicNode = RequireString(state, node, fields, "arabic", "entity");
        if (idNode is null || kindNode is null || nameNode is null || arabicNode is null)
        {
            return null;
        }

        string kind = kindNode.Text;
        if (Array.IndexOf(Kinds, kind) < 0)
        {
            state.Report(DiagnosticDescriptors.UnknownKind, state.Span(kindNode), kind);
            return null;
        }

        string id = idNode.Text;
        string? idProblem = CheckId(id, kind);
        if (idProblem is not null)
        {
            state.Report(DiagnosticDescriptors.BadId, state.Span(idNode), id, idProblem);
            return null;
        }

        var names = new List<AliasSpec>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        AddName(state, names, seenKeys, id, arabicNode, AliasKind.Alias, -1);
        var aliases = new List<string>();
        foreach (JsonNode alias in StringItems(state, fields, "aliases"))
        {
            aliases.Add(alias.Text);
            AddName(state, names, seenKeys, id, alias, AliasKind.Alias, -1);
        }

        if (aliases.Count == 0)
        {
            aliases.Add(arabicNode.Text);
        }

        var demonyms = new List<string>();
        foreach (JsonNode demonym in StringItems(state, fields, "demonyms"))
        {
            demonyms.Add(demonym.Text);
            AddName(state, names, seenKeys, id, demonym, AliasKind.Demonym, -1);
        }

        var roles = new List<RoleSpec>();
        var roleLocations = new List<LocationInfo>();
        var offices = new List<OfficeRoleSpec>();
        ParseRoles(state, fields, id, roles, roleLocations, names, offices);

        string? agreementKind = OptionalString(state, fields, "agreementKind");
        if (agreementKind is not null && Array.IndexOf(AgreementKinds, agreementKind) < 0)
        {
            state.Report(DiagnosticDescriptors.UnknownAgreementKind, state.Span(fields["agreementKind"].Value), agreementKind);
            agreementKind = null;
        }

        string? mode = OptionalString(state, fields, "mode");
        if (mode is not null && Array.IndexOf(CorridorModes, mode) < 0)
        {
            state.Report(DiagnosticDescriptors.UnknownCorridorMode, state.Span(fields["mode"].Value), mode);
            mode = null;
        }

        DateSpec? signed = OptionalDate(state, fields, "signed");
        var references = new List<LocationInfo>();
        var parties = new List<string>();
        foreach (JsonNode party in StringItems(state, fields, "parties"))
        {
            parties.Add(party.Text);
            references.Add(state.Span(party));
        }

        var countries = new List<string>();
        foreach (JsonNode country in StringItems(state, fields, "countries"))
        {
            countries.Add(country.Text);
            references.Add(state.Span(country));
        }

        return new EntityDeclaration
        {
            Entity = new EntitySpec
            {
                Id = id,
                Kind = kind,
                Name = nameNode.Text,
                Arabic = arabicNode.Text,
                Aliases = aliases.ToEquatableArray(),
                Demonyms = demonyms.ToEquatableArray(),
                Roles = roles.ToEquatableArray(),
                AgreementKind = agreementKind,
                Signed = signed,
                Parties = parties.ToEquatableArray(),
                Mode = mode,
                Countries = countries.ToEquatableArray(),
            },
            IdLocation = state.Span(idNode),
            Names = names.ToEquatableArray(),
            RoleLocations = roleLocations.ToEquatableArray(),
            OfficeRoles = offices.ToEquatableArray(),
            ReferenceLocations = references.ToEquatableArray(),
        };
    }

    private static void ParseRoles(FileState state, Dictionary<string, JsonMember> fields, string id, List<RoleSpec> roles, List<LocationInfo> locations, List<AliasSpec> names, List<OfficeRoleSpec> offices)
    {
        if (!fields.TryGetValue("roles", out JsonMember? member) || member.Value.Kind == JsonKind.Null)
        {
            return;
        }

        if (member.Value.Kind != JsonKind.Array)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(member.Value), "roles", "an array of role objects", member.Value.KindName);
            return;
        }

        foreach (JsonNode item in member.Value.Items)
        {
            if (item.Kind != JsonKind.Object)
            {
                state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(item), "roles[]", "an object", item.KindName);
                continue;
            }

            var roleFields = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
            foreach (JsonMember roleMember in item.Members)
            {
                if (roleMember.Name is "title" or "office" or "of" or "from" or "to")
                {
                    roleFields[roleMember.Name] = roleMember;
                }
                else
                {
                    state.Report(DiagnosticDescriptors.UnknownField, state.Name(roleMember), roleMember.Name, "role");
                }
            }

            bool hasTitle = roleFields.ContainsKey("title");
            bool hasOffice = roleFields.ContainsKey("office");
            bool hasOf = roleFields.ContainsKey("of");
            string? formProblem = (hasTitle, hasOffice, hasOf) switch
            {
                (true, true, _) or (true, _, true) => "it has 'title' and 'office'/'of'",
                (false, false, false) => "it has neither",
                (false, true, false) => "it has 'office' without 'of'",
                (false, false, true) => "it has 'of' without 'office'",
                _ => null,
            };
            if (formProblem is not null)
            {
                state.Report(DiagnosticDescriptors.RoleForm, state.Span(item), formProblem);
                continue;
            }

            JsonNode? title = hasTitle ? RequireString(state, item, roleFields, "title", "role") : null;
            JsonNode? office = hasOffice ? RequireString(state, item, roleFields, "office", "role") : null;
            JsonNode? of = hasOf ? RequireString(state, item, roleFields, "of", "role") : null;
            if (title is null && (office is null || of is null))
            {
                continue;
            }

            if (office is not null && !OfficeTitles.IsKnown(office.Text))
            {
                state.Report(DiagnosticDescriptors.UnknownOffice, state.Span(office), office.Text, string.Join(", ", OfficeTitles.Offices));
                continue;
            }

            bool fromValid = TryOptionalDate(state, roleFields, "from", out DateSpec? from);
            bool toValid = TryOptionalDate(state, roleFields, "to", out DateSpec? to);
            if (!fromValid || !toValid)
            {
                continue;
            }

            if (from is { } start && to is { } end && end.DayNumber <= start.DayNumber)
            {
                state.Report(DiagnosticDescriptors.BadDate, state.Span(roleFields["to"].Value), end.ToString(), "the period ends before it starts");
                continue;
            }

            if (title is null)
            {
                offices.Add(new OfficeRoleSpec { Office = office!.Text, Of = of!.Text, From = from, To = to, Location = state.Span(item), OfLocation = state.Span(of) });
                continue;
            }

            int roleIndex = roles.Count;
            roles.Add(new RoleSpec { Title = title.Text, From = from, To = to });
            locations.Add(state.Span(item));
            AddName(state, names, seenKeys: null, id, title, AliasKind.Role, roleIndex);
        }
    }

    private static void AddName(FileState state, List<AliasSpec> names, HashSet<string>? seenKeys, string id, JsonNode node, AliasKind kind, int roleIndex)
    {
        string key = ToKey(node.Text, out int tokens);
        LocationInfo location = state.Span(node);
        if (key.Length == 0)
        {
            state.Report(DiagnosticDescriptors.EmptyAlias, location, node.Text, id);
            return;
        }

        if (tokens > CatalogKeyRules.MaxKeyTokens)
        {
            state.Report(DiagnosticDescriptors.AliasTooLong, location, node.Text, id, tokens.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (seenKeys is not null && !seenKeys.Add(key))
        {
            // The same name twice for one entity (a variant that normalizes to another) is harmless.
            return;
        }

        names.Add(new AliasSpec { Text = node.Text, Key = key, Tokens = tokens, Kind = kind, RoleIndex = roleIndex, Location = location });
    }

    private static string? CheckId(string id, string kind)
    {
        int colon = id.IndexOf(':');
        if (colon <= 0)
        {
            return "it must be '<kind>:<kebab-case-slug>'";
        }

        string prefix = id.Substring(0, colon);
        if (prefix != kind)
        {
            return "its prefix '" + prefix + "' is not the entity's kind '" + kind + "'";
        }

        string slug = id.Substring(colon + 1);
        bool previousHyphen = true;
        foreach (char c in slug)
        {
            bool hyphen = c == '-';
            if (!(hyphen || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) || (hyphen && previousHyphen))
            {
                return "the slug must be lowercase ASCII letters and digits in words joined by single hyphens";
            }

            previousHyphen = hyphen;
        }

        return slug.Length == 0 || previousHyphen ? "the slug must be lowercase ASCII letters and digits in words joined by single hyphens" : null;
    }

    private static JsonNode? RequireString(FileState state, JsonNode owner, Dictionary<string, JsonMember> fields, string field, string what)
    {
        if (!fields.TryGetValue(field, out JsonMember? member))
        {
            state.Report(DiagnosticDescriptors.MissingField, state.Span(owner), what, field);
            return null;
        }

        if (member.Value.Kind != JsonKind.String)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(member.Value), field, "a string", member.Value.KindName);
            return null;
        }

        return member.Value;
    }

    private static string? OptionalString(FileState state, Dictionary<string, JsonMember> fields, string field)
    {
        if (!fields.TryGetValue(field, out JsonMember? member) || member.Value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (member.Value.Kind != JsonKind.String)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(member.Value), field, "a string", member.Value.KindName);
            return null;
        }

        return member.Value.Text;
    }

    private static DateSpec? OptionalDate(FileState state, Dictionary<string, JsonMember> fields, string field)
    {
        TryOptionalDate(state, fields, field, out DateSpec? date);
        return date;
    }

    private static bool TryOptionalDate(FileState state, Dictionary<string, JsonMember> fields, string field, out DateSpec? date)
    {
        date = null;
        if (!fields.TryGetValue(field, out JsonMember? member) || member.Value.Kind == JsonKind.Null)
        {
            return true;
        }

        if (member.Value.Kind != JsonKind.String)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(member.Value), field, "a yyyy-MM-dd string or null", member.Value.KindName);
            return false;
        }

        if (!DateSpec.TryParse(member.Value.Text, out DateSpec parsed))
        {
            state.Report(DiagnosticDescriptors.BadDate, state.Span(member.Value), member.Value.Text, "a valid yyyy-MM-dd date was expected");
            return false;
        }

        date = parsed;
        return true;
    }

    private static IEnumerable<JsonNode> StringItems(FileState state, Dictionary<string, JsonMember> fields, string field)
    {
        if (!fields.TryGetValue(field, out JsonMember? member) || member.Value.Kind == JsonKind.Null)
        {
            yield break;
        }

        if (member.Value.Kind != JsonKind.Array)
        {
            state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(member.Value), field, "an array of strings", member.Value.KindName);
            yield break;
        }

        foreach (JsonNode item in member.Value.Items)
        {
            if (item.Kind != JsonKind.String)
            {
                state.Report(DiagnosticDescriptors.WrongFieldType, state.Span(item), field + "[]", "a string", item.KindName);
                continue;
            }

            yield return item;
        }
    }

    /// <summary>The mutable state of one parse: the file path and what was found so far.</summary>
    private sealed class FileState
    {
        public FileState(string path) => Path = path;

        public string Path { get; }

        public List<EntityDeclaration> Entities { get; } = new();

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public void Report(CatalogDiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        public LocationInfo Span(JsonNode node) => Between(node.Start, node.End);

        public LocationInfo Name(JsonMember member) => Between(member.NameStart, member.NameEnd);

        public LocationInfo Point(TextPosition position) => Between(position, position);

        private LocationInfo Between(TextPosition start, TextPosition end) =>
            new(Path, start.Offset, Math.Max(0, end.Offset - start.Offset), start.Line, start.Column, Math.Max(start.Line, end.Line), end.Line > start.Line ? end.Column : Math.Max(start.Column, end.Column));
    }
}
