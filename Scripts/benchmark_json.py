#!/usr/bin/env python3
"""Times Python's orjson (and the standard json module) on one JSON file, for the import benchmark.

    Benchmarks/.venv/bin/python Scripts/benchmark_json.py orjson|json FILE [--runs N]

Reads the file's bytes and parses them whole, as these libraries require; prints one JSON line like
crosstalk-bench: task, bytes, seconds of the fastest run, MB/s (10^6 bytes per second), check figure.
"""
import argparse
import json
import os
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", choices=["orjson", "json"])
    parser.add_argument("file")
    parser.add_argument("--runs", type=int, default=1)
    arguments = parser.parse_args()
    if arguments.library == "orjson":
        import orjson
        loads = orjson.loads
    else:
        loads = json.loads
    best = float("inf")
    count = 0
    for _ in range(arguments.runs):
        start = time.perf_counter()
        with open(arguments.file, "rb") as handle:
            count = len(loads(handle.read()))
        best = min(best, time.perf_counter() - start)
    size = os.path.getsize(arguments.file)
    print(json.dumps({"task": "python-" + arguments.library, "file": arguments.file, "bytes": size,
                      "seconds": best, "mb_per_s": size / best / 1e6, "check": "messages %d" % count},
                     sort_keys=True))


if __name__ == "__main__":
    main()
