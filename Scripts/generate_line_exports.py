#!/usr/bin/env python3
"""Writes a seeded Mattermost bulk export or WhatsApp chat for the import benchmark (standard library only).

    generate_line_exports.py FORMAT OUT --bytes N [--seed S] [--people P] [--style android|ios]

FORMAT is `mattermost` (a bulk export, JSONL: the `version` line, a `team`, its `channel`s, `user`s with
`position`, `teams` and the other members an export writes, then `post`s with nested `replies` and
`reactions`, `@username` mentions (a few of nobody listed, some broadcasts, some inside e-mail addresses) and
a few bot posts, then `direct_channel`s and `direct_post`s) or `whatsapp` (a chat `.txt`: `--style android`
writes `12/31/23, 9:41 PM - Name: text` with U+202F before the meridiem, `--style ios` writes
`[31/12/2023, 21:41:05] Name: text` with U+200E marks and phone numbers wrapped in U+202A/U+202C; each file
one style, as a phone writes it; multi-line messages, system lines, media and deleted notices, `@Name`
mentions of participants). OUT is one file of about N bytes. Texts mix ASCII, non-ASCII and emoji. Output is
identical for the same arguments.
"""
import argparse
import json
import random

WORDS = ("deploy merge review build test ship latency graph budget plan café naïve 東京 données "
         "\"quoted\" back\\slash ✓ 🚀 Grüße żółw").split(" ")
TITLES = ("Engineer", "Senior Engineer", "Staff Engineer", "Engineering Manager", "Director of Sales",
          "VP Product", "Designer", "", "Chief Technology Officer")
FIRST = ("Ana", "Bo", "Çağla", "Dmitri", "Eun-ji", "Fatima", "Gustav", "Hana", "Iñigo", "Jun", "Kofi", "Łukasz",
         "Zoë", "Mateo", "Nia", "Olu")
LAST = ("Lee", "Kim", "Föx", "Ivanov", "Park", "Haddad", "Ångström", "Sato", "Ibarra", "Wu", "Mensah", "Nowak")
START_MS = 1714550400000


def words(rng, low=4, high=40):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def mattermost_text(rng, usernames):
    parts = [words(rng)]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        roll = rng.random()
        if roll < 0.8:
            parts.insert(rng.randint(0, len(parts)), "@" + rng.choice(usernames))
        elif roll < 0.9:
            parts.append(rng.choice(("@here", "@channel", "@all")))
        elif roll < 0.95:
            parts.append("@nobody%d" % rng.randint(0, 9))
        else:
            parts.append("mail %s@corp.example" % rng.choice(usernames))
    return " ".join(parts)


def mattermost_lines(rng, people):
    usernames = ["user%03d.%s" % (k, rng.choice(("a", "b", "dev"))) for k in range(people)]
    channels = ["town-square", "off-topic"] + ["ch-%02d" % k for k in range(18)]
    yield {"type": "version", "version": 1}
    yield {"type": "team", "team": {"name": "eng", "display_name": "Engineering", "type": "O",
                                    "description": "", "allow_open_invite": False}}
    for name in channels:
        yield {"type": "channel", "channel": {"team": "eng", "name": name, "display_name": name, "type": "O",
                                              "header": "", "purpose": "talk about %s" % name}}
    for k, username in enumerate(usernames):
        yield {"type": "user", "user": {
            "username": username, "email": "%s@corp.example" % username, "auth_service": "", "auth_data": None,
            "nickname": "", "first_name": rng.choice(FIRST), "last_name": rng.choice(LAST),
            "position": rng.choice(TITLES), "roles": "system_user", "locale": "en", "delete_at": 0,
            "teams": [{"name": "eng", "roles": "team_user", "channels": [
                {"name": c, "roles": "channel_user", "favorite": False} for c in rng.sample(channels, 3)]}],
            "notify_props": {"desktop": "mention", "email": "true", "mention_keys": username}}}
    index = 0
    while True:
        index += 1
        create = START_MS + index * 61000
        direct = rng.random() < 0.1
        post = {"team": "eng", "channel": rng.choice(channels)} if not direct else {
            "channel_members": sorted(rng.sample(usernames, 2))}
        post.update({"user": rng.choice(usernames), "message": mattermost_text(rng, usernames), "props": {},
                     "create_at": create, "edit_at": 0, "flagged_by": None, "is_pinned": False, "attachments": None})
        if rng.random() < 0.02:
            post["props"] = {"from_bot": "true", "attachments": [{"text": words(rng)}]}
        replies = []
        for r in range(rng.choice((0, 0, 0, 1, 2, 4))):
            replies.append({"user": rng.choice(usernames), "message": mattermost_text(rng, usernames),
                            "create_at": create + 1000 * (r + 1), "edit_at": 0, "flagged_by": None,
                            "reactions": None, "attachments": None})
        post["replies"] = replies
        post["reactions"] = [{"user": u, "emoji_name": rng.choice(("+1", "tada", "eyes")), "create_at": create + 5}
                             for u in rng.sample(usernames, rng.choice((0, 0, 1, 2)))]
        kind = "direct_post" if direct else "post"
        yield {"type": kind, kind: post}


