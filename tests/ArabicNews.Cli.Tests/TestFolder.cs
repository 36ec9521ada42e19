using System;
using System.IO;
using System.Text;

namespace ArabicNews.Cli.Tests;

/// <summary>A temporary folder of article files, deleted at the end of the test.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("arabic-news-cli-").FullName;

    public static string SeedsPath => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string[] SeedFiles
    {
        get
        {
            string[] files = Directory.GetFiles(SeedsPath, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }
    }

    public string Write(string relativePath, string text) => Write(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (string file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(Path, recursive: true);
    }
}
