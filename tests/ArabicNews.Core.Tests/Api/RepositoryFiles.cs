using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace ArabicNews.Core.Tests.Api;

/// <summary>Locates files of the repository (README.md, docs/) from the test source, which CI builds keep at its real path.</summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository root: the first folder above this source file that holds ArabicNews.Core.sln.</summary>
    public static string Root => FindRoot();

    private static string FindRoot([CallerFilePath] string path = "")
    {
        string? directory = Path.GetDirectoryName(path);
        while (directory is not null && !File.Exists(Path.Combine(directory, "ArabicNews.Core.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No ArabicNews.Core.sln above {path}.");
    }
}
