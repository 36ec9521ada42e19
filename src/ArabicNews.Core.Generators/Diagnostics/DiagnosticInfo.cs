using System.Globalization;
using ArabicNews.Core.Generators.Infrastructure;

namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>An equatable diagnostic: descriptor, location and message arguments. A Roslyn <c>Diagnostic</c> is made only at output.</summary>
/// <remarks>Roslyn's <c>Diagnostic</c> has no value equality, so it must not be stored in pipeline models.</remarks>
internal sealed record DiagnosticInfo(CatalogDiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    /// <summary>Creates a diagnostic info.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="messageArgs">The message arguments.</param>
    /// <returns>The info.</returns>
    public static DiagnosticInfo Create(CatalogDiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>Formats the message.</summary>
    /// <returns>The message with its arguments.</returns>
    public string FormatMessage()
    {
        var args = new object[MessageArgs.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, args);
    }
}
