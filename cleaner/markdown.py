"""Markdown dumps: the words a reader sees on each line.

Many scrapers write Markdown: links as ``[text](url)``, images as ``![alt](url)``, headings as
``## Title``, emphasis as ``**bold**``. The words of such a line hide between syntax: a menu
item is ``* [Home](https://example.com/)``, a share row is three links, a teaser is
``**Read more:** [Headline](url)``. The rules read what a reader sees instead (``* Home``),
and their decisions are applied to the input's lines: the output is the input's Markdown
without the chrome, never a rendering of it.

The view has the same lines as the text (no construct spans a line end), so a decision on a
line of the view is a decision on the same line of the text; a cut inside a line is mapped
back to the text's columns by `Shown.column`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Inline syntax, one construct per match, never across a line end. What a reader sees of it:
# group 1, a link's text or an image's alt text (an image inside a link shows its alt text);
# group 2, the words inside **. Headings ("## Title"), single stars and underscores stay as
# they are: in plain dumps they are as often code comments, tags ("# Maschinenbau"), dunders
# and "*sigh*", and the rules already read "#" and "*" as marks at a line's ends. Each part
# is a run of characters that cannot hold the part's end, and none runs past a bracket, so
# the scans from two starts never overlap: linear on any line ("[" * 10**6, "[a](x" * 10**5).
_URL = r"\((?:[^()\[\]\s]|\([^()\[\]\s]*\))*(?:[ \t]+\"[^\"\r\n]*\")?\)"
_SYNTAX = re.compile(
    r"!?\[((?:!\[[^\[\]\r\n]*\]" + _URL + r"|[^\[\]\r\n])*)\]" + _URL  # [text](url), ![alt](url)
    + r"|(?<![\w*])\*\*(?=[^\s*])([^*\r\n]+)(?<=[^\s*])\*\*(?![\w*])"  # **bold**, not "f**k"
)
_IMAGE = re.compile(r"!\[([^\[\]\r\n]*)\]" + _URL)
_NEWLINE = re.compile(r"\r\n|\r|\n")


def _visible(match: re.Match) -> str:
    link, bold = match.group(1, 2)
    if link is not None:
        return _IMAGE.sub(r"\1", link) if "](" in link else link
    return bold or ""


class Shown:
    """The reader's view of a Markdown text: `text` has the same lines as the input."""

    __slots__ = ("text", "_edits")

    def __init__(self, text: str, edits: dict[int, list[tuple[int, int, int, int]]]) -> None:
        self.text = text
        # Per changed line, for each construct in order: its column in the view, its column in
        # the input, the length of what it shows and its length in the input.
        self._edits = edits

    def column(self, line: int, col: int) -> int:
        """The input column of view column `col` on line `line`. A column inside a construct
        maps to the construct's start: a cut never leaves half a link behind."""
        shift = 0
        for view_at, input_at, shows, width in self._edits.get(line, ()):
            if col < view_at:
                break
            if col < view_at + shows:
                return input_at
            shift = input_at + width - view_at - shows
        return col + shift


def shown(text: str) -> Shown | None:
    """The reader's view of `text`, or None when it holds no Markdown syntax (for a plain dump,
    a few substring tests).

    >>> shown("* [Home](https://example.com/)\\n## **Rain** on Sunday").text
    '* Home\\n## Rain on Sunday'
    """
    if "](" not in text and "**" not in text:
        return None
    starts: list[int] | None = None
    pieces: list[str] = []
    edits: dict[int, list[tuple[int, int, int, int]]] = {}
    pos = 0
    line = -1
    dropped = 0  # characters the constructs before this one on the same line took out
    for m in _SYNTAX.finditer(text):
        if starts is None:
            starts = [0] + [n.end() for n in _NEWLINE.finditer(text)]
        start, end = m.span()
        at = bisect_right(starts, start) - 1
        if at != line:
            line, dropped = at, 0
        piece = _visible(m)
        col = start - starts[line]
        edits.setdefault(line, []).append((col - dropped, col, len(piece), end - start))
        dropped += end - start - len(piece)
        pieces.append(text[pos:start])
        pieces.append(piece)
        pos = end
    if not edits:
        return None
    pieces.append(text[pos:])
    return Shown("".join(pieces), edits)
