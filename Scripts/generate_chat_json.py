#!/usr/bin/env python3
"""Writes a seeded Teams, Discord or Telegram JSON export for the import benchmark (standard library only).

    generate_chat_json.py FORMAT OUT --bytes N [--seed S] [--people P]

FORMAT is `teams` (a Graph `{"value": [chatMessage, ...]}` page: `from.user`, `replyToId`, `mentions`,
`reactions`, html `body`, `channelIdentity`, a few `systemEventMessage`s), `discord` (a DiscordChatExporter
channel export: `guild`, `channel`, `messages[]` with `author`, `reference.messageId` replies, `mentions`,
`reactions[].users`, `roles`) or `telegram` (a Desktop `result.json` chat: `messages[]` with `from_id`,
`reply_to_message_id`, `text` as a string or an array of entities, `text_entities` with `mention_name`, a few
`service` messages). OUT is one file of about N bytes, in the export's own layout (pretty-printed with one
space as DiscordChatExporter and Telegram Desktop do; Teams pages compact, as Graph returns them). About a
third of the messages reply to one of the last 50, texts mix ASCII, non-ASCII, emoji and escapes. Output is
identical for the same arguments.
"""
import argparse
import json
import random

WORDS = ("deploy merge review build test ship latency graph budget plan café naïve 東京 données "
         "\"quoted\" back\\slash tab\there line\nbreak ✓ 🚀").split(" ")


def words(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 40)))


