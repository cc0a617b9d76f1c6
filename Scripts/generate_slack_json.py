#!/usr/bin/env python3
"""Writes a seeded, Slack-like export for the import benchmark (standard library only).

    generate_slack_json.py OUT --bytes N [--files K] [--seed S]

OUT gets `users.json` (2,000 people) and K day files `cNN/YYYY-MM-DD.json` of about N/K bytes each, spread over
up to 20 channel folders. Messages look like a modern export: `type`, `user`, `text` with `<@U…>` mentions,
non-ASCII and escaped characters, `ts`, every third one in a thread (`thread_ts`, `parent_user_id`), some with
`reactions` and rich-text `blocks`, a few `channel_join` events. With K = 1 the one day file is one JSON array of
N bytes: the file the JSON readers are compared on.
"""
import argparse
import json
import os
import random

WORDS = ("deploy merge review build test ship latency graph budget plan café naïve 東京 données "
         "\"quoted\" back\\slash tab\there line\nbreak ✓ 🚀").split(" ")


def message(rng, people, ts, roots):
    user = rng.choice(people)
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 40))]
    mentioned = rng.sample(people, rng.randint(0, 2))
    text = " ".join(["<@%s>" % m for m in mentioned] + words)
    result = {"client_msg_id": "%08x-0000-4000-8000-%012x" % (rng.getrandbits(32), rng.getrandbits(48)),
              "type": "message", "text": text, "user": user, "ts": "%d.%06d" % (ts, rng.randint(0, 999999)),
              "team": "T0001", "user_profile": {"real_name": "Person " + user, "display_name": user.lower()}}
    if rng.random() < 0.02:
        result["subtype"] = "channel_join"
    if roots and rng.random() < 0.33:
        root_ts, root_user = rng.choice(roots)
        result["thread_ts"] = root_ts
        result["parent_user_id"] = root_user
    else:
        roots.append((result["ts"], user))
        del roots[:-50]
    if rng.random() < 0.3:
        result["reactions"] = [{"name": "+1", "users": rng.sample(people, 3), "count": 3}]
    if rng.random() < 0.5:
        elements = [{"type": "user", "user_id": m} for m in mentioned] + [{"type": "text", "text": " ".join(words)}]
        result["blocks"] = [{"type": "rich_text", "block_id": "b%d" % ts, "elements": [
            {"type": "rich_text_section", "elements": elements}]}]
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--files", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    people = ["U%07d" % index for index in range(2000)]
    os.makedirs(arguments.out, exist_ok=True)
    with open(os.path.join(arguments.out, "users.json"), "w", encoding="utf-8") as handle:
        json.dump([{"id": p, "name": p.lower(), "real_name": "Person " + p, "profile": {"title": "Engineer"}}
                   for p in people], handle)
    per_file = arguments.bytes // arguments.files
    ts = 1_600_000_000
    for index in range(arguments.files):
        folder = os.path.join(arguments.out, "c%02d" % (index % 20))
        os.makedirs(folder, exist_ok=True)
        day = "%04d-%02d-%02d" % (2001 + index // 336, 1 + index // 28 % 12, 1 + index % 28)
        roots = []
        with open(os.path.join(folder, day + ".json"), "w", encoding="utf-8") as handle:
            handle.write("[\n")
            written = 2
            first = True
            while written < per_file:
                ts += rng.randint(1, 30)
                line = ("" if first else ",\n") + json.dumps(message(rng, people, ts, roots), ensure_ascii=False)
                handle.write(line)
                written += len(line.encode("utf-8"))
                first = False
            handle.write("\n]\n")


if __name__ == "__main__":
    main()