def phone(rng):
    return "+%d %d %d" % (rng.randint(1, 99), rng.randint(100, 999), rng.randint(100000, 999999))


def whatsapp_lines(rng, people, style):
    ios = style == "ios"
    names = sorted({"%s %s" % (rng.choice(FIRST), rng.choice(LAST)) for _ in range(people)})
    senders = names + [phone(rng) for _ in range(max(1, people // 10))]
    seconds = 1704067200 + 3600 * 9
    if ios:
        yield "\u200e[01/01/2024, 09:00:00] Team: \u200eMessages and calls are end-to-end encrypted."
    else:
        yield ("1/1/24, 9:00\u202fAM - Messages and calls are end-to-end encrypted. "
               "No one outside of this chat can read them.")
    while True:
        seconds += rng.randint(1, 400)
        days, rest = divmod(seconds, 86400)
        hour, minute, second = rest // 3600, rest // 60 % 60, rest % 60
        year, month, day = civil(days)
        if ios:
            head = "[%02d/%02d/%04d, %02d:%02d:%02d] " % (day, month, year, hour, minute, second)
        else:
            meridiem = "PM" if hour >= 12 else "AM"
            space = "\u202f" if rng.random() < 0.5 else " "
            head = "%d/%d/%02d, %d:%02d%s%s - " % (month, day, year % 100, (hour + 11) % 12 + 1, minute, space,
                                                  meridiem)
        sender = rng.choice(senders)
        shown = "\u202a%s\u202c" % sender if ios and sender.startswith("+") else sender
        roll = rng.random()
        if roll < 0.01:
            yield head + ("Team: \u200e%s left" % sender if ios else "%s left" % sender)
        elif roll < 0.02:
            yield head + ("Team: \u200e%s added %s" % (sender, rng.choice(names)) if ios
                          else "%s added %s" % (sender, rng.choice(names)))
        elif roll < 0.05:
            yield head + shown + ": " + ("\u200eimage omitted" if ios else "<Media omitted>")
        elif roll < 0.06:
            yield head + shown + ": This message was deleted"
        else:
            text = words(rng, 2, 30)
            if rng.random() < 0.15:
                text = "@%s %s" % (rng.choice(names), text)
            if rng.random() < 0.1:
                text += "\n" + words(rng, 1, 12) + ("\n\n" + words(rng, 1, 8) if rng.random() < 0.3 else "")
            yield head + shown + ": " + text


def civil(days):
    """The proleptic Gregorian date of `days` since 1970-01-01 (H. Hinnant's civil_from_days)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def main():
    parser = argparse.ArgumentParser(description="Seeded Mattermost JSONL or WhatsApp chat for benchmarks.")
    parser.add_argument("format", choices=("mattermost", "whatsapp"))
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--style", choices=("android", "ios"), default="android")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.format == "mattermost":
        lines = (json.dumps(v, ensure_ascii=False, separators=(",", ":")) for v in mattermost_lines(rng, args.people))
    else:
        lines = whatsapp_lines(rng, args.people, args.style)
    written = 0
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            if written >= args.bytes:
                break
            data = line + "\n"
            out.write(data)
            written += len(data.encode("utf-8"))


if __name__ == "__main__":
    main()
