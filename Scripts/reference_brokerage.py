#!/usr/bin/env python3
"""Writes Tests/GraphMetricsTests/Fixtures/brokerage-random.json: Gould-Fernandez brokerage by brute force.

Independent of the Swift kernel: graphs are NetworkX DiGraphs, and every role count comes from a triple loop
over all (i, v, k) with `has_edge`. The null-model moments (R sna::brokerage's Bernoulli model) are computed
twice and must agree: (1) by enumerating, for each broker, the eligible ordered pairs (i, k) of each role and
the ordered pairs of such pairs that share an edge with the broker (same i or same k), then
E = p * pairs and Var = p (1 - p) * pairs + c * shared, with p = d^2 (1 - d) and c = d^3 (1 - d)^3;
(2) by sna's closed-form expressions in the group sizes. Run from the package root:

    python3 Scripts/reference_brokerage.py

Needs only NetworkX. Floats are written with repr, so the JSON holds exactly the doubles computed here.
"""

import itertools
import json
import math
import os
import random

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(ROOT, "Tests", "GraphMetricsTests", "Fixtures", "brokerage-random.json")
ROLES = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"]

# (name, seed, node count, edge attempts, group count, share of unknown groups)
CASES = [
    ("sparse-25-3-groups-unknowns", 1, 25, 90, 3, 0.12),
    ("sparse-40-5-groups", 2, 40, 160, 5, 0.0),
    ("dense-12-2-groups", 3, 12, 70, 2, 0.0),
    ("medium-30-4-groups-unknowns", 4, 30, 200, 4, 0.1),
    ("singletons-15-8-groups", 5, 15, 60, 8, 0.0),
]


def role_of(source, broker, target):
    if source == broker == target:
        return "coordinator"
    if source != broker and broker == target:
        return "gatekeeper"
    if source == broker and broker != target:
        return "representative"
    if source == target:
        return "consultant"
    return "liaison"


def make_case(seed, node_count, attempts, group_count, unknown_share):
    rng = random.Random(seed)
    graph = nx.DiGraph()
    graph.add_nodes_from(range(node_count))
    edges = []
    for _ in range(attempts):
        source, target = rng.randrange(node_count), rng.randrange(node_count)
        weight = rng.randint(1, 5)
        if graph.has_edge(source, target):
            graph[source][target]["weight"] += weight
        else:
            graph.add_edge(source, target, weight=weight)
    for source, target, data in graph.edges(data=True):
        edges.append([source, target, float(data["weight"])])
    groups = [None if rng.random() < unknown_share else rng.randrange(group_count) * 10 for _ in range(node_count)]
    return graph, sorted(edges), groups


def brute_force_counts(graph, groups):
    nodes = list(graph.nodes)
    counts = [{role: 0 for role in ROLES} for _ in nodes]
    for broker in nodes:
        for source in nodes:
            for target in nodes:
                if len({source, broker, target}) < 3:
                    continue
                if not (graph.has_edge(source, broker) and graph.has_edge(broker, target)):
                    continue
                if graph.has_edge(source, target):
                    continue
                if groups[source] is None or groups[broker] is None or groups[target] is None:
                    continue
                counts[broker][role_of(groups[source], groups[broker], groups[target])] += 1
    return counts


def enumerated_moments(broker, groups, density):
    """Moments for one broker by enumerating eligible pairs and pairs of pairs sharing an edge."""
    known = [node for node, group in enumerate(groups) if group is not None and node != broker]
    pairs = {role: [] for role in ROLES + ["total"]}
    for source, target in itertools.permutations(known, 2):
        role = role_of(groups[source], groups[broker], groups[target])
        pairs[role].append((source, target))
        pairs["total"].append((source, target))
    path = density ** 2 * (1 - density)
    covariance = density ** 3 * (1 - density) ** 3
    result = {}
    for role, members in pairs.items():
        by_source, by_target = {}, {}
        for source, target in members:
            by_source[source] = by_source.get(source, 0) + 1
            by_target[target] = by_target.get(target, 0) + 1
        shared = sum(m * (m - 1) for m in by_source.values()) + sum(m * (m - 1) for m in by_target.values())
        variance = path * (1 - path) * len(members) + covariance * shared
        result[role] = (path * len(members), math.sqrt(variance) if variance > 0 else 0.0)
    return result


