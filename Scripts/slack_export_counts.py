#!/usr/bin/env python3
"""Counts a standard Slack workspace export independently of Crosstalk's Swift importer.

Reads `users.json` and every `<folder>/YYYY-MM-DD.json` day file with the standard library only and prints one JSON
object of figures that `crosstalk analyze FOLDER --format json` must reproduce. The rules are DESIGN.md's and
FORMATS.md's, restated here from the export format, not from the Swift code:

- A message object is *used* (talk) when its `type` is "message" and its subtype is absent or one of
  thread_broadcast, reply_broadcast, me_message, file_share, file_comment, bot_message, and it has a `ts` and an
  author; every other object is skipped under its subtype (or `not_a_message`, `missing_ts`, `missing_author`).
- Author: `user`; for bot_message `bot_id`, else `username`, else `user`; for file_comment `comment.user`.
- A person is every user of users.json, plus every id that a used message names as author, mention, reactor or
  answered author. Bots: users.json `is_bot`, `USLACKBOT`, and authors of bot_message that are not in users.json.
- Mentions: distinct ids of `<@ID>` / `<@ID|label>` tokens (ID letters and digits) in the text (file_comment:
  `comment.comment`), plus `user_id` of `{"type": "user"}` block elements; each counts once per message,
  author → mentioned, unless it is a self-mention or either side is a bot.
- Reactions: every user listed in every reaction's `users`, reactor → author, self and bots excluded.
- Replies: a thread reply (`thread_ts` ≠ `ts`) answers its root's author (or `parent_user_id` when the root is
  not in the export); a file_comment answers the file's owner `file.user`; self and bots excluded.
- `self_interactions` counts the self-mentions, self-reactions and self-replies that are left out.

Run: python3 Scripts/slack_export_counts.py ../shared/data/slack-houstondatavis \
       > Tests/IntegrationTests/Fixtures/slack_houston_counts.json
"""
import argparse
import collections
import json
import os
import re
import sys

TALK = {"thread_broadcast", "reply_broadcast", "me_message", "file_share", "file_comment", "bot_message"}
DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
MENTION = re.compile(r"<@([^>|]*)[^>]*>")


def day_files(root):
    """Every `<folder>/YYYY-MM-DD.json`, in folder then file name order."""
    result = []
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if os.path.isdir(path):
            result += [os.path.join(folder, name) for name in sorted(os.listdir(path)) if DAY_FILE.match(name)]
    return result


def author_of(message, subtype):
    if subtype == "bot_message":
        candidates = [message.get("bot_id"), message.get("username"), message.get("user")]
    elif subtype == "file_comment":
        candidates = [(message.get("comment") or {}).get("user"), message.get("user")]
    else:
        candidates = [message.get("user")]
    return next((c.strip() for c in candidates if isinstance(c, str) and c.strip()), None)


def block_mentions(value, found):
    if isinstance(value, list):
        for element in value:
            block_mentions(element, found)
    elif isinstance(value, dict):
        if value.get("type") == "user" and isinstance(value.get("user_id"), str):
            found.append(value["user_id"])
        block_mentions(value.get("elements"), found)


def mentions_of(message, subtype):
    text = (message.get("comment") or {}).get("comment") if subtype == "file_comment" else message.get("text")
    found = []
    for token in MENTION.findall(text if isinstance(text, str) else ""):
        if token and token.isalnum():
            found.append(token)
    block_mentions(message.get("blocks"), found)
    distinct = []
    for identifier in found:
        if identifier and identifier not in distinct:
            distinct.append(identifier)
    return distinct


def count(root):
    users = json.load(open(os.path.join(root, "users.json"), encoding="utf-8"))
    people = [u["id"] for u in users if isinstance(u, dict) and u.get("id")]
    bots = {u["id"] for u in users
            if isinstance(u, dict) and u.get("id") and (u.get("is_bot") or u["id"] == "USLACKBOT")}
    directory = set(people)
    subtypes = collections.Counter()
    skipped = collections.Counter()
    used = []
    for name in day_files(root):
        channel = name.split(os.sep)[0]
        for message in json.load(open(os.path.join(root, name), encoding="utf-8")):
            if not isinstance(message, dict):
                subtypes["(not an object)"] += 1
                skipped["malformed_message"] += 1
                continue
            subtype = message.get("subtype")
            subtypes[subtype or "(none)"] += 1
            author = author_of(message, subtype)
            if message.get("type", "message") != "message":
                skipped["not_a_message"] += 1
            elif subtype is not None and subtype not in TALK:
                skipped[subtype] += 1
            elif not isinstance(message.get("ts"), str):
                skipped["missing_ts"] += 1
            elif author is None:
                skipped["missing_author"] += 1
            else:
                used.append((channel, subtype, author, message))
    roots = {(channel, m["ts"]): author for channel, _, author, m in used}
    seen = list(people)
    seen_set = set(seen)

    def person(identifier):
        if identifier not in seen_set:
            seen_set.add(identifier)
            seen.append(identifier)

    interactions = collections.Counter()
    left_out = collections.Counter()
    mention_edges = collections.Counter()

    def interact(kind, source, target, source_is_bot, target_is_bot):
        if source == target:
            left_out["self_interactions"] += 1
        elif source_is_bot or target_is_bot or source in bots or target in bots:
            left_out["bot_interactions"] += 1
        else:
            interactions[kind] += 1
            if kind == "mention":
                mention_edges[(source, target)] += 1

    for channel, subtype, author, message in used:
        person(author)
        if subtype == "bot_message" and author not in directory:
            bots.add(author)
    for channel, subtype, author, message in used:
        from_bot = subtype == "bot_message" or author in bots
        target = None
        thread = message.get("thread_ts")
        if isinstance(thread, str) and thread != message["ts"]:
            target = roots.get((channel, thread)) or message.get("parent_user_id") or None
        elif subtype == "file_comment":
            target = (message.get("file") or {}).get("user") or None
        if target is not None:
            person(target)
            interact("reply", author, target, from_bot, False)
        mentioned = mentions_of(message, subtype)
        if subtype in ("file_share", "file_comment"):
            mentioned = [m for m in mentioned if m != author]
        for identifier in mentioned:
            person(identifier)
            interact("mention", author, identifier, from_bot, False)
        for reaction in message.get("reactions") or []:
            for reactor in reaction.get("users") or []:
                if isinstance(reactor, str):
                    person(reactor)
                    interact("reaction", reactor, author, False, from_bot)

    human_messages = sum(1 for _, subtype, author, _ in used if subtype != "bot_message" and author not in bots)
    return {
        "description": "Figures counted from the raw Slack export by Scripts/slack_export_counts.py (rules in its "
                       "docstring), independently of the Swift importer.",
        "command": "python3 Scripts/slack_export_counts.py ../shared/data/slack-houstondatavis",
        "day_files": len(day_files(root)),
        "message_objects": sum(subtypes.values()),
        "message_objects_by_subtype": dict(sorted(subtypes.items())),
        "messages_used": len(used),
        "records_skipped": dict(sorted(skipped.items())),
        "human_messages": human_messages,
        "users_json_people": len(people),
        "people": sum(1 for p in seen if p not in bots),
        "bots": sorted(bots),
        "interactions": {kind: interactions[kind] for kind in ("reply", "mention", "reaction", "message")},
        "self_interactions": left_out["self_interactions"],
        "bot_interactions": left_out["bot_interactions"],
        "mention_edges": len(mention_edges),
        "mention_weight": sum(mention_edges.values()),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", help="an unzipped Slack export folder")
    arguments = parser.parse_args()
    json.dump(count(arguments.export), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
