using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;

namespace ArabicNews.Cli.Batch;

/// <summary>Turns the <c>parse</c> command's paths (files, folders, globs, <c>-</c>) into inputs, lazily and in order.</summary>
/// <remarks>
/// A folder stands for the <c>*.txt</c> files directly in it; a glob (<c>*</c> and <c>?</c> within a path segment,
/// <c>**</c> for any number of folders) for the files it matches. The files of each folder are sorted by name
/// (ordinal) and folders are walked depth first, so the order is the same on every machine. Only the names of
/// the folder being walked are held, never the list of all inputs: the sequence streams.
/// </remarks>
internal static class InputExpander
{
    private const string AnyFolders = "**";
    private static readonly char[] WildcardChars = ['*', '?'];
    private static readonly bool IgnoreCase = OperatingSystem.IsWindows();

    /// <summary>Expands <paramref name="paths"/> into inputs in the order given.</summary>
    /// <param name="paths">Files, folders, globs or <c>-</c>.</param>
    /// <param name="folderPattern">The files a folder stands for: <c>*.txt</c> for articles, <c>*.jsonl</c> or <c>*.csv</c> for records.</param>
    /// <returns>One input per file found, and one input with a <see cref="ArticleInput.Problem"/> per path that yields none.</returns>
    public static IEnumerable<ArticleInput> Expand(IEnumerable<string> paths, string folderPattern = "*.txt")
    {
        foreach (string path in paths)
        {
            if (path == ArticleInput.StandardInput || File.Exists(path))
            {
                yield return new ArticleInput(path);
            }
            else if (Directory.Exists(path))
            {
                bool any = false;
                foreach (string file in Match(path, [folderPattern], 0))
                {
                    any = true;
                    yield return new ArticleInput(file);
                }

                if (!any)
                {
                    // Only the files directly in a folder count; say how to reach those in its subfolders.
                    string hint = Entries(path, "*", files: false).Count > 0
                        ? $"; its subfolders are not searched: give '{Path.Join(path, AnyFolders, folderPattern)}' for them"
                        : string.Empty;
                    yield return new ArticleInput(path, $"is a folder without articles (no {folderPattern} files in it{hint})");
                }
            }
            else if (path.IndexOfAny(WildcardChars) >= 0)
            {
                bool any = false;
                foreach (string file in ExpandGlob(path))
                {
                    any = true;
                    yield return new ArticleInput(file);
                }

                if (!any)
                {
                    yield return new ArticleInput(path, "matches no files");
                }
            }
            else
            {
                yield return new ArticleInput(path, "does not exist");
            }
        }
    }

    private static IEnumerable<string> ExpandGlob(string pattern)
    {
        string[] segments = pattern.Replace('\\', '/').Split('/');
        int literal = 0;
        while (literal < segments.Length - 1 && segments[literal].IndexOfAny(WildcardChars) < 0)
        {
            literal++;
        }

        // The literal leading segments name the folder the walk starts from ("" is the current folder, and a
        // leading "/" leaves an empty first segment, which Join turns back into the root).
        string root = literal == 0 ? string.Empty : string.Join('/', segments, 0, literal);
        if (literal > 0 && root.Length == 0)
        {
            root = "/";
        }

        return Directory.Exists(root.Length == 0 ? "." : root) ? Match(root, segments[literal..], 0) : [];
    }

    private static IEnumerable<string> Match(string folder, string[] segments, int index)
    {
        string segment = segments[index];
        bool last = index == segments.Length - 1;
        if (segment == AnyFolders)
        {
            // Zero folders, then one more folder at a time (the same segment again below each subfolder).
            IEnumerable<string> here = last ? Match(folder, [.. segments, "*"], index + 1) : Match(folder, segments, index + 1);
            foreach (string file in here)
            {
                yield return file;
            }

            foreach (string subfolder in Entries(folder, "*", files: false))
            {
                foreach (string file in Match(subfolder, segments, index))
                {
                    yield return file;
                }
            }

            yield break;
        }

        foreach (string entry in Entries(folder, segment, files: last))
        {
            if (last)
            {
                yield return entry;
            }
            else
            {
                foreach (string file in Match(entry, segments, index + 1))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>The files or subfolders of <paramref name="folder"/> whose names match <paramref name="pattern"/>, sorted.</summary>
    private static List<string> Entries(string folder, string pattern, bool files)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, MatchType = MatchType.Simple };
        var enumeration = new FileSystemEnumerable<string>(
            folder.Length == 0 ? "." : folder,
            (ref FileSystemEntry entry) => entry.FileName.ToString(),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                entry.IsDirectory != files && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName, IgnoreCase),
        };
        var names = new List<string>(enumeration);
        names.Sort(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            names[i] = folder.Length == 0 ? names[i] : Path.Join(folder, names[i]);
        }

        return names;
    }
}
