using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace ArabicNews.Core.Benchmarks.Guard;

/// <summary>
/// What one guard child process measured in its pass over the classes: the measurements and the machine's load
/// average after each class. The child writes it to a file the parent reads back.
/// </summary>
/// <param name="Measurements">The measurements, in run order.</param>
/// <param name="Loads">The load average after each class, as <see cref="MachineLoad.Read"/> gives it (empty where unknown).</param>
public sealed record GuardPass(IReadOnlyList<GuardMeasurement> Measurements, IReadOnlyList<double> Loads)
{
    /// <summary>Reads a pass file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pass.</returns>
    public static GuardPass Load(string path) =>
        JsonSerializer.Deserialize<GuardPass>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} holds no guard pass.");

    /// <summary>Writes this pass to a file.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this));
}
