using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ArabicNews.Core.Tests.Text;

/// <summary>The reference articles, linked into the test output folder <c>seeds/</c>.</summary>
internal static class SeedText
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string[] Files => System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();

    /// <summary>All seeds concatenated and repeated up to about <paramref name="chars"/> UTF-16 code units.</summary>
    public static string Repeated(int chars)
    {
        string all = string.Concat(Files.Select(File.ReadAllText));
        var builder = new StringBuilder(chars + all.Length);
        while (builder.Length < chars)
        {
            builder.Append(all);
        }

        return builder.ToString();
    }
}
