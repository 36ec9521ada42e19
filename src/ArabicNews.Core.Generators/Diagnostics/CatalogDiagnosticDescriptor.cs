namespace ArabicNews.Core.Generators.Diagnostics;

/// <summary>A catalog diagnostic's identity: its ANC id, title, message format and severity (no Roslyn types, so the run-time builder shares it).</summary>
/// <param name="Id">The id, <c>ANC0xx</c>.</param>
/// <param name="Title">The short title.</param>
/// <param name="MessageFormat">The composite format of the message (<c>{0}</c>, <c>{1}</c>, …).</param>
/// <param name="IsError">Whether it is an error (otherwise a warning).</param>
internal sealed record CatalogDiagnosticDescriptor(string Id, string Title, string MessageFormat, bool IsError);
