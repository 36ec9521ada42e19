// Compiler support types that netstandard2.0 lacks: records (init accessors) and required members.
#pragma warning disable MA0048, CA1018, RCS1251 // polyfills keep the framework's names and shapes

namespace System.Runtime.CompilerServices
{
    /// <summary>Marks init-only setters (polyfill for netstandard2.0).</summary>
    internal static class IsExternalInit
    {
    }

    /// <summary>Marks types with required members (polyfill for netstandard2.0).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiredMemberAttribute : Attribute
    {
    }

    /// <summary>Marks a compiler feature a member requires (polyfill for netstandard2.0).</summary>
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    internal sealed class CompilerFeatureRequiredAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="featureName">The feature.</param>
        public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

        /// <summary>Gets the feature.</summary>
        public string FeatureName { get; }

        /// <summary>Gets a value indicating whether the feature is optional.</summary>
        public bool IsOptional { get; init; }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    /// <summary>Marks a constructor that sets all required members (polyfill for netstandard2.0).</summary>
    [AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
    internal sealed class SetsRequiredMembersAttribute : Attribute
    {
    }
}
