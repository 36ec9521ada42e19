using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArabicNews.Core.Catalog.Matching;
using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Generators;

/// <summary>Merges the parsed files, checks what only the whole catalog can show, and computes the matcher tables.</summary>
internal static class CatalogMerger
{
    private const byte PrefixOnly = 3;
    private const byte ContinuesFlag = 0x80;

    /// <summary>Merges parsed files into a catalog spec.</summary>
    /// <param name="files">The parsed files, in any order.</param>
    /// <param name="options">The MSBuild options.</param>
    /// <param name="cancellationToken">Cancels the merge.</param>
    /// <returns>The spec (null without files) and all diagnostics.</returns>
    public static CatalogResult Merge(ImmutableArray<CatalogFileSpec> files, CatalogOptions options, CancellationToken cancellationToken) =>
        Merge(files, ImmutableArray<CatalogFileSpec>.Empty, options, cancellationToken);

    /// <summary>Merges parsed files over a base catalog (the built-in one) into a catalog spec.</summary>
    /// <param name="files">The parsed files, in any order.</param>
    /// <param name="baseFiles">
    /// The base catalog's files (valid data; their own diagnostics are not repeated). A file entity with a base
    /// entity's id replaces it, and a file entity's name hides the same name of a base entity, each with a warning.
    /// </param>
    /// <param name="options">The MSBuild options.</param>
    /// <param name="cancellationToken">Cancels the merge.</param>
    /// <returns>The spec (null without files) and all diagnostics.</returns>
    public static CatalogResult Merge(ImmutableArray<CatalogFileSpec> files, ImmutableArray<CatalogFileSpec> baseFiles, CatalogOptions options, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return new CatalogResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var ordered = files.OrderBy(static f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (CatalogFileSpec file in ordered)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        try
        {
            CatalogSpec spec = MergeCore(ordered, baseFiles.IsDefault ? ImmutableArray<CatalogFileSpec>.Empty : baseFiles, options, diagnostics, cancellationToken);
            return new CatalogResult(spec, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the merged catalog", exception.Message));
            return new CatalogResult(null, diagnostics.ToEquatableArray());
        }
    }

    private static CatalogSpec MergeCore(List<CatalogFileSpec> files, ImmutableArray<CatalogFileSpec> baseFiles, CatalogOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Ids: the first definition (files in ordinal path order) wins.
        var byId = new Dictionary<string, (EntityDeclaration Declaration, string Path)>(StringComparer.Ordinal);
        foreach (CatalogFileSpec file in files)
        {
            foreach (EntityDeclaration declaration in file.Entities)
            {
                string id = declaration.Entity.Id;
                if (byId.TryGetValue(id, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, declaration.IdLocation, id, first.Path, file.Path));
                    continue;
                }

                byId.Add(id, (declaration, file.Path));
            }
        }

        // The base catalog: every entity the files do not replace.
        foreach (CatalogFileSpec file in baseFiles)
        {
            foreach (EntityDeclaration declaration in file.Entities)
            {
                string id = declaration.Entity.Id;
                if (byId.TryGetValue(id, out var own))
                {
                    if (!own.Declaration.Entity.Inherited)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReplacesBuiltIn, own.Declaration.IdLocation, id));
                    }

                    continue;
                }

                byId.Add(id, (declaration with { Entity = declaration.Entity with { Inherited = true } }, file.Path));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        EntityDeclaration[] declarations = byId.Values
            .Select(v => ExpandOffices(v.Declaration, byId, diagnostics))
            .OrderBy(static d => d.Entity.Id, StringComparer.Ordinal)
            .ToArray();

        // Names: one owner per key; role titles group their holders. The files' own entities claim their names first,
        // so a base entity never takes a name from them.
        var keys = new Dictionary<string, KeyEntry>(StringComparer.Ordinal);
        var groups = new List<RoleGroup>();
        foreach (bool inherited in new[] { false, true })
        {
            for (int index = 0; index < declarations.Length; index++)
            {
                EntityDeclaration declaration = declarations[index];
                if (declaration.Entity.Inherited != inherited)
                {
                    continue;
                }

                foreach (AliasSpec name in declaration.Names)
                {
                    if (keys.TryGetValue(name.Key, out KeyEntry? existing))
                    {
                        bool sameRole = existing.Kind == AliasKind.Role && name.Kind == AliasKind.Role;
                        if (sameRole)
                        {
                            groups[existing.Target].Holders.Add((index, declaration.Entity.Roles[name.RoleIndex], declaration.RoleLocations[name.RoleIndex]));
                        }
                        else if (existing.Kind == AliasKind.Role || existing.Target != index)
                        {
                            string owner = existing.Kind == AliasKind.Role ? "a role title" : declarations[existing.Target].Entity.Id;
                            diagnostics.Add(inherited && !existing.Inherited
                                ? DiagnosticInfo.Create(DiagnosticDescriptors.HidesBuiltInName, existing.Location, existing.Text, name.Key, owner, declaration.Entity.Id)
                                : DiagnosticInfo.Create(DiagnosticDescriptors.AliasClaimedTwice, name.Location, name.Text, name.Key, declaration.Entity.Id, owner));
                        }

                        continue;
                    }

                    if (name.Kind == AliasKind.Role)
                    {
                        var group = new RoleGroup(name.Text);
                        group.Holders.Add((index, declaration.Entity.Roles[name.RoleIndex], declaration.RoleLocations[name.RoleIndex]));
                        keys.Add(name.Key, new KeyEntry(name.Key, AliasKind.Role, groups.Count, name.Tokens, name.Text, name.Location, inherited));
                        groups.Add(group);
                    }
                    else
                    {
                        keys.Add(name.Key, new KeyEntry(name.Key, name.Kind, index, name.Tokens, name.Text, name.Location, inherited));
                    }
                }
            }
        }

        CheckRoleOverlaps(groups, declarations, diagnostics);
        CheckReferences(declarations, byId, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        return new CatalogSpec
        {
            Namespace = options.Namespace,
            ClassName = options.ClassName,
            BuiltIn = options.BuiltIn,
            Entities = declarations.Select(static d => d.Entity).ToEquatableArray(),
            Tables = BuildTables(keys, groups),
        };
    }

    /// <summary>
    /// Expands a declaration's office roles into role titles (<see cref="OfficeTitles"/>): each office becomes one
    /// role whose title is the canonical form, and every form becomes a role name of it. A form that is already an
    /// explicit title of the entity for the same period is not repeated.
    /// </summary>
    private static EntityDeclaration ExpandOffices(EntityDeclaration declaration, Dictionary<string, (EntityDeclaration Declaration, string Path)> byId, List<DiagnosticInfo> diagnostics)
    {
        if (declaration.OfficeRoles.Count == 0)
        {
            return declaration;
        }

        var roles = declaration.Entity.Roles.ToList();
        var locations = declaration.RoleLocations.ToList();
        var names = declaration.Names.ToList();
        var known = new Dictionary<(string Key, DateSpec? From, DateSpec? To), int>();
        foreach (AliasSpec name in names.Where(static n => n.Kind == AliasKind.Role))
        {
            RoleSpec role = roles[name.RoleIndex];
            known[(name.Key, role.From, role.To)] = name.RoleIndex;
        }

        foreach (OfficeRoleSpec office in declaration.OfficeRoles)
        {
            if (!byId.TryGetValue(office.Of, out var of))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownOfficeOf, office.OfLocation, office.Office, declaration.Entity.Id, office.Of));
                continue;
            }

