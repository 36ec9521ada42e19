#!/usr/bin/env python3
"""Writes N distinct articles for the tool's end-to-end measurements (benchmarks/README.md, "The tool end to end").

Usage: python3 benchmarks/distinct-corpus.py N OUT   ->  OUT/00000.txt … and OUT.jsonl (the same articles as records)

Like DistinctArticles.cs: every article keeps the title and first paragraph of a seed or fixture and shuffles the rest
of its paragraphs with one to three paragraphs of another, ending with its number, so no two texts are the same.
"""
import glob, json, os, random, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sources = sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))
sources += sorted(glob.glob(os.path.join(root, "tests", "ArabicNews.Core.Tests", "Fixtures", "articles", "*.txt")))
paragraphs = [[p.strip() for p in open(f, encoding="utf-8-sig").read().replace("\r\n", "\n").split("\n\n") if p.strip()]
              for f in sources]
count, out = int(sys.argv[1]), sys.argv[2]
os.makedirs(out, exist_ok=True)
rng = random.Random(19)
with open(out + ".jsonl", "w", encoding="utf-8") as records:
    for i in range(count):
        source, other = paragraphs[i % len(paragraphs)], rng.choice(paragraphs)
        body = source[2:] + rng.sample(other[1:], min(len(other) - 1, rng.randint(1, 3)))
        rng.shuffle(body)
        text = "\n\n".join(source[:2] + body + [str(i)]) + "\n"
        with open(os.path.join(out, f"{i:05d}.txt"), "w", encoding="utf-8") as article:
            article.write(text)
        records.write(json.dumps({"id": f"{i:05d}", "text": text}, ensure_ascii=False) + "\n")
