using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ArabicNews.Core.Tests.Api;

/// <summary>
/// Renders the public surface of an assembly as sorted lines, one per visible type and member, each with its full
/// signature: <c>ArabicNews.Core.Catalog.EntityCatalog: public Entity? FindByName(string text)</c>.
/// </summary>
/// <remarks>
/// Visible means public, or protected (and protected internal) in a type that can be derived from outside the
/// assembly. Nullable reference annotations, <c>ref</c>/<c>in</c>/<c>out</c>/<c>params</c>, default values,
/// <c>init</c> accessors, generic constraints, enum values and constants are part of the line, so any change a
/// consumer could notice changes the text.
/// </remarks>
internal static class PublicApiRenderer
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>Renders the public surface of <paramref name="assembly"/>, sorted ordinally, one line each, ending with a newline.</summary>
    public static string Render(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var lines = new List<string>();
        foreach (Type type in assembly.GetTypes().Where(IsVisible))
        {
            string owner = TypeName(type, qualify: true);
            lines.Add($"{owner}: {TypeDeclaration(type)}");
            foreach (MemberInfo member in type.GetMembers(Declared).Where(m => IsVisible(type, m)))
            {
                if (Member(member, nullability) is { } line)
                {
                    lines.Add($"{owner}: {line}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic && IsVisible(type.DeclaringType!))
        || ((type.IsNestedFamily || type.IsNestedFamORAssem) && IsVisible(type.DeclaringType!) && !type.DeclaringType!.IsSealed);

    private static bool IsVisible(Type owner, MemberInfo member)
    {
        if (member is Type || member.Name.StartsWith('<') || member.IsDefined(typeof(CompilerGeneratedAttribute)) && member is not MethodBase)
        {
            return false;
        }

        bool derivable = !owner.IsSealed && !owner.IsValueType;
        return member switch
        {
            MethodBase method => !method.IsSpecialName || method.IsConstructor || method.Name.StartsWith("op_", StringComparison.Ordinal)
                ? method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && derivable)
                : false,
            FieldInfo field => !field.IsSpecialName && (field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && derivable)),
            PropertyInfo property => property.GetAccessors(nonPublic: true).Any(a => a.IsPublic || ((a.IsFamily || a.IsFamilyOrAssembly) && derivable)),
            EventInfo @event => @event.AddMethod is { } add && (add.IsPublic || ((add.IsFamily || add.IsFamilyOrAssembly) && derivable)),
            _ => false,
        };
    }

    private static string TypeDeclaration(Type type)
    {
        string access = type.IsPublic || type.IsNestedPublic ? "public" : "protected";
        string kind;
        string modifiers = string.Empty;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            MethodInfo invoke = type.GetMethod("Invoke")!;
            return $"{access} delegate {TypeName(invoke.ReturnType, qualify: true)} {TypeName(type, qualify: false)}({Parameters(invoke, new NullabilityInfoContext())})";
        }
        else if (type.IsValueType)
        {
            kind = type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct";
        }
        else
        {
            kind = type.GetMethod("<Clone>$") is not null ? "record" : "class";
            modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
        }

        var bases = new List<string>();
        if (type.IsEnum)
        {
            bases.Add(TypeName(Enum.GetUnderlyingType(type), qualify: true));
        }
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType, qualify: true));
        }

        if (!type.IsEnum)
        {
            bases.AddRange(type.GetInterfaces().Where(static i => i.IsPublic || i.IsNestedPublic).Select(static i => TypeName(i, qualify: true)).Order(StringComparer.Ordinal));
        }

        return $"{access} {modifiers}{kind} {TypeName(type, qualify: false)}{GenericConstraints(type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])}"
            + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static string? Member(MemberInfo member, NullabilityInfoContext nullability)
    {
        switch (member)
        {
            case ConstructorInfo constructor:
                return $"{Access(constructor)}{(constructor.IsStatic ? "static " : string.Empty)}.ctor({Parameters(constructor, nullability)})";
            case MethodInfo method:
                string generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(static a => a.Name)) + ">" : string.Empty;
                return $"{Access(method)}{Modifiers(method)}{Nullable(method.ReturnParameter, nullability)} {method.Name}{generic}({Parameters(method, nullability)})"
                    + GenericConstraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []);
            case FieldInfo field when field.DeclaringType!.IsEnum:
                return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            case FieldInfo field:
                string prefix = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
                string value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : string.Empty;
                return $"{(field.IsPublic ? "public " : "protected ")}{prefix}{Nullable(nullability.Create(field))} {field.Name}{value}";
            case PropertyInfo property:
                MethodInfo accessor = property.GetMethod ?? property.SetMethod!;
                string indexer = property.GetIndexParameters().Length > 0 ? "[" + Parameters(property.GetIndexParameters(), nullability) + "]" : string.Empty;
                var accessors = new List<string>();
                if (property.GetMethod is { } getter && IsVisible(property.DeclaringType!, getter))
                {
                    accessors.Add("get;");
                }

                if (property.SetMethod is { } setter && IsVisible(property.DeclaringType!, setter))
                {
                    bool init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                    accessors.Add(init ? "init;" : "set;");
                }

                string required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
                return $"{Access(accessor)}{Modifiers(accessor)}{required}{Nullable(nullability.Create(property))} {property.Name}{indexer} {{ {string.Join(' ', accessors)} }}";
            case EventInfo @event:
                return $"{Access(@event.AddMethod!)}{Modifiers(@event.AddMethod!)}event {TypeName(@event.EventHandlerType!, qualify: true)} {@event.Name}";
            default:
                return null;
        }
    }

    private static bool IsVisible(Type owner, MethodInfo accessor) =>
        accessor.IsPublic || ((accessor.IsFamily || accessor.IsFamilyOrAssembly) && !owner.IsSealed);

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) => Parameters(method.GetParameters(), nullability);

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) => string.Join(", ", parameters.Select(p =>
    {
        string modifier = p.ParameterType.IsByRef
            ? p.IsOut ? "out " : p.IsIn ? "in " : "ref "
            : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        Type type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        string defaultValue = !p.HasDefaultValue ? string.Empty
            : type.IsEnum && p.RawDefaultValue is { } raw ? " = " + EnumValue(type, raw)
            : " = " + Literal(p.RawDefaultValue);
        return $"{modifier}{Nullable(p, nullability)} {p.Name}{defaultValue}";
    }));

    private static string Nullable(ParameterInfo parameter, NullabilityInfoContext nullability) => Nullable(nullability.Create(parameter));

    private static string Nullable(NullabilityInfo info)
    {
        Type type = info.Type.IsByRef ? info.Type.GetElementType()! : info.Type;
        string name;
        if (type.IsArray && info.ElementType is { } element)
        {
            name = Nullable(element) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        else if (type.IsGenericType && !type.IsValueType && info.GenericTypeArguments.Length > 0)
        {
            string bare = TypeName(type.GetGenericTypeDefinition(), qualify: true);
            name = bare[..bare.IndexOf('<', StringComparison.Ordinal)] + "<" + string.Join(", ", info.GenericTypeArguments.Select(Nullable)) + ">";
        }
        else
        {
            name = TypeName(type, qualify: true);
        }

        return !type.IsValueType && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string GenericConstraints(Type[] arguments)
    {
        var clauses = new List<string>();
        foreach (Type argument in arguments)
        {
            var constraints = new List<string>();
            GenericParameterAttributes attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                constraints.Add("class");
            }

            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("struct");
            }

            constraints.AddRange(argument.GetGenericParameterConstraints().Where(static c => c != typeof(ValueType)).Select(static c => TypeName(c, qualify: true)));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                constraints.Add("new()");
            }

            if (constraints.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", constraints)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string TypeName(Type type, bool qualify)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return TypeName(type.GetElementType()!, qualify) + (type.IsPointer ? "*" : string.Empty);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, qualify) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Keywords.TryGetValue(type, out string? keyword))
        {
            return keyword;
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, qualify) + "?";
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        // Only the arguments this type adds to its declaring type's (a nested type repeats the outer ones).
        Type[] arguments = type.GetGenericArguments();
        int inherited = type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0;
        if (arguments.Length > inherited)
        {
            name += "<" + string.Join(", ", arguments.Skip(inherited).Select(a => TypeName(a, qualify: true))) + ">";
        }

        if (type.IsNested)
        {
            return TypeName(type.DeclaringType!, qualify) + "." + name;
        }

        return qualify && type.Namespace is { Length: > 0 } ns ? ns + "." + name : name;
    }

    /// <summary>An enum value by name, flags joined with <c>|</c>: <c>NormalizationOptions.Search</c>.</summary>
    private static string EnumValue(Type type, object raw) =>
        string.Join(" | ", Enum.ToObject(type, raw).ToString()!.Split(", ").Select(name => TypeName(type, qualify: true) + "." + name));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        char c => "'" + c + "'",
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
