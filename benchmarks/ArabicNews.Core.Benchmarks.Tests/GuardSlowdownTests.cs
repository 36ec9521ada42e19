using System;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardSlowdownTests
{
    [Fact]
    public void Parses_a_name_prefix_and_a_factor() =>
        GuardSlowdown.Parse("ArticleParseBenchmarks.Parse=1.3").Should().Be(new GuardSlowdown("ArticleParseBenchmarks.Parse", 1.3));

    [Theory]
    [InlineData("ArticleParseBenchmarks.Parse")]
    [InlineData("=2")]
    [InlineData("A=fast")]
    [InlineData("A=0.5")]
    [InlineData("A=NaN")]
    public void Refuses_anything_else(string text) =>
        FluentActions.Invoking(() => GuardSlowdown.Parse(text)).Should().Throw<FormatException>();

    [Fact]
    public void Applies_to_the_benchmarks_whose_name_starts_with_the_prefix()
    {
        GuardSlowdown[] slowdowns = [new("ArticleParseBenchmarks.Parse", 2), new("ArticleParseBenchmarks.Parse(Seed=000", 1.5)];

        GuardSlowdown.FactorFor(slowdowns, "ArticleParseBenchmarks.Parse(Seed=000_7788d47285f976e4.txt)").Should().Be(3);
        GuardSlowdown.FactorFor(slowdowns, "ArticleParseBenchmarks.Parse(Seed=001_b5b12b844ce0d8d8.txt)").Should().Be(2);
        GuardSlowdown.FactorFor(slowdowns, "CorpusParseBenchmarks.Parse").Should().Be(1);
    }
}
