using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Generators;

/// <content>The emitter: a <see cref="CatalogSpec"/> in, C# source out. It sees only specs.</content>
public sealed partial class CatalogGenerator
{
    /// <summary>Writes the generated source for a catalog spec, deterministically, with <c>\n</c> line endings.</summary>
    internal static partial class Emitter
    {
        /// <summary>The hint name of the accessors and the catalog.</summary>
        public const string EntitiesHintName = "Entities.g.cs";

        /// <summary>The hint name of the matcher tables.</summary>
        public const string TablesHintName = "Entities.MatcherTables.g.cs";

        /// <summary>The hint name of the entity tables.</summary>
        public const string EntityTablesHintName = "Entities.EntityTables.g.cs";

        private const string GeneratorName = "ArabicNews.Core.Generators";
        private const string EntityType = "global::ArabicNews.Core.Catalog.Entity";
        private const string EntityCatalogType = "global::ArabicNews.Core.Catalog.EntityCatalog";
        private const string CompilerServicesNamespace = "global::ArabicNews.Core.Catalog.CompilerServices";
        private const string TablesType = CompilerServicesNamespace + ".CatalogMatcherTables";
        private const string EntityTablesType = CompilerServicesNamespace + ".CatalogEntityTables";
        private const string CatalogFactoryType = CompilerServicesNamespace + ".EntityCatalogFactory";
        private const string ReadOnlySpanType = "global::System.ReadOnlySpan";
        private const string GeneratedCodeAttribute = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
        private const string EditorBrowsableAttribute = "global::System.ComponentModel.EditorBrowsableAttribute";
        private const string EditorBrowsableNever = "global::System.ComponentModel.EditorBrowsableState.Never";

        private static readonly string[] KindMembers = { "Person", "Country", "City", "Region", "Organization", "Media", "Agreement", "Corridor" };
        private static readonly string[] KindClasses = { "People", "Countries", "Cities", "Regions", "Organizations", "Media", "Agreements", "Corridors" };

