#!/usr/bin/env python3
"""Writes Tests/GraphMetricsTests/Fixtures/communities-reference.json: modularity and community baselines.

Needs NetworkX and python-igraph (`pip install igraph`). Run from the package root:

    python3 Scripts/reference_communities.py

For each named graph fixture written by Scripts/reference_metrics.py (karate, krackhardt_advice,
random_weighted_300, slack_houston_mentions) it builds the undirected weighted projection explicitly: nodes
u != v joined with weight w(u, v) + w(v, u); a self-loop u -> u of weight w becomes an undirected loop of weight
w (NetworkX and igraph both count a loop twice in the degree). (NetworkX's DiGraph.to_undirected() is not used:
it keeps one direction's weight instead of summing.) It then records:

* `partitions`: a few fixed partitions (contiguous blocks, a seeded random assignment, NetworkX's Louvain
  result) with NetworkX `community.modularity(G, communities, weight="weight")`, for the exact check of our
  modularity(of:).
* `igraph_multilevel`: igraph `Graph.community_multilevel(weights="weight")` modularity for seeds 0..9 (Python
  `random.seed`, which python-igraph uses as its RNG), with the best and the mean.
* `igraph_leiden`: igraph `community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)`
  for the same seeds.
* `networkx_louvain`: NetworkX `community.louvain_communities(G, weight="weight", seed=s)` for the same seeds.

Floats are written with repr, so the JSON holds exactly the doubles computed here.
"""

import json
import os
import random
import statistics

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "GraphMetricsTests", "Fixtures")
OUTPUT = os.path.join(FIXTURES, "communities-reference.json")
GRAPHS = ["karate", "krackhardt_advice", "random_weighted_300", "slack_houston_mentions"]
SEEDS = list(range(10))


def projection(node_count, edges):
    weights = {}
    for source, target, weight in edges:
        key = (min(source, target), max(source, target))
        weights[key] = weights.get(key, 0.0) + weight
    graph = nx.Graph()
    graph.add_nodes_from(range(node_count))
    for (u, v), weight in sorted(weights.items()):
        graph.add_edge(u, v, weight=weight)  # a loop u -> u is listed once, so it keeps its weight w
    return graph


def to_igraph(graph):
    edges = sorted(graph.edges(data="weight"))
    result = igraph.Graph(n=graph.number_of_nodes(), edges=[(u, v) for u, v, _ in edges])
    result.es["weight"] = [w for _, _, w in edges]
    return result


def membership_of(node_count, communities):
    membership = [0] * node_count
    for index, members in enumerate(sorted((sorted(c) for c in communities), key=lambda c: c[0])):
        for node in members:
            membership[node] = index
    return membership


def summary(values):
    return {"seeds": SEEDS, "modularity": values, "best": max(values), "mean": statistics.fmean(values)}


def main():
    graphs = []
    for name in GRAPHS:
        with open(os.path.join(FIXTURES, name + ".json")) as handle:
            fixture = json.load(handle)
        count = fixture["node_count"]
        graph = projection(count, fixture["edges"])
        rng = random.Random(2024)
        nx_louvain = nx.community.louvain_communities(graph, weight="weight", seed=0)
        candidates = [
            ("contiguous blocks of 5 nodes", [node // 5 for node in range(count)]),
            ("seeded random ids 0-3 (random.Random(2024))", [rng.randrange(4) for _ in range(count)]),
            ("all nodes in one community", [0] * count),
            ("NetworkX louvain_communities(seed=0)", membership_of(count, nx_louvain)),
        ]
        partitions = []
        for description, membership in candidates:
            groups = {}
            for node, community in enumerate(membership):
                groups.setdefault(community, set()).add(node)
            value = nx.community.modularity(graph, list(groups.values()), weight="weight")
            partitions.append({"description": description, "membership": membership, "networkx_modularity": value})
        ig = to_igraph(graph)
        multilevel, leiden, louvain = [], [], []
        for seed in SEEDS:
            random.seed(seed)
            clustering = ig.community_multilevel(weights="weight")
            multilevel.append(ig.modularity(clustering.membership, weights="weight"))
            random.seed(seed)
            clustering = ig.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
            leiden.append(ig.modularity(clustering.membership, weights="weight"))
            communities = nx.community.louvain_communities(graph, weight="weight", seed=seed)
            louvain.append(nx.community.modularity(graph, communities, weight="weight"))
        graphs.append({
            "name": name, "partitions": partitions, "igraph_multilevel": summary(multilevel),
            "igraph_leiden": summary(leiden), "networkx_louvain": summary(louvain),
        })
    fixture = {
        "description": "Modularity references on the undirected weighted projection of the named graph fixtures "
        "(w(u,v) + w(v,u); self-loop weight w once). See Scripts/reference_communities.py.",
        "networkx_version": nx.__version__,
        "igraph_version": igraph.__version__,
        "graphs": graphs,
    }
    with open(OUTPUT, "w") as handle:
        json.dump(fixture, handle, separators=(",", ":"))
        handle.write("\n")


if __name__ == "__main__":
    main()
