#!/usr/bin/env python3
"""Reference values for Crosstalk's level-flow and group-mixing figures, computed independently of the Swift code.

Writes Tests/OrgAnalysisTests/Fixtures/flows-<graph>.json. The level and group matrices come from NetworkX
`attribute_mixing_matrix(G, attr, mapping=..., normalized=False)` on a MultiDiGraph holding `weight` parallel copies
of each edge (NetworkX's mixing matrix counts edges, not weights, so integer weights are expanded); expected, lift,
shares and E-I indices are computed in plain Python from the definitions in DESIGN.md and Krackhardt & Stern (1988).

Run: python3 Scripts/reference_flows.py   (NetworkX 3.x)
"""
import csv
import json
import os
import random

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
OUT = os.path.join(ROOT, "Tests", "OrgAnalysisTests", "Fixtures")


def mixing(edges, attr_of, order):
    """Observed weight matrix over `order` via NetworkX, using a weight-expanded multigraph."""
    graph = nx.MultiDiGraph()
    for node, value in attr_of.items():
        if value is not None:
            graph.add_node(node, attr=value)
    for source, target, weight in edges:
        if attr_of.get(source) is not None and attr_of.get(target) is not None:
            for _ in range(int(weight)):
                graph.add_edge(source, target)
    mapping = {value: index for index, value in enumerate(order)}
    matrix = nx.attribute_mixing_matrix(graph, "attr", mapping=mapping, normalized=False)
    return [[float(x) for x in row] for row in matrix]


def expected_and_lift(matrix):
    rows = [sum(r) for r in matrix]
    cols = [sum(r[j] for r in matrix) for j in range(len(matrix))]
    total = sum(rows)
    expected = [[rows[i] * cols[j] / total if total else 0.0 for j in range(len(matrix))] for i in range(len(matrix))]
    lift = [[matrix[i][j] / expected[i][j] if expected[i][j] else None for j in range(len(matrix))]
            for i in range(len(matrix))]
    return expected, lift


def level_figures(edges, rank_of, band_of=None):
    label = (lambda r: band_of(r)) if band_of else (lambda r: str(r))
    known = sorted({r for r in rank_of.values() if r is not None})
    order = []
    for r in known:
        if label(r) not in order:
            order.append(label(r))
    labels = {n: (label(r) if r is not None else None) for n, r in rank_of.items()}
    matrix = mixing(edges, labels, order)
    expected, lift = expected_and_lift(matrix)
    up = down = lateral = skip = excluded = 0.0
    for s, t, w in edges:
        a, b = rank_of.get(s), rank_of.get(t)
        if a is None or b is None:
            excluded += w
            continue
        if b < a:
            up += w
        elif b > a:
            down += w
        else:
            lateral += w
        if abs(a - b) >= 2:
            skip += w
    inc = up + down + lateral
    share = lambda x: x / inc if inc else 0.0
    return {"order": order, "matrix": matrix, "expected": expected, "lift": lift,
            "upward_share": share(up), "downward_share": share(down), "lateral_share": share(lateral),
            "skip_level_share": share(skip), "cross_level_share": share(up + down),
            "included_weight": inc, "excluded_weight": excluded}


def group_figures(edges, group_of):
    order = sorted({g for g in group_of.values() if g is not None})
    matrix = mixing(edges, group_of, order)
    expected, lift = expected_and_lift(matrix)
    ext = internal = excluded = 0.0
    per = {g: [0.0, 0.0] for g in order}  # internal, external
    for s, t, w in edges:
        a, b = group_of.get(s), group_of.get(t)
        if a is None or b is None:
            excluded += w
            continue
        if a == b:
            internal += w
            per[a][0] += w
        else:
            ext += w
            per[a][1] += w
            per[b][1] += w
    ei = lambda e, i: (e - i) / (e + i) if e + i else None
    return {"order": order, "matrix": matrix, "expected": expected, "lift": lift, "ei_index": ei(ext, internal),
            "excluded_weight": excluded,
            "per_group": [{"name": g, "members": sum(1 for v in group_of.values() if v == g),
                           "internal_weight": per[g][0], "external_weight": per[g][1],
                           "ei_index": ei(per[g][1], per[g][0])} for g in order]}


def write(name, description, nodes, edges, ranks, groups, bands=None):
    band_of = None
    if bands:
        def band_of(rank):
            for low, high, label in bands:
                if rank >= low and (high is None or rank <= high):
                    return label
            return str(rank)
    fixture = {
        "description": description, "networkx": nx.__version__, "node_count": len(nodes),
        "edges": [[s, t, w] for s, t, w in edges], "ranks": [ranks.get(n) for n in nodes],
        "groups": [groups.get(n) for n in nodes],
        "bands": [[low, high, label] for low, high, label in bands] if bands else None,
        "levels": level_figures(edges, ranks, band_of), "group_mixing": group_figures(edges, groups),
    }
    with open(os.path.join(OUT, f"flows-{name}.json"), "w") as handle:
        json.dump(fixture, handle, indent=1)
        handle.write("\n")


def krackhardt():
    base = os.path.join(DATA, "krackhardt-hightech")
    with open(os.path.join(base, "ht_advice_vertices.csv")) as handle:
        rows = list(csv.DictReader(handle))
    nodes = [int(r["id"]) for r in rows]
    ranks = {int(r["id"]): int(float(r["level"])) - 1 for r in rows}
    groups = {int(r["id"]): "dept-%d" % int(float(r["dept"])) for r in rows}
    with open(os.path.join(base, "ht_advice_edges.csv")) as handle:
        edges = [(int(r["from"]), int(r["to"]), 1.0) for r in csv.DictReader(handle)]
    write("krackhardt-advice", "Krackhardt (1987) advice network, ../shared/data/krackhardt-hightech; rank = level - 1 "
          "(1 = CEO), group = 'dept-<dept>'; unit weights", nodes, edges, ranks, groups,
          bands=[(0, 0, "executive"), (1, 1, "vice president"), (2, None, "manager")])


def seeded_random():
    rng = random.Random(20261122)
    n = 120
    nodes = list(range(n))
    ranks = {v: (None if rng.random() < 0.08 else min(4, int(rng.expovariate(0.6)))) for v in nodes}
    groups = {v: (None if rng.random() < 0.05 else "g%d" % rng.randrange(5)) for v in nodes}
    weights = {}
    for _ in range(900):
        s, t = rng.randrange(n), rng.randrange(n)
        if s != t:
            weights[(s, t)] = weights.get((s, t), 0) + rng.randint(1, 4)
    edges = sorted((s, t, float(w)) for (s, t), w in weights.items())
    write("random-120", "seeded random weighted digraph (Python random.Random(20261122)), 120 nodes, ranks 0-4 with "
          "~8% unknown, 5 groups with ~5% unknown", nodes, edges, ranks, groups)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    krackhardt()
    seeded_random()
    print("wrote", sorted(os.listdir(OUT)))
