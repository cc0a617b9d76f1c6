#!/usr/bin/env python3
"""Counts a Stack Exchange data dump independently of Crosstalk's Swift importer.

Reads `Users.xml`, `Posts.xml` and `Comments.xml` of one site folder with the standard library only
(`xml.etree.ElementTree.iterparse`) and prints one JSON object of figures that Crosstalk's import of the folder
must reproduce. The rules are DESIGN.md's and FORMATS.md section 12's, restated from the dump format:

- People: each Users.xml row; id `se:<AccountId>` when the row has an AccountId, else `<site>:<Id>`; the
  Community user (Id -1) is a bot. Posts and comments by a deleted user (no owner id, a display name) are
  written by `<site>:deleted:<name>`.
- Content records: every row of Posts.xml and Comments.xml. A post is used when PostTypeId is 1 (question) or
  2 (answer); other types are skipped by name (3 orphaned_tag_wiki, 4 tag_wiki_excerpt, 5 tag_wiki,
  6 moderator_nomination, 7 wiki_placeholder, 8 privilege_wiki, else unknown_post_type). Then, in this order, a
  record without Id is `missing_id`, an answer without ParentId or a comment without PostId `missing_parent`,
  a CreationDate that is not `YYYY-MM-DDTHH:MM:SS[.fff]` `invalid_timestamp`, and one with neither owner id nor
  display name `missing_owner`.
- Replies: an answer answers the owner of its question (ParentId), a comment the owner of its post (PostId),
  when that post is a used record; otherwise `reply_target_missing`.
- Mentions: in a used comment's Text, each `@` followed by the longest run of letters, digits, `_`, `.`, `-`
  (trailing `.` and `-` dropped, at least 3 characters) names the first of the earlier commenters on the same
  post (most recent first) and then the post's owner whose display name, without whitespace and lowercased,
  starts with the token lowercased; each person once per comment.
- A reply or mention to oneself is a self-interaction, one with the Community user on either side a bot
  interaction; neither is an edge.

Run: python3 Scripts/stackexchange_counts.py ../shared/data/stackexchange-history-meta \
       > Tests/IntegrationTests/Fixtures/stackexchange_history_meta_counts.json
"""
import argparse
import collections
import datetime
import json
import os
import re
import xml.etree.ElementTree as ElementTree

POST_TYPES = {"3": "orphaned_tag_wiki", "4": "tag_wiki_excerpt", "5": "tag_wiki", "6": "moderator_nomination",
              "7": "wiki_placeholder", "8": "privilege_wiki"}
TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?$")


def rows(path):
    if not os.path.exists(path):
        return
    for _, element in ElementTree.iterparse(path):
        if element.tag == "row":
            yield dict(element.attrib)
            element.clear()


def valid_time(text):
    match = TIMESTAMP.match(text or "")
    if not match:
        return False
    try:
        datetime.datetime(*(int(part) for part in match.groups()[:6]))
    except ValueError:
        return False
    return True


def tokens(text):
    """The lowercased `@` tokens of a comment, as the docstring defines them."""
    result = []
    for part in text.split("@")[1:]:
        token = ""
        for character in part:
            if character.isalnum() or character in "_.-":
                token += character
            else:
                break
        token = token.rstrip(".-")
        if len(token) >= 3:
            result.append(token.lower())
    return result


def key(name):
    return "".join(name.split()).lower()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    arguments = parser.parse_args()
    site = os.path.basename(os.path.normpath(arguments.folder))

    person_of_user = {}
    names = {}
    bots = set()
    people = set()
    for user in rows(os.path.join(arguments.folder, "Users.xml")):
        if not user.get("Id"):
            continue
        person = "se:" + user["AccountId"] if user.get("AccountId") else site + ":" + user["Id"]
        person_of_user[user["Id"]] = person
        if "DisplayName" in user:
            names[person] = user["DisplayName"]
        people.add(person)
        if user["Id"] == "-1":
            bots.add(person)

    counts = collections.Counter()
    skipped = collections.Counter()
    owner_of_post = {}
    replies = []  # (author, parent post id)

    def use(row, kind, owner_key, name_key, parent):
        if not row.get("Id"):
            skipped["missing_id"] += 1
        elif parent == "":
            skipped["missing_parent"] += 1
        elif not valid_time(row.get("CreationDate")):
            skipped["invalid_timestamp"] += 1
        elif row.get(owner_key):
            return person_of_user.get(row[owner_key], site + ":" + row[owner_key])
        elif row.get(name_key):
            counts["deleted_user_records"] += 1
            names[site + ":deleted:" + row[name_key]] = row[name_key]
            return site + ":deleted:" + row[name_key]
        else:
            skipped["missing_owner"] += 1
        return None

    for post in rows(os.path.join(arguments.folder, "Posts.xml")):
        kind = post.get("PostTypeId", "")
        if kind not in ("1", "2"):
            skipped[POST_TYPES.get(kind, "unknown_post_type")] += 1
            continue
        parent = post.get("ParentId", "") if kind == "2" else None
        author = use(post, "post", "OwnerUserId", "OwnerDisplayName", parent)
        if author is None:
            continue
        counts["questions" if kind == "1" else "answers"] += 1
        counts["human_messages"] += author not in bots
        people.add(author)
        owner_of_post[post["Id"]] = author
        if parent is not None:
            replies.append((author, parent))

    commenters = collections.defaultdict(list)
    mentions = []  # (author, mentioned)
    for comment in rows(os.path.join(arguments.folder, "Comments.xml")):
        author = use(comment, "comment", "UserId", "UserDisplayName", comment.get("PostId", ""))
        if author is None:
            continue
        counts["comments"] += 1
        counts["human_messages"] += author not in bots
        people.add(author)
        post = comment["PostId"]
        replies.append((author, post))
        candidates = list(reversed(commenters[post])) + ([owner_of_post[post]] if post in owner_of_post else [])
        found = []
        for token in tokens(comment.get("Text", "")):
            match = next((c for c in candidates if c in names and key(names[c]).startswith(token)), None)
            if match is not None and match not in found:
                found.append(match)
        mentions += [(author, person) for person in found]
        if author in names:
            commenters[post].append(author)

    interactions = collections.Counter()
    pairs = [("replies", author, owner_of_post.get(parent)) for author, parent in replies]
    pairs += [("mentions", author, person) for author, person in mentions]
    for kind, author, target in pairs:
        if target is None:
            interactions["reply_target_missing"] += 1
        elif target == author:
            interactions["self_interactions"] += 1
        elif target in bots or author in bots:
            interactions["bot_interactions"] += 1
        else:
            interactions[kind] += 1

    used = counts["questions"] + counts["answers"] + counts["comments"]
    result = {
        "site": site,
        "users": len(person_of_user),
        "people": len(people - bots),
        "questions": counts["questions"],
        "answers": counts["answers"],
        "comments": counts["comments"],
        "deleted_user_records": counts["deleted_user_records"],
        "human_messages": counts["human_messages"],
        "records_read": used + sum(skipped.values()),
        "records_used": used,
        "records_skipped": dict(sorted(skipped.items())),
        "replies": interactions["replies"],
        "mentions": interactions["mentions"],
        "self_interactions": interactions["self_interactions"],
        "bot_interactions": interactions["bot_interactions"],
        "reply_target_missing": interactions["reply_target_missing"],
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
