#!/usr/bin/env python3
"""Writes the GraphMetrics reference fixtures (Tests/GraphMetricsTests/Fixtures/*.json) from NetworkX.

Every fixture holds one directed graph (0-based node indices, edge list [source, target, weight]) and the values
NetworkX computes for it. Run from the package root:

    python3 Scripts/reference_metrics.py [--data /path/to/shared/data]

The Swift tests rebuild each graph with GraphBuilder and compare. Floats are written with repr (shortest
round-trip), so the JSON holds exactly the doubles NetworkX returned.
"""

import argparse
import glob
import json
import math
import os
import random
import re

import networkx as nx
import scipy.sparse.linalg

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "GraphMetricsTests", "Fixtures")
DEFAULT_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
TIGHT_TOLERANCE = 1e-13


def build_digraph(node_count, edges):
    graph = nx.DiGraph()
    graph.add_nodes_from(range(node_count))
    for source, target, weight in edges:
        graph.add_edge(source, target, weight=weight, distance=1.0 / weight)
    return graph


def partition_ids(node_count, components):
    """Component id per node, ids ordered by the smallest node index in each component."""
    ordered = sorted((sorted(component) for component in components), key=lambda members: members[0])
    ids = [-1] * node_count
    for index, members in enumerate(ordered):
        for node in members:
            ids[node] = index
    return ids


def dense(mapping, node_count):
    return [float(mapping[node]) for node in range(node_count)]


def expected_metrics(graph):
    n = graph.number_of_nodes()
    expected = {
        "in_degree": [graph.in_degree(v) for v in range(n)],
        "out_degree": [graph.out_degree(v) for v in range(n)],
        "in_strength": [float(graph.in_degree(v, weight="weight")) for v in range(n)],
        "out_strength": [float(graph.out_degree(v, weight="weight")) for v in range(n)],
        "pagerank": dense(nx.pagerank(graph, alpha=0.85, weight="weight"), n),
        "pagerank_tight": dense(
            nx.pagerank(graph, alpha=0.85, weight="weight", tol=TIGHT_TOLERANCE, max_iter=10000), n),
        "betweenness": dense(nx.betweenness_centrality(graph, normalized=True), n),
        "betweenness_weighted": dense(nx.betweenness_centrality(graph, normalized=True, weight="distance"), n),
        "closeness": dense(nx.closeness_centrality(graph), n),
        "harmonic": dense(nx.harmonic_centrality(graph), n),
        "density": float(nx.density(graph)),
        "reciprocity": float(nx.overall_reciprocity(graph)) if graph.number_of_edges() > 0 else None,
    }
    weak = list(nx.weakly_connected_components(graph))
    strong = list(nx.strongly_connected_components(graph))
    expected["weak_components"] = partition_ids(n, weak)
    expected["weak_component_count"] = len(weak)
    expected["strong_components"] = partition_ids(n, strong)
    expected["strong_component_count"] = len(strong)
    expected.update(structural_metrics(graph))
    return expected


def hits_scores(graph):
    """nx.hits(G) as two dense lists, or (None, None) where NetworkX raises or gives NaN (no edges, one node)."""
    n = graph.number_of_nodes()
    try:
        hubs, authorities = nx.hits(graph)
    except (ValueError, scipy.sparse.linalg.ArpackError, nx.PowerIterationFailedConvergence):
        return None, None
    hubs, authorities = dense(hubs, n), dense(authorities, n)
    if any(math.isnan(value) for value in hubs + authorities):
        return None, None
    return hubs, authorities


def without_self_loops(graph):
    copy = graph.copy()
    copy.remove_edges_from(list(nx.selfloop_edges(copy)))
    return copy


def optional_dense(mapping, node_count):
    """Dense list with None (JSON null) where NetworkX gives NaN."""
    return [None if math.isnan(mapping[node]) else float(mapping[node]) for node in range(node_count)]


def contacts(graph, node):
    return set(nx.all_neighbors(graph, node)) - {node}


