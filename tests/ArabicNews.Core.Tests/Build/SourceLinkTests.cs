using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.Json;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Build;

/// <summary>
/// The library's portable PDB carries a Source Link map that points the sources at raw.githubusercontent.com,
/// also when the clone's remote is a local path (as in CI) or missing: see the SourceLink target in Directory.Build.props.
/// </summary>
public class SourceLinkTests
{
    /// <summary>The custom debug information kind of a Source Link JSON document.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void PdbMapsTheSourcesToGitHub()
    {
        string dll = typeof(ArabicNormalizer).Assembly.Location;
        string pdb = Path.ChangeExtension(dll, ".pdb");
        File.Exists(pdb).Should().BeTrue("the portable PDB is copied next to {0}", dll);

        using FileStream stream = File.OpenRead(pdb);
        using MetadataReaderProvider provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        MetadataReader reader = provider.GetMetadataReader();

        string? json = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
            .FirstOrDefault();
        json.Should().NotBeNull("the PDB has a Source Link custom debug information record");

        Dictionary<string, string> map = ReadDocuments(json!);
        map.Should().NotBeEmpty();

        // Find the normalizer's document in the PDB and resolve it through the map, as a debugger would.
        string document = reader.Documents
            .Select(handle => reader.GetString(reader.GetDocument(handle).Name))
            .Single(name => name.Replace('\\', '/').EndsWith("src/ArabicNews.Core/Text/ArabicNormalizer.cs", StringComparison.Ordinal));
        string? url = Resolve(map, document);

        url.Should().NotBeNull("the map covers {0}; map: {1}", document, json);
        url.Should().StartWith("https://raw.githubusercontent.com/arabicnews/ArabicNews.Core/")
            .And.EndWith("/src/ArabicNews.Core/Text/ArabicNormalizer.cs");

        // The commit in the URL is a full SHA, so the link never moves.
        string commit = url!["https://raw.githubusercontent.com/arabicnews/ArabicNews.Core/".Length..].Split('/')[0];
        commit.Should().MatchRegex("^[0-9a-f]{40}$");
    }

    private static Dictionary<string, string> ReadDocuments(string json)
    {
        using JsonDocument parsed = JsonDocument.Parse(json);
        return parsed.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static string? Resolve(Dictionary<string, string> map, string path)
    {
        foreach ((string key, string value) in map)
        {
            if (key.EndsWith('*') && path.StartsWith(key[..^1], StringComparison.Ordinal) && value.EndsWith('*'))
            {
                return value[..^1] + path[(key.Length - 1)..].Replace('\\', '/');
            }

            if (key == path)
            {
                return value;
            }
        }

        return null;
    }
}
