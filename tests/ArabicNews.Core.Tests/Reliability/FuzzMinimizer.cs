using System;
using System.Diagnostics;

namespace ArabicNews.Core.Tests.Reliability;

/// <summary>Shrinks a failing input by deleting ever smaller chunks while the same property still fails (delta debugging).</summary>
internal static class FuzzMinimizer
{
    /// <summary>The smallest input found within <paramref name="budget"/> for which <paramref name="fails"/> still holds.</summary>
    public static string Minimize(string input, Func<string, bool> fails, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        string current = input;
        int chunk = Math.Max(1, current.Length / 2);
        while (clock.Elapsed < budget)
        {
            bool removed = false;
            for (int start = 0; start < current.Length && clock.Elapsed < budget;)
            {
                string candidate = string.Concat(current.AsSpan(0, start), current.AsSpan(Math.Min(current.Length, start + chunk)));
                if (fails(candidate))
                {
                    current = candidate;
                    removed = true;
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1 && !removed)
            {
                break;
            }

            chunk = removed ? Math.Min(chunk, Math.Max(1, current.Length / 2)) : Math.Max(1, chunk / 2);
        }

        return current;
    }
}
