#!/usr/bin/env python3
"""Writes a seeded mbox archive for the import benchmark (standard library only).

    generate_mbox.py OUT --bytes N [--seed S] [--people P]

OUT is one mbox file (mboxrd) of about N bytes: messages from P people (default 5,000) with `From ` separators,
`From`, `To`, `Cc`, `Date`, `Subject`, `Message-ID`, and for about 70 % of them `In-Reply-To` and `References`
naming an earlier message, a few folded headers and encoded-word names, bodies of 5 to 60 lines of text with
non-ASCII words and quoted lines, some body lines starting with `>From ` (escaped) and a few with an unescaped
`From ` not followed by a header (mboxo, as Pipermail writes). Output is identical for the same arguments.
"""
import argparse
import random

WORDS = ("the build fails on arm64 since the last merge please review patch attached thanks regards "
         "café naïve données Grüße 東京 ✓ latency budget plan release notes test").split(" ")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def body_line(rng):
    roll = rng.random()
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
    if roll < 0.01:
        return ">From the archive: " + words
    if roll < 0.012:
        return "From what I can tell, " + words
    if roll < 0.2:
        return "> " + words
    return words


def message(rng, people, index, ids, when):
    sender = rng.choice(people)
    day = when // 86400
    seconds = when % 86400
    date = "%s, %d %s %d %02d:%02d:%02d +0000" % (
        DAYS[day % 7], day % 28 + 1, MONTHS[(day // 28) % 12], 2000 + day // 336, seconds // 3600,
        seconds // 60 % 60, seconds % 60)
    asctime = "%s %s %2d %02d:%02d:%02d %d" % (
        DAYS[day % 7], MONTHS[(day // 28) % 12], day % 28 + 1, seconds // 3600, seconds // 60 % 60, seconds % 60,
        2000 + day // 336)
    name = sender.split("@")[0].replace(".", " ").title()
    if rng.random() < 0.05:
        name = "=?UTF-8?Q?%s_M=C3=BCller?=" % name.split(" ")[0]
    own = "<%d.%x@mail.example.org>" % (index, rng.getrandbits(32))
    lines = ["From %s %s" % (sender, asctime), "From: %s <%s>" % (name, sender),
             "To: %s" % ", ".join(rng.sample(people, rng.randint(1, 3))), "Date: " + date]
    if rng.random() < 0.3:
        lines.append("Cc: " + rng.choice(people))
    subject = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8)))
    if ids and rng.random() < 0.7:
        parent = rng.choice(ids)
        lines += ["Subject: Re: " + subject, "In-Reply-To: " + parent, "References: <root.%d@example.org>" % (
            index % 97), "\t" + parent]
    else:
        lines.append("Subject: " + subject)
    lines += ["Message-ID: " + own, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    lines += [body_line(rng) for _ in range(rng.randint(5, 60))]
    ids.append(own)
    del ids[:-200]
    return "\n".join(lines) + "\n\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--people", type=int, default=5000)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    people = ["person%d@example.org" % index for index in range(arguments.people)]
    ids = []
    written = 0
    index = 0
    with open(arguments.out, "w", encoding="utf-8", newline="\n") as handle:
        while written < arguments.bytes:
            text = message(rng, people, index, ids, 946684800 // 1000 + index * 37)
            handle.write(text)
            written += len(text.encode("utf-8"))
            index += 1
    print("%s: %d messages, %d bytes" % (arguments.out, index, written))


if __name__ == "__main__":
    main()
