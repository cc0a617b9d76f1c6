#!/usr/bin/env python3
"""Writes a seeded Viva Engage (Yammer) or DiscordChatExporter CSV export for the import benchmark (standard
library only).

    generate_csv_exports.py FORMAT OUT --bytes N [--seed S] [--people P]

FORMAT is `yammer`: OUT is a folder holding `Messages.csv` (the network data export's columns, `id,
replied_to_id, thread_id, conversation_id, group_id, group_name, participants, in_private_group,
in_private_conversation, sender_id, sender_type, sender_name, sender_email, body, api_url, attachments,
deleted_by_id, deleted_by_type, created_at, deleted_at`; about a third of the rows reply through
`replied_to_id` to one of the last 50, bodies carry `[[user:N]]` mentions, about one row in 12 is a private
message with `participants`, a few are deleted or from a `system` sender), `Users.csv` (`id, name, email,
job_title, location, department, api_url, joined_at, deleted_at, suspended_at, state, guid`) and `Groups.csv`
(`id, name, description, privacy, ...`). Or `discord-csv`: OUT is one channel file in DiscordChatExporter's
CSV columns `AuthorID,Author,Date,Content,Attachments,Reactions` with ISO 8601 dates and `<@id>` mentions.

Messages.csv (or the channel file) grows to about N bytes. Texts mix ASCII, non-ASCII, emoji, quotes,
embedded commas and line breaks, quoted as RFC 4180 requires (`csv` module, `\\n` line ends). Output is
identical for the same arguments.
"""
import argparse
import csv
import io
import os
import random

WORDS = ("deploy merge review build test ship latency graph budget plan, café naïve 東京 données "
         "\"quoted\" semi;colon line\nbreak ✓ 🚀 the a of to and").split(" ")
DEPARTMENTS = ("Engineering", "Product", "Sales", "Finance", "Support", "Recherche & Développement")
TITLES = ("Software Engineer", "Director of Engineering", "Product Manager", "Account Executive, EMEA",
          "VP Sales", "Support Lead", "Ingénieure")
NAMES = ("Ana Ruiz", "Björn Ødegård", "Chen Wei", "Dana \"DJ\" Jones", "Émile Zola", "Farah Khan", "Gus Li")


def words(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))


def stamp(index):
    day, second = 1 + index // 40000 % 28, index * 2 % 86400
    return day, second // 3600, second // 60 % 60, second % 60


def writer(handle):
    return csv.writer(handle, lineterminator="\n")


