#!/usr/bin/python3
"""Plots ParseScalingBenchmarks: parse time against article size, and throughput against threads.

Reads the CSV report BenchmarkDotNet writes (results/ParseScalingBenchmarks-report.csv by default: a copy of
ArabicNews.Core.Benchmarks/BenchmarkDotNet.Artifacts/results/ArabicNews.Core.Benchmarks.Parsing.ParseScalingBenchmarks-report.csv),
writes parse-scaling.png next to this script and prints the Markdown table for README.md.
Needs matplotlib (Debian: apt-get install python3-matplotlib).

    /usr/bin/python3 benchmarks/plot-scaling.py [REPORT.csv]
"""
import csv
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the file-only backend)

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS_IN_SECONDS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0}


def seconds(cell):
    """'1,234.5 μs' -> 0.0012345"""
    value, unit = cell.strip().split()
    return float(value.replace(",", "")) * UNITS_IN_SECONDS[unit]


def size_label(size):
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def main():
    report = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "results", "ParseScalingBenchmarks-report.csv")
    with open(report, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter=","))
    medians = {(int(r["Threads"]), int(r["SizeBytes"])): seconds(r["Median"]) for r in rows}
    threads = sorted({t for t, _ in medians})
    sizes = sorted({s for _, s in medians})

    print("| Size | " + " | ".join(f"{t} thread{'s' if t > 1 else ''}: median, µs/KB, MB/s" for t in threads) + " | Speed-up |")
    print("|---|" + "---|" * len(threads) + "---|")
    for size in sizes:
        cells = []
        for t in threads:
            median = medians[(t, size)]
            cells.append(f"{median * 1e3:,.3f} ms, {median * 1e6 / (size / 1024):.1f}, {t * size / median / 1e6:.1f}")
        speedup = (threads[-1] * medians[(threads[0], size)]) / medians[(threads[-1], size)]
        print(f"| {size_label(size)} | " + " | ".join(cells) + f" | {speedup:.2f}× |")

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for t in threads:
        left.plot(sizes, [medians[(t, s)] * 1e3 for s in sizes], marker="o", label=f"{t} thread{'s' if t > 1 else ''}")
    largest = medians[(threads[0], sizes[-1])] * 1e3
    left.plot(sizes, [largest * s / sizes[-1] for s in sizes], linestyle="--", color="grey", label="linear (through 1 MB, 1 thread)")
    left.set_xscale("log")
    left.set_yscale("log")
    left.set_xticks(sizes, [size_label(s) for s in sizes])
    left.set_xlabel("article size (UTF-8)")
    left.set_ylabel("median time per operation (ms)")
    left.set_title("Time per operation against size (log-log)")
    left.legend()

    width = 0.8 / len(threads)
    for i, t in enumerate(threads):
        positions = [x + (i - (len(threads) - 1) / 2) * width for x in range(len(sizes))]
        right.bar(positions, [t * s / medians[(t, s)] / 1e6 for s in sizes], width, label=f"{t} thread{'s' if t > 1 else ''}")
    right.set_xticks(range(len(sizes)), [size_label(s) for s in sizes])
    right.set_xlabel("article size (UTF-8)")
    right.set_ylabel("throughput (MB/s of UTF-8, all threads)")
    right.set_title("Throughput by number of threads")
    right.legend()

    figure.suptitle("ArticleParser.Parse, ParseScalingBenchmarks (medians; shared 2-core machine)")
    figure.tight_layout()
    output = os.path.join(HERE, "parse-scaling.png")
    figure.savefig(output, dpi=100)
    print(f"\nWrote {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
