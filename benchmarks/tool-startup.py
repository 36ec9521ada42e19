#!/usr/bin/env python3
"""Times installed `arabic-news` tools against each other as processes: one seed, then 1,000 and 10,000 distinct
articles (benchmarks/distinct-corpus.py), `parse -j 1 FOLDER`, output to /dev/null.

Usage: python3 benchmarks/tool-startup.py RUNS NAME=TOOL...   e.g. before=/tmp/any/arabic-news r2r=/tmp/r2r/arabic-news

Each tool runs RUNS times per input under /usr/bin/time, interleaved with the others so that the load of a shared
machine falls on all of them alike; prints a Markdown table of the median CPU time (user + system) and wall time.
"""
import os, statistics, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
runs = int(sys.argv[1])
tools = dict(argument.split("=", 1) for argument in sys.argv[2:])


def measure(tool: str, path: str) -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one `parse -j 1 PATH` process, as /usr/bin/time reports them."""
    result = subprocess.run(["/usr/bin/time", "-f", "%U %S %e", tool, "parse", "-j", "1", path],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    user, system, wall = map(float, result.stderr.strip().splitlines()[-1].split())
    return user + system, wall


with tempfile.TemporaryDirectory(prefix="arabic-news-startup-") as work:
    inputs = {"one seed": os.path.join(root, "seeds", "002_761cb0edd2caddef.txt")}
    for count in (1_000, 10_000):
        folder = os.path.join(work, str(count))
        subprocess.run([sys.executable, os.path.join(root, "benchmarks", "distinct-corpus.py"), str(count), folder], check=True)
        inputs[f"{count:,} articles"] = folder
    print("| Input | " + " | ".join(f"{name} CPU | {name} wall" for name in tools) + " |")
    print("|---|" + "--:|--:|" * len(tools))
    for label, path in inputs.items():
        samples = {name: [] for name in tools}
        for _ in range(runs):
            for name, tool in tools.items():
                samples[name].append(measure(tool, path))
        cells = [f"{statistics.median(c for c, _ in samples[name]):.2f} s | {statistics.median(w for _, w in samples[name]):.2f} s"
                 for name in tools]
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)
