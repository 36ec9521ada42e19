using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using ArabicNews.Core.Catalog.CompilerServices;
using ArabicNews.Core.Generators;
using ArabicNews.Core.Generators.Diagnostics;
using ArabicNews.Core.Generators.Model;

namespace ArabicNews.Core.Catalog;

/// <summary>
/// Builds an <see cref="EntityCatalog"/> at run time from <c>*.catalog.json</c> data, with the parser, validation,
/// office expansion and table layout the catalog source generator uses at build time (shared source, so the same data
/// gives the same catalog and the same <c>ANC</c> diagnostics either way).
/// </summary>
/// <remarks>
/// <para>
/// By default the catalog extends the built-in one (<see cref="CatalogMode.Extend"/>): it finds your entities and
/// every built-in entity, and your entry wins on an id or name conflict, with warning ANC019 or ANC020. Bad data never
/// throws: it is reported in <see cref="CatalogBuildResult.Diagnostics"/> with its file, line and column.
/// </para>
/// <code>
/// CatalogBuildResult result = new CatalogBuilder().AddFile("extra.catalog.json").Build();
/// EntityCatalog catalog = result.Catalog ?? throw new InvalidDataException(result.Diagnostics[0].ToString());
/// </code>
/// <para>
/// Building parses the data and computes the matcher tables (the built-in data, when extended, is parsed once per
/// process): milliseconds, not the near-zero first use of a generated catalog. Build once and reuse the catalog, which
/// is immutable and thread-safe. The builder itself is not thread-safe.
/// </para>
/// </remarks>
public sealed class CatalogBuilder
{
    private readonly List<(string Path, string Text)> _files = [];

    /// <summary>Gets or sets whether the catalog extends the built-in one (the default) or holds only the added data.</summary>
    public CatalogMode Mode { get; set; } = CatalogMode.Extend;

    /// <summary>Adds a catalog file.</summary>
    /// <param name="path">The path of a <c>*.catalog.json</c> file (any name is accepted).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public CatalogBuilder AddFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AddJson(File.ReadAllText(path), path);
    }

    /// <summary>Adds catalog data read from a stream (UTF-8, or the encoding its byte order mark names).</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="path">The name diagnostics give the data.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public CatalogBuilder AddStream(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(stream, leaveOpen: true);
        return AddJson(reader.ReadToEnd(), path);
    }

    /// <summary>Adds catalog data.</summary>
    /// <param name="json">The <c>*.catalog.json</c> text.</param>
    /// <param name="path">The name diagnostics give the data.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CatalogBuilder AddJson(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        _files.Add((path, json));
        return this;
    }

    /// <summary>Validates the data added so far and builds the catalog.</summary>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The catalog (unless there are errors) and the diagnostics.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public CatalogBuildResult Build(CancellationToken cancellationToken = default)
    {
        if (_files.Count == 0 && Mode == CatalogMode.Extend)
        {
            return new CatalogBuildResult(EntityCatalog.Default, []);
        }

        var files = ImmutableArray.CreateBuilder<CatalogFileSpec>(Math.Max(1, _files.Count));
        foreach ((string path, string text) in _files)
        {
            files.Add(CatalogParser.Parse(path, text, cancellationToken));
        }

        if (files.Count == 0)
        {
            files.Add(new CatalogFileSpec { Path = string.Empty, Entities = default, Diagnostics = default });
        }

        ImmutableArray<CatalogFileSpec> baseFiles = Mode == CatalogMode.Extend ? BuiltInCatalogFiles.Parsed : [];
        CatalogResult result = CatalogMerger.Merge(files.MoveToImmutable(), baseFiles, new CatalogOptions("ArabicNews.Runtime"), cancellationToken);
        var diagnostics = new List<CatalogDiagnostic>(result.Diagnostics.Count);
        bool failed = result.Spec is null;
        foreach (DiagnosticInfo info in result.Diagnostics)
        {
            failed |= info.Descriptor.IsError;
            diagnostics.Add(new CatalogDiagnostic
            {
                Id = info.Descriptor.Id,
                Severity = info.Descriptor.IsError ? CatalogDiagnosticSeverity.Error : CatalogDiagnosticSeverity.Warning,
                Message = info.FormatMessage(),
                FilePath = info.Location?.FilePath,
                Line = info.Location is { } location ? location.StartLine + 1 : 0,
                Column = info.Location is { } start ? start.StartColumn + 1 : 0,
            });
        }

        return new CatalogBuildResult(failed ? null : Create(result.Spec!), diagnostics);
    }

    private static EntityCatalog Create(CatalogSpec spec)
    {
        CatalogTables.EntityData data = CatalogTables.BuildEntityData(spec);
        int[] records = new int[data.Records.Count * CatalogEntityTables.RecordLength];
        for (int i = 0; i < data.Records.Count; i++)
        {
            data.Records[i].CopyTo(records, i * CatalogEntityTables.RecordLength);
        }

        MatcherTableSpec tables = spec.Tables;
        int[] keyOffsets = CatalogTables.Concatenate(tables.Keys, out string keyChars);
        return EntityCatalog.Create(
            new CatalogEntityTables { Strings = data.Pool, StringOffsets = data.StringOffsets, Records = records, Roles = data.Roles.ToArray() },
            new CatalogMatcherTables
            {
                Slots = tables.Slots.AsSpan(),
                KeyHashes = tables.KeyHashes.AsSpan(),
                KeyOffsets = keyOffsets,
                KeyChars = keyChars,
                KeyKinds = tables.KeyKinds.AsSpan(),
                KeyTargets = tables.KeyTargets.AsSpan(),
                RoleOffsets = tables.RoleOffsets.AsSpan(),
                RoleHolders = tables.RoleHolders.AsSpan(),
                RoleDefaults = tables.RoleDefaults.AsSpan(),
                FirstTokenFilter = tables.Filter.AsSpan(),
                MaxTokens = tables.MaxTokens,
            });
    }
}
