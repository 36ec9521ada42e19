using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ArabicNews.Cli.Commands;

/// <summary><c>arabic-news --version</c>: prints the tool's informational version (package version and commit).</summary>
/// <param name="console">The streams to write.</param>
/// <remarks>
/// System.CommandLine's own action prints the entry assembly's version, which in-process (under a test host) is
/// the host's; this one always prints the tool's.
/// </remarks>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    /// <summary>Gets the informational version of the tool, e.g. <c>0.1.0+450b68c…</c>.</summary>
    public static string InformationalVersion { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        console.Out.WriteLine(InformationalVersion);
        return ArabicNewsTool.Success;
    }
}