def burt_hierarchy(graph, node, total_constraint):
    """Burt (1992, p. 71) hierarchy from nx.local_constraint; None with fewer than two contacts."""
    others = contacts(graph, node)
    count = len(others)
    if count < 2:
        return None
    mean = total_constraint / count
    ratios = [nx.local_constraint(graph, node, other, weight="weight") / mean for other in others]
    return sum(ratio * math.log(ratio) for ratio in ratios) / (count * math.log(count))


def mutual_weight_graph(simple):
    """The undirected graph of contacts with weight = mutual weight w(u, v) + w(v, u)."""
    undirected = nx.Graph()
    undirected.add_nodes_from(simple)
    for source, target, weight in simple.edges(data="weight"):
        previous = undirected.edges[source, target]["weight"] if undirected.has_edge(source, target) else 0.0
        undirected.add_edge(source, target, weight=previous + weight)
    return undirected


def burt_effective_size(simple):
    """Burt's effective size from NetworkX's per-node branch (nodes=...), which normalises m(j, q) by j's largest
    mutual weight as Burt does. The sparse branch taken without nodes= divides by q's largest instead (a
    broadcasting slip, networkx/networkx pull request 8906), which changes weighted and directed results. The
    per-node branch runs on the undirected mutual-weight graph, because on a DiGraph it treats nodes without
    successors as isolated; normalised mutual weights are the same there."""
    if simple.number_of_nodes() == 0:
        return {}
    result = nx.effective_size(mutual_weight_graph(simple), nodes=list(simple), weight="weight")
    with_successors = [node for node in simple if simple.out_degree(node) > 0]
    directed = nx.effective_size(simple, nodes=with_successors, weight="weight")
    for node in with_successors:
        assert math.isclose(directed[node], result[node], rel_tol=1e-12), (node, directed[node], result[node])
    return result


def structural_metrics(graph):
    n = graph.number_of_nodes()
    hubs, authorities = hits_scores(graph)
    simple = without_self_loops(graph)
    projection = without_self_loops(graph.to_undirected())
    if n == 0:
        constraint, sparse_effective_size = {}, {}
    else:
        constraint = nx.constraint(simple, weight="weight")
        sparse_effective_size = nx.effective_size(simple, weight="weight")
    effective_size = burt_effective_size(simple)
    for node in range(n):
        if not math.isnan(constraint[node]):
            check = sum(nx.local_constraint(simple, node, other, weight="weight") for other in contacts(simple, node))
            assert math.isclose(check, constraint[node], rel_tol=1e-12), (node, check, constraint[node])
    efficiency = [
        None if math.isnan(effective_size[node]) else effective_size[node] / len(contacts(simple, node))
        for node in range(n)
    ]
    core = nx.core_number(projection)
    return {
        "hits_hubs": hubs,
        "hits_authorities": authorities,
        "core_number": [core[node] for node in range(n)],
        "constraint": optional_dense(constraint, n),
        "effective_size": optional_dense(effective_size, n),
        "effective_size_networkx_sparse": optional_dense(sparse_effective_size, n),
        "efficiency": efficiency,
        "hierarchy": [
            None if math.isnan(constraint[node]) else burt_hierarchy(simple, node, constraint[node])
            for node in range(n)
        ],
    }


