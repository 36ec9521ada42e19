#!/usr/bin/env python3
"""Writes a Stryker configuration that mutates a random sample of the members of a folder.

A full Stryker run over Parsing/ or Extraction/ takes hours on a small machine (every parse test covers most
mutants). This samples whole members (methods, properties, fields, nested types: every declaration that starts at
the type's indentation) with a fixed probability and a fixed seed, and writes their character spans as Stryker
`mutate` patterns (`**/Parsing/Tokenizer.cs{120..980}`); Stryker mutates only the code inside them. A sample of
members is a cluster sample of the mutants, so the score it gives is an estimate of the folder's; `estimate`
reads the finished run's `mutation-report.json` and prints the score with a 95% interval from a bootstrap over the
sampled members.

    python3 stryker-sample.py sample stryker-config.parsing.json --fraction 0.15 --seed 1 --exclude Quotations/ > stryker-sampled.json
    dotnet stryker --config-file stryker-sampled.json
    python3 stryker-sample.py estimate StrykerOutput/<run>/reports/mutation-report.json
"""

import argparse
import json
import random
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2] / "src" / "ArabicNews.Core"
DECLARATION = re.compile(r"^( {0}| {4})(?![\s/\[{}#]|using |namespace )\S")
DETECTED = {"Killed", "Timeout"}
VALID = DETECTED | {"Survived", "NoCoverage"}


def line_starts(text):
    """The offset of every line's start and of the end, in UTF-16 code units (Roslyn's, and so Stryker's, positions)."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line.encode("utf-16-le")) // 2)
    return starts


def members(text):
    """Splits a file into clusters of lines: each starts at a declaration at column 0 or 4 and runs to the next."""
    starts = line_starts(text)
    lines = text.splitlines(keepends=True)
    cuts = [0] + [starts[i] for i, line in enumerate(lines) if DECLARATION.match(line)] + [starts[-1]]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def glob(pattern):
    """Stryker's globs: `**/` is any number of folders, `*` any name."""
    parts = re.split(r"(\*\*/|\*)", pattern)
    return re.compile("".join({"**/": "(?:.*/)?", "*": "[^/]*"}.get(part, re.escape(part)) for part in parts))


def source_files(patterns, excluded):
    files = []
    for path in sorted(PROJECT.rglob("*.cs")):
        relative = path.relative_to(PROJECT).as_posix()
        if "/obj/" in f"/{relative}" or "/bin/" in f"/{relative}":
            continue
        if any(glob(p).fullmatch(relative) for p in patterns) and not any(e in relative for e in excluded):
            files.append((relative, path))
    return files


def sample(args):
    config = json.loads(Path(args.config).read_text(encoding="utf-8"))
    settings = config["stryker-config"]
    rng = random.Random(args.seed)
    mutate = []
    chosen = total = 0
    for relative, path in source_files(settings["mutate"], args.exclude):
        spans = [span for span in members(path.read_text(encoding="utf-8")) if rng.random() < args.fraction]
        total += 1
        if spans:
            chosen += len(spans)
            mutate.append("**/" + relative + "".join(f"{{{a}..{b}}}" for a, b in spans))
    settings["mutate"] = mutate
    json.dump(config, sys.stdout, ensure_ascii=False, indent=2)
    print(f"{chosen} members of {total} files sampled (fraction {args.fraction}, seed {args.seed})", file=sys.stderr)


def estimate(args):
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    clusters = {}
    for name, file in report["files"].items():
        if args.under not in name.replace("\\", "/"):
            continue
        text = file["source"]
        starts = line_starts(text)
        spans = members(text)
        for mutant in file["mutants"]:
            if mutant["status"] not in VALID:
                continue
            start = mutant["location"]["start"]
            offset = starts[start["line"] - 1] + start["column"] - 1
            member = next(i for i, (a, b) in enumerate(spans) if a <= offset < b)
            detected, valid = clusters.get((name, member), (0, 0))
            clusters[(name, member)] = (detected + (mutant["status"] in DETECTED), valid + 1)
    values = list(clusters.values())
    detected = sum(d for d, _ in values)
    valid = sum(v for _, v in values)
    rng = random.Random(0)
    scores = []
    for _ in range(2000):
        drawn = [rng.choice(values) for _ in values]
        scores.append(sum(d for d, _ in drawn) / max(1, sum(v for _, v in drawn)))
    scores.sort()
    print(f"{detected} of {valid} valid mutants detected in {len(values)} sampled members: "
          f"{100 * detected / valid:.1f}% (95% interval {100 * scores[50]:.1f}–{100 * scores[1949]:.1f}%)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    sampling = commands.add_parser("sample", help="write a configuration that mutates a sample of members")
    sampling.add_argument("config", help="the configuration to sample (its mutate globs choose the files)")
    sampling.add_argument("--fraction", type=float, default=0.15, help="the probability each member is sampled")
    sampling.add_argument("--seed", type=int, default=1, help="the random seed (the same seed, the same sample)")
    sampling.add_argument("--exclude", action="append", default=[], help="leave out files whose path contains this")
    sampling.set_defaults(run=sample)
    scoring = commands.add_parser("estimate", help="estimate the score of a sampled run from its JSON report")
    scoring.add_argument("report", help="mutation-report.json of the sampled run")
    scoring.add_argument("--under", default="", help="only the files whose path contains this (a folder: Parsing/)")
    scoring.set_defaults(run=estimate)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
