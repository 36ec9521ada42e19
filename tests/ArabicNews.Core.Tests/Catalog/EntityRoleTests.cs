using System;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

public sealed class EntityRoleTests
{
    [Fact]
    public void A_period_is_half_open()
    {
        var role = new EntityRole("الرئيس", new DateOnly(2008, 5, 7), new DateOnly(2012, 5, 7));
        role.IsHeldOn(new DateOnly(2008, 5, 6)).Should().BeFalse();
        role.IsHeldOn(new DateOnly(2008, 5, 7)).Should().BeTrue();
        role.IsHeldOn(new DateOnly(2012, 5, 6)).Should().BeTrue();
        role.IsHeldOn(new DateOnly(2012, 5, 7)).Should().BeFalse();
    }

    [Fact]
    public void Open_bounds_hold_forever()
    {
        new EntityRole("x", null, null).IsHeldOn(DateOnly.MinValue).Should().BeTrue();
        new EntityRole("x", new DateOnly(2012, 5, 7), null).IsHeldOn(DateOnly.MaxValue).Should().BeTrue();
    }

    [Fact]
    public void An_end_before_the_start_is_rejected()
    {
        Action act = () => _ = new EntityRole("x", new DateOnly(2012, 5, 7), new DateOnly(2012, 5, 7));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Entities_compare_by_id()
    {
        var a = new Entity("city:baku", EntityKind.City, "Baku", "باكو");
        var b = new Entity("city:baku", EntityKind.City, "Baku (other)", "باكو");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(new Entity("city:moscow", EntityKind.City, "Moscow", "موسكو")).Should().BeFalse();
    }

    [Fact]
    public void An_entity_knows_its_role_on_a_date()
    {
        Entities.People.VladimirPutin.GetRoleOn(new DateOnly(2010, 1, 1))!.Title.Should().Be("رئيس الوزراء الروسي");
        Entities.People.VladimirPutin.GetRoleOn(new DateOnly(1990, 1, 1)).Should().BeNull();
    }
}