        /// <summary>Gets the generator version written into <c>[GeneratedCode]</c>.</summary>
        public static string Version { get; } = typeof(CatalogGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

        /// <summary>Emits every source file of the catalog.</summary>
        /// <param name="spec">The catalog.</param>
        /// <returns>The (hint name, source) pairs, in a fixed order.</returns>
        public static IReadOnlyList<KeyValuePair<string, string>> Emit(CatalogSpec spec) =>
            new[]
            {
                new KeyValuePair<string, string>(EntitiesHintName, EmitEntities(spec)),
                new KeyValuePair<string, string>(EntityTablesHintName, EmitEntityTables(spec)),
                new KeyValuePair<string, string>(TablesHintName, EmitTables(spec)),
            };

        /// <summary>
        /// Turns an id's slug into a PascalCase identifier: <c>vladimir-putin</c> → <c>VladimirPutin</c>,
        /// <c>2022-declaration</c> → <c>Declaration2022</c>.
        /// </summary>
        /// <param name="id">The id.</param>
        /// <returns>The identifier.</returns>
        public static string ToIdentifier(string id)
        {
            string slug = id.Substring(id.IndexOf(':') + 1);
            var builder = new StringBuilder(slug.Length);
            bool upper = true;
            foreach (char c in slug)
            {
                if (c == '-')
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            // An identifier cannot start with a digit: the leading number moves to the end
            // ("2020-nagorno-karabakh-ceasefire-agreement" → NagornoKarabakhCeasefireAgreement2020).
            int digits = 0;
            while (digits < builder.Length && char.IsDigit(builder[digits]))
            {
                digits++;
            }

            if (digits > 0)
            {
                string number = builder.ToString(0, digits);
                builder.Remove(0, digits);
                if (builder.Length > 0)
                {
                    builder[0] = char.ToUpperInvariant(builder[0]);
                }

                builder.Insert(0, builder.Length == 0 ? "Entity" : string.Empty).Append(number);
            }

            return builder.Length == 0 ? "Entity" : builder.ToString();
        }

        private static string EmitEntities(CatalogSpec spec)
        {
            var writer = new SourceWriter();
            WriteHeader(writer, spec);
            writer.WriteLine("/// <summary>");
            writer.WriteLine(Invariant($"/// The {spec.Entities.Count} entities of the catalog compiled from the project's <c>*.catalog.json</c> files, one typed"));
            writer.WriteLine("/// accessor per entity of the project's own files grouped by kind, and the <see cref=\"Catalog\"/> with lookups and the");
            writer.WriteLine("/// name matcher (which also holds the built-in entities unless <c>ArabicNewsCatalogMode</c> is <c>Replace</c>).");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(Invariant($"[{GeneratedCodeAttribute}(\"{GeneratorName}\", \"{Version}\")]"));
            writer.WriteLine(Invariant($"public static partial class {spec.ClassName}"));
            using (writer.EmitBlock())
            {
                writer.WriteLine("/// <summary>Gets the catalog of every entity, with lookups by id and name and the name matcher.</summary>");
                writer.WriteLine(Invariant($"public static {EntityCatalogType} Catalog => CatalogHolder.Instance;"));
                for (int kind = 0; kind < CatalogParser.Kinds.Length; kind++)
                {
                    var members = spec.Entities.Select((entity, index) => (Entity: entity, Index: index)).Where(e => e.Entity.Kind == CatalogParser.Kinds[kind] && !e.Entity.Inherited).ToList();
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    writer.WriteLine();
                    writer.WriteLine(Invariant($"/// <summary>The entities of kind <c>{CatalogParser.Kinds[kind]}</c>.</summary>"));
                    writer.WriteLine(Invariant($"public static class {KindClasses[kind]}"));
                    using (writer.EmitBlock())
                    {
                        var used = new HashSet<string>(StringComparer.Ordinal) { KindClasses[kind], spec.ClassName };
                        bool first = true;
                        foreach (var (entity, index) in members)
                        {
                            if (!first)
                            {
                                writer.WriteLine();
                            }

                            first = false;
                            string name = ToIdentifier(entity.Id);
                            string unique = name;
                            for (int suffix = 2; !used.Add(unique); suffix++)
                            {
                                unique = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
                            }

                            writer.WriteLine(Invariant($"/// <summary>{EscapeXml(entity.Name)} ({EscapeXml(entity.Arabic)}), <c>{EscapeXml(entity.Id)}</c>.</summary>"));
                            writer.WriteLine(Invariant($"/// <remarks>Aliases: {EscapeXml(string.Join("، ", entity.Aliases))}.</remarks>"));
                            writer.WriteLine(Invariant($"public static {EntityType} {unique} => CatalogHolder.Instance.Entities[{index}];"));
                        }
                    }
                }

                writer.WriteLine();
                writer.WriteLine("/// <summary>Builds a new, separate catalog from the generated data; use <see cref=\"Catalog\"/> instead.</summary>");
                writer.WriteLine("/// <remarks>For measuring the first-use cost: this is what the first access to <see cref=\"Catalog\"/> does.</remarks>");
                writer.WriteLine(Invariant($"internal static {EntityCatalogType} CreateCatalog() => {(spec.BuiltIn ? EntityCatalogType + ".CreateInPlace" : CatalogFactoryType + ".Create")}(EntityTables.Create(), MatcherTables.Create());"));
                writer.WriteLine();
                writer.WriteLine("/// <summary>Builds the catalog once, on first use (no file or reflection access); entities are built when first read.</summary>");
                writer.WriteLine("private static class CatalogHolder");
                using (writer.EmitBlock())
                {
                    writer.WriteLine("/// <summary>The catalog.</summary>");
                    writer.WriteLine(Invariant($"internal static readonly {EntityCatalogType} Instance = CreateCatalog();"));
                }
            }

            return writer.ToString();
        }

        private static string EmitTables(CatalogSpec spec)
        {
            MatcherTableSpec tables = spec.Tables;
            var writer = new SourceWriter();
            WriteHeader(writer, spec);
            writer.WriteLine(Invariant($"public static partial class {spec.ClassName}"));
            using (writer.EmitBlock())
            {
                writer.WriteLine("/// <summary>");
                writer.WriteLine("/// The name matcher's lookup tables, computed at compile time from the normalized names. A key is a name");
                writer.WriteLine("/// normalized with <c>NormalizationOptions.Search</c>, its tokens case-folded and joined by single spaces.");
                writer.WriteLine("/// </summary>");
                writer.WriteLine(Invariant($"[{EditorBrowsableAttribute}({EditorBrowsableNever})]"));
                writer.WriteLine("private static class MatcherTables");
                using (writer.EmitBlock())
                {
                    writer.WriteLine(Invariant($"/// <summary>Wraps the tables for <see cref=\"{EntityCatalogType}\"/>.</summary>"));
                    writer.WriteLine(Invariant($"internal static {TablesType} Create() => new {TablesType}"));
                    using (writer.EmitBlock(";"))
                    {
                        writer.WriteLine("Slots = Slots,");
                        writer.WriteLine("KeyHashes = KeyHashes,");
                        writer.WriteLine("KeyOffsets = KeyOffsets,");
                        writer.WriteLine("KeyChars = KeyChars,");
                        writer.WriteLine("KeyKinds = KeyKinds,");
                        writer.WriteLine("KeyTargets = KeyTargets,");
                        writer.WriteLine("RoleOffsets = RoleOffsets,");
                        writer.WriteLine("RoleHolders = RoleHolders,");
                        writer.WriteLine("RoleDefaults = RoleDefaults,");
                        writer.WriteLine("FirstTokenFilter = FirstTokenFilter,");
                        writer.WriteLine(Invariant($"MaxTokens = {tables.MaxTokens},"));
                    }

                    int[] offsets = CatalogTables.Concatenate(tables.Keys, out string chars);

                    writer.WriteLine();
                    writer.WriteLine(Invariant($"// Open-addressing hash table over the {tables.Keys.Count} keys (linear probing on the FNV-1a hash): 0 = empty, else key index + 1."));
                    WriteArray(writer, "int", "Slots", tables.Slots.Select(Number));
                    writer.WriteLine("// The FNV-1a hash of each key (key order is ordinal).");
                    WriteArray(writer, "int", "KeyHashes", tables.KeyHashes.Select(Number));
                    writer.WriteLine("// Where each key starts in KeyChars, then the total length.");
                    WriteArray(writer, "int", "KeyOffsets", offsets.Select(Number));
                    writer.WriteLine("// Each key's kind: 0 alias, 1 role title, 2 demonym, 3 only a prefix of longer keys; +128 when longer keys continue it.");
                    WriteArray(writer, "byte", "KeyKinds", tables.KeyKinds.Select(static v => v.ToString(CultureInfo.InvariantCulture)));
                    writer.WriteLine("// Each key's target: the entity index (aliases, demonyms), the role group (role titles) or -1 (prefixes).");
                    WriteArray(writer, "int", "KeyTargets", tables.KeyTargets.Select(Number));
                    writer.WriteLine("// Where each role group's holders start in RoleHolders (counted in triples), then the total.");
                    WriteArray(writer, "int", "RoleOffsets", tables.RoleOffsets.Select(Number));
                    writer.WriteLine("// Role holders as (entity index, first day, first day after) triples; days are DateOnly.DayNumber.");
                    WriteArray(writer, "int", "RoleHolders", tables.RoleHolders.Select(Number));
                    writer.WriteLine("// Each role group's holder when no date is given: the current one, else the latest.");
                    WriteArray(writer, "int", "RoleDefaults", tables.RoleDefaults.Select(Number));
                    writer.WriteLine("// The filters tested before hashing (MatcherFilters): (first char, last char, length) of each key's first token, the");
                    writer.WriteLine("// first-token lengths by last three characters (all keys, then multi-word keys), key lengths.");
                    WriteArray(writer, "byte", "FirstTokenFilter", tables.Filter.Select(static v => v.ToString(CultureInfo.InvariantCulture)));
                    writer.WriteLine("// Every key, concatenated:");
                    foreach (string key in tables.Keys)
                    {
                        writer.WriteLine("//   " + key);
                    }

                    writer.WriteLine("private static string KeyChars => " + Literal(chars) + ";");
                }
            }

            return writer.ToString();
        }

        private static void WriteArray(SourceWriter writer, string type, string name, IEnumerable<string> values)
        {
            writer.WriteLine(Invariant($"private static {ReadOnlySpanType}<{type}> {name} => new {type}[]"));
            using (writer.EmitBlock(";"))
            {
                var line = new StringBuilder();
                foreach (string value in values)
                {
                    if (line.Length > 100)
                    {
                        writer.WriteLine(line.ToString().TrimEnd());
                        line.Clear();
                    }

                    line.Append(value).Append(", ");
                }

                if (line.Length > 0)
                {
                    writer.WriteLine(line.ToString().TrimEnd());
                }
            }

            writer.WriteLine();
        }

        private static void WriteHeader(SourceWriter writer, CatalogSpec spec)
        {
            writer.WriteLine("// <auto-generated/>");
            writer.WriteLine("// Generated by the ArabicNews.Core catalog source generator from the project's *.catalog.json files.");
            writer.WriteLine("#nullable enable");
            writer.WriteLine();
            writer.WriteLine(Invariant($"namespace {spec.Namespace};"));
            writer.WriteLine();
        }

        /// <summary>Writes a C# string literal; non-printing characters become <c>\u</c> escapes.</summary>
        internal static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    default:
                        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
                        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>Escapes text for an XML doc comment (and drops line breaks and controls).</summary>
        internal static string EscapeXml(string value)
        {
            var builder = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    default:
                        builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
                        break;
                }
            }

            return builder.ToString();
        }

        private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
