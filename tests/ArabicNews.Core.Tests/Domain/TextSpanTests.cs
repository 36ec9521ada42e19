using System;
using System.Globalization;
using System.Threading;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Domain;

public sealed class TextSpanTests
{
    [Fact]
    public void Constructor_RejectsNegativeValues()
    {
        FluentActions.Invoking(() => new TextSpan(-1, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new TextSpan(1, -2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new TextSpan(int.MaxValue, 2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromBounds_AndEnd_RoundTrip()
    {
        TextSpan span = TextSpan.FromBounds(3, 10);
        span.Start.Should().Be(3);
        span.Length.Should().Be(7);
        span.End.Should().Be(10);
        span.FitsIn(10).Should().BeTrue();
        span.FitsIn(9).Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByValue()
    {
        (new TextSpan(1, 2) == new TextSpan(1, 2)).Should().BeTrue();
        (new TextSpan(1, 2) != new TextSpan(1, 3)).Should().BeTrue();
        new TextSpan(1, 2).GetHashCode().Should().Be(new TextSpan(1, 2).GetHashCode());
    }

    [Fact]
    public void ToString_UsesInvariantDigits_UnderArabicCulture()
    {
        CultureInfo saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("ar-SA");
            new TextSpan(12, 3).ToString().Should().Be("[12..15)");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }
}
