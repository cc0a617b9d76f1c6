#!/usr/bin/env python3
"""Participation figures of a zipped Slack export, independently of Crosstalk's Swift code.

Reads `users.json` and every `<folder>/YYYY-MM-DD.json` entry of the zip with zipfile + json (nothing extracted)
and prints the figures of docs/json.md `participation` that `crosstalk analyze EXPORT.zip --format json` must
reproduce. Import rules as in Scripts/slack_export_counts.py (used messages, authors, bots, mentions, reactions,
answered authors); the participation definitions, restated here from docs/json.md:

- People: every user of users.json plus every id a used message names as author, mention, reactor or answered
  author, minus the bots. Silent people count with zero messages.
- Messages per person: used messages whose author is not a bot and whose subtype is not bot_message.
- Gini: sum over all pairs |x_i - x_j| / (2 n^2 mean), computed here by the double sum itself (O(n^2)), not by
  the sorted formula the Swift code uses; 0 when nobody posted.
- Top 1 % / 10 %: share of messages sent by the ceil(n/100) / ceil(n/10) people with the most messages.
- Creators: people with a message that is not a reply (a reply is a thread reply, thread_ts != ts, or a
  file_comment); contributors: the others who sent a message or reacted to any used message; observers: the rest.

Run: python3 Scripts/reference_participation.py Samples/slack-export.zip \
       > Tests/IntegrationTests/Fixtures/sample_participation.json
"""
import argparse
import json
import os
import re
import sys
import zipfile

# The Slack reading rules (author, mentions) are the ones of the Houston reference count, not restated here.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from slack_export_counts import author_of, mentions_of  # noqa: E402

TALK = {"thread_broadcast", "reply_broadcast", "me_message", "file_share", "file_comment", "bot_message"}
DAY_FILE = re.compile(r"^[^/]+/\d{4}-\d{2}-\d{2}\.json$")


def used_messages(archive):
    """(channel, subtype, author, message) of every used message, in folder then file name order."""
    used = []
    for name in sorted(n for n in archive.namelist() if DAY_FILE.match(n)):
        channel = name.split("/")[0]
        for message in json.loads(archive.read(name).decode("utf-8")):
            if not isinstance(message, dict):
                continue
            subtype = message.get("subtype")
            author = author_of(message, subtype)
            if message.get("type", "message") != "message" or (subtype is not None and subtype not in TALK):
                continue
            if isinstance(message.get("ts"), str) and author is not None:
                used.append((channel, subtype, author, message))
    return used


def figures(path):
    with zipfile.ZipFile(path) as archive:
        users = json.loads(archive.read("users.json").decode("utf-8"))
        used = used_messages(archive)
    people = [u["id"] for u in users if isinstance(u, dict) and u.get("id")]
    bots = {u["id"] for u in users
            if isinstance(u, dict) and u.get("id") and (u.get("is_bot") or u["id"] == "USLACKBOT")}
    directory = set(people)
    seen = set(people)
    roots = {(channel, m["ts"]): author for channel, _, author, m in used}
    messages, created, reacted = {}, set(), set()
    for channel, subtype, author, message in used:
        seen.add(author)
        if subtype == "bot_message" and author not in directory:
            bots.add(author)
    for channel, subtype, author, message in used:
        thread = message.get("thread_ts")
        is_reply = (isinstance(thread, str) and thread != message["ts"]) or subtype == "file_comment"
        if isinstance(thread, str) and thread != message["ts"]:
            target = roots.get((channel, thread)) or message.get("parent_user_id")
            if target:
                seen.add(target)
        elif subtype == "file_comment" and (message.get("file") or {}).get("user"):
            seen.add(message["file"]["user"])
        seen.update(mentions_of(message, subtype))
        for reaction in message.get("reactions") or []:
            for reactor in reaction.get("users") or []:
                if isinstance(reactor, str):
                    seen.add(reactor)
                    reacted.add(reactor)
        if subtype != "bot_message" and author not in bots:
            messages[author] = messages.get(author, 0) + 1
            if not is_reply:
                created.add(author)
    humans = sorted(p for p in seen if p not in bots)
    counts = [messages.get(p, 0) for p in humans]
    n, total = len(counts), sum(counts)
    gini = sum(abs(a - b) for a in counts for b in counts) / (2 * n * total) if total else 0.0
    descending = sorted(counts, reverse=True)

    def top(divisor):
        return sum(descending[:-(-n // divisor)]) / total if total else None

    creators = sum(1 for p in humans if p in created)
    contributors = sum(1 for p in humans if p not in created and (messages.get(p, 0) > 0 or p in reacted))
    return {
        "description": "Participation of the sample export computed by Scripts/reference_participation.py "
                       "(definitions in its docstring), independently of the Swift code.",
        "command": "python3 Scripts/reference_participation.py Samples/slack-export.zip",
        "people": n,
        "posters": sum(1 for c in counts if c > 0),
        "messages": total,
        "gini": gini,
        "top_1_percent_share": top(100),
        "top_10_percent_share": top(10),
        "creators": creators,
        "contributors": contributors,
        "observers": n - creators - contributors,
        "active_share": (creators + contributors) / n if n else None,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", help="a zipped Slack export")
    json.dump(figures(parser.parse_args().export), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
