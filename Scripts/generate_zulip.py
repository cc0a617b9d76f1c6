#!/usr/bin/env python3
"""Writes a seeded Zulip server export folder for the import benchmark (standard library only).

    generate_zulip.py OUT --bytes N [--seed S] [--people P]

OUT becomes a folder with `realm.json` (`zerver_userprofile`, `zerver_stream`, `zerver_recipient` for every
person and stream, `zerver_reaction`) and `messages-000001.json`, ... (`{"zerver_message": [...]}`, about 10 MB
each) holding about N bytes of messages in all, in the shape `ZulipReader` reads (FORMATS.md §8): `sender`,
`recipient`, `date_sent`, `subject`, Markdown `content` and HTML `rendered_content` with `user-mention` spans,
plus the members real exports carry and the reader does not use (`sending_client`, `last_edit_time`,
`edit_history`, `has_attachment`, ...). About one message in ten is a direct message, one in five has a
reaction. Output is identical for the same arguments.
"""
import argparse
import json
import os
import random

WORDS = ("deploy merge review build test ship latency graph budget plan café naïve 東京 données "
         "\"quoted\" back\\slash tab\there line\nbreak ✓ 🚀").split(" ")
FILE_BYTES = 10_000_000


def message(rng, people, streams, index):
    sender = rng.randrange(people)
    mentioned = rng.sample(range(people), rng.randint(0, 2))
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 40)))
    markdown = "".join("@**Person %d|%d** " % (m, 1000 + m) for m in mentioned) + words
    html = "<p>" + "".join('<span class="user-mention" data-user-id="%d">@Person %d</span> ' % (1000 + m, m)
                           for m in mentioned) + words.replace("\n", "<br>") + "</p>"
    if rng.random() < 0.1:
        recipient = 1000 + rng.randrange(people)  # a person's recipient row: a direct message
    else:
        recipient = 100 + rng.randrange(streams)
    stamp = 1700000000 + index * 7
    return {"id": index + 1, "sender": 1000 + sender, "recipient": recipient, "date_sent": stamp + 0.25,
            "subject": "topic %d" % (index % 97), "content": markdown, "rendered_content": html,
            "rendered_content_version": 1, "sending_client": 3, "last_edit_time": None, "edit_history": None,
            "has_attachment": False, "has_image": False, "has_link": False, "search_tsvector": None,
            "realm": 1, "type": 1}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=2000)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    people, streams = arguments.people, 20
    os.makedirs(arguments.out, exist_ok=True)
    written, count, number, reactions = 0, 0, 0, []
    while written < arguments.bytes:
        number += 1
        rows = []
        size = 0
        while size < FILE_BYTES and written + size < arguments.bytes:
            row = message(rng, people, streams, count)
            if rng.random() < 0.2:
                reactions.append({"id": len(reactions) + 1, "message": row["id"],
                                  "user_profile": 1000 + rng.randrange(people), "emoji_name": "+1"})
            text = json.dumps(row, ensure_ascii=False)
            rows.append(text)
            size += len(text.encode("utf-8")) + 2
            count += 1
        body = '{"zerver_message": [\n' + ",\n".join(rows) + "\n]}\n"
        with open(os.path.join(arguments.out, "messages-%06d.json" % number), "w", encoding="utf-8") as handle:
            handle.write(body)
        written += len(body.encode("utf-8"))
    realm = {
        "zerver_userprofile": [{"id": 1000 + k, "full_name": "Person %d" % k, "email": "p%d@example.com" % k,
                                "delivery_email": "p%d@example.com" % k, "is_bot": k % 500 == 0}
                               for k in range(people)],
        "zerver_stream": [{"id": s, "name": "stream-%d" % s} for s in range(streams)],
        "zerver_recipient": [{"id": 1000 + k, "type": 1, "type_id": 1000 + k} for k in range(people)]
        + [{"id": 100 + s, "type": 2, "type_id": s} for s in range(streams)],
        "zerver_reaction": reactions,
    }
    with open(os.path.join(arguments.out, "realm.json"), "w", encoding="utf-8") as handle:
        json.dump(realm, handle, ensure_ascii=False)
    print("%s: %d messages in %d files, %d message bytes" % (arguments.out, count, number, written))


if __name__ == "__main__":
    main()
