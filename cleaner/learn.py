"""Learn a site profile: the lines a source prints on many of its documents.

A site's own boilerplate ("The Rush Hour Daily is an independent newsroom.", a footer, a
disclaimer) is in no generic vocabulary, but it repeats across the site's pages while article
text does not. `learn_profile` counts, per source, in how many documents each line occurs and
keeps the lines that occur in enough of them. The result is a plain dict meant to be written as
JSON, read by a person, edited, and loaded with `cleaner.Profile.load`:

    {"cleaner_profile": 1,
     "thresholds": {"min_docs": 5, "min_share": 0.3, "max_words": 20, "prose_share": 0.8},
     "totals": {"documents": 120, "duplicates": 0, "sources": 2, "lines": 7, "held": 1},
     "sources": {"example.com": {"documents": 60,
                                 "lines": [{"text": "Subscribe to our print edition", "docs": 57, "share": 0.95}],
                                 "held": [{"text": "Ingredients", "docs": 44, "share": 0.73,
                                           "reason": "..."}]}}}

``lines`` are removed by `clean(text, profile=...)` (rule ``site-profile``); ``held`` lists
lines that passed the counts but look like article text, for a person to move into ``lines``
if they are in fact boilerplate. Delete an entry of ``lines`` to keep that line.

Lines are compared exactly as the ``site-profile`` rule compares them: `cleaner.document.fold`
(quotes and dashes folded, whitespace collapsed, lower case). Digits are not normalised, so a
"© 2023 Example" and a "© 2024 Example" are different lines (the generic ``legal-notice`` rule
takes both).

Learning is pure and cheap, but its memory grows with the number of distinct lines seen; to
learn from a very large corpus, pass a sample (a few hundred documents per source is plenty).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath
from typing import Iterable
from urllib.parse import urlsplit

from .document import Document
from .markdown import shown

FORMAT_VERSION = 1

# A Wayback Machine capture: /web/<timestamp>[modifier]/<archived url>
_ARCHIVED = re.compile(r"^/web/\d+[a-z_]*/(.+)$")

MIN_DOCS = 5
"""A line must occur in at least this many documents of a source. Two articles about the same
event may share a quote or a sentence of agency copy; five documents sharing a line is a
template, not a coincidence."""

MIN_SHARE = 0.3
"""... and in at least this share of the source's documents. Boilerplate sits on most pages of
a site; a line on 30% of them is still a section's template (a footer of one of its sections),
while a phrase that several articles happen to share is far rarer."""

MAX_WORDS = 20
"""Lines longer than this many words read like article prose (the same bound as
`Config.prose_words`); they are learned only when they occur in `PROSE_SHARE` of the documents.
A long disclaimer printed on every page passes; a paragraph shared by a series of articles does
not. (Note that the ``prose-guard`` keeps a line of ``prose_words`` words ending like a sentence
against ``site-profile`` at clean time unless that rule is allowed to remove prose.)"""

PROSE_SHARE = 0.8
"""Share of a source's documents a prose-like line must occur in to be learned (see MAX_WORDS)."""

SENTENCE_WORDS = 8
"""A line of at least this many words ending like a sentence is a sentence: it is held back,
not learned, when the source's documents are mostly made of learned lines (copies of one page),
since then it is likely the copied article itself."""

HEADING_WORDS = 6
"""A line of at most this many words standing between two sentences reads as a subheading ("Ingredients", "What happened next"). Recipe and how-to sites repeat the
same subheadings on every page; they are article text, so such lines are held back for review."""

COPY_SHARE = 0.6
"""When the learned lines make up more than this share of all the words of a source's
documents, the documents are mostly copies of one page, and its sentences are held back (see
SENTENCE_WORDS). Full-page dumps are often half menus and footers, hence well above one half."""

HELD_MAX = 50
"""At most this many held-back candidates are listed per source (the most frequent first)."""


