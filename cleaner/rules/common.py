"""Line predicates shared by the rules and guards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..patterns import SENTENCE_END

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document


def is_prose(doc: "Document", i: int, config: "Config") -> bool:
    """A long line that ends like a sentence: the kind of line an article is made of."""
    return doc.words[i] >= config.prose_words and doc.lines[i].rstrip().endswith(SENTENCE_END)


def is_sentence(doc: "Document", i: int) -> bool:
    """A line of several words that ends like a sentence (a paragraph, not a teaser headline)."""
    return doc.words[i] >= 8 and doc.lines[i].rstrip().endswith((".", "!", "?", "\u3002"))


def position(doc: "Document", i: int) -> float:
    """Relative position of line i in the document, 0.0 at the top and 1.0 at the bottom."""
    return i / max(1, len(doc.lines) - 1)
