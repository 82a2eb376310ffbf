"""Segmentation: a text becomes lines with character offsets, grouped into blocks.

Everything downstream addresses the input by line index; offsets let an explanation point at
the exact characters a decision covers. Line features are computed lazily, once per document,
from whole-text operations and list comprehensions, because `clean()` runs over millions of
documents: a per-line budget of about a microsecond is what keeps it fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, not_, sub

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Characters stripped from both ends of a line before it is compared with a label
# ("Tags:", "» Most Read", "• Share", "Teilen |", "Have a tip?").
_LABEL_STRIP = (
    "?\u00bf\u00a1 \t\u00a0\u200b\u2022\u00b7\u25cf\u25aa\u25ba\u25b8\u203a\u00bb\u00ab\u2039>|:;,.\u2190\u2192"
    "\u2026!-\u2013\u2014*#=+~/\\[](){}\"'"
    # the full-width marks that CJK labels end with ("分享到：", "【 关闭窗口 】", "登录｜注册")
    "\uff1a\uff5c\u3001\u3002\uff01\uff1f\u3010\u3011"
    # and every other character `str.strip()` takes for white space (the output's lines are
    # right-stripped with it, so a label must not hide behind one: "\u00d7\x85")
    "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
# Quotes, dashes and odd spaces folded so "North Korea’s" equals "North Korea's". Chained
# str.replace runs at memory speed, unlike str.translate with a mapping.
_FOLDS = (
    ("\u2019", "'"), ("\u2018", "'"), ("\u201a", "'"), ("\u201b", "'"), ("\u2032", "'"), ("`", "'"),
    ("\u00b4", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u201f", '"'),
    ("\u00ab", '"'), ("\u00bb", '"'), ("\u2033", '"'), ("\u2013", "-"), ("\u2014", "-"),
    ("\u00a0", " "), ("\t", " "), ("\u200b", ""), ("\u2009", " "), ("\u202f", " "),
    # Invisible marks of direction and joining ("Weitere \u2068Artikel\u2069" from a template
    # that isolates a translated word) and a stray byte-order mark.
    ("\u2066", ""), ("\u2067", ""), ("\u2068", ""), ("\u2069", ""), ("\u200e", ""), ("\u200f", ""),
    ("\u2060", ""), ("\ufeff", ""),
    # The Turkish dotted capital, which lower() turns into "i" and a combining dot ("İlgili
    # Haberler" is "ilgili haberler").
    ("\u0130", "I"),
)
# A line is a label candidate (a menu item, "Share", "Most Read") only when it is this short;
# longer lines are never looked up in the label vocabulary, which keeps the lookup cheap.
LABEL_MAX_CHARS = 64
# `Document.lines_with(..., max_words=n)` searches only the lines of at most this many words
# (the first that is at least n): the longest line a prompt, notice or button rule takes (20),
# a copyright line or a footer row of links (30), a notice of the site about itself (40). The
# first two hold under half of a page's text.
SHORT_LINE_TIERS = (20, 30, 40)


# The tier of SHORT_LINE_TIERS that a count of words up to the last tier falls in, by count.
_TIER_OF = tuple(next(t for t in SHORT_LINE_TIERS if n <= t) for n in range(SHORT_LINE_TIERS[-1] + 1))


# Folding copies the string once per fold character present; a big text holds them all, so it
# is folded in pieces of about this size, cut at line ends, to keep the cost linear.
_FOLD_CHUNK = 1 << 16


def _fold_piece(text: str) -> str:
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    return text.lower()


def _fold_text(text: str) -> str:
    if len(text) <= _FOLD_CHUNK:
        return _fold_piece(text)
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + _FOLD_CHUNK)
        end = len(text) if end == -1 else end + 1
        pieces.append(_fold_piece(text[start:end]))
        start = end
    return "".join(pieces)


def fold(text: str) -> str:
    """Normalise a line for equality tests: quotes and dashes folded, spaces collapsed, lower case.

    >>> fold("North Korea\u2019s  \u201cmalicious\u201d cyber")
    'north korea\\'s "malicious" cyber'
    """
    return " ".join(_fold_text(text).split())


def label_key(line: str) -> str:
    """The key a short line is looked up under in the label vocabulary.

    >>> label_key("  \u2022 Most Read:  ")
    'most read'
    """
    return " ".join(_fold_text(line).strip(_LABEL_STRIP).split())


def _kept(n: int, removed: list[int]) -> list[bool]:
    """A mask of `n` items with the positions `removed` off (use with itertools.compress)."""
    mask = [True] * n
    for k in removed:
        mask[k] = False
    return mask


# Rules look for about 1200 vocabulary substrings in the lower-cased text of every document. One
# pass of an Aho-Corasick automaton (the ahocorasick-rs package, compiled to a DFA) finds them all
# at once, where a search per needle scans the text once each. The automaton holds every needle
# asked for so far (`_VOCABULARY`, which fills up on the first documents): a cache of constant
# vocabulary, not a state that could change a result. Without the package, or for a needle not in
# it yet, each needle is searched on its own, with the same result.
_VOCABULARY: set[str] = set()
# [needles in the automaton's order, the same as a set, automaton], replaced whole when the
# vocabulary grows.
_AUTOMATON: list = [(), frozenset(), None]


def _automaton() -> tuple[tuple[str, ...], frozenset[str], object] | None:
    """(needles, needle set, automaton) for the vocabulary asked for so far, or None without
    ahocorasick-rs. The automaton reports a match as (index in `needles`, start, end)."""
    needles, vocabulary, automaton = _AUTOMATON
    if automaton is False:
        return None  # not installed: looked for once
    if len(needles) != len(_VOCABULARY):
        try:
            import ahocorasick_rs
        except ImportError:
            _AUTOMATON[2] = False
            return None
        needles = tuple(sorted(_VOCABULARY))
        automaton = ahocorasick_rs.AhoCorasick(needles, implementation=ahocorasick_rs.Implementation.DFA)
        vocabulary = frozenset(needles)
        _AUTOMATON[:] = [needles, vocabulary, automaton]
    return (needles, vocabulary, automaton) if automaton is not None else None


_START = itemgetter(1)


def _lines_holding(text: str, needles: tuple[str, ...]) -> set[int]:
    """Indexes of the lines of `text` (split at "\n") that contain a needle. A hit's line is
    the count of newlines before it, counted from the previous hit on: no table of line
    offsets is built, and a needle that is not there costs one search."""
    hits: set[int] = set()
    for needle in needles:
        pos = text.find(needle)
        line = last = 0
        while pos != -1:
            line += text.count("\n", last, pos)
            hits.add(line)
            last = text.find("\n", pos)
            if last == -1:
                break
            pos = text.find(needle, last + 1)
    return hits


def _lines_matching(text: str, search) -> set[int]:
    """`_lines_holding` for a compiled pattern's `search`: one scan finds the lines holding any
    of many needles when their first letters are rare in text (capitalised names, symbols),
    where a search per needle costs a pass each."""
    hits: set[int] = set()
    line = last = 0
    m = search(text)
    while m is not None:
        pos = m.start()
        line += text.count("\n", last, pos)
        hits.add(line)
        last = text.find("\n", pos)
        if last == -1:
            break
        m = search(text, last + 1)
    return hits


def _lines_holding_at(text: str, starts: list[int], needles: tuple[str, ...]) -> set[int]:
    """`_lines_holding` for a text whose lines start at `starts` (CR or CRLF line ends)."""
    hits: set[int] = set()
    for needle in needles:
        pos = text.find(needle)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            hits.add(i)
            nxt = starts[i + 1] if i + 1 < len(starts) else len(text)
            pos = text.find(needle, nxt)
    return hits


def _starts(lines: list[str]) -> list[int]:
    """Offsets of lines joined by single newlines (C-level accumulate, no Python loop)."""
    return [0, *accumulate(map(add, map(len, lines[:-1]), repeat(1)))]


class Document:
    """A text split into lines, with offsets, blocks and lazily computed features.

    A *block* is a maximal run of non-blank lines. Offsets index the original text, so
    CR and CRLF line ends are supported without rewriting the input.
    """

    __slots__ = (
        "_text", "lines", "_starts", "memo", "profile", "_vocabulary_hits",
        "_lower", "_blank", "_blocks", "_bounds", "_keys", "_words", "_content",
    )

    def __init__(self, text: str, profile=None) -> None:
        self._text = text
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
            starts = None  # computed when asked for
        self.lines = lines
        self._starts = starts
        self.memo: dict[object, object] = {}
        """Per-document results shared between rules (never between documents). A key
        ``("per-line", name)`` holds a dict from line index to a fact that depends on that
        line's text alone; `subset` carries it into the engine's next pass."""
        self._lower: list[str] | None = None
        self._blank: list[bool] | None = None
        self._blocks: list[tuple[int, int]] | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        self._keys: list[str | None] | None = None
        self._words: list[int] | None = None
        self._content: list[int] | None = None
        self._vocabulary_hits: tuple[frozenset[str], dict[str, set[int]], frozenset[str]] | bool | None = None

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def text(self) -> str:
        """The text: the input, or the kept lines joined by newlines for a `subset`."""
        if self._text is None:
            self._text = "\n".join(self.lines)
        return self._text

    @property
    def starts(self) -> list[int]:
        """Offset of each line in `text`."""
        if self._starts is None:
            self._starts = _starts(self.lines)
        return self._starts

    def subset(self, removed: list[int], cuts: dict[int, str] | None = None) -> "Document":
        """The document without the lines `removed` (sorted indexes), joined by newlines;
        `cuts` maps the index (in this document) of a kept line to the shorter text it now has.

        Per-line features and the line-indexed results of the shared scans are carried over
        instead of recomputed, which makes the engine's confirming pass cheap. (A cut line
        keeps its substring-scan hits: rules re-check their candidates, so a stale hit costs
        a pattern test, never a wrong removal.)
        """
        cuts = cuts or {}
        mask = _kept(len(self.lines), removed)
        # The new index of a line that stays: the count of lines kept before it.
        new = list(accumulate(mask, initial=0))

        def carry(found):
            # Most of the carried results are empty: no call to make for them.
            return [new[i] for i in found if mask[i]] if found else []

        cut_at = {new[k]: line for k, line in cuts.items()}
        # The lines cut in this pass that were too long for each tier's search of short lines
        # (usually none): their uncut text's hits are added to that tier's results below.
        had = sorted(set(cuts).difference(self.memo.get("cut", ())))
        long_cut = {tier: [i for i in had if self.words[i] > tier] for tier in SHORT_LINE_TIERS} if cuts else {}
        doc = Document.__new__(Document)
        doc.lines = lines = list(compress(self.lines, mask))
        doc.profile = self.profile
        doc._lower = None if self._lower is None else list(compress(self._lower, mask))
        doc._words = None if self._words is None else list(compress(self._words, mask))
        doc._keys = None if self._keys is None else list(compress(self._keys, mask))
        for k, line in cut_at.items():
            lines[k] = line
            low = _fold_text(line)
            if doc._lower is not None:
                doc._lower[k] = low
            if doc._words is not None:
                doc._words[k] = len(line.split())
            if doc._keys is not None:
                doc._keys[k] = low.strip(_LABEL_STRIP) if len(low) <= LABEL_MAX_CHARS else None
        doc._text = doc._starts = None
        doc._blank = doc._blocks = doc._bounds = doc._content = None
        doc._vocabulary_hits = None
        doc.memo = memo = {}
        for key, value in self.memo.items():
            # (The tuple keys first, most of them the searches' (~80 a page): one test tells them
            # apart, and their results, most of them empty, are carried inline.)
            if type(key) is tuple:
                kind = key[0] if key else None
                if kind == "short_lines_with":
                    found = [new[i] for i in value if mask[i]] if value else []
                    if long_cut and long_cut[key[3]]:
                        # A cut line keeps its hits like every line (see above), including the
                        # hits of its uncut text when that was too long for the short search.
                        found = sorted({*found, *map(new.__getitem__, self._long_cut_hits(key[1], key[2], key[3], long_cut[key[3]]))})
                    memo[key] = found
                elif kind == "per-line":
                    # Facts about single lines, by line index: kept for the lines that stay uncut.
                    memo[key] = {new[i]: fact for i, fact in value.items() if mask[i] and i not in cuts}
                elif kind == "lines_with":
                    memo[key] = [new[i] for i in value if mask[i]] if value else []
            elif key == "scan":
                if not cuts:
                    doc.memo[key] = {name: carry(found) for name, found in value.items()}
            elif key == "kinds":
                # The block classifier's per-line judgement (see rules/classify.py); cut lines
                # are judged again.
                kinds = doc.memo[key] = list(compress(value, mask))
                for k in cut_at:
                    kinds[k] = None
            elif key in ("stopwords", "title-parts", "title-keys", "headline-keys"):
                doc.memo[key] = value
        if cuts or "cut" in self.memo:
            # Lines cut in this pass or an earlier one (see `lines_with`).
            doc.memo["cut"] = {*carry(self.memo.get("cut", ())), *cut_at}
        return doc

    # -- per-line features -------------------------------------------------------------
    @property
    def lower(self) -> list[str]:
        """Each line with quotes and dashes folded and lower-cased (spaces not collapsed)."""
        if self._lower is None:
            if "\r" in self.text:
                self._lower = [_fold_text(line) for line in self.lines]
            else:
                folded = _fold_text(self.text)
                lowered = folded.split("\n")
                # Lower-casing may change a line's length but never its count of newlines,
                # except for the rare characters that lower() expands to a line break (none).
                if len(lowered) == len(self.lines):
                    self._lower = lowered
                    self.memo["lower_text"] = folded  # for `lines_with(..., lower=True)`
                else:
                    self._lower = [_fold_text(line) for line in self.lines]
        return self._lower

    @property
    def words(self) -> list[int]:
        """Whitespace-separated token count of each line (0 for a blank line)."""
        if self._words is None:
            self._words = list(map(len, map(str.split, self.lines)))
        return self._words

    @property
    def blank(self) -> list[bool]:
        if self._blank is None:
            self._blank = list(map(not_, self.words))
        return self._blank

    @property
    def keys(self) -> list[str | None]:
        """`label_key` of every short line; None for long lines, "" for blank ones."""
        if self._keys is None:
            strip = _LABEL_STRIP
            limit = LABEL_MAX_CHARS
            # Inner runs of spaces are not collapsed: "Most  Read" is rare and not worth a pass.
            self._keys = [line.strip(strip) if len(line) <= limit else None for line in self.lower]
        return self._keys

    def folded(self, i: int) -> str:
        """`fold` of line i."""
        return " ".join(self.lower[i].split())

    def lines_with(
        self, *needles: str, lower: bool = False, max_words: int | None = None, vocabulary: bool = True
    ) -> list[int]:
        """Sorted indexes of the lines that contain any of the substrings (searched in the
        lower-cased text when `lower`). A substring search runs at memory speed, so this is how
        rules find their few candidate lines without looking at every line.

        With `max_words`, for a rule that takes no longer line, the result may leave out lines
        of more words: only the lines up to a tier of SHORT_LINE_TIERS are searched (and the
        lines the engine cut, which keep the hits of their uncut text).

        Lower-cased needles are found together in one pass over the text (see `_automaton`);
        pass ``vocabulary=False`` for needles made from the document itself (a title's words),
        which would only grow the automaton."""
        tier = None if max_words is None or max_words > SHORT_LINE_TIERS[-1] else _TIER_OF[max(0, max_words)]
        key = ("lines_with", needles, lower) if tier is None else ("short_lines_with", needles, lower, tier)
        found = self.memo.get(key)
        if found is None and lower and vocabulary:
            found = self._vocabulary_lines(needles, tier)
            if found is not None:
                self.memo[key] = found
        if found is None:
            if tier is not None:
                text, index = self._short_text(lower, tier)
                hits = {index[i] for i in _lines_holding(text, needles)}
                if "cut" in self.memo:
                    hits.update(self._long_cut_hits(needles, lower, tier, self.memo["cut"]))
            elif lower:
                text = self.memo.get("lower_text")
                if text is None:
                    text = self.memo["lower_text"] = "\n".join(self.lower)
                hits = _lines_holding(text, needles)
            elif self._starts is not None and "\r" in self.text:
                hits = _lines_holding_at(self.text, self.starts, needles)
            else:
                hits = _lines_holding(self.text, needles)
            found = self.memo[key] = sorted(hits)
        return found  # type: ignore[return-value]

    def lines_with_each(self, *needles: str) -> dict[str, set[int]]:
        """For each of the lower-case `needles` that the document holds, the indexes of the
        lines whose lower-cased text contains it (lines of any length): `lines_with(...,
        lower=True)` kept apart by needle, for a rule that asks for many groups of needles at
        once and sorts the lines into its groups itself (one call instead of one per group)."""
        table = self._vocabulary_table(needles)
        if table is not None:
            hits = table[1]
            return {needle: hits[needle] for needle in table[2].intersection(needles)}
        text = self.memo.get("lower_text")
        if text is None:
            text = self.memo["lower_text"] = "\n".join(self.lower)
        found = {}
        for needle in needles:
            if needle in text:
                found[needle] = _lines_holding(text, (needle,))
        return found

    def _vocabulary_table(self, needles: tuple[str, ...]) -> tuple[frozenset[str], dict[str, set[int]], frozenset[str]] | None:
        """The document's one pass of the vocabulary automaton: (the needles it searched, the
        lines of each needle found, the needles found); None when it does not hold all of
        `needles` (or is not installed)."""
        table = self._vocabulary_hits
        if table is False:
            return None
        if table is None:
            _VOCABULARY.update(needles)
            found = _automaton()
            if found is None:
                return None
            ordered, vocabulary, automaton = found
            text = self.memo.get("lower_text")
            if text is None:
                text = self.memo["lower_text"] = "\n".join(self.lower)
            hits: dict[str, set[int]] = {}
            # In the order of their start, a hit's line is the count of newlines before it,
            # counted from the previous hit on (no table of line offsets).
            try:
                matches = automaton.find_matches_as_indexes(text, overlapping=True)
            except UnicodeEncodeError:
                # A lone surrogate (bytes decoded with "surrogateescape") is no UTF-8, which the
                # automaton reads: the needles of such a text are searched one by one.
                self._vocabulary_hits = False
                return None
            line = last = 0
            for k, start, _ in sorted(matches, key=_START):
                line += text.count("\n", last, start)
                last = start
                hits.setdefault(ordered[k], set()).add(line)
            table = self._vocabulary_hits = (vocabulary, hits, frozenset(hits))
        if not table[0].issuperset(needles):
            _VOCABULARY.update(needles)  # for the next document
            return None
        return table

    def _vocabulary_lines(self, needles: tuple[str, ...], tier: int | None) -> list[int] | None:
        """`lines_with(*needles, lower=True, max_words=tier)` from the document's one pass of the
        vocabulary automaton; None when it does not hold all the needles (or is not installed)."""
        table = self._vocabulary_table(needles)
        if table is None:
            return None
        _, hits, held = table
        # A document holds a few dozen of the needles (`held`): the needles asked for are matched
        # with them in one C-level intersection rather than looked up one by one (~120 asks a page).
        present = held.intersection(needles)
        if not present:
            return []
        lines = set().union(*map(hits.__getitem__, present))
        if tier is not None:
            # As the search of the short lines finds them: lines up to `tier` words, and cut lines.
            # (The lines found are few: each is looked at.)
            words, cut = self.words, self.memo.get("cut", ())
            return sorted([i for i in lines if words[i] <= tier or i in cut])
        return sorted(lines)

    def lines_matching(self, pattern: "re.Pattern[str]", lower_needles: tuple[str, ...] = ()) -> list[int]:
        """Sorted indexes of the lines in which `pattern` (a single-line pattern, typically an
        alternation of literal needles) finds a match: `lines_with` in one scan, for needles
        that start with rare characters ("/", "\u00a9", "Getty", "Foto").

        `lower_needles`, lower-case substrings one of which every match holds, lets the
        one-pass vocabulary search pick the lines to search instead of a scan of the text."""
        key = ("lines_with", pattern)
        found = self.memo.get(key)
        if found is None:
            if lower_needles:
                lines, search = self.lines, pattern.search
                found = [i for i in self.lines_with(*lower_needles, lower=True) if search(lines[i])]
            elif self._starts is not None and "\r" in self.text:
                found = sorted({bisect_right(self.starts, m.start()) - 1 for m in pattern.finditer(self.text)})
            else:
                found = sorted(_lines_matching(self.text, pattern.search))
            self.memo[key] = found
        return found  # type: ignore[return-value]

    def _short_text(self, lower: bool, limit: int) -> tuple[str, list[int]]:
        """The lines of at most `limit` words joined by newlines, and their indexes in the
        document."""
        key = ("short_text", lower, limit)
        found = self.memo.get(key)
        if found is None:
            mask = [n <= limit for n in self.words]
            short = compress(self.lower if lower else self.lines, mask)
            found = self.memo[key] = ("\n".join(short), list(compress(range(len(mask)), mask)))
        return found  # type: ignore[return-value]

    def _long_cut_hits(self, needles: tuple[str, ...], lower: bool, limit: int, lines) -> list[int]:
        """Those of `lines` that a search of the lines up to `limit` words skips but that hold
        a needle."""
        words, source = self.words, (self.lower if lower else self.lines)
        return [i for i in lines if words[i] > limit and any(n in source[i] for n in needles)]

    # -- structure ---------------------------------------------------------------------
    @property
    def blocks(self) -> list[tuple[int, int]]:
        """(first, last) line indexes of each run of non-blank lines, in order."""
        if self._blocks is None:
            self._blocks = list(zip(*self.block_bounds))
        return self._blocks

    @property
    def block_bounds(self) -> tuple[list[int], list[int]]:
        """The first lines of the blocks and their last lines, in order: `blocks` as two lists
        (for bisection and C-level map and compress; do not change them)."""
        bounds = self._bounds
        if bounds is None:
            content = self.content
            if not content:
                bounds = ([], [])
            else:
                # A block ends where the next non-blank line is not the next line.
                gap = list(map((1).__lt__, map(sub, content[1:], content[:-1])))
                bounds = ([content[0], *compress(content[1:], gap)], [*compress(content[:-1], gap), content[-1]])
            self._bounds = bounds
        return bounds

    @property
    def content(self) -> list[int]:
        """Indexes of the non-blank lines, in order."""
        if self._content is None:
            self._content = list(compress(range(len(self.words)), self.words))
        return self._content

    def tail_start(self, share: float) -> int:
        """Index of the first line in the last `share` of the non-blank lines (len(self) if none)."""
        content = self.content
        if not content:
            return len(self.lines)
        return content[min(len(content) - 1, int((1.0 - share) * (len(content) - 1) + 0.999999))]

    def position(self, i: int) -> float:
        """Relative position of line i among the non-blank lines: 0.0 first, 1.0 last.

        Counting only non-blank lines keeps the value the same after blank lines are collapsed.
        """
        content = self.content
        return bisect_right(content, i - 1) / max(1, len(content) - 1)

    def next_content(self, i: int) -> int | None:
        """Index of the first non-blank line after line i, or None. (The next line most often;
        else a bisection of the non-blank lines: a dump of many pages has long blank runs.)"""
        words = self.words
        k = i + 1
        if 0 <= k < len(words) and words[k]:
            return k
        content = self.content
        n = bisect_right(content, i)
        return content[n] if n < len(content) else None

    def prev_content(self, i: int) -> int | None:
        """Index of the last non-blank line before line i, or None (see `next_content`)."""
        words = self.words
        k = i - 1
        if 0 <= k < len(words) and words[k]:
            return k
        n = bisect_left(self.content, i)
        return self.content[n - 1] if n else None

    def first_content(self) -> int | None:
        return self.next_content(-1)

    def block_end(self, i: int) -> int:
        """Last line of the block that line i is in (for a blank line, of the block right
        under it, if any). Found by bisection: a rule asks for many lines of one long block."""
        words = self.words
        if i + 1 >= len(words) or not words[i + 1]:
            return i
        ends = self.block_bounds[1]
        return ends[bisect_left(ends, i + 1)]

    def span(self, i: int) -> tuple[int, int]:
        """Character span of line i's content in the original text (line end excluded)."""
        start = self.starts[i]
        return start, start + len(self.lines[i])
