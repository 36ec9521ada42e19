#!/usr/bin/env bash
# Proves the arabic-news tool installs from a local package folder and works: packs ArabicNews.Core and the tool
# into a temporary feed, checks both packages' metadata (icon, README, license), installs the tool into a temporary
# tool path, parses a seed (JSON Lines, exit code 0) and standard input, and parses the seeds folder with standard
# error on a pseudo-terminal (`script`) to see the progress bar and the summary, and runs the README's Spark and
# Hadoop Streaming stages as written there (.ci/readme-recipes.py). Needs only the local package cache.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-tool.$(date +%s)"
feed="$work/feed"
tools="$work/tools"

# The README's pack command: every packable project of the solution (the library and the tool).
dotnet pack ArabicNews.Core.sln -c Release -o "$feed" -p:Version="$version" -nologo -v:q

python3 - "$feed" "$version" <<'PY'
import sys, zipfile
feed, version = sys.argv[1], sys.argv[2]
for package_id, extra in (("ArabicNews.Core", ["lib/net8.0/ArabicNews.Core.dll", "lib/net10.0/ArabicNews.Core.dll"]),
                          ("ArabicNews.Cli", ["tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/ArabicNews.Core.pdb"])):
    package = zipfile.ZipFile(f"{feed}/{package_id}.{version}.nupkg")
    names = set(package.namelist())
    for expected in ["icon.png", "README.md", *extra]:
        assert expected in names, f"{package_id}: missing {expected}"
    nuspec = package.read(f"{package_id}.nuspec").decode("utf-8")
    for expected in ("<icon>icon.png</icon>", "<readme>README.md</readme>", '<license type="expression">MIT</license>'):
        assert expected in nuspec, f"{package_id}: the nuspec lacks {expected}"
    if package_id == "ArabicNews.Cli":
        docs = sorted(n for n in names if n.startswith("tools/") and n.endswith(".xml") and not n.endswith("DotnetToolSettings.xml"))
        assert not docs, f"the tool package carries XML docs: {docs}"
        assert 'packageType name="DotnetTool"' in nuspec, "the tool package is not a DotnetTool"
        assert 'Name="arabic-news"' in package.read("tools/net10.0/any/DotnetToolSettings.xml").decode("utf-8"), "command name"
print(f"Package metadata check passed: ArabicNews.Core and ArabicNews.Cli {version}")
PY

dotnet tool install --tool-path "$tools" --add-source "$feed" ArabicNews.Cli --version "$version"
tool="$tools/arabic-news"

installed="$("$tool" --version)"
[[ "$installed" == "$version"* ]] || { echo "FAIL: --version printed '$installed', expected $version"; exit 1; }

# One seed, output redirected: JSON Lines by default, exit code 0.
set +e
"$tool" parse seeds/002_761cb0edd2caddef.txt > "$work/one.jsonl" 2> "$work/one.err"
status=$?
set -e
[[ $status -eq 0 ]] || { echo "FAIL: parse exited with $status"; cat "$work/one.err"; exit 1; }
python3 - "$work/one.jsonl" "$work/one.err" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1, f"one JSON line expected, got {len(lines)}"
article = json.loads(lines[0])
assert article["file"] == "seeds/002_761cb0edd2caddef.txt", article["file"]
assert article["published"] == "2024-04-22" and article["source"]["id"] == "media:tass", "wrong date or source"
assert any(p["id"] == "person:vladimir-putin" for m in article["meetings"] for p in m["participants"]), "no meeting with Putin"
summary = open(sys.argv[2], encoding="utf-8").read()
assert summary.startswith("arabic-news: 1 article, 0 failed, "), summary
print("Installed tool parsed a seed: " + summary.strip())
PY

# No path: an article piped in is parsed; an empty pipe (an empty xargs batch) parses nothing and fails.
cat seeds/000_7788d47285f976e4.txt | "$tool" parse 2>/dev/null | python3 -c "import json, sys; lines = sys.stdin.read().splitlines(); assert len(lines) == 1 and json.loads(lines[0])['file'] is None, lines; print('Standard input: 1 article')"
set +e
"$tool" parse < /dev/null > "$work/empty.jsonl" 2> /dev/null
status=$?
set -e
[[ $status -eq 1 && ! -s "$work/empty.jsonl" ]] || { echo "FAIL: an empty standard input gave exit code $status and $(wc -l < "$work/empty.jsonl") lines"; exit 1; }
echo "Empty standard input: no articles, exit code 1"

# A folder with standard error on a terminal: a progress bar, then the summary; standard output stays JSON Lines.
if command -v script > /dev/null; then
  script -qec "\"$tool\" parse seeds --parallel 2 > \"$work/seeds.jsonl\"" "$work/typescript" > /dev/null
  grep -q "Parsing" "$work/typescript" && grep -q "100%" "$work/typescript" \
    || { echo "FAIL: no progress bar on the terminal"; cat -v "$work/typescript"; exit 1; }
  grep -q "arabic-news: 5 articles, 0 failed, " "$work/typescript" || { echo "FAIL: no summary"; exit 1; }
  [[ "$(wc -l < "$work/seeds.jsonl")" -eq 5 ]] || { echo "FAIL: five JSON lines expected"; exit 1; }
  echo "Progress bar on a pseudo-terminal: checked"
else
  "$tool" parse seeds > "$work/seeds.jsonl" 2> "$work/seeds.err"
  ! grep -q $'\e' "$work/seeds.err" || { echo "FAIL: escape codes on redirected standard error"; exit 1; }
  echo "No 'script' on this machine: checked the redirected path only (no progress bar, plain summary)"
fi
# The README's Spark and Hadoop Streaming stages, exactly as written there, with the installed tool on PATH.
PATH="$tools:$PATH" python3 .ci/readme-recipes.py
echo "Tool install check passed: ArabicNews.Cli $version"
