#!/usr/bin/env python3
"""Counts an mbox archive (a file or a folder of mbox files) independently of Crosstalk's Swift importer.

Uses only the standard library (`mailbox`, `email`) and prints one JSON object of figures that Crosstalk's mbox
reader must reproduce. The rules are restated from RFC 4155/5322 and FORMATS.md §11, not from the Swift code:

- A folder is read file by file in name order; a file is an mbox when its first line starts with "From " and its
  second line is a header field (below).
- `mailbox.mbox` splits at every line starting with "From ". A split whose next line is not a header field
  (`Name:` with letters, digits, "-" or "_") is an unescaped body line (mboxo, as Pipermail writes), not a
  message: it is counted in `unescaped_from_lines` and belongs to the message before it.
- Message id: the text inside the first `<...>` of Message-ID, else its first word; a message without one gets
  a synthetic id that no other message can name.
- Author: the From address, lower-cased: the last `<...>`, else the header without its (nested) `(comments)`,
  where Pipermail's `user at host` and its obfuscated forms, two words with an "@" in the first between user and
  host (`user @end|ng |rom host`, `user m@iii@g oii host`), mean `user@host`. The result must contain "@" and
  no space; a message without such an address is skipped.
- Parent: In-Reply-To's first `<...>` (else its first word), else the last `<...>` (else word) of References.
- A reply is resolved when its parent id is a message of the archive (the first message with a given id wins;
  later duplicates are counted and not used); otherwise it is a reply to a missing parent.
- Reply interactions: resolved replies whose parent has another author; self-replies are counted apart.
- Recipients: every distinct To/Cc address of a used (not duplicate) message, other than list addresses (the
  List-Post mailto, or `local@domain` where List-Id is `<local.domain>`, of this or an earlier message);
  Pipermail archives have none.

Run: python3 Scripts/mbox_counts.py ../shared/data/mbox-r-package-devel \
       > Tests/IntegrationTests/Fixtures/mbox_r_package_devel_counts.json
"""
import argparse
import json
import mailbox
import os
import re

HEADER_LINE = re.compile(rb"^[A-Za-z0-9_-]+:")
PIPERMAIL = re.compile(r"^(\S+) (?:at|\S*@\S* \S+) (\S+)$")
COMMENT = re.compile(r"\([^()]*\)")
BRACKETED = re.compile(r"<([^>]*)>")


def is_mbox(path):
    with open(path, "rb") as handle:
        lines = handle.read(4096).split(b"\n")
    return len(lines) > 1 and lines[0].startswith(b"From ") and HEADER_LINE.match(lines[1]) is not None


def mbox_files(path):
    if os.path.isfile(path):
        return [path]
    found = []
    for folder, folders, names in os.walk(path):
        folders[:] = sorted(d for d in folders if not d.startswith("."))
        for name in sorted(names):
            full = os.path.join(folder, name)
            if not name.startswith(".") and is_mbox(full):
                found.append(full)
    return sorted(found, key=lambda f: os.path.relpath(f, path))


def first_id(value):
    if value is None:
        return None
    text = str(value)
    bracketed = BRACKETED.findall(text)
    if bracketed:
        return bracketed[0].strip() or None
    words = text.split()
    return words[0] if words else None


def last_id(value):
    if value is None:
        return None
    text = str(value)
    bracketed = BRACKETED.findall(text)
    if bracketed:
        return bracketed[-1].strip() or None
    words = text.split()
    return words[-1] if words else None


def address(value):
    if value is None:
        return None
    text = " ".join(str(value).split())
    bracketed = BRACKETED.findall(text)
    if bracketed:
        text = bracketed[-1]
    else:
        stripped = None
        while stripped != text:
            stripped, text = text, COMMENT.sub(" ", text)
        text = PIPERMAIL.sub(r"\1@\2", " ".join(text.split()))
    text = text.strip().strip('"').lower()
    return text if "@" in text and " " not in text else None


def split_list(text):
    """The items of an address list: split at commas and semicolons outside quotes, <...> and (comments)."""
    items, current, quoted, depth, angle = [], "", False, 0, False
    for character in text:
        top = not quoted and depth == 0 and not angle
        if top and character in ",;":
            items.append(current)
            current = ""
            continue
        if top and character == ":" and "@" not in current:
            current = ""
            continue
        current += character
        if quoted:
            quoted = character != '"'
        elif character == "(":
            depth += 1
        elif character == ")" and depth:
            depth -= 1
        elif depth == 0 and character == '"' and not angle:
            quoted = True
        elif depth == 0 and character in "<>":
            angle = character == "<"
    return items + [current]


def list_addresses(message):
    found = set()
    post = message["List-Post"]
    if post:
        found.update(a.lower() for a in re.findall(r"<mailto:([^>?]*)", str(post)))
    list_id = first_id(message["List-Id"])
    return found, (list_id.lower() if list_id else None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    arguments = parser.parse_args()
    messages = []
    unescaped = 0
    for path in mbox_files(arguments.path):
        box = mailbox.mbox(path, create=False)
        for key in box.keys():
            raw = box.get_bytes(key)
            if not HEADER_LINE.match(raw):
                unescaped += 1
                continue
            messages.append((path, box.get_message(key)))
    ids = {}
    duplicates = 0
    skipped_no_author = 0
    records = []
    missing_ids = 0
    for index, (path, message) in enumerate(messages):
        author = address(message["From"])
        if author is None:
            skipped_no_author += 1
            continue
        message_id = first_id(message["Message-ID"])
        if message_id is None:
            missing_ids += 1
            message_id = "synthetic\x00%d" % index
        if message_id in ids:
            duplicates += 1
            continue
        parent = first_id(message["In-Reply-To"]) or last_id(message["References"])
        ids[message_id] = author
        records.append((author, parent, message))
    resolved = missing = self_replies = replies = 0
    recipients = list_skipped = 0
    lists = set()
    for author, parent, message in records:
        if parent is not None:
            if parent in ids:
                resolved += 1
                if ids[parent] == author:
                    self_replies += 1
                else:
                    replies += 1
            else:
                missing += 1
        posts, list_id = list_addresses(message)
        lists.update(posts)
        if list_id and "." in list_id:
            lists.add(list_id.replace(".", "@", 1))
        seen = set()
        fields = [str(v) for v in message.get_all("To", []) + message.get_all("Cc", [])]
        for item in (item for field in fields for item in split_list(field)):
            target = address(item)
            if not target or target in seen:
                continue
            seen.add(target)
            if target in lists:
                list_skipped += 1
            else:
                recipients += 1
    print(json.dumps({
        "files": len(mbox_files(arguments.path)),
        "messages_read": len(messages),
        "unescaped_from_lines": unescaped,
        "messages_used": len(records),
        "skipped_missing_author": skipped_no_author,
        "duplicate_ids": duplicates,
        "missing_message_ids": missing_ids,
        "distinct_senders": len({author for author, _, _ in records}),
        "replies": sum(1 for _, parent, _ in records if parent is not None),
        "replies_resolved": resolved,
        "replies_to_missing_parents": missing,
        "reply_interactions": replies,
        "self_replies": self_replies,
        "recipient_interactions": recipients,
        "list_recipients_skipped": list_skipped,
    }, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
