"""author-bio: "About the author" boxes and writer bios."""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import patterns as p
from .base import rule
from .common import per_line
from .labels import AUTHOR, scan

# A bio is a short paragraph; a longer block after an "About ..." header is article text.
_MAX_BIO_WORDS = 150
# A third-person bio's first sentence does not report speech ("..., her sister said."): only
# this many characters are searched for a reporting verb (a bio's later sentences may quote).
_REPORTED_SPEECH_CHARS = 200
# The writer's name may stand on a line of its own between the header and the bio.
_NAME_WORDS = 4
# Header-less third-person bios ("Jane Doe is a reporter at ...") count only near the end, where
# author boxes sit; in the body the same sentence is news.
_BIO_TAIL = 0.6
# Substrings that a bio's opening words contain ("Hi, I'm", "Jane Doe is a reporter"); the
# bio patterns only run on blocks whose start holds one.
_BIO_HINTS = (
    "i'm", "i am", "my name", " is ", " was ", " has been", "ich bin", " ist ", " war ", "je suis", " est ", "soy", " es ",
    " writes ", " covers ", " schreibt ", " beschäftigt ", " leitet ", " lehrt ",
)
_BIO_HINT_CHARS = 80
# The hints as one search (any of the substrings), those that open with a space grouped after
# one: the regex engine then tries the group once at each space, not each of them (~30% faster).
_HINT = re.compile(
    " (?:" + "|".join(re.escape(h[1:]) for h in _BIO_HINTS if h.startswith(" ")) + ")|"
    + "|".join(re.escape(h) for h in _BIO_HINTS if not h.startswith(" "))
).search


def _bio_evidence(text: str) -> str | None:
    if p.FIRST_PERSON_BIO.match(text) and p.WRITER_WORDS.search(text):
        return "first-person writer bio"
    if p.THIRD_PERSON_BIO.match(text) and not p.REPORTED_SPEECH.search(text, 0, _REPORTED_SPEECH_CHARS):
        return "third-person writer bio"
    return None


def _site_evidence(block: list[str]) -> str | None:
    """The site's about box: it names itself as a publication and speaks to the reader or as
    "we" (see `patterns.PUBLICATION_BIO`), and reports no one's words."""
    if not p.PUBLICATION_BIO.match(block[0]):
        return None
    text = " ".join(block)
    if p.SITE_SELF.search(text) and not p.REPORTED_SPEECH.search(text):
        return "the site's description of itself"
    return None


@rule("author-bio", removes_prose=True)
def author_bio(doc, config):
    """Author boxes: "About News Team" / "Hi, I'm Alex Perez, an experienced writer ...",
    "About the author", "Über den Autor", "Jane Doe is a reporter at The Times covering ...",
    "Autor" / "Dr. Max Muster" / "ist Gründungspartner der Kanzlei ...", and the site's own
    about box at the end ("Example Road is the home of web novels! In our community, you ...").

    Allowed to remove prose, since bios are written in sentences.

    Avoids: an article quoting someone's self-introduction ("I'm Maria Lopez, I told the
    court ..."): a first-person bio must talk about writing, and a header-less bio must sit in
    the last part of the text. "Meduza is an independent news outlet based in Riga." stays: a
    site's about box speaks as "we" or to "you" and reports no one's words.

    >>> from cleaner import clean
    >>> clean("Talks end.\\n\\nAbout News Team\\n\\nHi, I'm Alex Perez, an experienced writer.")
    'Talks end.'
    """
    lines, keys = doc.lines, doc.keys
    hits = scan(doc)
    headers = sorted({*hits.get("author-header", ()), *hits.get("about", ())})
    claimed = -1
    for h in headers:
        if h <= claimed:
            continue
        key = keys[h]
        if key is None or not (key in AUTHOR or p.ABOUT_NAME.match(lines[h])):
            continue
        j = doc.next_content(h)
        if j is None:
            if key in AUTHOR:
                yield h, "author box header at the end of the text"
            continue
        name = None
        if doc.block_end(j) == j and doc.words[j] <= _NAME_WORDS and key in AUTHOR and p.NAME_LINE.match(lines[j]):
            # "Über den Autor" / "Markus Reuter" / the bio: the writer's name on a line of its own.
            name, j = j, doc.next_content(j)
            if j is None:
                continue
        end = doc.block_end(j)
        n = sum(doc.words[j:end + 1])
        evidence = _bio_evidence(" ".join(lines[j:end + 1]).strip())
        if n <= _MAX_BIO_WORDS and (
            evidence
            or key in AUTHOR and p.WRITER_WORDS.search(lines[j])
            # "Autor" / "Dr. Max Muster" / "ist Gründungspartner der Kanzlei ...".
            or name is not None and p.NAME_CONTINUATION.match(lines[j])
        ):
            yield h, f"author box header {lines[h].strip()!r}"
            if name is not None:
                yield name, "writer's name in the author box"
            for t in range(j, end + 1):
                yield t, evidence or "bio under an author header"
            claimed = end
    tail = doc.tail_start(1.0 - _BIO_TAIL)
    lower = doc.lower
    blocks = doc.blocks
    # Whether a line opens with a hint depends on the line alone: known from an earlier pass.
    hinted = per_line(doc, "bio-hint", lambda i: _HINT(lower[i], 0, _BIO_HINT_CHARS) is not None)
    for first, last in blocks[bisect_left(blocks, (max(tail, claimed + 1), -1)):]:
        if not hinted(first):
            continue
        evidence = _bio_evidence(lines[first]) or _site_evidence(lines[first:last + 1])
        if evidence and sum(doc.words[first:last + 1]) <= _MAX_BIO_WORDS:
            for t in range(first, last + 1):
                yield t, evidence