def teams(rng, people, index, recent):
    sender = rng.choice(people)
    mentioned = rng.sample(people, rng.randint(0, 2))
    body = "".join('<at id="%d">%s</at> ' % (k, m[1]) for k, m in enumerate(mentioned)) + words(rng)
    result = {"id": str(1700000000000 + index * 7), "etag": str(index), "messageType": "message",
              "createdDateTime": "2024-05-%02dT%02d:%02d:%02d.%03dZ" % (
                  index // 86400 % 28 + 1, index // 3600 % 24, index // 60 % 60, index % 60, index % 1000),
              "lastModifiedDateTime": None, "deletedDateTime": None, "subject": None, "importance": "normal",
              "locale": "en-us", "from": {"application": None, "device": None, "user": {
                  "id": sender[0], "displayName": sender[1], "userIdentityType": "aadUser"}},
              "body": {"contentType": "html", "content": body},
              "channelIdentity": {"teamId": "team-1", "channelId": "19:c%d@thread.tacv2" % (index % 20)},
              "attachments": [], "mentions": [{"id": k, "mentionText": m[1], "mentioned": {"user": {
                  "id": m[0], "displayName": m[1], "userIdentityType": "aadUser"}}} for k, m in enumerate(mentioned)],
              "reactions": []}
    if recent and rng.random() < 0.33:
        result["replyToId"] = rng.choice(recent)
    else:
        recent.append(result["id"])
    if rng.random() < 0.3:
        result["reactions"] = [{"reactionType": "like", "createdDateTime": result["createdDateTime"],
                                "user": {"user": {"id": p[0], "displayName": p[1]}}} for p in rng.sample(people, 2)]
    if rng.random() < 0.02:
        result["messageType"] = "systemEventMessage"
    return result


def discord(rng, people, index, recent):
    sender = rng.choice(people)
    result = {"id": str(1190000000000000000 + index), "type": "Default",
              "timestamp": "2024-01-%02dT%02d:%02d:%02d.123+00:00" % (
                  index // 86400 % 28 + 1, index // 3600 % 24, index // 60 % 60, index % 60),
              "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False, "content": words(rng),
              "author": {"id": sender[0], "name": sender[1], "discriminator": "0000", "nickname": sender[1],
                         "color": None, "isBot": False, "roles": [{"id": "9", "name": "Maintainer",
                                                                   "color": None, "position": 1}],
                         "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png"},
              "attachments": [], "embeds": [], "stickers": [], "reactions": [],
              "mentions": [{"id": p[0], "name": p[1], "discriminator": "0000", "nickname": p[1], "isBot": False}
                           for p in rng.sample(people, rng.randint(0, 2))],
              "inlineEmojis": []}
    if recent and rng.random() < 0.33:
        result["type"] = "Reply"
        result["reference"] = {"messageId": rng.choice(recent), "channelId": "555", "guildId": "444"}
    else:
        recent.append(result["id"])
    if rng.random() < 0.3:
        result["reactions"] = [{"emoji": {"id": "", "name": "👍", "code": "thumbsup", "isAnimated": False,
                                          "imageUrl": "https://t.example/1f44d.svg"}, "count": 2,
                                "users": [{"id": p[0], "name": p[1], "discriminator": "0000", "nickname": p[1],
                                           "isBot": False} for p in rng.sample(people, 2)]}]
    return result


def telegram(rng, people, index, recent):
    sender = rng.choice(people)
    stamp = 1706779811 + index * 13
    result = {"id": index + 1, "type": "message", "date": "2024-02-01T09:30:11", "date_unixtime": str(stamp),
              "from": sender[1], "from_id": "user" + sender[0]}
    if recent and rng.random() < 0.33:
        result["reply_to_message_id"] = rng.choice(recent)
    else:
        recent.append(index + 1)
    plain = words(rng)
    if rng.random() < 0.3:
        target = rng.choice(people)
        entities = [{"type": "mention_name", "text": target[1], "user_id": int(target[0])},
                    {"type": "plain", "text": " " + plain}]
        result["text"] = [{"type": "mention_name", "text": target[1], "user_id": int(target[0])}, " " + plain]
    else:
        entities = [{"type": "plain", "text": plain}]
        result["text"] = plain
    result["text_entities"] = entities
    if rng.random() < 0.02:
        result = {"id": index + 1, "type": "service", "date": "2024-02-01T09:30:11", "date_unixtime": str(stamp),
                  "actor": sender[1], "actor_id": "user" + sender[0], "action": "invite_members",
                  "members": [sender[1]], "text": "", "text_entities": []}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("format", choices=["teams", "discord", "telegram"])
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=2000)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    people = [("%d" % (5550000 + k), "Person %d" % k) for k in range(arguments.people)]
    make = {"teams": teams, "discord": discord, "telegram": telegram}[arguments.format]
    indent = None if arguments.format == "teams" else 1
    heads = {
        "teams": '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#chatMessages","value":[',
        "discord": '{\n "guild": {"id": "444", "name": "Bench", "iconUrl": ""},\n "channel": {"id": "555", '
                   '"type": "GuildTextChat", "categoryId": "1", "category": "Text", "name": "general", '
                   '"topic": null},\n "dateRange": {"after": null, "before": null},\n '
                   '"exportedAt": "2024-02-01T00:00:00+00:00",\n "messages": [\n',
        "telegram": '{\n "name": "Bench group",\n "type": "private_supergroup",\n "id": 1234567,\n '
                    '"messages": [\n',
    }
    tails = {"teams": "]}", "discord": '\n ],\n "messageCount": %d\n}\n', "telegram": "\n ]\n}\n"}
    recent = []
    written = 0
    count = 0
    with open(arguments.out, "w", encoding="utf-8") as handle:
        handle.write(heads[arguments.format])
        while written < arguments.bytes:
            text = json.dumps(make(rng, people, count, recent), ensure_ascii=False, indent=indent)
            if indent:
                text = "  " + text.replace("\n", "\n  ")
            if count:
                text = ",\n" + text if indent else "," + text
            del recent[:-50]
            handle.write(text)
            written += len(text.encode("utf-8"))
            count += 1
        tail = tails[arguments.format]
        handle.write(tail % count if "%d" in tail else tail)
    print("%s: %d messages, about %d bytes" % (arguments.out, count, written))


if __name__ == "__main__":
    main()