def yammer(out, size, rng, people):
    os.makedirs(out, exist_ok=True)
    ids = [1500000 + k for k in range(people)]
    groups = [(100 + k, "Group %d %s" % (k, rng.choice(("café", "ops", "all-hands, EU")))) for k in range(40)]
    with open(os.path.join(out, "Users.csv"), "w", encoding="utf-8", newline="") as handle:
        rows = writer(handle)
        rows.writerow(["id", "name", "email", "job_title", "location", "department", "api_url", "joined_at",
                       "deleted_at", "suspended_at", "state", "guid"])
        for k, user in enumerate(ids):
            deleted = "2024-02-01 00:00:00 +0000" if k % 97 == 5 else ""
            rows.writerow([user, "%s %d" % (NAMES[k % len(NAMES)], k), "u%d@corp.example" % user,
                           rng.choice(TITLES), rng.choice(("Madrid", "Oslo", "", "Zürich")),
                           rng.choice(DEPARTMENTS), "https://www.yammer.com/api/v1/users/%d" % user,
                           "2020-01-01 00:00:00 +0000", deleted, "", "soft_delete" if deleted else "active",
                           "guid-%d" % user])
    with open(os.path.join(out, "Groups.csv"), "w", encoding="utf-8", newline="") as handle:
        rows = writer(handle)
        rows.writerow(["id", "name", "description", "privacy", "api_url", "created_at", "deleted_at"])
        for group, name in groups:
            rows.writerow([group, name, words(rng), rng.choice(("public", "private")),
                           "https://www.yammer.com/api/v1/groups/%d" % group, "2020-01-01 00:00:00 +0000", ""])
    with open(os.path.join(out, "Messages.csv"), "w", encoding="utf-8", newline="") as handle:
        buffer = io.StringIO()
        rows = writer(buffer)
        rows.writerow(["id", "replied_to_id", "thread_id", "conversation_id", "group_id", "group_name",
                       "participants", "in_private_group", "in_private_conversation", "sender_id", "sender_type",
                       "sender_name", "sender_email", "body", "api_url", "attachments", "deleted_by_id",
                       "deleted_by_type", "created_at", "deleted_at"])
        written, index, recent = 0, 0, []
        while written < size:
            message = 900000000 + index
            sender = rng.randrange(people)
            private = rng.random() < 1 / 12
            reply = recent and rng.random() < 1 / 3
            parent = rng.choice(recent) if reply else None
            thread = parent[1] if parent else message
            mentioned = rng.sample(ids, rng.randint(0, 2))
            body = " ".join("[[user:%d]]" % m for m in mentioned) + " " + words(rng)
            group_id, group_name = ("", "") if private else rng.choice(groups)
            participants = ("user:%d,user:%d" % (ids[sender], rng.choice(ids))) if private else ""
            system = rng.random() < 0.01
            deleted = rng.random() < 0.01
            day, hour, minute, second = stamp(index)
            created = "2024-03-%02d %02d:%02d:%02d +0000" % (day, hour, minute, second)
            rows.writerow([message, parent[0] if parent else "", thread, thread, group_id,
                           group_name if rng.random() < 0.8 else "", participants,
                           "false", "true" if private else "false", ids[sender], "system" if system else "user",
                           NAMES[sender % len(NAMES)], "u%d@corp.example" % ids[sender], body,
                           "https://www.yammer.com/api/v1/messages/%d" % message,
                           "uploadedfile:%d" % index if index % 50 == 0 else "",
                           ids[0] if deleted else "", "user" if deleted else "", created,
                           created if deleted else ""])
            recent = (recent + [(message, thread)])[-50:]
            index += 1
            if index % 1000 == 0 or written + buffer.tell() >= size:
                written += flush(buffer, handle)
        handle.write(buffer.getvalue())


def flush(buffer, handle):
    """Writes what `buffer` holds to `handle`, empties it, and returns the UTF-8 bytes written."""
    text = buffer.getvalue()
    handle.write(text)
    buffer.seek(0)
    buffer.truncate()
    return len(text.encode("utf-8"))


def discord_csv(out, size, rng, people):
    authors = [(str(300000000000000000 + k * 7919), "user%d#%04d" % (k, k % 10000)) for k in range(people)]
    with open(out, "w", encoding="utf-8", newline="") as handle:
        buffer = io.StringIO()
        rows = writer(buffer)
        rows.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
        written, index = 0, 0
        while written < size:
            author = rng.choice(authors)
            mentions = " ".join(rng.choice(("<@%s>", "<@!%s>", "@%s")) % rng.choice(authors)[0]
                                for _ in range(rng.randint(0, 2)))
            day, hour, minute, second = stamp(index)
            date = "2024-03-%02dT%02d:%02d:%02d.%03d+00:00" % (day, hour, minute, second, index % 1000)
            attachment = "https://cdn.discordapp.com/attachments/1/%d/image.png" % index if index % 40 == 0 else ""
            reactions = rng.choice(("", "", "", "👍 (2)", "🚀 (1),✓ (3)"))
            rows.writerow([author[0], author[1], date, (mentions + " " + words(rng)).strip(), attachment,
                           reactions])
            index += 1
            if index % 1000 == 0:
                written += flush(buffer, handle)
        handle.write(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("format", choices=("yammer", "discord-csv"))
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=2000)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    generate = yammer if arguments.format == "yammer" else discord_csv
    generate(arguments.out, arguments.bytes, rng, arguments.people)


if __name__ == "__main__":
    main()
