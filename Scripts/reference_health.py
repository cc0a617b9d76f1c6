#!/usr/bin/env python3
"""Conversation health and participation per group of a zipped Slack export, independently of Crosstalk's Swift code.

Reads the export zip as Scripts/reference_participation.py does (its `used_messages` and the Slack author and
mention rules of Scripts/slack_export_counts.py are imported, not copied) and the org chart CSV with the csv
module, and prints the figures of docs/json.md `health` and `participation.by_*` / `windows` that
`crosstalk analyze EXPORT.zip --org CHART.csv --window month --format json` must reproduce. The definitions,
restated here from docs/json.md:

- People: every user of users.json plus every id a used message names as author, mention, reactor or answered
  author, minus the bots (users.json is_bot, USLACKBOT, bot_message authors outside users.json). A message is a
  bot's when its subtype is bot_message or its author is a bot.
- Org join: a person's chart row is the one whose e-mail equals their users.json profile e-mail (case-insensitive);
  department = the row's department, level = its depth in the manager tree (a row without a manager is 0),
  written as a number.
- Threads: a root is a used message that is not a reply (a reply has thread_ts != ts, or is a file_comment); a
  reply belongs to the thread of the root (channel, thread_ts) when that message is used, else to none (orphan).
  Only roots by people count; size = messages by people in the thread, depth = largest depth of those (a Slack
  reply has depth 1); answered = a person other than the starter wrote in it; time to first reply = earliest
  such message's ts minus the root's ts, in seconds; median and 90th percentile by linear interpolation at
  position p (n - 1) of the sorted values.
- Replies: messages by people that are replies; reply-to-post ratio = replies / threads.
- Ties: distinct (source, target) pairs of the reply and mention interactions (source != target, neither side a
  bot, no bot message), per group by the source's department or level and per month by the message's month; per
  channel the reply pairs of the channel's messages. Reciprocated: the reverse pair is a tie of the same scope.
- Groups: threads by the starter's department / level / root channel / root month; replies by their own author,
  channel and month. Participation per department / level: the people of that group with all their messages;
  per channel: people who posted or reacted in it, with their messages there; per month: every person with the
  messages of that month and the reactions on them. Gini by the double sum over pairs, top shares of the
  ceil(n/100) and ceil(n/10) largest, creators with a root, contributors the other posters and reactors.

Run: python3 Scripts/reference_health.py Samples/slack-export.zip Samples/org-chart.csv \
       > Tests/IntegrationTests/Fixtures/sample_health.json
"""
import argparse
import collections
import csv
import datetime
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_participation import used_messages  # noqa: E402
from slack_export_counts import mentions_of  # noqa: E402


