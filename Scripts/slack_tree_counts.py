#!/usr/bin/env python3
"""Counts a Slack API-dump folder tree (slack-haskell-jp's layout) independently of Crosstalk's Swift importer.

Standard library only. Prints one JSON object of figures that `crosstalk analyze FOLDER --format json` must
reproduce. The rules restate FORMATS.md §1 (API-dump layouts) and DESIGN.md, not the Swift code:

- The tree's root is the folder holding `.users.json` (a plain `{id: name}` directory). Every `.json` file below
  it is a message file, except hidden files and directory files; a file is an array of message objects or an
  object whose `messages` member is that array.
- The channel is the first folder below the root. A file named `<ts>.json` holds one thread: its first message
  (ts equal to the name) is the root, every other message a reply to it, even without `thread_ts`.
- A message is identified by (channel, ts). Thread files are read before page files; a message seen again is a
  `duplicate`. Talk: `type` "message", no subtype or a talk subtype, a string `ts` and a `user`.
- People: every id of the directory, plus every author, mentioned id and answered author. The one bot the
  layout can name is Slackbot (`USLACKBOT`); interactions with it are left out and counted.
- Replies answer the thread root's author; mentions are the distinct `<@ID>` / `<@ID|label>` tokens of the text
  (ID letters and digits). Self-interactions are left out and counted.

Run: python3 Scripts/slack_tree_counts.py ../shared/data/slack-haskell-jp \
       > Tests/IntegrationTests/Fixtures/slack_haskell_jp_counts.json
"""
import argparse
import collections
import json
import os
import re
import sys

TALK = {"thread_broadcast", "reply_broadcast", "me_message", "file_share", "file_comment", "bot_message"}
TS = re.compile(r"^\d+\.\d+$")
MENTION = re.compile(r"<@([^>|]*)[^>]*>")


def find_root(top):
    for folder, _, names in sorted(os.walk(top), key=lambda item: (item[0].count(os.sep), item[0])):
        if ".users.json" in names:
            return folder
    raise SystemExit("no .users.json below " + top)


def message_files(root):
    """(channel, thread ts or None, path), thread files first, each group in path order."""
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            if not name.endswith(".json") or name.startswith("."):
                continue
            relative = os.path.relpath(os.path.join(folder, name), root).split(os.sep)
            base = name[: -len(".json")]
            channel = relative[0] if len(relative) > 1 else base
            found.append((channel, base if TS.match(base) else None, "/".join(relative)))
    found.sort(key=lambda item: (item[1] is None, item[2]))
    return found


def elements(path):
    document = json.load(open(path, encoding="utf-8"))
    return document.get("messages", []) if isinstance(document, dict) else document


def count(top):
    root = find_root(top)
    directory = json.load(open(os.path.join(root, ".users.json"), encoding="utf-8"))
    people = [identifier for identifier in directory if identifier]
    files = message_files(root)
    seen = set()
    skipped = collections.Counter()
    used = []
    objects = 0
    for channel, thread, relative in files:
        for message in elements(os.path.join(root, relative)):
            objects += 1
            subtype = message.get("subtype") if isinstance(message, dict) else None
            if not isinstance(message, dict):
                skipped["malformed_message"] += 1
            elif message.get("type", "message") != "message":
                skipped["not_a_message"] += 1
            elif subtype is not None and subtype not in TALK:
                skipped[subtype] += 1
            elif not isinstance(message.get("ts"), str):
                skipped["missing_ts"] += 1
            elif not (message.get("user") or "").strip():
                skipped["missing_author"] += 1
            elif (channel, message["ts"]) in seen:
                skipped["duplicate"] += 1
            else:
                seen.add((channel, message["ts"]))
                used.append((channel, thread, message))
    authors = {(channel, m["ts"]): m["user"].strip() for channel, _, m in used}
    everyone = list(people)
    known = set(everyone)

    def person(identifier):
        if identifier not in known:
            known.add(identifier)
            everyone.append(identifier)

    interactions = collections.Counter()
    self_interactions = 0
    bot_interactions = 0
    bots = {"USLACKBOT"}
    threads = set()
    replies = 0
    for channel, thread, message in used:
        person(message["user"].strip())
    for channel, thread, message in used:
        author = message["user"].strip()
        root_ts = message.get("thread_ts") or thread
        if root_ts is not None and root_ts != message["ts"]:
            replies += 1
            threads.add((channel, root_ts))
            target = authors.get((channel, root_ts)) or message.get("parent_user_id")
            if target:
                person(target)
                if target == author:
                    self_interactions += 1
                elif target in bots or author in bots:
                    bot_interactions += 1
                else:
                    interactions["reply"] += 1
        mentioned = []
        for token in MENTION.findall(message.get("text") or ""):
            if token and token.isalnum() and token not in mentioned:
                mentioned.append(token)
        for identifier in mentioned:
            person(identifier)
            if identifier == author:
                self_interactions += 1
            elif identifier in bots or author in bots:
                bot_interactions += 1
            else:
                interactions["mention"] += 1
    return {
        "description": "Figures counted from the raw API-dump tree by Scripts/slack_tree_counts.py (rules in its "
                       "docstring), independently of the Swift importer.",
        "command": "python3 Scripts/slack_tree_counts.py ../shared/data/slack-haskell-jp",
        "message_files": len(files),
        "thread_files": sum(1 for _, thread, _ in files if thread),
        "channels": len({channel for channel, _, _ in files}),
        "message_objects": objects,
        "messages_used": len(used),
        "records_skipped": dict(sorted(skipped.items())),
        "directory_people": len(people),
        "people": sum(1 for identifier in everyone if identifier not in bots),
        "threads_with_replies": len(threads),
        "replies": replies,
        "interactions": {kind: interactions[kind] for kind in ("reply", "mention", "reaction", "message")},
        "self_interactions": self_interactions,
        "bot_interactions": bot_interactions,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tree", help="a folder holding a Slack API-dump tree")
    arguments = parser.parse_args()
    json.dump(count(arguments.tree), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
