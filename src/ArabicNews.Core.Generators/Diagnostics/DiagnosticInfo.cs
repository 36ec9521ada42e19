using System.Linq;
using ArabicNews.Core.Generators.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>An equatable diagnostic: descriptor, location and message arguments. The <see cref="Diagnostic"/> is made only at output.</summary>
/// <remarks><see cref="Diagnostic"/> has no value equality, so it must not be stored in pipeline models.</remarks>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Creates a diagnostic info.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="messageArgs">The message arguments.</param>
    /// <returns>The info.</returns>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>Creates the Roslyn diagnostic.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, MessageArgs.Cast<object>().ToArray());
}
