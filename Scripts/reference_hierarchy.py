#!/usr/bin/env python3
"""Reference values for Crosstalk's hierarchy figures, computed independently of the Swift code.

Writes Tests/OrgAnalysisTests/Fixtures/hierarchy-<graph>.json with, per graph:
- whom each level answers most: the column of highest lift and of highest share of the row, from the weighted level
  matrix (NetworkX `attribute_mixing_matrix` on a weight-expanded MultiDiGraph, as in reference_flows.py);
- nominal assortativity: NetworkX `attribute_assortativity_coefficient` on a MultiDiGraph holding `weight` parallel
  copies of each edge whose two ends have a known value (nodes without a value are left out of that graph);
- tree distance shares, from the reports-to edges, written out in plain Python;
- department E-I per department and whole network, and the permutation p-value from 20,000 label shuffles
  (Python `random.Random(7)`; Crosstalk's seeded test is compared within a Monte-Carlo tolerance);
- NetworkX `flow_hierarchy(G)` on the unweighted DiGraph; SciPy `spearmanr` (average ranks for ties) between level
  rank and NetworkX `pagerank(G, alpha=0.85, weight="weight")` / `hits(G)` authorities; informal leaders (the two
  largest ranks present, PageRank at least the ceil(n/10)-th largest of all nodes). Scores are divided by the
  sample's largest absolute value and rounded to 10 decimals before ranking, so solver noise (1e-17 for 0)
  does not split exact ties.

Run: python3 Scripts/reference_hierarchy.py   (NetworkX 3.6.1, SciPy 1.17.1)
"""
import csv
import json
import math
import os
import random

import networkx as nx
import scipy
from scipy.stats import spearmanr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
OUT = os.path.join(ROOT, "Tests", "OrgAnalysisTests", "Fixtures")


def expanded(edges, value_of):
    """A MultiDiGraph with `weight` copies of each edge whose ends both have a value."""
    graph = nx.MultiDiGraph()
    for node, value in value_of.items():
        if value is not None:
            graph.add_node(node, value=value)
    for source, target, weight in edges:
        if value_of.get(source) is not None and value_of.get(target) is not None:
            for _ in range(int(weight)):
                graph.add_edge(source, target)
    return graph


def assortativity(edges, value_of):
    graph = expanded(edges, value_of)
    if graph.number_of_edges() == 0:
        return None
    value = nx.attribute_assortativity_coefficient(graph, "value")
    return None if math.isnan(value) or math.isinf(value) else value


def answers_most(edges, label_of, order):
    graph = expanded(edges, label_of)
    mapping = {value: index for index, value in enumerate(order)}
    matrix = nx.attribute_mixing_matrix(graph, "value", mapping=mapping, normalized=False)
    rows = [float(sum(r)) for r in matrix]
    cols = [float(sum(matrix[i][j] for i in range(len(order)))) for j in range(len(order))]
    total = sum(rows)
    result = []
    for i, name in enumerate(order):
        if rows[i] == 0:
            result.append({"level": name, "highest_lift": None, "highest_share": None})
            continue
        lifts = [(matrix[i][j] / (rows[i] * cols[j] / total), j) for j in range(len(order)) if cols[j] > 0]
        best_lift = max(lifts, key=lambda x: (x[0], -x[1]))
        shares = [(matrix[i][j] / rows[i], j) for j in range(len(order))]
        best_share = max(shares, key=lambda x: (x[0], -x[1]))
        result.append({"level": name, "highest_lift": {"level": order[best_lift[1]], "lift": float(best_lift[0])},
                       "highest_share": {"level": order[best_share[1]], "share": float(best_share[0])}})
    return result


def tree_distance(edges, manager_of, members):
    """Shares of weight by reporting-tree relation; `members` are the people whose chain reaches a root."""
    def ancestors(node):
        chain = []
        while manager_of.get(node) is not None:
            node = manager_of[node]
            chain.append(node)
        return chain
    counts = {"manager": 0.0, "direct_report": 0.0, "peer": 0.0, "skip_level": 0.0, "across": 0.0}
    excluded = 0.0
    for s, t, w in edges:
        if s not in members or t not in members:
            excluded += w
        elif manager_of.get(s) == t:
            counts["manager"] += w
        elif manager_of.get(t) == s:
            counts["direct_report"] += w
        elif manager_of.get(s) is not None and manager_of.get(s) == manager_of.get(t):
            counts["peer"] += w
        elif t in ancestors(s) or s in ancestors(t):
            counts["skip_level"] += w
        else:
            counts["across"] += w
    included = sum(counts.values())
    shares = {k: (v / included if included else 0.0) for k, v in counts.items()}
    return {"weights": counts, "shares": shares, "included_weight": included, "excluded_weight": excluded}


def ei_figures(edges, group_of, permutations, seed):
    def whole(labels):
        e = i = 0.0
        for s, t, w in edges:
            a, b = labels.get(s), labels.get(t)
            if a is None or b is None:
                continue
            if a == b:
                i += w
            else:
                e += w
        return (e - i) / (e + i) if e + i else None
    order = sorted({g for g in group_of.values() if g is not None})
    per = {g: [0.0, 0.0] for g in order}
    for s, t, w in edges:
        a, b = group_of.get(s), group_of.get(t)
        if a is None or b is None:
            continue
        if a == b:
            per[a][0] += w
        else:
            per[a][1] += w
            per[b][1] += w
    observed = whole(group_of)
    rng = random.Random(seed)
    labelled = [n for n, g in group_of.items() if g is not None]
    values = []
    for _ in range(permutations):
        shuffled = [group_of[n] for n in labelled]
        rng.shuffle(shuffled)
        values.append(whole(dict(zip(labelled, shuffled))))
    mean = sum(values) / len(values)
    extreme = sum(1 for v in values if abs(v - mean) >= abs(observed - mean) - 1e-12)
    return {"order": order, "ei_index": observed, "ei_p_value": (1 + extreme) / (permutations + 1),
            "permutations": permutations,
            "per_group": [{"name": g, "internal_weight": per[g][0], "external_weight": per[g][1],
                           "ei_index": (per[g][1] - per[g][0]) / sum(per[g]) if sum(per[g]) else None}
                          for g in order]}


