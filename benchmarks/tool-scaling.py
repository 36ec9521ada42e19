#!/usr/bin/env python3
"""Times the tool as a process over many distinct articles, on one and two workers, beside `cat` of the same bytes.

Usage: python3 benchmarks/tool-scaling.py [N] [RUNS] [TOOL]   (defaults: 10000 articles, 5 runs, the Release build:
       dotnet build -c Release src/ArabicNews.Cli; TOOL: another arabic-news, such as an installed one)

Writes N distinct articles (benchmarks/distinct-corpus.py) to a temporary folder and as one JSON Lines file, then runs
`cat`, `arabic-news parse -j 1` and `-j 2` over each RUNS times, interleaved, and prints a Markdown table of the median
wall time, the median CPU time (user + system) and MB of UTF-8 per wall second, with the speed-up of `-j 2` over
`-j 1`. Measure scaling on an idle machine: on a shared one the second core belongs to the neighbours.
"""
import os, resource, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
tool = [sys.argv[3]] if len(sys.argv) > 3 else ["dotnet", os.path.join(root, "src", "ArabicNews.Cli", "bin", "Release", "net10.0", "arabic-news.dll")]

with tempfile.TemporaryDirectory(prefix="arabic-news-scaling-") as work:
    folder = os.path.join(work, "articles")
    subprocess.run([sys.executable, os.path.join(root, "benchmarks", "distinct-corpus.py"), str(count), folder], check=True)
    jsonl = folder + ".jsonl"
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    megabytes = sum(os.path.getsize(f) for f in files) / 1e6
    commands = {
        "cat FOLDER": ["sh", "-c", 'cat "$0"/*.txt', folder],
        "parse -j 1 FOLDER": tool + ["parse", "--format", "jsonl", "-j", "1", folder],
        "parse -j 2 FOLDER": tool + ["parse", "--format", "jsonl", "-j", "2", folder],
        "cat FILE.jsonl": ["cat", jsonl],
        "parse -j 1 --input jsonl FILE": tool + ["parse", "--format", "jsonl", "-j", "1", "--input", "jsonl", jsonl],
        "parse -j 2 --input jsonl FILE": tool + ["parse", "--format", "jsonl", "-j", "2", "--input", "jsonl", jsonl],
    }
    wall = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    with open(os.devnull, "wb") as null:
        for command in commands.values():  # warm the page cache and the tool's files
            subprocess.run(command, stdout=null, stderr=null, check=True)
        for _ in range(runs):
            for name, command in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, stdout=null, stderr=null, check=True)
                wall[name].append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    median = {name: statistics.median(times) for name, times in wall.items()}
    print(f"{count:,} articles, {megabytes:.1f} MB of UTF-8; medians of {runs} runs; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| Command | Wall | CPU | MB/s (wall) | -j 2 vs -j 1 |")
    print("|---|--:|--:|--:|--:|")
    for name in commands:
        one = name.replace("-j 2", "-j 1")
        speedup = f"{median[one] / median[name]:.2f}×" if "-j 2" in name else ""
        print(f"| `{name}` | {median[name]:.2f} s | {statistics.median(cpu[name]):.2f} s | {megabytes / median[name]:.1f} | {speedup} |")