def read_org(path):
    """{lower-case e-mail: (department, level)}, level the depth below a row without a manager."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    manager = {r["person_id"]: r["manager_id"] for r in rows}

    def depth(person):
        steps = 0
        while manager.get(person):
            person, steps = manager[person], steps + 1
        return steps
    return {r["email"].lower(): (r["department"] or None, str(depth(r["person_id"]))) for r in rows}


def statistics(values):
    ordered = sorted(values)

    def quantile(p):
        position = p * (len(ordered) - 1)
        below = int(position)
        above = min(below + 1, len(ordered) - 1)
        return ordered[below] + (ordered[above] - ordered[below]) * (position - below)
    if not ordered:
        return {"count": 0, "mean": None, "median": None, "percentile_90": None, "maximum": None}
    return {"count": len(ordered), "mean": sum(ordered) / len(ordered), "median": quantile(0.5),
            "percentile_90": quantile(0.9), "maximum": ordered[-1]}


def month(ts):
    return datetime.datetime.fromtimestamp(float(ts), datetime.timezone.utc).strftime("%Y-%m")


def load(export, chart):
    with zipfile.ZipFile(export) as archive:
        users = json.loads(archive.read("users.json").decode("utf-8"))
        used = used_messages(archive)
    directory = {u["id"] for u in users if isinstance(u, dict) and u.get("id")}
    bots = {u["id"] for u in users
            if isinstance(u, dict) and u.get("id") and (u.get("is_bot") or u["id"] == "USLACKBOT")}
    bots |= {author for _, subtype, author, _ in used if subtype == "bot_message" and author not in directory}
    org = read_org(chart)
    group = {}
    for user in users:
        email = ((user.get("profile") or {}).get("email") or "").lower()
        group[user["id"]] = org.get(email, (None, None))
    messages, seen_keys = [], set()
    for channel, subtype, author, message in used:
        if (channel, message["ts"]) in seen_keys:
            continue
        seen_keys.add((channel, message["ts"]))
        thread = message.get("thread_ts")
        reply = isinstance(thread, str) and thread != message["ts"]
        messages.append({
            "channel": channel, "ts": message["ts"], "time": float(message["ts"]), "author": author,
            "bot": subtype == "bot_message" or author in bots, "message": message, "subtype": subtype,
            "root_key": (channel, thread) if reply else None, "is_reply": reply or subtype == "file_comment"})
    return users, messages, bots, group


def people_of(users, messages, bots):
    seen = {u["id"] for u in users if isinstance(u, dict) and u.get("id")}
    by_key = {(m["channel"], m["ts"]): m for m in messages}
    for m in messages:
        seen.add(m["author"])
        seen.update(mentions_of(m["message"], m["subtype"]))
        for reaction in m["message"].get("reactions") or []:
            seen.update(r for r in reaction.get("users") or [] if isinstance(r, str))
        target = answered_author(m, by_key)
        if target:
            seen.add(target[0])
    return sorted(p for p in seen if p not in bots)


def answered_author(m, by_key):
    """(author, is_bot_message) of the message m answers, or None."""
    if m["root_key"] is not None:
        root = by_key.get(m["root_key"])
        if root is not None:
            return root["author"], root["bot"]
        return (m["message"].get("parent_user_id"), False) if m["message"].get("parent_user_id") else None
    if m["subtype"] == "file_comment" and (m["message"].get("file") or {}).get("user"):
        return m["message"]["file"]["user"], False
    return None


def threads_of(messages, bots):
    """Threads started by people (in root order) and the indices of replies by people, with each reply's root."""
    index_of = {(m["channel"], m["ts"]): i for i, m in enumerate(messages)}
    root_of, depth_of = [], []
    for i, m in enumerate(messages):
        current, depth, visited = i, 0, set()
        while messages[current]["is_reply"]:
            parent = index_of.get(messages[current]["root_key"]) if messages[current]["root_key"] else None
            if parent is None or parent in visited:
                current = None
                break
            visited.add(current)
            current, depth = parent, depth + 1
        root_of.append(current)
        depth_of.append(depth if current is not None else 0)
    threads = {}
    for i, m in enumerate(messages):
        if root_of[i] == i and not m["bot"]:
            threads[i] = {"starter": m["author"], "channel": m["channel"], "time": m["time"], "size": 0, "depth": 0,
                          "answered": False, "first": None}
    for i, m in enumerate(messages):
        thread = threads.get(root_of[i])
        if m["bot"] or thread is None:
            continue
        thread["size"] += 1
        thread["depth"] = max(thread["depth"], depth_of[i])
        if m["author"] != thread["starter"]:
            thread["answered"] = True
            latency = m["time"] - thread["time"]
            thread["first"] = latency if thread["first"] is None else min(thread["first"], latency)
    replies = [i for i, m in enumerate(messages) if not m["bot"] and root_of[i] != i]
    return [threads[i] for i in sorted(threads)], replies, root_of


def tie_counts(pairs):
    """{key: (ties, reciprocated)} of (key, scope, source, target) tuples; the reverse pair needs the same scope."""
    present = {(scope, s, t) for _, scope, s, t in pairs}
    counts = collections.defaultdict(lambda: [0, 0])
    for key, scope, s, t in set(pairs):
        counts[key][0] += 1
        counts[key][1] += (scope, t, s) in present
    return counts


def health(threads, replies, root_of, ties):
    n = len(threads)
    answered = sum(1 for t in threads if t["answered"])
    tie, reciprocated = ties
    return {
        "threads": n,
        "size": statistics([t["size"] for t in threads]),
        "depth": statistics([t["depth"] for t in threads]),
        "answered": answered, "unanswered": n - answered,
        "unanswered_share": (n - answered) / n if n else None,
        "time_to_first_reply": statistics([t["first"] for t in threads if t["first"] is not None]),
        "undated_threads": 0, "answered_without_time": 0,
        "replies": len(replies), "orphan_replies": sum(1 for r in replies if root_of[r] is None),
        "reply_to_post_ratio": len(replies) / n if n else None,
        "ties": tie, "reciprocated_ties": reciprocated, "reciprocity": reciprocated / tie if tie else None,
    }


