"""Line predicates shared by the rules and guards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, TypeVar

import regex

from ..document import label_key
from ..patterns import SENTENCE_END

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document

T = TypeVar("T")


def is_prose(doc: "Document", i: int, config: "Config") -> bool:
    """A long line that ends like a sentence: the kind of line an article is made of."""
    return doc.words[i] >= config.prose_words and doc.lines[i].rstrip().endswith(SENTENCE_END)


def is_sentence(doc: "Document", i: int) -> bool:
    """A line of several words that ends like a sentence (a paragraph, not a teaser headline)."""
    return doc.words[i] >= 8 and doc.lines[i].rstrip().endswith((".", "!", "?", "\u3002"))


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
