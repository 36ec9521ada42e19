using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Tests.Text;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

/// <summary>
/// The matcher's allocation budget: its results only. Nothing at all when there is nothing to report, and no more
/// than the results list's own growth otherwise.
/// </summary>
public sealed class CatalogMatcherAllocationTests
{
    private static readonly CatalogMatcher Matcher = EntityCatalog.Default.Matcher;

    [Fact]
    public void Matching_text_that_names_nothing_allocates_nothing()
    {
        string text = ArabicNormalizer.Normalize(string.Concat(Enumerable.Repeat("وفي هذا اليوم كان الطقس جميلا، وخرج الناس إلى الشوارع والحدائق بعد أسبوع طويل من العمل. ", 200)));
        var results = new List<CatalogMatch>();
        Matcher.FindMatches(text, new DateOnly(2024, 4, 22), results); // warm up

        long before = GC.GetAllocatedBytesForCurrentThread();
        Matcher.FindMatches(text, new DateOnly(2024, 4, 22), results);
        Matcher.FindMatches(text, null, results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        results.Should().BeEmpty();
        results.Capacity.Should().Be(0);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Matching_allocates_no_more_than_the_growth_of_the_results_list()
    {
        string text = string.Join("\n\n", SeedText.Files.Select(path => ArabicNormalizer.Normalize(File.ReadAllText(path))));
        Matcher.FindMatches(text, new DateOnly(2022, 1, 1), new List<CatalogMatch>()); // warm up
        var results = new List<CatalogMatch>();

        long before = GC.GetAllocatedBytesForCurrentThread();
        Matcher.FindMatches(text, new DateOnly(2022, 1, 1), results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        results.Should().HaveCountGreaterThan(100);
        allocated.Should().BePositive().And.BeLessThanOrEqualTo(GrowthOf(results));
    }

    /// <summary>The bytes a list allocates growing from empty to its capacity: arrays of 4, 8, 16, … elements.</summary>
    private static long GrowthOf(List<CatalogMatch> results)
    {
        const int ArrayHeader = 24; // object header, method table pointer and length on 64-bit
        long bytes = 0;
        for (int capacity = 4; capacity <= results.Capacity; capacity *= 2)
        {
            bytes += ArrayHeader + ((long)capacity * Unsafe.SizeOf<CatalogMatch>());
        }

        return bytes;
    }
}
