using System.Collections.Generic;
using ArabicNews.Core.Generators.Infrastructure;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Generators.Tests;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_equal_items_are_equal()
    {
        var a = new EquatableArray<string>(new[] { "a", "b" });
        var b = new EquatableArray<string>(new[] { "a", "b" });
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Order_and_length_matter()
    {
        var ab = new EquatableArray<int>(new[] { 1, 2 });
        (ab != new EquatableArray<int>(new[] { 2, 1 })).Should().BeTrue();
        ab.Equals(new EquatableArray<int>(new[] { 1, 2, 3 })).Should().BeFalse();
        ab.Equals(new EquatableArray<int>(new[] { 1 })).Should().BeFalse();
    }

    [Fact]
    public void Default_is_empty_and_equals_an_empty_array()
    {
        EquatableArray<int> empty = default;
        empty.Count.Should().Be(0);
        empty.Equals(new EquatableArray<int>(System.Array.Empty<int>())).Should().BeTrue();
        empty.Should().BeEmpty();
        empty.AsSpan().Length.Should().Be(0);
    }

    [Fact]
    public void Nested_equatable_arrays_compare_structurally()
    {
        var a = new EquatableArray<EquatableArray<int>>(new[] { new EquatableArray<int>(new[] { 1 }) });
        var b = new EquatableArray<EquatableArray<int>>(new[] { new EquatableArray<int>(new[] { 1 }) });
        a.Equals(b).Should().BeTrue();
        new HashSet<EquatableArray<EquatableArray<int>>> { a }.Contains(b).Should().BeTrue();
    }

    [Fact]
    public void Enumerates_and_indexes_items()
    {
        var array = new[] { "x", "y" }.ToEquatableArray();
        array.Should().Equal("x", "y");
        array[1].Should().Be("y");
    }
}
