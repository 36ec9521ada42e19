using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// The committed measurements of the last release (<c>benchmarks/baseline.json</c>): what the guard compares with,
/// and where they came from.
/// </summary>
/// <param name="Release">The library version they were measured on.</param>
/// <param name="Measured">When, in UTC (<c>yyyy-MM-dd</c>).</param>
/// <param name="Machine">The processor, cores, operating system and runtime.</param>
/// <param name="Benchmarks">The measurements, in run order.</param>
public sealed record GuardBaseline(string Release, string Measured, string Machine, IReadOnlyList<GuardMeasurement> Benchmarks)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    public static GuardBaseline Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the text of a baseline file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The baseline.</returns>
    public static GuardBaseline Parse(string json) =>
        JsonSerializer.Deserialize<GuardBaseline>(json, Options) ?? throw new InvalidDataException("The JSON holds no baseline.");

    /// <summary>Formats this baseline as the file's text: indented JSON with camelCase names and a final newline.</summary>
    /// <returns>The text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options).ReplaceLineEndings("\n") + "\n";

    /// <summary>Writes this baseline to a file.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path) => File.WriteAllText(path, ToJson());
}
