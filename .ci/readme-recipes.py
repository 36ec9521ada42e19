#!/usr/bin/env python3
"""The README's Spark and Hadoop Streaming stages, run exactly as the README writes them, with `arabic-news` on PATH.

Usage: PATH=TOOLDIR:$PATH python3 .ci/readme-recipes.py

Takes the Spark stage (`stage = [...]`) and the Hadoop Streaming command (`mapred streaming ... -mapper "..."`) from
the README's "Scaling out" block and feeds each the seeds as JSON Lines records with a bad record among them, as the
engine would: the stage must succeed, give one line per record in order with its id, and report the bad record
in-band. `mapred` itself is a shell function that runs the mapper over the input file, as Hadoop runs it per split.
"""
import ast, glob, json, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
block = readme.split("### Scaling out", 1)[1].split("```", 2)[1]

records = [json.dumps({"id": os.path.basename(f), "text": open(f, encoding="utf-8-sig").read()}, ensure_ascii=False)
           for f in sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))]
records.insert(2, json.dumps({"id": "bad-record", "text": 42}))
ids = [json.loads(r)["id"] for r in records]


def check(name, output):
    lines = output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids, f"{name}: ids {[json.loads(l)['id'] for l in lines]}"
    errors = [json.loads(line) for line in lines if "error" in json.loads(line)]
    assert [e["id"] for e in errors] == ["bad-record"] and errors[0]["error"]["code"] == "text-not-string", f"{name}: {errors}"
    print(f"README {name} stage: {len(lines)} lines for {len(records)} records, the bad one in-band")


stage = ast.literal_eval(re.search(r"^stage = (\[.*\])$", block, re.M).group(1))
spark = subprocess.run(stage, input="".join(r + "\n" for r in records), capture_output=True, text=True, encoding="utf-8", timeout=300)
assert spark.returncode == 0, f"Spark stage exited with {spark.returncode}: {spark.stderr}"
check("Spark", spark.stdout)

hadoop = re.search(r"^mapred streaming .*?\n.*-mapper .*$", block, re.M).group(0)
mapred = ('mapred() { while [ $# -gt 0 ]; do case "$1" in -input) input=$2; shift;; -output) output=$2; shift;; '
          '-mapper) mapper=$2; shift;; esac; shift; done; eval "$mapper" < "$input" > "$output"; }')
with tempfile.TemporaryDirectory() as work:
    with open(os.path.join(work, "records.jsonl"), "w", encoding="utf-8") as f:
        f.write("".join(r + "\n" for r in records))
    run = subprocess.run(["bash", "-c", mapred + "\n" + hadoop], cwd=work, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, f"Hadoop Streaming mapper exited with {run.returncode}: {run.stderr}"
    check("Hadoop Streaming", open(os.path.join(work, "articles"), encoding="utf-8").read())
