using ArabicNews.Core.Parsing;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Parsing;

public sealed class ParseBuffersTests
{
    [Fact]
    public void Returned_buffers_are_reused_empty_by_the_same_thread()
    {
        ParseBuffers first = ParseBuffers.Rent();
        ParseBuffers nested = ParseBuffers.Rent();
        nested.Should().NotBeSameAs(first, "buffers in use are never handed out twice");

        first.Tokens.Add(new Token(0, 3));
        ParseBuffers.Return(first);
        ParseBuffers again = ParseBuffers.Rent();
        again.Should().BeSameAs(first);
        again.Tokens.Should().BeEmpty();
        ParseBuffers.Return(again);
    }

    [Fact]
    public void Buffers_that_grew_too_large_are_not_kept()
    {
        ParseBuffers.Rent(); // empties the thread's slot
        ParseBuffers large = ParseBuffers.Rent();
        large.Tokens.Capacity = ParseBuffers.MaxRetainedItems + 1;
        ParseBuffers.Return(large);
        ParseBuffers.Rent().Should().NotBeSameAs(large);
    }
}
