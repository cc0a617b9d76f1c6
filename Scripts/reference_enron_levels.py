#!/usr/bin/env python3
"""Writes the Enron level-flow fixture: the level matrix and the direction shares of the Enron e-mail network,
with each person's level from the title rules, computed without Crosstalk.

Inputs: ../shared/data/enron/enron_edges.csv (one row per recipient: from, to, ...) and the ranks of
Tests/OrgAnalysisTests/Fixtures/title-levels-enron.json (Scripts/reference_title_levels.py, Python `re` on its own
transcription of the built-in title rules; rank None = no level). Rules, as DESIGN.md states them: every row
whose two ends differ is one interaction of weight 1 (self-addressed rows are not edges); an interaction with
an unknown level at either end is excluded; upward = target rank smaller than source rank, downward = larger,
lateral = equal, skip-level = ranks differ by 2 or more; shares are of the included weight. Plain Python only.

Usage: python3 Scripts/reference_enron_levels.py > Tests/IntegrationTests/Fixtures/enron_level_flow.json
"""

import csv
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "enron")
LEVELS = ["executive", "director", "manager", "staff"]


def main():
    with open(os.path.join(ROOT, "Tests", "OrgAnalysisTests", "Fixtures", "title-levels-enron.json")) as handle:
        fixture = json.load(handle)
    rank_of = dict(zip(fixture["ids"], fixture["ranks"]))
    matrix = [[0] * len(LEVELS) for _ in LEVELS]
    up = down = lateral = skip = excluded = 0
    with open(os.path.join(DATA, "enron_edges.csv")) as handle:
        for row in csv.DictReader(handle):
            source, target = row["from"], row["to"]
            if source == target:
                continue
            a, b = rank_of.get(source), rank_of.get(target)
            if a is None or b is None:
                excluded += 1
                continue
            matrix[a][b] += 1
            if b < a:
                up += 1
            elif b > a:
                down += 1
            else:
                lateral += 1
            if abs(a - b) >= 2:
                skip += 1
    included = up + down + lateral
    print(json.dumps({
        "source": "Scripts/reference_enron_levels.py (plain Python) on ../shared/data/enron and the title-rule ranks",
        "order": LEVELS, "matrix": matrix, "included_weight": included, "excluded_weight": excluded,
        "upward_share": up / included, "downward_share": down / included, "lateral_share": lateral / included,
        "skip_level_share": skip / included, "cross_level_share": (up + down) / included,
    }, indent=1))


if __name__ == "__main__":
    main()
