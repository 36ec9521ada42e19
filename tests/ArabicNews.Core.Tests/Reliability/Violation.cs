namespace ArabicNews.Core.Tests.Reliability;

/// <summary>A broken property: which one (stable, for minimization) and what exactly went wrong.</summary>
internal sealed record Violation(string Property, string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => Property + ": " + Detail;
}
