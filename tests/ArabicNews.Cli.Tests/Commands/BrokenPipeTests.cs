using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Cli.Tests.Commands;

/// <summary>The tool as a real process whose standard output is a pipe to <c>head -n 1</c>.</summary>
public sealed class BrokenPipeTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ParseStopsQuietlyWith141WhenTheReaderIsGone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string[] seeds = [.. TestFolder.SeedFiles.Select(File.ReadAllText)];
        for (int i = 0; i < 2000; i++)
        {
            _folder.Write("corpus/" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".txt", seeds[i % seeds.Length] + "\n" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        string tool = Path.Combine(AppContext.BaseDirectory, "arabic-news.dll");
        string first = Path.Combine(_folder.Path, "first.jsonl");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string argument in (string[])["-c", "set -o pipefail; dotnet \"$0\" parse -j 2 \"$1\" | head -n 1 > \"$2\"", tool, Path.Combine(_folder.Path, "corpus"), first])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit(TimeSpan.FromMinutes(3)).Should().BeTrue();

        process.ExitCode.Should().Be(141, stderr);
        stderr.Should().BeEmpty("a closed pipe is no error: no message, no stack trace, and no summary of a batch it did not finish");
        File.ReadAllLines(first).Should().ContainSingle().Which.Should().StartWith("{\"file\":");
    }
}