def source_of(url_or_path: str) -> str:
    """The source key of a document: the host name of a URL (without a leading ``www.`` and
    port, lower case), or the name of the folder a file path is in ("" for a bare file name).

    >>> source_of("https://www.Example.com:8080/news/2024/story.html")
    'example.com'
    >>> source_of("https://web.archive.org/web/20190101000000/http://example.org/a")  # the archived site
    'example.org'
    >>> source_of("dumps/site-a/page-17.txt")
    'site-a'
    >>> source_of("page.txt")
    ''
    """
    value = (url_or_path or "").strip()
    if "://" in value or value.startswith("//"):
        parts = urlsplit(value)
        host = (parts.hostname or "").lower().rstrip(".")
        archived = _ARCHIVED.match(parts.path) if host == "web.archive.org" else None
        if archived:
            inner = archived.group(1)
            if "://" not in inner:
                inner = "//" + inner
            if "." in (urlsplit(inner).hostname or ""):
                return source_of(inner)
        return host[4:] if host.startswith("www.") else host
    path = PurePath(value)
    if value.endswith(("/", "\\")):
        return path.name
    return path.parent.name


class _Seen:
    """Counts for one source."""

    __slots__ = ("documents", "words", "digests", "lines")

    def __init__(self) -> None:
        self.documents = 0
        self.words = 0
        self.digests: set[bytes] = set()
        # folded line -> [documents it occurs in, documents where it sits between two sentences,
        #                 first original form, word count]
        self.lines: dict[str, list] = {}


def _is_sentence(line: str, words: int) -> bool:
    return words >= SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?", "\u3002"))


