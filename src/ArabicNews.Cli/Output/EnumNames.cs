using System;
using System.Linq;

namespace ArabicNews.Cli.Output;

/// <summary>The names the JSON contract and the catalog files use for enum values.</summary>
internal static class EnumNames
{
    /// <summary>Returns the kebab-case name of an enum value: <c>InPerson</c> → <c>in-person</c>, <c>ActionPlan</c> → <c>action-plan</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Kebab(Enum value) =>
        string.Concat(value.ToString().Select(static (c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
