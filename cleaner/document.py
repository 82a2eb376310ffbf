"""Segmentation: a text becomes lines with character offsets, grouped into blocks.

Everything downstream addresses the input by line index; offsets let an explanation point at
the exact characters a decision covers. Line features are computed lazily, once per document,
with C-level builtins over whole lists, because `clean()` runs over millions of documents.
"""

from __future__ import annotations

import re
from itertools import accumulate

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Characters stripped from both ends of a line before it is compared with a label
# ("Tags:", "» Most Read", "• Share", "Teilen |").
_LABEL_STRIP = "?¿¡ \t\u00a0\u200b\u2022\u00b7\u25cf\u25aa\u25ba\u25b8\u203a\u00bb\u00ab\u2039>|:;,.\u2026!-\u2013\u2014*#=+~/\\[](){}"
# Quotes and apostrophes folded so a repeated title matches whatever quotes the copy uses.
_FOLD_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " ",
})
_SPACES = re.compile(r"\s+")
# A line is a label candidate (a menu item, "Share", "Most Read") only when it is this short;
# longer lines are never looked up in the label vocabulary, which keeps the lookup cheap.
LABEL_MAX_CHARS = 64


def fold(text: str) -> str:
    """Normalise a line for equality tests: quotes folded, spaces collapsed, case folded.

    >>> fold("North Korea\u2019s  \u201cmalicious\u201d cyber")
    'north korea\\'s "malicious" cyber'
    """
    return _SPACES.sub(" ", text.translate(_FOLD_QUOTES)).strip().casefold()


def label_key(line: str) -> str:
    """The key a short line is looked up under in the label vocabulary.

    >>> label_key("  \u2022 Most Read:  ")
    'most read'
    """
    return fold(line).strip(_LABEL_STRIP)


class Document:
    """A text split into lines, with offsets, blocks and lazily computed features.

    A *block* is a maximal run of non-blank lines. Offsets index the original text, so
    CR and CRLF line ends are supported without rewriting the input.
    """

    __slots__ = ("text", "lines", "starts", "memo", "profile", "_blank", "_blocks", "_keys", "_words", "_folded")

    def __init__(self, text: str, profile=None) -> None:
        self.text = text
        self.profile = profile
        """The site profile passed to `clean`, or None."""
        if "\r" in text:
            lines: list[str] = []
            starts: list[int] = []
            pos = 0
            for m in _NEWLINE.finditer(text):
                lines.append(text[pos:m.start()])
                starts.append(pos)
                pos = m.end()
            lines.append(text[pos:])
            starts.append(pos)
        else:
            lines = text.split("\n")
            starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
        self.lines = lines
        self.starts = starts
        self.memo: dict[str, object] = {}
        """Per-document results shared between rules (never between documents)."""
        self._blank: list[bool] | None = None
        self._blocks: list[tuple[int, int]] | None = None
        self._keys: list[str | None] | None = None
        self._words: list[int] | None = None
        self._folded: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.lines)

    # -- per-line features -------------------------------------------------------------
    @property
    def blank(self) -> list[bool]:
        if self._blank is None:
            self._blank = [not line or line.isspace() for line in self.lines]
        return self._blank

    @property
    def words(self) -> list[int]:
        """Whitespace-separated token count of each line."""
        if self._words is None:
            self._words = [len(line.split()) for line in self.lines]
        return self._words

    @property
    def keys(self) -> list[str | None]:
        """`label_key` of every short line; None for long and blank lines."""
        if self._keys is None:
            self._keys = [
                label_key(line) if len(line) <= LABEL_MAX_CHARS and not blank else None
                for line, blank in zip(self.lines, self.blank)
            ]
        return self._keys

    def folded(self, i: int) -> str:
        """`fold` of line i, memoised per document."""
        value = self._folded.get(i)
        if value is None:
            value = self._folded[i] = fold(self.lines[i])
        return value

    # -- structure ---------------------------------------------------------------------
    @property
    def blocks(self) -> list[tuple[int, int]]:
        """(first, last) line indexes of each run of non-blank lines, in order."""
        if self._blocks is None:
            blocks = []
            first = None
            for i, blank in enumerate(self.blank):
                if blank:
                    if first is not None:
                        blocks.append((first, i - 1))
                        first = None
                elif first is None:
                    first = i
            if first is not None:
                blocks.append((first, len(self.lines) - 1))
            self._blocks = blocks
        return self._blocks

    def next_content(self, i: int) -> int | None:
        """Index of the first non-blank line after line i, or None."""
        blank = self.blank
        for j in range(i + 1, len(blank)):
            if not blank[j]:
                return j
        return None

    def prev_content(self, i: int) -> int | None:
        """Index of the last non-blank line before line i, or None."""
        blank = self.blank
        for j in range(i - 1, -1, -1):
            if not blank[j]:
                return j
        return None

    def first_content(self) -> int | None:
        return self.next_content(-1)

    def span(self, i: int) -> tuple[int, int]:
        """Character span of line i's content in the original text (line end excluded)."""
        start = self.starts[i]
        return start, start + len(self.lines[i])