def _count(seen: _Seen, text: str) -> bool:
    """Count the lines of one document; False for a duplicate of a document already counted."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    if digest in seen.digests:
        return False
    seen.digests.add(digest)
    seen.documents += 1
    view = shown(text)  # a Markdown dump's lines as the rules read them
    doc = Document(text if view is None else view.text)
    words = doc.words
    content = doc.content
    local: set[str] = set()
    for n, i in enumerate(content):
        line = doc.lines[i]
        if not any(c.isalpha() for c in line):
            continue  # numbers and punctuation: list markers, table cells, dates
        key = doc.folded(i)
        seen.words += words[i]
        if key in local:
            continue
        local.add(key)
        between = (
            words[i] <= HEADING_WORDS
            and 0 < n < len(content) - 1
            and _is_sentence(doc.lines[content[n - 1]], words[content[n - 1]])
            and _is_sentence(doc.lines[content[n + 1]], words[content[n + 1]])
        )
        entry = seen.lines.get(key)
        if entry is None:
            seen.lines[key] = [1, int(between), line.strip(), words[i]]
        else:
            entry[0] += 1
            entry[1] += between
    return True


def _check(value, name: str, low: float, high: float | None, integer: bool = False):
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    if not ok or isinstance(value, bool) or value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        kind = "a whole number" if integer else "a number"
        raise ValueError(f"{name} must be {kind} {bound}, not {value!r}.")


def learn_profile(
    groups: Iterable[tuple[str, str]],
    *,
    min_docs: int = MIN_DOCS,
    min_share: float = MIN_SHARE,
    max_words: int = MAX_WORDS,
    prose_share: float = PROSE_SHARE,
) -> dict:
    """Learn the lines that repeat across documents of the same source.

    `groups` yields ``(source, text)`` pairs; `source` is a site key such as `source_of(url)`.
    A line is learned for a source when it occurs in at least `min_docs` of its documents and in
    at least `min_share` of them (`prose_share` for lines longer than `max_words` words).
    Identical documents count once. Lines that read as subheadings, and sentences of sources
    whose documents are mostly repeated lines, are listed under ``held`` instead. Returns the
    JSON-ready dict described in the module docstring.

    >>> docs = [("a.org", f"Story {n} begins here.\\nShare this story\\nA.org, news since 1901") for n in range(6)]
    >>> profile = learn_profile(docs)
    >>> [(entry["text"], entry["docs"]) for entry in profile["sources"]["a.org"]["lines"]]
    [('A.org, news since 1901', 6), ('Share this story', 6)]
    """
    _check(min_docs, "min_docs", 1, None, integer=True)
    _check(min_share, "min_share", 0.0, 1.0)
    _check(max_words, "max_words", 1, None, integer=True)
    _check(prose_share, "prose_share", 0.0, 1.0)
    seen: dict[str, _Seen] = {}
    duplicates = 0
    total = 0
    from .batch.pairs import text_pairs

    for source, text in text_pairs(groups, "learn_profile", "source"):
        total += 1
        state = seen.get(source)
        if state is None:
            state = seen[source] = _Seen()
        if not _count(state, text):
            duplicates += 1

    sources = {}
    for source in sorted(seen, key=str):
        state = seen[source]
        learned, held = _select(state, min_docs, min_share, max_words, prose_share)
        if learned:
            learned, held = _copies(state, learned, held)
        if learned or held:
            n = state.documents
            sources[str(source)] = {
                "documents": n,
                "lines": [_entry(state, key, n) for key in learned],
                "held": [dict(_entry(state, key, n), reason=reason) for key, reason in held[:HELD_MAX]],
            }
    return {
        "cleaner_profile": FORMAT_VERSION,
        "about": (
            "Lines that repeat across documents of one source, removed by cleaner as 'site-profile'. "
            "Delete an entry from 'lines' to keep that line; move an entry from 'held' to 'lines' to "
            "remove it. Lines are compared case-insensitively with spaces, quotes and dashes folded."
        ),
        "thresholds": {"min_docs": min_docs, "min_share": min_share, "max_words": max_words, "prose_share": prose_share},
        "totals": {
            "documents": total,
            "duplicates": duplicates,
            "sources": len(seen),
            "sources_with_lines": sum(1 for entry in sources.values() if entry["lines"]),
            "lines": sum(len(entry["lines"]) for entry in sources.values()),
            "held": sum(len(entry["held"]) for entry in sources.values()),
        },
        "sources": sources,
    }


def _select(state: _Seen, min_docs: int, min_share: float, max_words: int, prose_share: float):
    """Lines passing the counts, most frequent first, and the candidates held back with why."""
    n = state.documents
    learned: list[str] = []
    held: list[tuple[str, str]] = []
    for key, (docs, between, _, words) in state.lines.items():
        if docs < min_docs or docs < min_share * n:
            continue
        if words > max_words and docs < prose_share * n:
            held.append((key, f"{words} words read like article prose; learned only on {prose_share:.0%} of the documents"))
        elif between * 2 > docs:
            held.append((key, f"stands between two sentences, like a subheading, in {between} of {docs} documents"))
        else:
            learned.append(key)
    order = lambda key: (-state.lines[key][0], key)  # noqa: E731
    learned.sort(key=order)
    held.sort(key=lambda item: order(item[0]))
    return learned, held


def _copies(state: _Seen, learned: list[str], held: list[tuple[str, str]]):
    """Hold back the sentences of a source whose text is mostly learned lines: copies of one
    page (a syndicated story, a page scraped many times) would otherwise teach the profile its
    article."""
    covered = sum(state.lines[key][0] * state.lines[key][3] for key in learned)
    if covered <= COPY_SHARE * state.words:
        return learned, held
    keep, moved = [], []
    for key in learned:
        entry = state.lines[key]
        if _is_sentence(entry[2], entry[3]):
            share = covered / state.words
            moved.append((key, f"repeated lines make up {share:.0%} of this source's words; "
                               "a repeated sentence there may be a copied article"))
        else:
            keep.append(key)
    return keep, sorted(held + moved, key=lambda item: (-state.lines[item[0]][0], item[0]))


def _entry(state: _Seen, key: str, n: int) -> dict:
    docs, _, text, _ = state.lines[key]
    return {"text": text, "docs": docs, "share": round(docs / n, 3)}