def participation(counts, created, reacted):
    n, total = len(counts), sum(counts)
    gini = sum(abs(a - b) for a in counts for b in counts) / (2 * n * total) if total else 0.0
    descending = sorted(counts, reverse=True)
    creators = sum(created)
    contributors = sum(1 for c, made, r in zip(counts, created, reacted) if not made and (c > 0 or r))
    return {
        "people": n, "posters": sum(1 for c in counts if c > 0), "messages": total, "gini": gini,
        "top_1_percent_share": sum(descending[:-(-n // 100)]) / total if total else None,
        "top_10_percent_share": sum(descending[:-(-n // 10)]) / total if total else None,
        "creators": creators, "contributors": contributors, "observers": n - creators - contributors,
        "active_share": (creators + contributors) / n if n else None,
    }


def months_between(first, last):
    year, number = int(first[:4]), int(first[5:])
    result = []
    while f"{year:04d}-{number:02d}" <= last:
        result.append(f"{year:04d}-{number:02d}")
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return result


def figures(export, chart):
    users, messages, bots, group = load(export, chart)
    humans = people_of(users, messages, bots)
    threads, replies, root_of = threads_of(messages, bots)
    by_key = {(m["channel"], m["ts"]): m for m in messages}
    pairs, channel_pairs = [], []
    for m in messages:
        target = answered_author(m, by_key)
        if target and not m["bot"] and not target[1] and target[0] not in bots and target[0] != m["author"]:
            pairs.append((m["author"], target[0], month(m["ts"])))
            channel_pairs.append((m["channel"], m["channel"], m["author"], target[0]))
        for mentioned in mentions_of(m["message"], m["subtype"]):
            if not m["bot"] and mentioned not in bots and mentioned != m["author"]:
                pairs.append((m["author"], mentioned, month(m["ts"])))
    departments = sorted({group.get(p, (None, None))[0] for p in humans} - {None})
    levels = sorted({group.get(p, (None, None))[1] for p in humans} - {None}, key=lambda level: (int(level), level))
    channels = sorted({m["channel"] for m in messages})
    human_times = [m["ts"] for m in messages if not m["bot"]]
    months = months_between(month(min(human_times, key=float)), month(max(human_times, key=float)))

    def health_groups(names, thread_key, reply_key, ties):
        result = []
        for name in names:
            chosen = [t for t in threads if thread_key(t) == name]
            chosen_replies = [r for r in replies if reply_key(messages[r]) == name]
            if chosen or chosen_replies or name in ties:
                result.append(dict(name=name, **health(chosen, chosen_replies, root_of, ties.get(name, (0, 0)))))
        return result

    def attribute(position):
        return lambda person: group.get(person, (None, None))[position]

    whole_ties = tie_counts([("", "", s, t) for s, t, _ in pairs])
    result = {
        "description": "Conversation health and participation per group of the sample export and org chart, "
                       "computed by Scripts/reference_health.py (definitions in its docstring), independently of "
                       "the Swift code.",
        "command": "python3 Scripts/reference_health.py Samples/slack-export.zip Samples/org-chart.csv",
        "health": dict(**health(threads, replies, root_of, whole_ties.get("", (0, 0)))),
    }
    for key, names, position in (("by_department", departments, 0), ("by_level", levels, 1)):
        of = attribute(position)
        ties = tie_counts([(of(s), "", s, t) for s, t, _ in pairs])
        result["health"][key] = health_groups(names, lambda t: of(t["starter"]), lambda m: of(m["author"]), ties)
    result["health"]["by_channel"] = health_groups(
        channels, lambda t: t["channel"], lambda m: m["channel"], tie_counts(channel_pairs))
    month_ties = tie_counts([(label, label, s, t) for s, t, label in pairs])
    result["health"]["windows"] = [
        dict(label=label, **health([t for t in threads if month(str(t["time"])) == label],
                                   [r for r in replies if month(messages[r]["ts"]) == label], root_of,
                                   month_ties.get(label, (0, 0))))
        for label in months]
    result["participation"] = participation_groups(messages, humans, group, departments, levels, channels, months)
    return result


def participation_groups(messages, humans, group, departments, levels, channels, months):
    def tally(scope_of):
        sent, created, reacted, members = collections.Counter(), set(), set(), collections.defaultdict(set)
        human_set = set(humans)
        for m in messages:
            scope = scope_of(m)
            for reaction in m["message"].get("reactions") or []:
                for reactor in reaction.get("users") or []:
                    if reactor in human_set:
                        reacted.add((scope, reactor))
                        members[scope].add(reactor)
            if not m["bot"]:
                sent[(scope, m["author"])] += 1
                members[scope].add(m["author"])
                if not m["is_reply"]:
                    created.add((scope, m["author"]))
        return lambda scope, people: participation(
            [sent[(scope, p)] for p in people], [(scope, p) in created for p in people],
            [(scope, p) in reacted for p in people]), members

    whole, _ = tally(lambda m: "")
    by_channel, channel_members = tally(lambda m: m["channel"])
    by_month, _ = tally(lambda m: month(m["ts"]))
    return {
        "by_department": [dict(name=d, **whole("", [p for p in humans if group.get(p, (None,))[0] == d]))
                          for d in departments],
        "by_level": [dict(name=v, **whole("", [p for p in humans if group.get(p, (None, None))[1] == v]))
                     for v in levels],
        "by_channel": [dict(name=c, **by_channel(c, sorted(channel_members[c]))) for c in channels
                       if channel_members[c]],
        "windows": [dict(label=label, **by_month(label, humans)) for label in months],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", help="a zipped Slack export")
    parser.add_argument("chart", help="the org chart CSV (person_id, email, department, manager_id)")
    arguments = parser.parse_args()
    json.dump(figures(arguments.export, arguments.chart), sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
