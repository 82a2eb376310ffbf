"""Line predicates shared by the rules and guards."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, TypeVar

import regex

from ..document import label_key
from ..patterns import SENTENCE_END, script_words, unmarked_end

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document

T = TypeVar("T")


def is_prose(doc: "Document", i: int, config: "Config") -> bool:
    """A long line that ends like a sentence: the kind of line an article is made of."""
    line, n = doc.lines[i], doc.words[i]
    # (A line's script words are never fewer than its words: they are counted only when needed.)
    return ((n >= config.prose_words or script_words(line, n) >= config.prose_words)
            and line.rstrip().endswith(SENTENCE_END))


# The full stops, question and exclamation marks that end a sentence: the Latin ones, the CJK
# full-width ones, the Arabic question mark and the Urdu full stop, the Devanagari danda, the
# Greek question mark, the Armenian, Ethiopic, Myanmar, Khmer and Tibetan full stops.
SENTENCE_STOPS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", "\u061f", "\u06d4", "\u0964", "\u0965", "\u037e",
                  "\u0589", "\u1362", "\u104b", "\u17d4", "\u0f0d")
# Thai and Lao mark no sentence's end: a line in them is a sentence from this many words (see
# `patterns.script_words`; about 32 letters), longer than a teaser's headline.
UNMARKED_SENTENCE_WORDS = 16


def is_sentence(doc: "Document", i: int) -> bool:
    """A line of several words that ends like a sentence (a paragraph, not a teaser headline)."""
    line, n = doc.lines[i], doc.words[i]
    if n < 8 and script_words(line, n) < 8:
        return False
    end = line.rstrip()
    return end.endswith(SENTENCE_STOPS) or (unmarked_end(end) and script_words(line, n) >= UNMARKED_SENTENCE_WORDS)


# The article's first sentence stands at most this many lines below its headline ...
HEADLINE_REACH = 8
# ... or, below a headline the title line names, this many: its standfirst, byline and date,
# a row of share buttons ("Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit") and
# a photo's caption may stand between them (see guards._TITLE_REACH).
TITLED_HEADLINE_REACH = 16


def article_below(doc, j: int, reach: int = HEADLINE_REACH) -> bool:
    """Whether a sentence of the article follows line j within `reach` lines."""
    k = doc.next_content(j)
    for _ in range(reach):
        if k is None:
            return False
        if is_sentence(doc, k):
            return True
        k = doc.next_content(k)
    return False


# A term of a glossary or the heading of a short section has at most this many words
# ("Terms of service") ...
TERM_WORDS = 4
# ... and stands over one sentence of at least this many words.
TERM_TEXT_WORDS = 4
# A glossary or a page of short sections shows at least this many headings in a row, of which
# at least this many are no chrome label (see `heading_run`).
TERM_RUN = 3
TERM_FREE = 2
_TERM_CLOSERS = "\"'\u201c\u201d\u2019\u00bb\u00ab)"


def heading_run(doc: "Document", i: int, taken: Callable[[int], bool], memo: dict | None = None) -> tuple[int, int]:
    """For line i, a short heading right over one sentence ("Impressum" / "Die Pflichtangaben
    über den Anbieter einer Website."): how many such headings stand in a row with it (terms
    of a glossary, short sections), each as far above its sentence as line i is, and how many
    of the others are not `taken` (a rule's claims, the classifier's chrome labels). (0, 0)
    when line i is no such heading, a sentence of the run is taken, or the run stands under a
    taken line (the last item of a menu over the headline breaks off the run above it); a run
    may open the text ("Moving house? A checklist" / "Moving is stressful." / "Two months
    before" / "Book a removal firm." ...).

    A caller that asks about many lines with the same `taken` passes one dict as `memo`: the
    walks up and down a run are then shared, and a run of n headings costs n steps instead of
    n * n (a text of many glossaries, or of "Home" over a sentence again and again)."""
    words, lines = doc.words, doc.lines
    # (Most lines asked about are a menu's or a footer's labels over another label: two
    # lookups turn them away.)
    after = doc.next_content(i)
    if words[i] > TERM_WORDS or after is None or words[after] < TERM_TEXT_WORDS:
        return 0, 0

    def text(j: int | None) -> bool:
        # (A sentence's full stop, question or exclamation mark, quotes after it allowed: not a
        # teaser's ellipsis, nor a form's or a widget's colon, "Your email:".)
        if j is None or taken(j) or words[j] < TERM_TEXT_WORDS:
            return False
        end = lines[j].rstrip().rstrip(_TERM_CLOSERS)
        return end.endswith((".", "!", "?")) and not end.endswith(("...", "\u2026"))

    def heading(j: int | None) -> bool:
        return (j is not None and words[j] <= TERM_WORDS
                and not lines[j].rstrip().endswith((*SENTENCE_END, ",", "...", "\u2026")))

    if not (heading(i) and text(after)):
        return 0, 0
    memo = {} if memo is None else memo
    gap = after - i
    # The terms above: a sentence, its heading, the sentence above that ... From line t, the
    # line above the highest heading so far, the rest of the walk depends on t and the gap
    # only: (headings above, of them not taken, the line the walk stops at, the highest heading
    # and its sentence).
    t = doc.prev_content(i)
    path: list[tuple[int | None, int, bool]] = []
    while True:
        known = memo.get(("up", t, gap))
        if known is not None:
            up, up_free, stop, top = known
            break
        h = doc.prev_content(t) if text(t) else None
        above = doc.prev_content(h) if heading(h) and t - h == gap else None
        if h is None or not heading(h) or t - h != gap or taken(h) and (above is None or taken(above)):
            up, up_free, stop, top = 0, 0, t, None
            break
        path.append((t, h, not taken(h)))
        t = above
    for at, h, free_heading in reversed(path):
        up, up_free, top = up + 1, up_free + free_heading, top or (h, at)
        memo["up", at, gap] = (up, up_free, stop, top)
    run, free = 1 + up, up_free
    if stop is not None and taken(stop):
        # Under a menu's last label the run's first heading and sentence may be the article's
        # headline and standfirst ("The subscription trap" / "Cancelling a gym membership should
        # be as easy as joining. ..."): the run below them stands under a sentence. (The first
        # teaser under a list's header is a headline over its blurb too: the rest of the run
        # must still make one, TERM_RUN headings of which TERM_FREE unclaimed.)
        if top is None or taken(top[0]) or not is_sentence(doc, top[1]):
            return 0, 0
        run, free = run - 1, free - 1
    # ... and below: from a sentence of the run, the rest depends on it and the gap only.
    t = after
    path2: list[tuple[int, bool]] = []
    while True:
        known = memo.get(("down", t, gap))
        if known is not None:
            down, down_free = known
            break
        h = doc.next_content(t)
        below = doc.next_content(h) if heading(h) else None
        if not heading(h) or not text(below) or below - h != gap:
            down, down_free = 0, 0
            break
        path2.append((t, not taken(h)))
        t = below
    for at, free_heading in reversed(path2):
        down, down_free = down + 1, down_free + free_heading
        memo["down", at, gap] = (down, down_free)
    return run + down, free + down_free


def position(doc: "Document", i: int) -> float:
    """Relative position of line i in the document, 0.0 at the top and 1.0 at the bottom."""
    return i / max(1, len(doc.lines) - 1)


# A footer or header row of links: "Impressum | Datenschutz | AGB", "Home · About · Privacy
# Policy", "Log in / Register". Separators of fixed width: the items are stripped afterwards, so
# a run of spaces is never split between two quantifiers (which made a 20 000-space line take
# seconds).
_ROW_SEPARATOR = regex.compile(r"\||\s[\u00b7\u2022/]\s")
# Substrings a row of links holds.
ROW_NEEDLES = ("|", "\u00b7", "\u2022", " / ")
#: The longest row of links, in words.
MAX_ROW_WORDS = 24


def row_items(line: str) -> list[str]:
    """The `label_key` of each item of a row of links, in order."""
    return [label_key(item) for item in _ROW_SEPARATOR.split(line) if item.strip()]


_MISSING = object()


def per_line(doc: "Document", name: str, fact: Callable[[int], T]) -> Callable[[int], T]:
    """`fact` of a line index, remembered in the document's "per-line" memo `name`. Use it for
    a fact that depends on the line's text alone: the engine's next pass keeps the memo's
    entries for the lines that stay uncut (see `Document.memo`), so each line is judged once."""
    known = doc.memo.setdefault(("per-line", name), {})

    def get(i: int) -> T:
        found = known.get(i, _MISSING)
        if found is _MISSING:
            found = known[i] = fact(i)
        return found

    return get


def link_rows(doc: "Document") -> dict[int, list[str]]:
    """The lines of up to MAX_ROW_WORDS words that split into two or more link items, with
    their items (`row_items`), found once per document for the rules that judge rows of
    links (legal, navigation and comment-feed rows)."""
    rows = doc.memo.get("link_rows")
    if rows is None:
        lines, words = doc.lines, doc.words
        split = per_line(doc, "link-row", lambda i: row_items(lines[i]) if words[i] <= MAX_ROW_WORDS else None)
        rows = doc.memo["link_rows"] = {}
        for i in doc.lines_with(*ROW_NEEDLES, lower=True, max_words=MAX_ROW_WORDS):
            items = split(i)
            if items is not None and len(items) >= 2:
                rows[i] = items
    return rows  # type: ignore[return-value]


# The separators between a page title's headline and the site's name ("Headline | Site",
# "Headline - Site", "Site » Headline").
# (Compared folded: dashes are "-" and guillemets '"'.)
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-»\"·•:]|::)\s+")


def title_parts(doc) -> tuple[str, ...]:
    """The page's title line (the first line of a full-page dump), folded, followed by its parts
    split at the separators between a headline and the site's name ("Headline | Site"), in
    order. Found in the first pass and kept for the later ones, where the title line may be
    gone."""
    parts = doc.memo.get("title-parts")
    if parts is None:
        first = doc.first_content()
        folded = " ".join(doc.lower[first].split()).strip(_TITLE_STRIP) if first is not None else ""
        parts = doc.memo["title-parts"] = (folded, *(part.strip(_TITLE_STRIP) for part in _TITLE_SEPARATORS.split(folded)))
    return parts


def _title_prefixes(folded: str) -> list[str]:
    """The title line cut before each separator: "update | deceased crash victims identified" of
    "Update | Deceased crash victims identified | News | Site", where the headline itself holds
    a separator. None holds the title's last part."""
    return [folded[:m.start()].strip(_TITLE_STRIP) for m in _TITLE_SEPARATORS.finditer(folded)]


def title_keys(doc) -> frozenset[str]:
    """The keys (as `_repeated` compares them) of the title line, of its parts and of its
    beginnings up to a separator, of two words or more (see `title_parts`): the headline printed
    again above the article (and in a breadcrumb) is no label repeated around the article. Which
    part is the headline and which the site's name is not told by length ("Short headline | Long
    Name of the Publishing House"): every part is kept, and a site's name printed in the header
    and the footer stays now and then. Kept for the later passes, like `title_parts`."""
    found = doc.memo.get("title-keys")
    if found is None:
        parts = title_parts(doc)
        found = doc.memo["title-keys"] = frozenset(part for part in (*parts, *_title_prefixes(parts[0])) if _word_count(part) >= 2)
    return found


def headline_keys(doc) -> frozenset[str]:
    """`title_keys` but for the last part of a title of several: the site's name, most often
    ("Headline | Site")."""
    found = doc.memo.get("headline-keys")
    if found is None:
        parts = title_parts(doc)
        if len(parts) <= 2:
            found = title_keys(doc)
        else:
            found = frozenset(part for part in (*parts[:-1], *_title_prefixes(parts[0])) if _word_count(part) >= 2)
        doc.memo["headline-keys"] = found
    return found


_TITLE_STRIP = " .:;,!?|-–—»«•·\"'"


def _word_count(text: str) -> int:
    return len(text.split())
