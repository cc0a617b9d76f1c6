#!/usr/bin/env python3
"""Writes a seeded Stack Exchange site folder for the import benchmark (standard library only).

    generate_stackexchange.py OUTDIR --bytes N [--seed S]

OUTDIR gets `Users.xml`, `Posts.xml` and `Comments.xml` of one site (the folder's name is the site), together
about N bytes. Realistic, after the real dump in /work/shared/data/stackexchange-history-meta (FORMATS.md §12):

- Layout: UTF-8 with a BOM, the XML declaration and DOCTYPE, one `<row .../>` a line indented by two spaces, LF,
  no newline after the closing tag; attributes in the dump's order, optional ones left out as the dump does
  (`ParentId` only on answers, `Title`/`Tags`/`ViewCount`/`AnswerCount` only on questions, `LastEditorUserId`
  and `LastEditDate` on about a third of the posts, `WebsiteUrl`, `Location`, `AboutMe`, `ProfileImageUrl`
  on some users); `Body` and `AboutMe` are HTML escaped into the attribute (`&lt;p&gt;`, `&quot;`, `&#xA;`),
  with non-ASCII words; `Tags` as `&lt;a&gt;&lt;b&gt;`.
- Proportions, as in the real dump: bytes about 26 % Users.xml, 51 % Posts.xml, 23 % Comments.xml; per
  question about 2 answers and 6 comments (about 2 per post); 0.4 % of posts are tag wikis (PostTypeId 4
  and 5, owned by the Community user), which the reader skips. Body lengths log-normal (median about 780
  characters, mean about 1,100), comment texts median about 200 characters (at most about 600).
- People: Users.xml holds every user (Id -1 Community first, then 1, 2, ...), each with a distinct AccountId;
  display names repeat ("John", "user1234" for users who never set one). Posts and comments pick their
  author from a heavy-tailed activity distribution, so most users never post (as in the dump, where 310 of
  2,295 users own a post). About 3 % of posts and 4 % of comments are by deleted users: no OwnerUserId/UserId,
  an OwnerDisplayName/UserDisplayName `user<N>` instead.
- Mentions: about 28 % of comments contain `@`: mostly `@name` of an earlier commenter on the same post or of
  the post's owner (the display name without spaces, sometimes cut to a prefix of at least 3 characters), some
  naming nobody there, some e-mail-like text.
- Order: ids and CreationDate rise together in each file; questions, answers and comments of a few hundred
  open threads interleave, answers after their question and comments after their post.

Not realistic: the text is drawn from small pools of words, so it compresses far better than real text;
AcceptedAnswerId, FavoriteCount and ClosedDate are never written (the question row comes before its answers
and the generator does not look ahead); an author may be a user whose CreationDate is later than the post;
scores, views and votes are random. Output is identical for the same arguments; memory is bounded by the
users' names and the open threads, not by N.
"""
import argparse
import os
import random
import time

BOM = "\ufeff"
WORDS = ("the a of to in that is it for was on as with by this sources answer question site we should "
         "history historian century empire war king treaty revolution primary secondary source citation "
         "wikipedia meta tag close vote edit community moderator policy topic scope example period "
         "archive document evidence think would could not but also because however café naïve Köln "
         "Zürich São Paulo Dvořák Łódź Москва 東京 señor über").split()
FIRST = ("John Daniel Anna Maria Mark Peter Laura Ken Martin Sofia Ralph Tomas Jay Doug Ada Rosa Lars Mei "
         "Olga Pierre José Zoë Björn Chloé Ivan Amir Fatima Nikolai Hannah Felix").split()
LAST = ("Smith Li Sojka Gallagher Schmitt Krebs Ito Obi Diaz Müller Nowak Rossi Silva Kim Novak Dubois "
        "Petrov Larsen Costa Okafor Brown").split()
HANDLES = ("DuckMaestro Caleb Cerberus Robusto ocodo corsiKa malloc Casebash AndrejaKo TRiG xecaps rest_day "
           "knut froderik timpone Napoleonothecake GPierce DForck").split()
TAGS = ("discussion answers questions support feature-request bug tags status-completed scope citations "
        "moderation community-ads asking-questions closing editing").split()
LOCATIONS = ("Corvallis, OR", "St Louis, MO", "Berlin, Germany", "São Paulo, Brazil", "Kraków", "Tokyo",
             "London, United Kingdom", "Zürich, Switzerland", "Montréal, QC")
