using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArabicNews.Core.Generators.Infrastructure;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Generators;

/// <content>The emitter's entity tables: every entity as a record of integers over one string pool.</content>
public sealed partial class CatalogGenerator
{
    /// <content>Writes <c>Entities.EntityTables.g.cs</c>, the data <c>CatalogEntityTables</c> describes.</content>
    internal static partial class Emitter
    {
        private static string EmitEntityTables(CatalogSpec spec)
        {
            CatalogTables.EntityData data = CatalogTables.BuildEntityData(spec);
            List<string> strings = data.Strings;
            List<int[]> records = data.Records;
            List<int> roles = data.Roles;
            List<(int First, int End)> entityStrings = data.EntityStrings;
            int[] offsets = data.StringOffsets;

            var writer = new SourceWriter();
            WriteHeader(writer, spec);
            writer.WriteLine(Invariant($"public static partial class {spec.ClassName}"));
            using (writer.EmitBlock())
            {
                writer.WriteLine("/// <summary>The entities as constant data: each entity is built from its record the first time it is read.</summary>");
                writer.WriteLine(Invariant($"[{EditorBrowsableAttribute}({EditorBrowsableNever})]"));
                writer.WriteLine("private static class EntityTables");
                using (writer.EmitBlock())
                {
                    writer.WriteLine(Invariant($"/// <summary>Wraps the tables for <see cref=\"{EntityCatalogType}\"/>.</summary>"));
                    writer.WriteLine(Invariant($"internal static {EntityTablesType} Create() => new {EntityTablesType}"));
                    using (writer.EmitBlock(";"))
                    {
                        writer.WriteLine("Strings = Strings,");
                        writer.WriteLine("StringOffsets = StringOffsets,");
                        writer.WriteLine("Records = Records,");
                        writer.WriteLine("Roles = Roles,");
                    }

                    writer.WriteLine();
                    writer.WriteLine("// One record per entity, sorted by id: id, kind, name, Arabic name, aliases (first, count), demonyms (first, count),");
                    writer.WriteLine("// roles (first, count), agreement kind, signed day, parties (first, count), mode, countries (first, count).");
                    writer.WriteLine("// Names are indexes into the string pool, -1 for none; days are DateOnly.DayNumber, int.MinValue for none;");
                    writer.WriteLine("// the agreement kind and the mode are AgreementKind and CorridorMode values, -1 for none.");
                    writer.WriteLine(Invariant($"private static {ReadOnlySpanType}<int> Records => new int[]"));
                    using (writer.EmitBlock(";"))
                    {
                        for (int i = 0; i < records.Count; i++)
                        {
                            writer.WriteLine(Invariant($"// {i}: {spec.Entities[i].Id}"));
                            writer.WriteLine(string.Join(", ", records[i].Select(Number)) + ",");
                        }
                    }

                    writer.WriteLine();
                    writer.WriteLine("// Roles as (title, first day, first day after) triples; int.MinValue and int.MaxValue are open bounds.");
                    WriteArray(writer, "int", "Roles", roles.Select(Number));
                    writer.WriteLine("// Where each string starts in Strings, then the total length.");
                    WriteArray(writer, "int", "StringOffsets", offsets.Select(Number));
                    writer.WriteLine("// The string pool, one line per entity.");
                    writer.WriteLine("private const string Strings =");
                    writer.Indentation++;
                    var lines = entityStrings.Select(e => string.Join(" + ", strings.Skip(e.First).Take(e.End - e.First).Select(Literal))).ToList();
                    WriteConcatenation(writer, lines, 0, lines.Count, ";");
                    writer.Indentation--;
                }
            }

            return writer.ToString();
        }

        private const int ConcatenationFanOut = 32;

        /// <summary>
        /// Writes <c>a + b + …</c> over <paramref name="lines"/> as a tree of parenthesised groups of at most
        /// <see cref="ConcatenationFanOut"/>, so that a catalog of thousands of entities is no expression thousands of
        /// operators deep (compilers and analyzers walk binary expressions recursively).
        /// </summary>
        private static void WriteConcatenation(SourceWriter writer, List<string> lines, int start, int end, string suffix)
        {
            int count = end - start;
            if (count <= ConcatenationFanOut)
            {
                for (int i = start; i < end; i++)
                {
                    writer.WriteLine(lines[i] + (i == end - 1 ? suffix : " +"));
                }

                return;
            }

            int groupSize = ConcatenationFanOut;
            while ((count + groupSize - 1) / groupSize > ConcatenationFanOut)
            {
                groupSize *= ConcatenationFanOut;
            }

            for (int group = start; group < end; group += groupSize)
            {
                int groupEnd = System.Math.Min(end, group + groupSize);
                writer.WriteLine("(");
                writer.Indentation++;
                WriteConcatenation(writer, lines, group, groupEnd, string.Empty);
                writer.Indentation--;
                writer.WriteLine(")" + (groupEnd == end ? suffix : " +"));
            }
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
