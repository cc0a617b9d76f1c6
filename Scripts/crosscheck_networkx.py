#!/usr/bin/env python3
"""Cross-checks `crosstalk analyze` against NetworkX on random graphs generated from a seed.

For each of K graphs (sizes 2 to 400 people, varied densities, a few components, reciprocal ties, repeated rows
that add up, fractional weights, and people whose only rows are self-addressed, so they have no node) the script
writes an interactions CSV (`source,target,weight`), runs
`BINARY analyze FILE --from interactions-csv --format json --permutations 0`, and compares with NetworkX on the
same graph: a DiGraph whose nodes are the people with at least one non-self row and whose edge weight is the sum
of the rows' weights (DESIGN.md "Graph"); ids are strings.

Compared, per person with a node: in/out degree (exact), in/out strength (1e-9 relative), pagerank
(`nx.pagerank(G, alpha=0.85, weight="weight")`, 1e-6 absolute), betweenness (`betweenness_centrality`,
normalized, hop distance), closeness (`closeness_centrality`, incoming distance, wf_improved), harmonic
(`harmonic_centrality`), constraint (`constraint(G, weight="weight")`) (all 1e-9 relative, 1e-12 absolute),
core number (`core_number(G.to_undirected())`, exact). Per person without a node: every metric is 0, constraint null.
Whole graph: node and edge counts, density, `overall_reciprocity`, weak and strong component counts.

Prints one line per graph and `N passed, M failed`; exits 1 on any mismatch (the failing CSV is kept and named).

Run: python3 Scripts/crosscheck_networkx.py --seed 20261122 --graphs 20 --binary .build/debug/crosstalk
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import networkx as nx

RELATIVE = 1e-9
ABSOLUTE = 1e-12
PAGERANK_ABSOLUTE = 1e-6


def close(actual, expected, relative=RELATIVE, absolute=ABSOLUTE):
    if actual is None or expected is None:
        return actual is None and expected is None
    return abs(actual - expected) <= max(absolute, relative * max(abs(actual), abs(expected)))


def random_rows(rng):
    """The CSV rows of one random graph: (source, target, weight text)."""
    n = rng.choice([rng.randint(2, 8), rng.randint(9, 60), rng.randint(61, 400)])
    style = rng.choice(["p{}", "{}", "user.{}@example.org", "U{:05d}"])
    ids = [style.format(i) for i in rng.sample(range(10 * n), n)]
    components = rng.randint(1, max(1, min(5, n // 3)))
    cuts = sorted(rng.sample(range(1, n), components - 1)) if n > components else []
    blocks = [ids[a:b] for a, b in zip([0] + cuts, cuts + [n])]
    target_degree = rng.choice([0.5, 1.5, 3.0, 8.0])
    reciprocal = rng.choice([0.0, 0.2, 0.6, 0.95])
    fractional = rng.random() < 0.4
    rows = []

    def weight():
        return str(rng.randint(1, 3)) if not fractional else "{:.2f}".format(rng.choice([0.25, 0.5, 1.0, 2.75, 10.0]))

    for block in blocks:
        if len(block) < 2:
            continue
        edges = max(1, int(target_degree * len(block)))
        edges = min(edges, len(block) * (len(block) - 1))
        for _ in range(edges):
            source, target = rng.sample(block, 2)
            rows.append((source, target, weight()))
            if rng.random() < reciprocal:
                rows.append((target, source, weight()))
            if rng.random() < 0.1:
                rows.append((source, target, weight()))
    if not rows:
        rows.append((ids[0], ids[1], weight()))
    loners = rng.randint(0, 3)
    for index in range(loners):
        loner = "self-only-{}".format(index)
        rows.append((loner, loner, "1"))
    rows.append((ids[0], ids[0], "1"))
    rng.shuffle(rows)
    return rows


def networkx_graph(rows):
    graph = nx.DiGraph()
    for source, target, weight in rows:
        if source == target:
            continue
        previous = graph.get_edge_data(source, target, {"weight": 0.0})["weight"]
        graph.add_edge(source, target, weight=previous + float(weight))
    return graph


def reference(graph):
    try:
        pagerank = nx.pagerank(graph, alpha=0.85, weight="weight")
    except nx.PowerIterationFailedConvergence:
        pagerank = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000)
    return {
        "in_degree": dict(graph.in_degree()), "out_degree": dict(graph.out_degree()),
        "in_strength": dict(graph.in_degree(weight="weight")), "out_strength": dict(graph.out_degree(weight="weight")),
        "pagerank": pagerank, "betweenness": nx.betweenness_centrality(graph, normalized=True),
        "closeness": nx.closeness_centrality(graph), "harmonic": nx.harmonic_centrality(graph),
        "core_number": nx.core_number(graph.to_undirected()),
        "constraint": nx.constraint(graph, weight="weight"),
    }


def compare(document, graph, rows):
    """Every mismatch between the crosstalk JSON and NetworkX, as text."""
    problems = []
    summary = document["summary"]
    expected_summary = {
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "density": nx.density(graph),
        "reciprocity": nx.overall_reciprocity(graph) if graph.number_of_edges() else None,
        "weak_components": nx.number_weakly_connected_components(graph),
        "strong_components": nx.number_strongly_connected_components(graph),
        "total_weight": graph.size(weight="weight"),
    }
    for key, expected in expected_summary.items():
        if not close(summary.get(key), expected):
            problems.append("summary.{}: crosstalk {} networkx {}".format(key, summary.get(key), expected))
    people_expected = {source for source, _, _ in rows} | {target for _, target, _ in rows}
    people = {person["id"]: person for person in document["people"]}
    if set(people) != people_expected:
        problems.append("people: {} extra, {} missing".format(
            sorted(set(people) - people_expected)[:5], sorted(people_expected - set(people))[:5]))
    values = reference(graph)
    for identifier, person in people.items():
        in_graph = identifier in graph
        if (person["weak_component"] is not None) != in_graph:
            problems.append("person {}: has a component {} but node in networkx {}".format(
                identifier, person["weak_component"], in_graph))
        for metric, expected_of in values.items():
            # Constraint is undefined (null) for people without contacts; every other metric is 0 for them.
            expected = expected_of[identifier] if in_graph else (None if metric == "constraint" else 0)
            absolute = PAGERANK_ABSOLUTE if metric == "pagerank" else ABSOLUTE
            relative = 0 if metric.endswith("degree") or metric == "core_number" else RELATIVE
            if not close(person[metric], expected, relative=relative, absolute=absolute):
                problems.append("person {} {}: crosstalk {!r} networkx {!r}".format(
                    identifier, metric, person[metric], expected))
    return problems


def run_one(binary, rows, folder, index):
    path = os.path.join(folder, "graph-{:03d}.csv".format(index))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["source", "target", "weight"])
        writer.writerows(rows)
    started = time.monotonic()
    process = subprocess.run(
        [binary, "analyze", path, "--from", "interactions-csv", "--format", "json", "--permutations", "0"],
        capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if process.returncode != 0:
        return path, elapsed, ["crosstalk exited {}: {}".format(process.returncode, process.stderr.strip()[:500])]
    return path, elapsed, compare(json.loads(process.stdout), networkx_graph(rows), rows)


def main():
    parser = argparse.ArgumentParser(description="Cross-check crosstalk metrics against NetworkX on random graphs.")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--graphs", type=int, default=20)
    parser.add_argument("--binary", default=".build/debug/crosstalk", help="the built crosstalk executable")
    parser.add_argument("--keep", help="write the CSV files here and keep them (default: a temporary folder)")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    folder = arguments.keep or tempfile.mkdtemp(prefix="crosstalk-crosscheck-")
    os.makedirs(folder, exist_ok=True)
    passed = failed = 0
    print("crosscheck_networkx: seed {}, {} graphs, binary {}".format(
        arguments.seed, arguments.graphs, arguments.binary))
    for index in range(arguments.graphs):
        rows = random_rows(rng)
        path, elapsed, problems = run_one(arguments.binary, rows, folder, index)
        graph = networkx_graph(rows)
        line = "graph {:2d}: {:3d} nodes {:5d} edges {:5d} rows {:2d} weak components, {:.2f} s: ".format(
            index, graph.number_of_nodes(), graph.number_of_edges(), len(rows),
            nx.number_weakly_connected_components(graph), elapsed)
        if problems:
            failed += 1
            print(line + "FAILED ({} mismatches; kept {})".format(len(problems), path))
            for problem in problems[:10]:
                print("    " + problem)
        else:
            passed += 1
            print(line + "ok")
            if not arguments.keep:
                os.remove(path)
    if not arguments.keep and failed == 0:
        os.rmdir(folder)
    print("{} passed, {} failed".format(passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