START = 1318359600  # 2011-10-11T19:00:00 UTC, the real dump's first day
SPAN = 7 * 365 * 86400  # the real dump covers about seven years
POST_OWNER = ("OwnerUserId", "OwnerDisplayName")
COMMENT_OWNER = ("UserId", "UserDisplayName")


def escape(text):
    """`text` as a double-quoted XML attribute value, as the dump writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#xA;"))


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 22))]
    words[0] = words[0].capitalize()
    text = " ".join(words)
    roll = rng.random()
    if roll < 0.08:
        text += ' "%s"' % rng.choice(WORDS)
    elif roll < 0.12:
        text += " & %s" % rng.choice(WORDS)
    return text + rng.choice((".", ".", ".", "?", "!"))


def paragraph(rng):
    """One escaped HTML paragraph of a post body."""
    text = " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
    roll = rng.random()
    if roll < 0.15:
        text += ' See <a href="https://en.wikipedia.org/wiki/%s" rel="nofollow noreferrer">%s</a>.' % (
            rng.choice(WORDS), rng.choice(WORDS))
    elif roll < 0.25:
        text = "<em>%s</em> %s" % (rng.choice(WORDS), text)
    elif roll < 0.3:
        return escape("<blockquote>\n  <p>%s</p>\n</blockquote>\n\n" % text)
    elif roll < 0.35:
        return escape("<ul>\n<li>%s</li>\n<li>%s</li>\n</ul>\n\n" % (sentence(rng), sentence(rng)))
    return escape("<p>%s</p>\n\n" % text)


def fill(rng, pool, target, separator):
    """Parts drawn from `pool` joined by `separator` until the text is at least `target` characters long."""
    parts = []
    length = 0
    while length < target:
        part = rng.choice(pool)
        parts.append(part)
        length += len(part) + len(separator)
    return separator.join(parts)


class Pools:
    """Pre-escaped pieces of text, drawn once so that rows cost string joins, not word draws."""

    def __init__(self, rng):
        self.paragraphs = [paragraph(rng) for _ in range(3000)]
        self.sentences = [escape(sentence(rng)) for _ in range(5000)]
        self.titles = [escape(" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 11))).capitalize() + "?")
                       for _ in range(2000)]

    def body(self, rng):
        return fill(rng, self.paragraphs, min(30000, int(rng.lognormvariate(6.65, 0.8))), "")

    def comment(self, rng):
        return fill(rng, self.sentences, min(560, int(rng.lognormvariate(5.2, 0.6))), " ")


def stamp(seconds, rng):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + ".%03d" % rng.randrange(1000)


def display_name(rng, user_id):
    roll = rng.random()
    if roll < 0.35:
        return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    if roll < 0.55:
        return rng.choice(FIRST)
    if roll < 0.8:
        return rng.choice(HANDLES) + ("" if rng.random() < 0.5 else str(rng.randint(1, 999)))
    return "user%d" % (user_id + 10000)


class Batch:
    """One output file written in batches of rows, counting its bytes."""

    def __init__(self, path, root):
        self.handle = open(path, "wb")
        self.rows = []
        self.bytes = 0
        self.root = root
        self.put('%s<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE %s SYSTEM \'%s.dtd\'>\n<%s>\n' % (
            BOM, root, root, root))

    def put(self, text):
        self.rows.append(text)
        if len(self.rows) >= 2000:
            self.flush()

    def flush(self):
        data = "".join(self.rows).encode("utf-8")
        self.handle.write(data)
        self.bytes += len(data)
        self.rows = []

    def pending(self):
        return sum(len(row) for row in self.rows)

    def close(self):
        self.put("</%s>" % self.root)
        self.flush()
        self.handle.close()


def write_users(folder, budget, rng):
    """Users.xml of about `budget` bytes; returns the display names by user index (index 0 is Id -1), the
    indices of the active users (about one in six, those who post or comment) and the file's bytes."""
    out = Batch(os.path.join(folder, "Users.xml"), "users")
    names = ["Community"]
    active = []
    out.put('  <row Id="-1" Reputation="1" CreationDate="%s" DisplayName="Community" LastAccessDate="%s" '
            'Location="on the server farm" AboutMe="%s" Views="0" UpVotes="1" DownVotes="0" AccountId="-1" />\n'
            % (stamp(START, rng), stamp(START, rng), escape("<p>Hi, I'm not really a person.</p>\n")))
    about = [escape("<p>%s</p>\n" % " ".join(sentence(rng) for _ in range(rng.randint(2, 8)))) for _ in range(500)]
    account = 1
    user_id = 0
    when = START
    while out.bytes + out.pending() < budget:
        user_id += 1
        account += rng.randint(1, 40)
        when += rng.randint(0, 2 * max(1, SPAN * 3000 // max(budget, 1)))
        name = display_name(rng, user_id)
        names.append(name)
        if rng.random() < 0.17:
            active.append(user_id)
        fields = ['  <row Id="%d" Reputation="%d" CreationDate="%s" DisplayName="%s" LastAccessDate="%s"' % (
            user_id, 1 if rng.random() < 0.5 else int(rng.paretovariate(0.7) * 10), stamp(when, rng),
            escape(name), stamp(when + rng.randrange(SPAN // 4), rng))]
        if rng.random() < 0.26:
            fields.append(' WebsiteUrl="https://%s.example.org"' % rng.choice(HANDLES).lower())
        if rng.random() < 0.4:
            fields.append(' Location="%s"' % escape(rng.choice(LOCATIONS)))
        if rng.random() < 0.54:
            fields.append(' AboutMe="%s"' % rng.choice(about))
        fields.append(' Views="%d" UpVotes="%d" DownVotes="%d"' % (
            rng.randrange(50), rng.randrange(100), rng.randrange(5)))
        if rng.random() < 0.6:
            fields.append(' ProfileImageUrl="https://i.stack.imgur.com/%x.jpg?s=128&amp;g=1"' % rng.getrandbits(28))
        fields.append(' AccountId="%d" />\n' % account)
        out.put("".join(fields))
    out.close()
    return names, active or [1], out.bytes


class Threads:
    """The open threads: pending answers and comments, and each open post's owner and commenters."""

    def __init__(self, folder, names, active, rng):
        self.rng = rng
        self.names = names
        self.active = active
        self.pools = Pools(rng)
        self.posts = Batch(os.path.join(folder, "Posts.xml"), "posts")
        self.comments = Batch(os.path.join(folder, "Comments.xml"), "comments")
        self.tasks = []  # ("answer", question id) or ("comment", post id)
        self.open = {}  # post id -> [owner name or None, commenter names, tasks left]
        self.post_id = 0
        self.comment_id = 0
        self.when = START

    def bytes(self):
        return self.posts.bytes + self.posts.pending() + self.comments.bytes + self.comments.pending()

    def author(self, deleted_share):
        """(owner attribute, name) of a post's or comment's author: a user id, or a deleted user's name."""
        if self.rng.random() < deleted_share:
            name = "user%d" % (len(self.names) + 10000 + self.rng.randrange(max(10, len(self.names) // 20)))
            return None, name
        index = self.active[int(len(self.active) * self.rng.random() ** 3)]
        return index, self.names[index]

    def owner_attribute(self, attributes, index, name):
        """The author as `OwnerUserId` / `UserId`, or for a deleted user `OwnerDisplayName` / `UserDisplayName`."""
        if index is None:
            return ' %s="%s"' % (attributes[1], escape(name))
        return ' %s="%d"' % (attributes[0], -1 if index == 0 else index)

    def edit_fields(self):
        if self.rng.random() >= 0.33:
            return ""
        editor = self.active[int(len(self.active) * self.rng.random() ** 3)]
        return ' LastEditorUserId="%d" LastEditDate="%s"' % (editor, stamp(self.when + 3600, self.rng))

    def open_post(self, post_id, index, name, tasks):
        comments = min(40, int(self.rng.expovariate(1 / 2.08) + 0.5))
        self.tasks += [("comment", post_id)] * comments
        self.open[post_id] = [(index, name), [], tasks + comments]

    def question(self):
        rng = self.rng
        self.post_id += 1
        index, name = self.author(0.03)
        answers = 0 if rng.random() < 0.115 else min(30, 1 + int(rng.expovariate(1 / 1.23) + 0.5))
        self.open_post(self.post_id, index, name, answers)
        self.tasks += [("answer", self.post_id)] * answers
        tags = "".join("&lt;%s&gt;" % tag for tag in rng.sample(TAGS, rng.randint(1, 4)))
        self.posts.put('  <row Id="%d" PostTypeId="1" CreationDate="%s" Score="%d" ViewCount="%d" Body="%s"%s%s '
                       'LastActivityDate="%s" Title="%s" Tags="%s" AnswerCount="%d" CommentCount="%d" />\n' % (
                           self.post_id, stamp(self.when, rng), rng.randint(-3, 30), rng.randrange(1, 2000),
                           self.pools.body(rng), self.owner_attribute(POST_OWNER, index, name), self.edit_fields(),
                           stamp(self.when + rng.randrange(86400 * 30), rng), rng.choice(self.pools.titles), tags,
                           answers, self.open[self.post_id][2] - answers))

    def tag_wiki(self):
        rng = self.rng
        self.post_id += 1
        self.posts.put('  <row Id="%d" PostTypeId="%d" CreationDate="%s" Score="0" Body="%s" OwnerUserId="-1" '
                       'LastActivityDate="%s" CommentCount="0" />\n' % (
                           self.post_id, rng.choice((4, 5)), stamp(self.when, rng), rng.choice(self.pools.paragraphs),
                           stamp(self.when, rng)))

    def answer(self, question):
        rng = self.rng
        self.post_id += 1
        index, name = self.author(0.03)
        self.open_post(self.post_id, index, name, 0)
        self.posts.put('  <row Id="%d" PostTypeId="2" ParentId="%d" CreationDate="%s" Score="%d" Body="%s"%s%s '
                       'LastActivityDate="%s" CommentCount="%d" />\n' % (
                           self.post_id, question, stamp(self.when, rng), rng.randint(-2, 40), self.pools.body(rng),
                           self.owner_attribute(POST_OWNER, index, name), self.edit_fields(),
                           stamp(self.when + rng.randrange(86400 * 30), rng), self.open[self.post_id][2]))
        self.close(question)

    def comment(self, post):
        rng = self.rng
        self.comment_id += 1
        owner, commenters, _ = self.open[post]
        index, name = owner if self.rng.random() < 0.2 else self.author(0.04)
        owner = owner[1]
        text = self.pools.comment(rng)
        roll = rng.random()
        if roll < 0.24:
            candidates = [person for person in commenters[-3:] + [owner] if person and person != name]
            target = rng.choice(candidates) if candidates else self.names[rng.randrange(len(self.names))]
            token = "".join(target.split())
            if rng.random() < 0.2 and len(token) > 4:
                token = token[:rng.randint(3, len(token) - 1)]
            text = "@%s %s" % (escape(token), text)
        elif roll < 0.27:
            text = "%s Write to %s@example.org." % (text, rng.choice(HANDLES).lower())
        elif roll < 0.28:
            text = "%s @%s" % (text, rng.choice(HANDLES))
        self.comments.put('  <row Id="%d" PostId="%d" Score="%d" Text="%s" CreationDate="%s"%s />\n' % (
            self.comment_id, post, 0 if rng.random() < 0.8 else rng.randint(1, 20), text, stamp(self.when, rng),
            self.owner_attribute(COMMENT_OWNER, index, name)))
        commenters.append(name)
        self.close(post)

    def close(self, post):
        state = self.open[post]
        state[2] -= 1
        if state[2] <= 0:
            del self.open[post]

    def step(self, window, new_questions):
        self.when += int(self.rng.expovariate(1 / self.pace))
        if new_questions and (len(self.tasks) < window or self.rng.random() < 0.02):
            if self.rng.random() < 0.012:
                self.tag_wiki()
            else:
                self.question()
            return
        slot = self.rng.randrange(len(self.tasks))
        self.tasks[slot], self.tasks[-1] = self.tasks[-1], self.tasks[slot]
        kind, post = self.tasks.pop()
        if kind == "answer":
            self.answer(post)
        else:
            self.comment(post)

    def run(self, budget):
        """Posts and comments until about `budget` bytes, then the open threads' pending rows."""
        window = max(4, min(400, budget // 200000))
        self.pace = max(1, SPAN // max(1, budget // 850))
        while self.bytes() + 700 * len(self.tasks) < budget:
            self.step(window, True)
        while self.tasks:
            self.step(window, False)
        self.posts.close()
        self.comments.close()
        return self.posts.bytes + self.comments.bytes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    os.makedirs(arguments.outdir, exist_ok=True)
    names, active, users_bytes = write_users(arguments.outdir, arguments.bytes * 26 // 100, rng)
    Threads(arguments.outdir, names, active, rng).run(arguments.bytes - users_bytes)


if __name__ == "__main__":
    main()
