#!/usr/bin/env python3
"""Reference levels for Crosstalk's built-in title rules on Enron's position titles, computed without Crosstalk.

Reads ../shared/data/enron/enron_vertices.csv (`id,Email,Name,Note`; `Note` is the position, "NA" for none) and
gives each person the rank of the first matching rule of the built-in rules, transcribed below from their
documented meaning and matched with Python's `re` (case-insensitive; `\\b` between a word character and any
other). "NA" and other placeholders have no level. Writes Tests/OrgAnalysisTests/Fixtures/title-levels-enron.json:
the rank per vertex row (null for none), the counts per level name, and the rank per distinct title.

Run: python3 Scripts/reference_title_levels.py   (standard library only)
"""
import csv
import json
import os
import re
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "enron", "enron_vertices.csv")
OUT = os.path.join(ROOT, "Tests", "OrgAnalysisTests", "Fixtures", "title-levels-enron.json")

NAMES = {0: "executive", 1: "director", 2: "manager", 3: "staff"}

# (rank or None for "no level", pattern), in the order the first match wins.
RULES = [
    (None, r"^\W*(na|n/a|none|unknown|tbd|onbekend)?\W*$"),
    (3, r"\b(\w*assist[ae]nte?|\w*secretaresse|stagiair|intern|trainee)\b"),
    (1, r"\b(vice[- ]?president|vp|svp|evp|chief of staff|general manager)\b"),
    (1, r"\b(deputy|associate|adjunct|plaatsvervangend)[- ]?(director|directeur)\b"),
    (0, r"\b(managing director|executive director|algemeen directeur|directeur[- ]bestuurder)\b"),
    (0, r"\b(chief|ceo|cfo|coo|cto|cio|ciso|cmo|cpo|cro|cdo|president|founder|co-?founder)\b"),
    (0, r"\b(chairman|chairwoman|chairperson|oprichter|medeoprichter|directeur|bestuurder)\b"),
    (0, r"\b(bestuurslid|bestuursvoorzitter)\b"),
    (1, r"\b(director|\w+directeur|head|hoofd|\w+hoofd)\b"),
    (2, r"\b(\w*manager|mgr|lead|teamlead|leader|supervisor|leidinggevende|voorman)\b"),
    (2, r"\b(team|project|afdelings|bedrijfs|groeps|ploeg|vestigings)?leider\b"),
    (3, r"."),
]
COMPILED = [(rank, re.compile(pattern, re.IGNORECASE)) for rank, pattern in RULES]


def rank_of(title):
    """The first matching rule's rank; None for an empty title, a placeholder or no match."""
    title = title.strip()
    if not title:
        return None
    for rank, pattern in COMPILED:
        if pattern.search(title):
            return rank
    return None


def main():
    with open(DATA, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    ids = [row["id"] for row in rows]
    ranks = [rank_of(row["Note"]) for row in rows]
    counts = Counter(NAMES[rank] if rank is not None else "none" for rank in ranks)
    titles = {row["Note"]: rank_of(row["Note"]) for row in rows}
    fixture = {
        "source": "enron/enron_vertices.csv, column Note",
        "ids": ids,
        "ranks": ranks,
        "counts": {name: counts.get(name, 0) for name in ["executive", "director", "manager", "staff", "none"]},
        "titles": dict(sorted(titles.items())),
    }
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump(fixture, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    print(json.dumps(fixture["counts"]))


if __name__ == "__main__":
    main()