            EntitySpec holder = of.Declaration.Entity;
            List<string> titles = OfficeTitles.Expand(office.Office, holder.Arabic, holder.Aliases, holder.Demonyms);
            int roleIndex = -1;
            foreach (string title in titles)
            {
                string key = CatalogParser.ToKey(title, out int tokens);
                if (key.Length == 0 || tokens > CatalogKeyRules.MaxKeyTokens)
                {
                    continue;
                }

                if (known.TryGetValue((key, office.From, office.To), out int existing))
                {
                    roleIndex = roleIndex < 0 ? existing : roleIndex;
                    continue;
                }

                if (roleIndex < 0)
                {
                    roleIndex = roles.Count;
                    roles.Add(new RoleSpec { Title = title, From = office.From, To = office.To });
                    locations.Add(office.Location);
                }

                known.Add((key, office.From, office.To), roleIndex);
                names.Add(new AliasSpec { Text = title, Key = key, Tokens = tokens, Kind = AliasKind.Role, RoleIndex = roleIndex, Location = office.Location });
            }
        }

        return declaration with
        {
            Entity = declaration.Entity with { Roles = roles.ToEquatableArray() },
            Names = names.ToEquatableArray(),
            RoleLocations = locations.ToEquatableArray(),
        };
    }

    private static void CheckRoleOverlaps(List<RoleGroup> groups, EntityDeclaration[] declarations, List<DiagnosticInfo> diagnostics)
    {
        // An office expands into many titles: one overlap of two holders is reported once, not once per title.
        var reported = new HashSet<(int, int, LocationInfo)>();
        foreach (RoleGroup group in groups)
        {
            for (int i = 0; i < group.Holders.Count; i++)
            {
                for (int j = i + 1; j < group.Holders.Count; j++)
                {
                    var a = group.Holders[i];
                    var b = group.Holders[j];
                    if (declarations[b.Entity].Entity.Inherited)
                    {
                        // Report at the files' own entity: the base catalog is not the project's to fix.
                        (a, b) = (b, a);
                    }

                    if (a.Entity != b.Entity && !declarations[b.Entity].Entity.Inherited && Start(a.Role) < End(b.Role) && Start(b.Role) < End(a.Role)
                        && reported.Add((a.Entity, b.Entity, b.Location)))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.OverlappingRole,
                            b.Location,
                            b.Role.Title,
                            declarations[b.Entity].Entity.Id,
                            declarations[a.Entity].Entity.Id));
                    }
                }
            }
        }
    }

    private static void CheckReferences(EntityDeclaration[] declarations, Dictionary<string, (EntityDeclaration Declaration, string Path)> byId, List<DiagnosticInfo> diagnostics)
    {
        foreach (EntityDeclaration declaration in declarations)
        {
            int i = 0;
            foreach (string reference in declaration.Entity.Parties.Concat(declaration.Entity.Countries))
            {
                if (!byId.ContainsKey(reference))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, declaration.ReferenceLocations[i], declaration.Entity.Id, reference));
                }

                i++;
            }
        }
    }

    private static MatcherTableSpec BuildTables(Dictionary<string, KeyEntry> keys, List<RoleGroup> groups)
    {
        // Every proper token prefix of a multi-word key lets the matcher extend to the next token.
        var continues = new HashSet<string>(StringComparer.Ordinal);
        foreach (KeyEntry entry in keys.Values)
        {
            int space = entry.Key.IndexOf(CatalogKeyRules.TokenSeparator);
            while (space > 0)
            {
                continues.Add(entry.Key.Substring(0, space));
                space = entry.Key.IndexOf(CatalogKeyRules.TokenSeparator, space + 1);
            }
        }

        var all = new SortedDictionary<string, (byte Kind, int Target)>(StringComparer.Ordinal);
        int maxTokens = 1;
        foreach (KeyEntry entry in keys.Values)
        {
            all[entry.Key] = ((byte)entry.Kind, entry.Target);
            maxTokens = Math.Max(maxTokens, entry.Tokens);
        }

        foreach (string prefix in continues)
        {
            if (!all.ContainsKey(prefix))
            {
                all[prefix] = (PrefixOnly, -1);
            }
        }

        var keyList = new List<string>(all.Count);
        var hashes = new List<int>(all.Count);
        var kinds = new List<byte>(all.Count);
        var targets = new List<int>(all.Count);
        foreach (KeyValuePair<string, (byte Kind, int Target)> pair in all)
        {
            string key = pair.Key;
            keyList.Add(key);
            hashes.Add(unchecked((int)Hash(key)));
            kinds.Add((byte)(pair.Value.Kind | (continues.Contains(key) ? ContinuesFlag : 0)));
            targets.Add(pair.Value.Target);
        }

        int size = 16;
        while (size < keyList.Count * 2)
        {
            size *= 2;
        }

        int[] slots = new int[size];
        for (int i = 0; i < keyList.Count; i++)
        {
            int slot = hashes[i] & (size - 1);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            slots[slot] = i + 1;
        }

        var offsets = new List<int> { 0 };
        var holders = new List<int>();
        var defaults = new List<int>();
        foreach (RoleGroup group in groups)
        {
            var sorted = group.Holders.OrderBy(static h => Start(h.Role)).ThenBy(static h => h.Entity).ToList();
            foreach (var holder in sorted)
            {
                holders.Add(holder.Entity);
                holders.Add(holder.Role.From?.DayNumber ?? int.MinValue);
                holders.Add(holder.Role.To?.DayNumber ?? int.MaxValue);
            }

            offsets.Add(holders.Count / 3);

            // Without a date: the open-ended (current) holder, else the one whose period ends last.
            var current = sorted.OrderByDescending(static h => End(h.Role)).ThenByDescending(static h => Start(h.Role)).First();
            defaults.Add(current.Entity);
        }

        return new MatcherTableSpec
        {
            Slots = slots.ToEquatableArray(),
            Keys = keyList.ToEquatableArray(),
            KeyHashes = hashes.ToEquatableArray(),
            KeyKinds = kinds.ToEquatableArray(),
            KeyTargets = targets.ToEquatableArray(),
            RoleOffsets = offsets.ToEquatableArray(),
            RoleHolders = holders.ToEquatableArray(),
            RoleDefaults = defaults.ToEquatableArray(),
            Filter = MatcherFilters.Build(keyList).ToEquatableArray(),
            MaxTokens = maxTokens,
        };
    }

    /// <summary>The FNV-1a hash of a key, as the run-time matcher computes it.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The hash.</returns>
    internal static uint Hash(string key)
    {
        uint hash = CatalogKeyRules.HashSeed;
        foreach (char c in key)
        {
            hash = CatalogKeyRules.Step(hash, c);
        }

        return hash;
    }

    private static long Start(RoleSpec role) => role.From?.DayNumber ?? int.MinValue;

    private static long End(RoleSpec role) => role.To?.DayNumber ?? int.MaxValue;

    private sealed record KeyEntry(string Key, AliasKind Kind, int Target, int Tokens, string Text, LocationInfo Location, bool Inherited);

    private sealed class RoleGroup
    {
        public RoleGroup(string title) => Title = title;

        public string Title { get; }

        public List<(int Entity, RoleSpec Role, LocationInfo Location)> Holders { get; } = new();
    }
}