def closed_form_moments(own, sizes, density):
    """sna's expressions for a broker whose group has `own` members; `sizes` lists every known group."""
    total = sum(sizes)
    others = list(sizes)
    others.remove(own)
    p = density ** 2 * (1 - density)
    c = density ** 3 * (1 - density) ** 3
    choose = math.comb
    e = {
        "coordinator": p * (own - 1) * (own - 2),
        "consultant": p * sum(n * (n - 1) for n in others),
        "representative": p * (total - own) * (own - 1),
        "liaison": p * (sum(a * b for a in others for b in others) - sum(n * n for n in others)),
        "total": p * (total - 1) * (total - 2),
    }
    e["gatekeeper"] = e["representative"]
    v = {
        "coordinator": e["coordinator"] * (1 - p) + 2 * (own - 1) * (own - 2) * (own - 3) * c,
        "consultant": e["consultant"] * (1 - p) + 2 * sum(n * (n - 1) * (n - 2) for n in others) * c,
        "representative": e["representative"] * (1 - p)
        + 2 * ((own - 1) * choose(total - own, 2) + (total - own) * choose(max(own - 1, 0), 2)) * c,
        "liaison": e["liaison"] * (1 - p) + 4 * sum(n * choose(total - n - own, 2) for n in others) * c,
        "total": e["total"] * (1 - p) + 2 * (total - 1) * (total - 2) * (total - 3) * c,
    }
    v["gatekeeper"] = v["representative"]
    return {role: (e[role], math.sqrt(v[role]) if v[role] > 0 else 0.0) for role in e}


def main():
    cases = []
    for name, seed, node_count, attempts, group_count, unknown_share in CASES:
        graph, edges, groups = make_case(seed, node_count, attempts, group_count, unknown_share)
        counts = brute_force_counts(graph, groups)
        loops = sum(1 for node in graph.nodes if graph.has_edge(node, node))
        density = (graph.number_of_edges() - loops) / (node_count * (node_count - 1))
        sizes = [groups.count(group) for group in sorted({g for g in groups if g is not None})]
        expected, deviation, z_scores = [], [], []
        for broker in range(node_count):
            if groups[broker] is None:
                expected.append(None)
                deviation.append(None)
                z_scores.append(None)
                continue
            enumerated = enumerated_moments(broker, groups, density)
            closed = closed_form_moments(groups.count(groups[broker]), sizes, density)
            for role in enumerated:
                for a, b in zip(enumerated[role], closed[role]):
                    assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15), (name, broker, role, a, b)
            observed = dict(counts[broker], total=sum(counts[broker].values()))
            expected.append({role: enumerated[role][0] for role in enumerated})
            deviation.append({role: enumerated[role][1] for role in enumerated})
            z_scores.append({role: (observed[role] - enumerated[role][0]) / enumerated[role][1]
                             if enumerated[role][1] > 0 else None for role in enumerated})
        cases.append({
            "name": name, "seed": seed, "node_count": node_count, "edges": edges, "groups": groups,
            "density": density, "counts": counts, "expected": expected, "standard_deviation": deviation,
            "z_score": z_scores,
        })
    fixture = {
        "description": "Gould-Fernandez brokerage on seeded random digraphs (Python random.Random(seed), edges "
        "drawn uniformly with self-loops, weights ignored by the metric) with random groups (ids 0, 10, 20, ...; "
        "null = unknown). counts: brute-force triple loop with NetworkX has_edge; two-paths touching an unknown "
        "group are not counted. expected/standard_deviation/z_score: sna::brokerage's Bernoulli null model "
        "with d = non-loop edges / (n (n - 1)) over all nodes and group sizes over known nodes, computed by "
        "enumeration and checked against sna's closed form; null for unknown-group brokers and zero deviations.",
        "networkx_version": nx.__version__,
        "roles": ROLES,
        "cases": cases,
    }
    with open(FIXTURE, "w") as handle:
        json.dump(fixture, handle, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main()
