#!/usr/bin/env python3
"""Records the public API of ArabicNews.Core as it is now in src/ArabicNews.Core/PublicAPI.Unshipped.txt.

Builds the library once with a SARIF error log, adds the entry of every symbol the Public API analyzer reports as
undeclared (RS0016) and removes the entry of every declared symbol it no longer finds (RS0017), keeping the file
sorted as the analyzer's code fix does. This is the code fix applied to the whole project at once, generated code
(the catalog's accessors) included, which IDEs do not fix. Review the file's diff like code before committing.

Usage (from anywhere in the repository): python3 eng/record-public-api.py
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(ROOT, "src", "ArabicNews.Core")
UNSHIPPED = os.path.join(PROJECT, "PublicAPI.Unshipped.txt")
HEADER = "#nullable enable"


def reported(sarif_path):
    """Returns the API entries of the RS0016 and RS0017 results of a SARIF 2.1 log."""
    with open(sarif_path, encoding="utf-8") as log:
        results = [r for run in json.load(log)["runs"] for r in run.get("results", [])]
    names = {"RS0016": set(), "RS0017": set()}
    for result in results:
        if result.get("ruleId") in names and not result.get("suppressions"):
            names[result["ruleId"]].add(result["properties"]["customProperties"]["APIName"])
    return names["RS0016"], names["RS0017"]


def main():
    with open(UNSHIPPED, encoding="utf-8") as file:
        entries = {line for line in file.read().splitlines()[1:] if line}
    with tempfile.TemporaryDirectory() as work:
        sarif = os.path.join(work, "api.sarif")
        os.utime(UNSHIPPED)  # an input of the compile step, so the analyzer runs even when nothing else changed
        subprocess.run(
            ["dotnet", "build", PROJECT, "-c", "Release", "-f", "net10.0", "-nologo", "-v:q",
             f"-p:ErrorLog={sarif}%2Cversion=2.1"],
            stdout=subprocess.DEVNULL, check=False)
        if not os.path.exists(sarif):
            sys.exit("The build wrote no error log; run 'dotnet build src/ArabicNews.Core' to see why.")
        added, removed = reported(sarif)
    entries = (entries | added) - removed
    with open(UNSHIPPED, "w", encoding="utf-8", newline="\n") as file:
        file.write("\n".join([HEADER, *sorted(entries, key=str.upper)]) + "\n")
    print(f"PublicAPI.Unshipped.txt: {len(added)} added, {len(removed)} removed, {len(entries)} entries.")


if __name__ == "__main__":
    main()
