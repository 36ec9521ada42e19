using System;
using System.Collections.Generic;
using ArabicNews.Cli.Batch;
using ArabicNews.Cli.Output;
using ArabicNews.Core.Catalog;

namespace ArabicNews.Cli.Commands;

/// <summary>The options of one <c>parse</c> run.</summary>
/// <param name="Format">The output format.</param>
/// <param name="Input">What the inputs hold.</param>
/// <param name="Keep">The record fields copied to the output (<c>--keep</c>).</param>
/// <param name="Published">The publication date given with <c>--published</c>, or <see langword="null"/>.</param>
/// <param name="Parallelism">How many articles are parsed at once.</param>
/// <param name="Catalog">The catalog to parse with: the built-in one and any <c>--catalog</c> files.</param>
internal sealed record ParseSettings(OutputFormat Format, InputFormat Input, IReadOnlyList<string> Keep, DateOnly? Published, int Parallelism, EntityCatalog Catalog);