NOTES = {
    "pagerank": "nx.pagerank(G, alpha=0.85, weight='weight') with its defaults (tol=1e-6, stop when the L1 change "
    "is below N*tol, max_iter=100)",
    "pagerank_tight": f"the same with tol={TIGHT_TOLERANCE!r}, max_iter=10000",
    "betweenness": "nx.betweenness_centrality(G, normalized=True) (hop distance)",
    "betweenness_weighted": "nx.betweenness_centrality(G, normalized=True, weight='distance') where every edge "
    "has distance = 1.0 / weight",
    "closeness": "nx.closeness_centrality(G) (incoming distance, wf_improved=True)",
    "harmonic": "nx.harmonic_centrality(G) (sum over v of 1/d(v, u), i.e. incoming distance)",
    "density": "nx.density(G)",
    "reciprocity": "nx.overall_reciprocity(G); null where NetworkX raises (no edges)",
    "weak_components": "nx.weakly_connected_components(G) as a component id per node, ids ordered by the smallest "
    "node index in each component",
    "strong_components": "nx.strongly_connected_components(G), ids as for weak_components",
    "degree": "G.in_degree / G.out_degree, strength with weight='weight'",
    "hits_hubs": "nx.hits(G) hubs (scipy svds of the weighted adjacency matrix, normalized to sum 1); null where "
    "NetworkX raises (one node, or no edges)",
    "hits_authorities": "nx.hits(G) authorities, as hits_hubs",
    "core_number": "nx.core_number(U) where U = G.to_undirected() with self-loops removed (NetworkX raises on "
    "self-loops)",
    "constraint": "nx.constraint(S, weight='weight') where S = G with self-loops removed (identical to G when G has "
    "none); null where NetworkX gives NaN (no contact)",
    "effective_size": "Burt's effective size: nx.effective_size(U, nodes=list(U), weight='weight') (the per-node "
    "branch) on U, the undirected graph of S with weight = mutual weight w(u,v) + w(v,u); null as for constraint",
    "effective_size_networkx_sparse": "nx.effective_size(S, weight='weight') as NetworkX 3.6.1 computes it without "
    "nodes= (sparse branch, which divides m(j,q) by the largest mutual weight of q instead of j; "
    "networkx/networkx pull request 8906); kept to document the difference",
    "efficiency": "effective_size (Burt's) / number of distinct contacts (predecessors and successors other than the "
    "node itself) in S; null where effective_size is null",
    "hierarchy": "Burt (1992) hierarchy sum_j (c_j / (C / N)) ln(c_j / (C / N)) / (N ln N) with c_j = "
    "nx.local_constraint(S, v, j, weight='weight') over the N distinct contacts j of v in S and C = "
    "constraint; null with fewer than two contacts",
}


def write_fixture(name, description, node_count, edges, node_ids=None):
    graph = build_digraph(node_count, edges)
    fixture = {
        "name": name,
        "networkx_version": nx.__version__,
        "description": description,
        "notes": NOTES,
        "node_count": node_count,
        "edges": [[s, t, float(w)] for s, t, w in edges],
        "expected": expected_metrics(graph),
    }
    if node_ids is not None:
        fixture["node_ids"] = node_ids
    path = os.path.join(FIXTURES, f"{name}.json")
    with open(path, "w") as file:
        json.dump(fixture, file, separators=(",", ":"))
        file.write("\n")
    return path


def karate():
    club = nx.karate_club_graph()
    edges = []
    for u, v, data in sorted(club.edges(data=True)):
        edges.append((u, v, data["weight"]))
        edges.append((v, u, data["weight"]))
    edges.sort()
    description = (
        "Zachary's karate club: nx.karate_club_graph() (34 nodes, 78 undirected edges) made directed with both "
        "directions of every edge (as G.to_directed()), each arc carrying the undirected edge's 'weight' "
        "attribute (the number of contexts of interaction). Node indices are NetworkX's node labels 0-33.")
    return write_fixture("karate", description, club.number_of_nodes(), edges)


def krackhardt(data):
    path = os.path.join(data, "krackhardt-hightech", "ht_advice_edges.csv")
    edges = []
    with open(path) as file:
        header = file.readline().strip()
        assert header == "from,to", header
        for line in file:
            source, target = line.strip().split(",")
            edges.append((int(source), int(target), 1.0))
    description = (
        "Krackhardt (1987) high-tech managers advice network: shared/data/krackhardt-hightech/ht_advice_edges.csv "
        "(columns from,to; 0-based ids), 21 nodes, every edge weight 1.")
    return write_fixture("krackhardt_advice", description, 21, edges)


