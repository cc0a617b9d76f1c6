#!/usr/bin/env python3
"""Writes the reproducible benchmark graphs of issue 3 as interactions CSV edge lists.

Model (directed Chung-Lu with Zipf activities): node i gets an out-activity a_i and an in-activity b_i, both
proportional to r^(-1/(gamma - 1)) for a random rank r (independent permutations), gamma = 2.3, so degrees are
heavy-tailed. Every node first sends one edge (so all n nodes appear in the file and in every library's
graph); the rest are drawn with source ~ a and target ~ b. Self-loops and repeated pairs are dropped and
redrawn, so the file has exactly m distinct directed edges. Weights are integer interaction counts,
floor(U^(-1/1.5)) capped at 1000 (Pareto tail, mostly 1).

Format: one edge per line, `source,target,,weight`, ids 0..n-1. The empty third field is the interactions CSV
time column: `crosstalk analyze FILE --no-header` reads columns as source, target, time, weight by position,
so a plain `source target weight` line would have its weight read as a Unix timestamp.

Randomness: numpy PCG64 seeded per size, used only through Generator.random() and searchsorted, so the files
are identical on every run; the script prints each file's SHA-256 to check.

Usage: generate_benchmark_graphs.py OUTPUT_DIR [SIZE ...]   (sizes: small medium large; default all)
"""

import hashlib
import os
import sys

import numpy as np

SIZES = {"small": (1_000, 20_000, 1), "medium": (20_000, 300_000, 2), "large": (200_000, 3_000_000, 3)}
GAMMA = 2.3
WEIGHT_TAIL = 1.5
WEIGHT_CAP = 1000


def activities(rng, n):
    """Zipf activities r^(-1/(gamma-1)) over a random permutation of ranks, as a cumulative distribution."""
    ranks = np.argsort(rng.random(n)) + 1
    weights = ranks.astype(np.float64) ** (-1.0 / (GAMMA - 1.0))
    cumulative = np.cumsum(weights)
    return cumulative / cumulative[-1]


def draw(rng, cumulative, count):
    """`count` node ids drawn from the cumulative distribution."""
    return np.minimum(np.searchsorted(cumulative, rng.random(count), side="right"), len(cumulative) - 1)


def edges(n, m, seed):
    """Exactly m distinct non-loop directed pairs, first one edge out of every node, as (sources, targets)."""
    rng = np.random.Generator(np.random.PCG64(seed))
    out_cdf, in_cdf = activities(rng, n), activities(rng, n)
    sources = np.arange(n, dtype=np.int64)
    targets = draw(rng, in_cdf, n)
    keys = np.empty(0, dtype=np.int64)
    while True:
        candidate = sources * n + targets
        candidate = candidate[sources != targets]
        keys = np.concatenate([keys, candidate])
        unique, first = np.unique(keys, return_index=True)
        keys = keys[np.sort(first)][:m]
        if len(keys) == m:
            break
        missing = m - len(keys)
        batch = int(missing * 1.1) + 16
        sources, targets = draw(rng, out_cdf, batch), draw(rng, in_cdf, batch)
    weights = np.minimum(np.floor(rng.random(m) ** (-1.0 / WEIGHT_TAIL)), WEIGHT_CAP).astype(np.int64)
    return keys // n, keys % n, weights


def write(path, sources, targets, weights):
    """Writes `source,target,,weight` lines in chunks and returns the file's SHA-256."""
    digest = hashlib.sha256()
    with open(path, "wb") as file:
        for start in range(0, len(sources), 500_000):
            stop = start + 500_000
            lines = "".join(
                f"{s},{t},,{w}\n" for s, t, w in zip(
                    sources[start:stop].tolist(), targets[start:stop].tolist(), weights[start:stop].tolist()))
            data = lines.encode()
            digest.update(data)
            file.write(data)
    return digest.hexdigest()


def main(arguments):
    if not arguments or any(size not in SIZES for size in arguments[1:]):
        sys.exit(__doc__)
    os.makedirs(arguments[0], exist_ok=True)
    for size in arguments[1:] or list(SIZES):
        n, m, seed = SIZES[size]
        sources, targets, weights = edges(n, m, seed)
        path = os.path.join(arguments[0], f"{size}.csv")
        sha = write(path, sources, targets, weights)
        degrees = np.bincount(sources, minlength=n) + np.bincount(targets, minlength=n)
        print(f"{path}: {n} nodes, {m} edges, max degree {degrees.max()}, seed {seed}, sha256 {sha}")


if __name__ == "__main__":
    main(sys.argv[1:])