def rounded(values):
    scale = max(abs(v) for v in values) or 1.0
    return [round(v / scale, 10) for v in values]


def formal_informal(edges, nodes, rank_of):
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    for s, t, w in edges:
        graph.add_edge(s, t, weight=w)
    pagerank = nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
    _, authority = nx.hits(graph, max_iter=100000, tol=1e-14)
    ranked = [n for n in nodes if rank_of.get(n) is not None]
    ranks = [rank_of[n] for n in ranked]
    correlation = lambda scores: float(spearmanr(ranks, rounded([scores[n] for n in ranked])).statistic)
    lowest = sorted(set(ranks))[-2:]
    cut = sorted(pagerank.values(), reverse=True)[math.ceil(len(nodes) / 10) - 1]
    leaders = sorted((n for n in ranked if rank_of[n] in lowest and pagerank[n] >= cut),
                     key=lambda n: (-pagerank[n], n))
    return {"flow_hierarchy": nx.flow_hierarchy(graph), "pagerank": [pagerank[n] for n in nodes],
            "authority": [authority[n] for n in nodes],
            "rank_correlation": {"pagerank": correlation(pagerank), "authority": correlation(authority)},
            "informal_leaders": [{"node": n, "rank": rank_of[n], "pagerank": pagerank[n]} for n in leaders]}


def write(name, fixture):
    fixture.update({"networkx": nx.__version__, "scipy": scipy.__version__})
    with open(os.path.join(OUT, f"hierarchy-{name}.json"), "w") as handle:
        json.dump(fixture, handle, indent=1)
        handle.write("\n")


def krackhardt():
    base = os.path.join(DATA, "krackhardt-hightech")
    with open(os.path.join(base, "ht_advice_vertices.csv")) as handle:
        rows = list(csv.DictReader(handle))
    nodes = [int(r["id"]) for r in rows]
    ranks = {int(r["id"]): int(float(r["level"])) - 1 for r in rows}
    departments = {int(r["id"]): str(float(r["dept"])) for r in rows}
    with open(os.path.join(base, "ht_advice_edges.csv")) as handle:
        edges = [(int(r["from"]), int(r["to"]), 1.0) for r in csv.DictReader(handle)]
    with open(os.path.join(base, "ht_reports_edges.csv")) as handle:
        manager_of = {int(r["from"]): int(r["to"]) for r in csv.DictReader(handle)}
    labels = {n: str(r) for n, r in ranks.items()}
    order = [str(r) for r in sorted(set(ranks.values()))]
    fixture = {
        "description": "Krackhardt (1987) advice network, ../shared/data/krackhardt-hightech: rank = level - 1, "
                       "department = dept as written ('4.0'), manager from ht_reports_edges.csv (from reports to to)",
        "node_count": len(nodes), "ranks": [ranks[n] for n in nodes], "departments": [departments[n] for n in nodes],
        "managers": [manager_of.get(n) for n in nodes],
        "answers_most": answers_most(edges, labels, order),
        "level_assortativity": assortativity(edges, labels),
        "department_assortativity": assortativity(edges, departments),
        "department_ei": ei_figures(edges, departments, 20000, 7),
        "tree_distance": tree_distance(edges, manager_of, set(nodes)),
    }
    fixture.update(formal_informal(edges, nodes, ranks))
    write("krackhardt-advice", fixture)


def email_eu_core():
    base = os.path.join(DATA, "email-eu-core")
    with open(os.path.join(base, "email-Eu-core-department-labels.txt")) as handle:
        departments = {int(a): b for a, b in (line.split() for line in handle if line.strip())}
    weights = {}
    with open(os.path.join(base, "email-Eu-core.txt")) as handle:
        for line in handle:
            if not line.strip():
                continue
            s, t = (int(x) for x in line.split())
            if s != t:  # self-interactions are never edges (DESIGN.md)
                weights[(s, t)] = weights.get((s, t), 0) + 1
    edges = [(s, t, float(w)) for (s, t), w in sorted(weights.items())]
    nodes = sorted(departments)
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((s, t) for s, t, _ in edges)
    fixture = {
        "description": "email-Eu-core (SNAP), ../shared/data/email-eu-core: nodes from the department labels, "
                       "self-loops dropped, weight = number of listed copies of an edge",
        "node_count": len(nodes), "edge_count": len(edges), "total_weight": sum(w for _, _, w in edges),
        "department_assortativity": assortativity(edges, departments),
        "department_ei": ei_figures(edges, departments, 2000, 7),
        "flow_hierarchy": nx.flow_hierarchy(graph),
    }
    write("email-eu-core", fixture)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    krackhardt()
    email_eu_core()
    print("wrote", sorted(f for f in os.listdir(OUT) if f.startswith("hierarchy-")))