def random_weighted(seed=20261122):
    generator = random.Random(seed)
    core = 290
    edges = {}
    popularity = [generator.paretovariate(1.2) for _ in range(core)]
    for source in range(core):
        out_degree = min(60, int(generator.paretovariate(1.3)))
        for target in generator.choices(range(core), weights=popularity, k=out_degree):
            if (source, target) not in edges:
                edges[(source, target)] = generator.randint(1, 5)
    for source in (5, 77, 150):
        edges[(source, source)] = generator.randint(1, 5)
    # A small separate component: a 3-cycle with a tail (290-294); 295-299 stay isolated.
    for source, target in ((290, 291), (291, 292), (292, 290), (292, 293), (294, 293)):
        edges[(source, target)] = generator.randint(1, 5)
    ordered = sorted((s, t, w) for (s, t), w in edges.items())
    description = (
        f"Seeded random weighted digraph (Python random.Random({seed}), see Scripts/reference_metrics.py): "
        "300 nodes; nodes 0-289 draw a Pareto(1.3) out-degree (capped at 60) and targets by Pareto(1.2) "
        "popularity; integer weights 1-5; self-loops on 5, 77, 150; a separate component 290-294 "
        "(3-cycle 290->291->292->290 plus 292->293, 294->293); nodes 295-299 isolated.")
    return write_fixture("random_weighted_300", description, 300, ordered)


MENTION = re.compile(r"<@(U[A-Z0-9]+)(?:\|[^>]*)?>")


def slack_mentions(data):
    folder = os.path.join(data, "slack-houstondatavis")
    with open(os.path.join(folder, "users.json")) as file:
        users = json.load(file)
    bots = {user["id"] for user in users if user.get("is_bot")}
    people = {user["id"] for user in users}
    counts = {}
    for path in sorted(glob.glob(os.path.join(folder, "*", "*.json"))):
        with open(path) as file:
            messages = json.load(file)
        for message in messages:
            if message.get("type") != "message" or message.get("subtype") not in (None, "file_share"):
                continue
            author = message.get("user")
            if not author or author in bots:
                continue
            for mentioned in sorted(set(MENTION.findall(message.get("text", "")))):
                if mentioned == author or mentioned in bots:
                    continue
                counts[(author, mentioned)] = counts.get((author, mentioned), 0) + 1
    node_ids = sorted(people - bots | {u for pair in counts for u in pair})
    index = {node_id: position for position, node_id in enumerate(node_ids)}
    edges = sorted((index[s], index[t], w) for (s, t), w in counts.items())
    description = (
        "Houston Slack mention graph from shared/data/slack-houstondatavis. Messages: every object in "
        "<channel>/*.json (all channel folders) with type 'message', whose subtype is absent or 'file_share', "
        "with a 'user' that is not a bot (users.json is_bot; subtype bot_message is excluded by the subtype "
        "rule). Each distinct user id in a <@U...> or <@U...|name> token of 'text' counts once per message as "
        "an edge author -> mentioned, excluding self-mentions and mentions of bots; weight = number of such "
        "messages. Nodes: every non-bot user in users.json plus any mentioned id not in users.json, sorted by "
        "Slack id (node_ids); users without mentions stay as isolated nodes.")
    return write_fixture("slack_houston_mentions", description, len(node_ids), edges, node_ids)


def edge_cases():
    cases = [
        ("edge_empty", "Empty graph: no nodes, no edges.", 0, []),
        ("edge_one_node", "One node, no edges.", 1, []),
        ("edge_two_nodes", "Two nodes with one edge 0 -> 1 of weight 2.", 2, [(0, 1, 2.0)]),
        ("edge_disconnected",
         "Disconnected: path 0 -> 1 -> 2 (weights 1, 3), mutual pair 3 <-> 4 (weights 2, 1), 5 isolated.",
         6, [(0, 1, 1.0), (1, 2, 3.0), (3, 4, 2.0), (4, 3, 1.0)]),
        ("edge_self_loop",
         "Self-loops: 0 -> 0 (weight 2), 0 -> 1, 1 -> 2, 2 -> 0, 2 -> 2 (weight 0.5), 3 -> 3 alone.",
         4, [(0, 0, 2.0), (0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 2, 0.5), (3, 3, 1.0)]),
    ]
    return [write_fixture(name, description, n, edges) for name, description, n, edges in cases]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="the shared/data directory")
    arguments = parser.parse_args()
    os.makedirs(FIXTURES, exist_ok=True)
    paths = [karate(), krackhardt(arguments.data), random_weighted(), slack_mentions(arguments.data)]
    paths += edge_cases()
    for path in paths:
        print(f"{os.path.relpath(path, ROOT)}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
