#!/usr/bin/env bash
# Proves the package works for a consumer: packs ArabicNews.Core into a temporary feed, creates a fresh console
# project that references the package and adds its own catalog, builds and runs it, and checks the output
# (typed accessors in the configured namespace, a catalog that extends the built-in one so that the consumer's entity,
# person:vladimir-putin and city:moscow are found in one sentence, Replace mode, and a catalog diagnostic failing the
# build). Needs only the local package cache; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-consumer.$(date +%s)"

dotnet pack src/ArabicNews.Core -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q

package="$work/feed/ArabicNews.Core.$version.nupkg"
listing="$(unzip -l "$package")"
for expected in analyzers/dotnet/cs/ArabicNews.Core.Generators.dll buildTransitive/ArabicNews.Core.props lib/net8.0/ArabicNews.Core.dll lib/net10.0/ArabicNews.Core.dll; do
  grep -q "$expected" <<<"$listing" || { echo "FAIL: $expected is not in the package"; exit 1; }
done
if unzip -p "$package" '*.nuspec' | grep -q 'ArabicNews.Core.Generators'; then
  echo "FAIL: the generator must not be a package dependency"; exit 1
fi

consumer="$work/consumer"
mkdir -p "$consumer/Data"
# Isolate the consumer from any Directory.*.props above the temp folder.
printf '<Project></Project>\n' > "$work/Directory.Build.props"
printf '<Project></Project>\n' > "$work/Directory.Build.targets"
printf '<Project></Project>\n' > "$work/Directory.Packages.props"
cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Consumer</RootNamespace>
    <ArabicNewsCatalogNamespace>Consumer.Catalog</ArabicNewsCatalogNamespace>
    <ArabicNewsCatalogClassName>Places</ArabicNewsCatalogClassName>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ArabicNews.Core" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/Data/places.catalog.json" <<'JSON'
{ "entities": [
  { "id": "organization:caspian-test-institute", "kind": "organization", "name": "Caspian Test Institute", "arabic": "معهد قزوين للاختبار" },
  { "id": "city:test-harbour", "kind": "city", "name": "Test Harbour", "arabic": "ميناء الاختبار", "aliases": ["ميناء الاختبار", "مرفأ الاختبار"] }
] }
JSON
cat > "$consumer/Program.cs" <<'CS'
using ArabicNews.Core.Catalog;
using ArabicNews.Core.Text;
using Consumer.Catalog;

string text = ArabicNormalizer.Normalize("زار بوتين معهد قزوين للاختبار في موسكو ثم لمرفأ الاختبار.");
var results = new List<CatalogMatch>();
Places.Catalog.Matcher.FindMatches(text, null, results);
Console.WriteLine("consumer: " + string.Join(",", results.Select(m => m.Entity!.Id)));
Console.WriteLine("accessor: " + Places.Organizations.CaspianTestInstitute.Id + " " + Places.Cities.TestHarbour.ArabicName);
Console.WriteLine("built-in: " + EntityCatalog.Default.FindByName("بوتين")?.Id);
CS

dotnet run --project "$consumer/Consumer.csproj" --configfile "$work/NuGet.config" -nologo -v:q > "$work/output.txt" 2>&1 || { cat "$work/output.txt"; echo "FAIL: consumer did not build or run"; exit 1; }
cat "$work/output.txt"
grep -qx 'consumer: person:vladimir-putin,organization:caspian-test-institute,city:moscow,city:test-harbour' "$work/output.txt" || { echo "FAIL: the consumer's catalog must extend the built-in one"; exit 1; }
grep -qx 'accessor: organization:caspian-test-institute ميناء الاختبار' "$work/output.txt" || { echo "FAIL: typed accessors"; exit 1; }
grep -qx 'built-in: person:vladimir-putin' "$work/output.txt" || { echo "FAIL: built-in catalog"; exit 1; }

# Replace mode: only the consumer's own entities.
dotnet run --project "$consumer/Consumer.csproj" -p:ArabicNewsCatalogMode=Replace -nologo -v:q > "$work/replace.txt" 2>&1 || { cat "$work/replace.txt"; echo "FAIL: Replace mode did not build or run"; exit 1; }
grep -qx 'consumer: organization:caspian-test-institute,city:test-harbour' "$work/replace.txt" || { cat "$work/replace.txt"; echo "FAIL: Replace mode must hold only the consumer's entities"; exit 1; }

# Bad catalog data must fail the consumer's build with its ANC id and file location (files are merged in ordinal
# path order, so the definition in places.catalog.json is the duplicate).
cat > "$consumer/Data/broken.catalog.json" <<'JSON'
{ "entities": [ { "id": "city:test-harbour", "kind": "city", "name": "Test Harbour again", "arabic": "ميناء الاختبار الثاني" } ] }
JSON
if dotnet build "$consumer/Consumer.csproj" -nologo -v:q > "$work/broken.txt" 2>&1; then
  echo "FAIL: a duplicate id did not fail the build"; exit 1
fi
grep -q 'places.catalog.json(3,11): error ANC004' "$work/broken.txt" || { cat "$work/broken.txt"; echo "FAIL: ANC004 with its location was expected"; exit 1; }

echo "pack-consumer: OK ($version)"
