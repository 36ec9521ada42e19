#!/usr/bin/python3
"""The scale-out recipe of the README, for real: Dask runs the tool as a JSON Lines stage on a local cluster.

Usage: /usr/bin/python3 .ci/dask-pipeline.py TOOL [ARG...]   (TOOL ARG... runs `arabic-news`)

Builds JSON Lines records from the seeds and the fixtures (one record is bad), starts a LocalCluster with two
worker processes on loopback, maps the record shards through `TOOL parse --input jsonl` on the workers
(dask.bag.map_partitions), gathers the output and compares it with one local run of the tool over all the records:
the same lines for the same ids, every id exactly once, and the bad record reported in-band. Every wait is
bounded, and the cluster is closed on the way out, whatever happens.
"""
import glob, json, os, subprocess, sys

import dask.bag as db
from distributed import Client, LocalCluster

TIMEOUT = 240  # seconds, for the cluster's start, the whole map and the gather
tool = sys.argv[1:]
assert tool, __doc__
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def records():
    files = sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))
    files += sorted(glob.glob(os.path.join(root, "tests", "ArabicNews.Core.Tests", "Fixtures", "articles", "*.txt")))
    lines = [json.dumps({"id": os.path.basename(f), "text": open(f, encoding="utf-8-sig").read(), "feed": "dask"},
                        ensure_ascii=False) for f in files]
    # A bad record in the middle of a shard: its id must come back with an in-band error.
    lines.insert(7, json.dumps({"id": "bad-record", "text": ["not", "a", "string"]}))
    return lines


def parse(lines):
    """One partition through the tool: JSON Lines in on standard input, JSON Lines out. Runs on a worker."""
    result = subprocess.run([*tool, "parse", "--input", "jsonl", "--keep", "feed", "--parallel", "1"],
                            input="".join(line + "\n" for line in lines), capture_output=True, text=True,
                            encoding="utf-8", timeout=TIMEOUT)
    assert result.returncode in (0, 1), f"exit code {result.returncode}: {result.stderr}"
    return [(os.getpid(), line) for line in result.stdout.splitlines()]


def main():
    lines = records()
    local = parse(lines)
    local_by_id = {json.loads(line)["id"]: line for _, line in local}
    assert len(local) == len(lines) == len(local_by_id), "the local run: one line per record, one record per id"

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, timeout=TIMEOUT) as cluster, Client(cluster, timeout=TIMEOUT) as client:
        client.wait_for_workers(2, timeout=TIMEOUT)
        bag = db.from_sequence(lines, npartitions=4).map_partitions(parse)
        gathered = client.compute(bag).result(timeout=TIMEOUT)

    ids = [json.loads(line)["id"] for _, line in gathered]
    assert sorted(ids) == sorted(local_by_id), "the cluster lost or duplicated records"
    assert len(ids) == len(set(ids)), "a record came back twice"
    for _, line in gathered:
        record, expected = json.loads(line), json.loads(local_by_id[json.loads(line)["id"]])
        if "error" in record:
            # The message names the line within the stage's own input, which differs by shard; the code does not.
            assert record["error"]["code"] == expected["error"]["code"], record
        else:
            assert line == local_by_id[record["id"]], f"{record['id']}: the cluster's line differs from the local run's"
    bad = json.loads(local_by_id["bad-record"])
    assert bad["error"]["code"] == "text-not-string", bad
    workers = {pid for pid, _ in gathered}
    assert len(workers) == 2, f"the shards ran in {len(workers)} worker process(es), two expected"
    print(f"Dask check passed: {len(gathered)} records ({len(lines) - 1} articles and 1 bad record reported in-band) "
          f"through the tool on 2 worker processes, identical to one local run")


if __name__ == "__main__":
    main()
