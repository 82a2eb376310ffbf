"""repeated-title: the headline printed a second time."""

from __future__ import annotations

import regex

from ..document import fold
from .base import rule

# Separators between a page title and the site name: "Headline - Site", "Site | Headline".
_SITE_SEPARATOR = regex.compile(r"\s+(?:[-|–—·•:]|::|»|›)\s+")
_MAX_TITLE_CHARS = 300
# A first line of one or two words ("SANTA CRUZ", "Politik") is a dateline or a label more
# often than a headline; its repeats are left alone.
_MIN_TITLE_WORDS = 3


def _quote(text: str, limit: int = 60) -> str:
    """The headline as evidence: quoted, cut at `limit` characters. (Not a line number: in the
    engine's later passes lines are counted in the shortened text.)"""
    return repr(text if len(text) <= limit else text[:limit - 1] + "\u2026")


# The starts of a byline or a date line, which may follow a copy of the headline in lower case.
_STAMP_STARTS = ("by ", "von ", "par ", "por ", "di ", "door ", "przez ", "posted", "published", "updated", "written",
                 "veröffentlicht", "aktualisiert", "publié", "mis à jour", "publicado", "actualizado", "pubblicato",
                 "aggiornato", "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano")


_DIGIT = regex.compile(r"\d")
# A line of verse below the copy has a few words ("are calling me home").
_VERSE_WORDS = 2


def _verse(doc, i: int) -> bool:
    """Whether the copy at line i is a line of the text that says the headline's words again: a
    refrain of a poem or song ("The harbour lights" / "are calling me home"), a sentence run on
    into it. It is written in lower case ("the harbour lights"), or its block goes on in lower
    case right below it (not a byline or a date: "by Jane Roe", "updated 3 hours ago"), or the
    line right above it ends with a comma or a semicolon. A verse holds no figures, and a copy
    that ends like a sentence ("Hol dir die App!" / "watson auf Facebook") is a button's."""
    lines = doc.lines
    text = lines[i].strip()
    if _DIGIT.search(text) or text.endswith(("!", "?", ".")):
        return False
    if text[:1].islower():
        return True
    if i + 1 < len(lines) and doc.words[i + 1] >= _VERSE_WORDS:
        below = lines[i + 1].lstrip()
        if (below[:1].islower() and not _DIGIT.search(below)
                and not doc.lower[i + 1].lstrip().startswith(_STAMP_STARTS)):
            return True
    return i > 0 and doc.words[i - 1] > 0 and lines[i - 1].rstrip().endswith((",", ";"))


@rule("repeated-title")
def repeated_title(doc, config):
    """A later copy of the headline, or a page title that is the headline plus the site name.

    Scraped pages print the headline in the page title, the article header and often again
    above the body. The first line is taken as the headline; a later line equal to it after
    folding quotes, dashes, case and spaces is removed. When the first line is
    "Headline - Site" and "Headline" follows, the first line is the removed copy.

    Avoids: lines that merely share words with the title (only whole-line equality counts),
    and a refrain of a poem or song that repeats its title: a copy in lower case, or run on
    into the line below in lower case ("The harbour lights" / "are calling me home"), or from a
    line above that ends with a comma.

    >>> from cleaner import clean
    >>> clean("Japan\u2019s exports rise\\n\\nJapan's exports rise\\nExports grew 3% in May.")
    'Japan\u2019s exports rise\\n\\nExports grew 3% in May.'
    """
    first = doc.first_content()
    if first is None:
        return
    title = doc.lines[first].strip()
    if doc.words[first] < _MIN_TITLE_WORDS or len(title) > _MAX_TITLE_CHARS:
        return
    key = doc.folded(first)
    # Site-name variants of the first line: the parts around its separators.
    parts = _SITE_SEPARATOR.split(title)
    variants: dict[str, str] = {}
    if len(parts) > 1:
        for cut in range(1, len(parts)):
            for part in (" - ".join(parts[:cut]), " - ".join(parts[cut:])):
                folded = fold(part)
                if len(folded.split()) >= 3:
                    variants.setdefault(folded, part)
    # A copy holds the longest word of the headline or of a variant: a substring search finds
    # the few candidates worth folding, and a length window (folding changes a line's length
    # only by the spaces it collapses) thins them out.
    lengths = [len(key), *map(len, variants)]
    lo, hi = min(lengths) - 2, max(lengths) + max(lengths) // 5 + 4
    firsts = tuple(sorted({max(k.split(), key=len) for k in (key, *variants)}))
    title_line_removed = False
    lower = doc.lower
    for i in [i for i in doc.lines_with(*firsts, lower=True, vocabulary=False) if lo <= len(lower[i]) <= hi]:
        if i <= first:
            continue
        folded = doc.folded(i)
        if folded == key:
            if not _verse(doc, i):
                yield i, f"same as the headline {_quote(title)}"
        elif folded in variants and not title_line_removed:
            title_line_removed = True
            yield first, f"page title: the headline {_quote(doc.lines[i].strip())} plus the site name"
