using System;
using System.Collections.Generic;
using ArabicNews.Core.Parsing.Quotations;
using ArabicNews.Core.Tests.Text;
using ArabicNews.Core.Text;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing.Quotations;

/// <summary>The quotation finder's allocation budget: nothing beyond the results list it is given.</summary>
public sealed class QuotationFinderAllocationTests
{
    [Fact]
    public void Finding_allocates_nothing_beyond_the_results()
    {
        string text = ArabicNormalizer.Normalize(SeedText.Repeated(200_000));
        var results = new List<Quotation>(capacity: 4096);
        FindInEveryParagraph(text, results); // warm up
        int found = results.Count;
        results.Clear();

        long before = GC.GetAllocatedBytesForCurrentThread();
        FindInEveryParagraph(text, results);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        found.Should().BePositive();
        results.Should().HaveCount(found);
        allocated.Should().Be(0);
    }

    private static void FindInEveryParagraph(string text, List<Quotation> results)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            QuotationFinder.Find(text, start, end, results);
            start = end + 1;
        }
    }
}
