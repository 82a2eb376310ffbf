"""Pages written with marks: a line that starts with "!!" is chrome that must go, "??" may go
either way, every other non-blank line is the article's and must stay whole."""

from __future__ import annotations

import cleaner


def check_marked(raw: list[str], chrome: bool = True) -> None:
    """Clean the page the marked lines make; no article line may be removed or cut, and (with
    `chrome`) no "!!" line may stay."""
    marks = [line[:2] if line[:2] in ("!!", "??") else "" for line in raw]
    lines = [line[2:] if mark else line for line, mark in zip(raw, marks)]
    text = "\n".join(lines)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    decisions = cleaner.explain(text).decisions
    removed = {starts.index(d.start): d for d in decisions if d.start in starts}
    cut = [(d.rule, d.text) for d in decisions if d.start not in starts]
    assert not cut, cut
    lost = [(lines[i], d.rule) for i, d in removed.items() if marks[i] == "" and lines[i].strip()]
    assert not lost
    if chrome:
        kept = [line for i, (line, mark) in enumerate(zip(lines, marks)) if mark == "!!" and i not in removed]
        assert not kept
