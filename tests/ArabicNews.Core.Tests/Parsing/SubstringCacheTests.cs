using System.Threading.Tasks;
using ArabicNews.Core.Parsing;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing;

public sealed class SubstringCacheTests
{
    private const string Text = "التقى بوتين وعلييف، وقال بوتين إن المحادثات بناءة.";

    [Fact]
    public void Equal_short_substrings_are_one_string()
    {
        string first = SubstringCache.Get(Text, 6, 5);
        string second = SubstringCache.Get(Text, Text.LastIndexOf("بوتين", System.StringComparison.Ordinal), 5);
        first.Should().Be("بوتين");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Every_substring_equals_what_Substring_returns()
    {
        for (int start = 0; start < Text.Length; start++)
        {
            for (int length = 0; start + length <= Text.Length; length++)
            {
                SubstringCache.Get(Text, start, length).Should().Be(Text.Substring(start, length));
            }
        }
    }

    [Fact]
    public void Long_substrings_are_never_shared()
    {
        string text = new string('ب', SubstringCache.MaxLength + 1);
        SubstringCache.Get(text, 0, text.Length).Should().NotBeSameAs(SubstringCache.Get(text, 0, text.Length)).And.Be(text);
    }

    [Fact]
    public void Threads_get_equal_strings()
    {
        string[] results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = SubstringCache.Get(Text, 6, 5));
        results.Should().AllBe("بوتين");
    }
}
