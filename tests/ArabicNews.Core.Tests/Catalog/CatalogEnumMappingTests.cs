using System;
using System.Linq;
using ArabicNews.Core.Generators;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Catalog;

/// <summary>
/// The catalog's <c>agreementKind</c> and <c>mode</c> strings become <see cref="AgreementKind"/> and
/// <see cref="CorridorMode"/> values by their index in the parser's lists, so each list must name the enum's members
/// in the enum's order.
/// </summary>
public sealed class CatalogEnumMappingTests
{
    [Fact]
    public void AgreementKinds_name_the_AgreementKind_members_in_order() =>
        CatalogParser.AgreementKinds.Select(Pascal).Should().Equal(Enum.GetNames<AgreementKind>());

    [Fact]
    public void CorridorModes_name_the_CorridorMode_members_in_order() =>
        CatalogParser.CorridorModes.Select(Pascal).Should().Equal(Enum.GetNames<CorridorMode>());

    [Fact]
    public void Pascal_joins_kebab_words() => Pascal("joint-statement").Should().Be("JointStatement");

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(static word => char.ToUpperInvariant(word[0]) + word[1..]));
}
