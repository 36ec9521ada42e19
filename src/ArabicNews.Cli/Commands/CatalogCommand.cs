using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using ArabicNews.Cli.Output;
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;

namespace ArabicNews.Cli.Commands;

/// <summary><c>arabic-news catalog list [--kind KIND]</c> and <c>arabic-news catalog show ID-OR-NAME</c>: the built-in entity catalog.</summary>
internal static class CatalogCommand
{
    private static readonly string[] KindNames = [.. Enum.GetValues<EntityKind>().Select(KindName)];

    /// <summary>Creates the command with its two subcommands.</summary>
    /// <param name="console">The streams to write.</param>
    /// <returns>The <c>catalog</c> command.</returns>
    public static Command Create(CliConsole console) => Create(console, EntityCatalog.Default);

    /// <summary>Creates the command over <paramref name="catalog"/>.</summary>
    /// <param name="console">The streams to write.</param>
    /// <param name="catalog">The catalog to list and search.</param>
    /// <returns>The <c>catalog</c> command.</returns>
    internal static Command Create(CliConsole console, EntityCatalog catalog)
    {
        var kind = new Option<string?>("--kind", "-k")
        {
            Description = "Only entities of this kind.",
            HelpName = string.Join('|', KindNames),
        };
        kind.AcceptOnlyFromAmong(KindNames);
        Option<string[]> listCatalog = CatalogOption.Create();
        var list = new Command(
            "list",
            HelpText.WithExamples(
                "List the catalog's entities, one per line: id, English name and Arabic name, separated by tabs.",
                "arabic-news catalog list --kind corridor"))
        {
            kind,
            listCatalog,
        };
        list.SetAction(parseResult => CatalogOption.Load(parseResult.GetValue(listCatalog), catalog, console) is { } entities
            ? List(entities, parseResult.GetValue(kind), console)
            : ArabicNewsTool.UsageError);

        var name = new Argument<string>("ID-OR-NAME") { Description = "An entity id (person:vladimir-putin), an Arabic name, alias, demonym or role title (بوتين، الرئيس الروسي), or an English name." };
        Option<string[]> showCatalog = CatalogOption.Create();
        var show = new Command(
            "show",
            HelpText.WithExamples(
                "Show one entity: names, aliases, roles and links. Arabic names are normalized and matched as in articles.",
                "arabic-news catalog show بوتين",
                "arabic-news catalog show city:moscow"))
        {
            name,
            showCatalog,
        };
        show.SetAction(parseResult => CatalogOption.Load(parseResult.GetValue(showCatalog), catalog, console) is { } entities
            ? Show(entities, parseResult.GetValue(name) ?? string.Empty, console)
            : ArabicNewsTool.UsageError);

        return new Command("catalog", HelpText.WithExamples(
            "Browse the built-in catalog of people, states, places, organizations, outlets, agreements and corridors "
                + "(with --catalog FILE, extended with your own *.catalog.json files).",
            "arabic-news catalog list --kind person",
            "arabic-news catalog show \"الرئيس الروسي\""))
        {
            list,
            show,
        };
    }

    private static int List(EntityCatalog catalog, string? kind, CliConsole console)
    {
        foreach (Entity entity in catalog.Entities.Where(e => kind is null || KindName(e.Kind) == kind))
        {
            console.Out.WriteLine($"{entity.Id}\t{entity.Name}\t{entity.ArabicName}");
        }

        console.Out.Flush();
        return ArabicNewsTool.Success;
    }

    private static int Show(EntityCatalog catalog, string name, CliConsole console)
    {
        Entity? entity = catalog.FindByName(name);
        if (entity is null)
        {
            string[] nearby = MentionedIn(catalog, name);
            string hint = nearby.Length == 0 ? string.Empty : " Names in it: " + string.Join(", ", nearby) + ".";
            console.Error.WriteLine($"arabic-news: no entity is named '{name}'.{hint}");
            return ArabicNewsTool.InputError;
        }

        Line(console, "id", entity.Id);
        Line(console, "kind", KindName(entity.Kind));
        Line(console, "name", entity.Name);
        Line(console, "arabic", entity.ArabicName);
        Line(console, "aliases", string.Join("، ", entity.Aliases));
        Line(console, "demonyms", string.Join("، ", entity.Demonyms));
        foreach (EntityRole role in entity.Roles)
        {
            Line(console, "role", string.Create(CultureInfo.InvariantCulture, $"{role.Title} ({role.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} – {role.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "present"})"));
        }

        Line(console, "agreement kind", entity.AgreementKind is { } agreementKind ? EnumNames.Kebab(agreementKind) : null);
        Line(console, "signed", entity.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line(console, "parties", string.Join(", ", entity.Parties));
        Line(console, "mode", entity.Mode is { } mode ? EnumNames.Kebab(mode) : null);
        Line(console, "countries", string.Join(", ", entity.Countries));
        console.Out.Flush();
        return ArabicNewsTool.Success;
    }

    /// <summary>The ids of the catalog names found inside <paramref name="text"/> (for a name that is not exactly one entity).</summary>
    private static string[] MentionedIn(EntityCatalog catalog, string text)
    {
        var matches = new List<CatalogMatch>();
        catalog.Matcher.FindMatches(ArabicNormalizer.Normalize(text, NormalizationOptions.Search), asOf: null, matches);
        return [.. matches.Where(static m => m.Entity is not null).Select(static m => m.Entity!.Id).Distinct(StringComparer.Ordinal)];
    }

    private static void Line(CliConsole console, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            console.Out.WriteLine($"{label + ":",-16}{value}");
        }
    }

    private static string KindName(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
