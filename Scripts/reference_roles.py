#!/usr/bin/env python3
"""Participation coefficients over departments and persona counts of a zipped Slack export and its org chart,
independently of Crosstalk's Swift code (docs/roles.md).

Reads `users.json` and the day files of the zip with zipfile + json (nothing extracted), with the Slack reading
rules of Scripts/reference_participation.py (used messages) and Scripts/slack_export_counts.py (authors,
mentions), and the org chart CSV with csv. Definitions, restated here from docs/roles.md:

- Interactions: a thread reply (thread_ts != ts) answers the thread root's author (or parent_user_id when the
  root is absent), a file_comment the file's owner; the author mentions each distinct mentioned person; each
  reaction entry is the reactor reacting to the author. Interactions from or to a bot, from a bot_message, or
  to oneself are left out.
- Graph: reply and mention interactions (the default kinds; Slack has no `message` kind), weight = count.
- Department: the org-chart row matched by id, else by e-mail (case-insensitive), else by name; else unknown.
- Participation coefficient (Guimera & Amaral 2005): on the undirected graph whose edge weight is
  w(u->v) + w(v->u), P_i = 1 - sum_s (k_is / k_i)^2 over the departments s of i's neighbours (neighbours of
  unknown department form one group), computed with NetworkX 3.x.
- Personas, first rule that holds (defaults of PersonaThresholds): gives = posts (messages that are not replies)
  + replies sent + reactions given; observer if gives = 0; broadcaster if posts >= 1, (replies + reactions) /
  gives <= 0.2 and replies received / posts < 0.5; catalyst if posts >= 1, posts / (posts + replies) >= 0.5 and
  replies received / posts >= 1; responder if (replies + reactions) / gives >= 0.75 and received (replies +
  mentions + reactions) < gives; engager otherwise. Every person who is not a bot gets one.

Run: python3 Scripts/reference_roles.py Samples/slack-export.zip Samples/org-chart.csv \
       > Tests/IntegrationTests/Fixtures/sample_roles.json
"""
import argparse
import collections
import csv
import json
import os
import sys
import zipfile

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_participation import used_messages  # noqa: E402
from slack_export_counts import mentions_of  # noqa: E402


def read_export(path):
    with zipfile.ZipFile(path) as archive:
        users = json.loads(archive.read("users.json").decode("utf-8"))
        return [u for u in users if isinstance(u, dict) and u.get("id")], used_messages(archive)


def interactions(users, used):
    """(bots, people seen, [(kind, source, target)], posts per person)."""
    directory = {u["id"] for u in users}
    bots = {u["id"] for u in users if u.get("is_bot") or u["id"] == "USLACKBOT"}
    bots |= {author for _, subtype, author, _ in used if subtype == "bot_message" and author not in directory}
    roots = {(channel, m["ts"]): author for channel, _, author, m in used}
    seen, events, posts = set(directory), [], collections.Counter()
    for channel, subtype, author, message in used:
        seen.add(author)
        from_bot = subtype == "bot_message" or author in bots
        thread = message.get("thread_ts")
        targets = []
        if isinstance(thread, str) and thread != message["ts"]:
            targets.append(("reply", roots.get((channel, thread)) or message.get("parent_user_id")))
        elif subtype == "file_comment":
            targets.append(("reply", (message.get("file") or {}).get("user")))
        elif not from_bot:
            posts[author] += 1
        targets += [("mention", person) for person in mentions_of(message, subtype)]
        for kind, target in targets:
            if target:
                seen.add(target)
                if not from_bot and target not in bots and target != author:
                    events.append((kind, author, target))
        for reaction in message.get("reactions") or []:
            for reactor in reaction.get("users") or []:
                if isinstance(reactor, str):
                    seen.add(reactor)
                    if not from_bot and reactor not in bots and reactor != author:
                        events.append(("reaction", reactor, author))
    return bots, seen, events, posts


def departments(users, chart_path):
    with open(chart_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_id = {r["person_id"]: r["department"] for r in rows}
    by_email = {r["email"].lower(): r["department"] for r in rows if r.get("email")}
    by_name = {r["name"].lower(): r["department"] for r in rows if r.get("name")}
    result = {}
    for user in users:
        profile = user.get("profile") or {}
        email = (profile.get("email") or "").lower()
        name = (user.get("real_name") or profile.get("real_name") or "").lower()
        department = by_id.get(user["id"]) or by_email.get(email) or by_name.get(name)
        if department:
            result[user["id"]] = department
    return result


def participation(events, department_of):
    graph = nx.Graph()
    for kind, source, target in events:
        if kind in ("reply", "mention"):
            weight = graph.get_edge_data(source, target, {"weight": 0})["weight"]
            graph.add_edge(source, target, weight=weight + 1)
    result = {}
    for node in graph.nodes:
        by_group = collections.Counter()
        for neighbour, data in graph[node].items():
            by_group[department_of.get(neighbour, "(unknown)")] += data["weight"]
        total = sum(by_group.values())
        result[node] = 1 - sum((k / total) ** 2 for k in by_group.values())
    return dict(sorted(result.items()))


def personas(humans, events, posts):
    given, got = collections.Counter(), collections.Counter()
    for kind, source, target in events:
        given[(kind, source)] += 1
        got[(kind, target)] += 1
    counts = collections.Counter({name: 0 for name in ["engager", "catalyst", "responder", "broadcaster", "observer"]})
    for person in humans:
        p, r, a = posts[person], given[("reply", person)], given[("reaction", person)]
        replied = got[("reply", person)]
        received = replied + got[("mention", person)] + got[("reaction", person)]
        gives = p + r + a
        if gives == 0:
            counts["observer"] += 1
        elif p >= 1 and (r + a) / gives <= 0.2 and replied / p < 0.5:
            counts["broadcaster"] += 1
        elif p >= 1 and p / (p + r) >= 0.5 and replied / p >= 1:
            counts["catalyst"] += 1
        elif (r + a) / gives >= 0.75 and received < gives:
            counts["responder"] += 1
        else:
            counts["engager"] += 1
    return dict(counts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", help="a zipped Slack export")
    parser.add_argument("org", help="the org chart CSV (person_id, name, email, department, ...)")
    arguments = parser.parse_args()
    users, used = read_export(arguments.export)
    bots, seen, events, posts = interactions(users, used)
    humans = sorted(p for p in seen if p not in bots)
    json.dump({
        "description": "Participation coefficients over departments and persona counts of the sample, computed by "
                       "Scripts/reference_roles.py (definitions in its docstring) with NetworkX "
                       f"{nx.__version__}, independently of the Swift code.",
        "command": "python3 Scripts/reference_roles.py Samples/slack-export.zip Samples/org-chart.csv",
        "people": len(humans),
        "department_participation": participation(events, departments(users, arguments.org)),
        "persona_counts": personas(humans, events, posts),
    }, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
