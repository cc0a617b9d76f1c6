#!/usr/bin/env python3
"""Expected figures for the e-mail networks of ../shared/data, computed from the raw files with NetworkX.

Enron (`enron/enron_edges.csv`, one row per recipient) and SNAP email-Eu-core (`email-eu-core/email-Eu-core.txt`,
`u v` per line, CRLF line ends) come into Crosstalk through the interactions CSV. DESIGN.md's rules, restated
here from the files: every row is one `message` interaction from sender to recipient, except self-addressed rows
(counted as diagnostics, never edges); people are every id named in a row; graph nodes are the people with at
least one non-self row; edge weight is the number of rows per ordered pair. The graph figures are NetworkX's
(`density`, `overall_reciprocity`, `number_weakly/strongly_connected_components`) on that DiGraph.

Run: python3 Scripts/real_network_figures.py > Tests/IntegrationTests/Fixtures/real_network_figures.json
"""
import csv
import json
import os
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")


def figures(pairs):
    graph = nx.DiGraph()
    people = set()
    self_rows = 0
    for source, target in pairs:
        people.update((source, target))
        if source == target:
            self_rows += 1
            continue
        weight = graph.get_edge_data(source, target, {"weight": 0})["weight"]
        graph.add_edge(source, target, weight=weight + 1)
    return {
        "rows": len(pairs), "self_rows": self_rows, "interactions": len(pairs) - self_rows, "people": len(people),
        "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
        "total_weight": graph.size(weight="weight"), "density": nx.density(graph),
        "reciprocity": nx.overall_reciprocity(graph),
        "weak_components": nx.number_weakly_connected_components(graph),
        "strong_components": nx.number_strongly_connected_components(graph),
    }


def enron():
    with open(os.path.join(DATA, "enron", "enron_edges.csv"), newline="", encoding="utf-8") as handle:
        pairs = [(row["from"], row["to"]) for row in csv.DictReader(handle)]
    with open(os.path.join(DATA, "enron", "enron_vertices.csv"), newline="", encoding="utf-8") as handle:
        vertices = list(csv.DictReader(handle))
    result = figures(pairs)
    named = {source for source, _ in pairs} | {target for _, target in pairs}
    result["org_entries"] = len(vertices)
    result["org_entries_named_in_edges"] = sum(1 for vertex in vertices if vertex["id"] in named)
    result["org_entries_with_note"] = sum(1 for vertex in vertices if vertex["Note"] not in ("", "NA"))
    return result


def email_eu_core():
    with open(os.path.join(DATA, "email-eu-core", "email-Eu-core.txt"), encoding="utf-8") as handle:
        pairs = [tuple(line.split()) for line in handle if line.strip()]
    return figures(pairs)


def main():
    json.dump({
        "description": "Figures of the real e-mail networks, computed from the raw files by "
                       "Scripts/real_network_figures.py with NetworkX " + nx.__version__ + " (rules in its docstring).",
        "command": "python3 Scripts/real_network_figures.py",
        "enron": enron(),
        "email_eu_core": email_eu_core(),
    }, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
