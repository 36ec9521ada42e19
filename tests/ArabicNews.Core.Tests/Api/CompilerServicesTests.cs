using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using ArabicNews.Core.Catalog;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Tests.Api;

/// <summary>
/// What only generated catalog code calls stays out of sight: it lives in <c>ArabicNews.Core.Catalog.CompilerServices</c>,
/// hidden from IntelliSense, and no other public API hands it out or takes it.
/// </summary>
public sealed class CompilerServicesTests
{
    private const string CompilerServices = "ArabicNews.Core.Catalog.CompilerServices";
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly Type[] PublicTypes = typeof(EntityCatalog).Assembly.GetExportedTypes();

    [Fact]
    public void CompilerServicesTypes_AreHiddenFromIntelliSense()
    {
        Type[] types = [.. PublicTypes.Where(static t => t.Namespace == CompilerServices)];
        types.Select(static t => t.Name).Should().BeEquivalentTo("CatalogEntityTables", "CatalogMatcherTables", "EntityCatalogFactory");
        types.Should().OnlyContain(static t => t.GetCustomAttribute<EditorBrowsableAttribute>() != null
            && t.GetCustomAttribute<EditorBrowsableAttribute>()!.State == EditorBrowsableState.Never);
    }

    [Fact]
    public void OtherPublicMembers_NeitherTakeNorReturnCompilerServicesTypes()
    {
        string[] leaks = [.. PublicTypes.Where(static t => t.Namespace != CompilerServices)
            .SelectMany(static t => t.GetMembers(Declared).Select(m => (Type: t, Member: m)))
            .Where(static x => Signature(x.Member).Any(static s => s.Namespace == CompilerServices))
            .Select(static x => x.Type.FullName + "." + x.Member.Name)];
        leaks.Should().BeEmpty("generator support types are reached only through their own namespace");
    }

    [Fact]
    public void Signature_SeesParametersAndReturnTypes()
    {
        MethodInfo create = typeof(Core.Catalog.CompilerServices.EntityCatalogFactory).GetMethod("Create")!;
        Signature(create).Select(static t => t.Name).Should().Contain(["CatalogEntityTables", "CatalogMatcherTables", "EntityCatalog"]);
    }

    private static Type[] Signature(MemberInfo member) => member switch
    {
        MethodBase method => [.. method.GetParameters().Select(static p => Unwrap(p.ParameterType)), .. method is MethodInfo m ? [Unwrap(m.ReturnType)] : Array.Empty<Type>()],
        PropertyInfo property => [Unwrap(property.PropertyType)],
        FieldInfo field => [Unwrap(field.FieldType)],
        _ => [],
    };

    private static Type Unwrap(Type type) => type.IsByRef ? type.GetElementType()! : type;
}
