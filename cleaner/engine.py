"""The pipeline: segment, let the rules propose, let the guards veto, render.

    text ─▶ Document ─▶ rules propose ─▶ guards veto ─▶ render ─▶ text
                                 └──────▶ decisions (explain)

`clean` and `explain` run the same steps; `explain` also turns the surviving claims into
`Decision` records, and `apply(text, decisions)` renders them again to the same output.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable

from .config import DEFAULT, Config
from .document import Document
from .guards import GUARDS, Claims
from .profile import Profile
from .rules import RULES

_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class Decision:
    """One removal: `rule` removed `text`, which is `input[start:end]`, because of `evidence`."""

    rule: str
    start: int
    end: int
    text: str
    evidence: str


@dataclass(frozen=True, slots=True)
class Kept:
    """A removal that `rule` proposed and `guard` vetoed."""

    guard: str
    rule: str
    start: int
    end: int
    text: str
    evidence: str


@dataclass(frozen=True)
class Cleaned:
    """The cleaned text with the decisions that produced it."""

    text: str
    decisions: tuple[Decision, ...] = field(default=())
    kept: tuple[Kept, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        """Number of removals per rule id."""
        counts: dict[str, int] = {}
        for d in self.decisions:
            counts[d.rule] = counts.get(d.rule, 0) + 1
        return counts


def _claims(doc: Document, config: Config) -> tuple[Claims, list[tuple[str, int, Claims]]]:
    """Run the enabled rules (first claim of a line wins), then the guards."""
    claims: Claims = {}
    for rule in RULES.values():
        if rule.id in config.disabled:
            continue
        for proposal in rule.decide(doc, config):
            i = proposal[0]
            if i not in claims:
                claims[i] = (rule, proposal[1], proposal[2] if len(proposal) > 2 else None)
    vetoes = []
    if claims:
        for name, guard in GUARDS.items():
            kept = guard(doc, claims, config)
            if kept:
                vetoes.append((name, kept, {i: claims.pop(i) for i in kept}))
    return claims, vetoes


def _render(doc: Document, removed: Iterable[int], cuts: dict[int, int]) -> str:
    lines = list(doc.lines)
    for i in removed:
        lines[i] = None  # type: ignore[call-overload]
    for i, col in cuts.items():
        lines[i] = lines[i][:col]
    text = "\n".join([line.rstrip() for line in lines if line is not None])
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _render_claims(doc: Document, claims: Claims) -> str:
    removed = [i for i, claim in claims.items() if claim[2] is None]
    cuts = {i: claim[2] for i, claim in claims.items() if claim[2] is not None}
    return _render(doc, removed, cuts)


def clean(text: str, *, config: Config | None = None, profile: Profile | None = None) -> str:
    """Remove page chrome from scraped article text.

    Pure: the result depends only on `text`, `config` and the site `profile` (see
    `cleaner.profile`). Never raises for a `str`; returns
    "" for a text that is all chrome or empty.

    >>> clean("Image: Reuters\\nThe vote is on Friday.\\nTags\\nPolitics, Asia")
    'The vote is on Friday.'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, not {type(text).__name__}.")
    doc = Document(text, profile)
    claims, _ = _claims(doc, config or DEFAULT)
    return _render_claims(doc, claims)


def explain(text: str, *, config: Config | None = None, profile: Profile | None = None) -> Cleaned:
    """`clean` with its reasons: the cleaned text, one `Decision` per removal, in input order,
    and one `Kept` per removal a guard vetoed.

    >>> result = explain("Rain on Sunday.\\nImage: Reuters")
    >>> result.text, [(d.rule, d.text) for d in result.decisions]
    ('Rain on Sunday.', [('image-credit', 'Image: Reuters')])
    """
    if not isinstance(text, str):
        raise TypeError(f"explain() takes a str, not {type(text).__name__}.")
    doc = Document(text, profile)
    claims, vetoes = _claims(doc, config or DEFAULT)
    decisions = []
    for i in sorted(claims):
        rule, evidence, cut = claims[i]
        start, end = doc.span(i)
        if cut is not None:
            start += cut
        decisions.append(Decision(rule.id, start, end, text[start:end], evidence))
    kept = []
    for guard, reasons, vetoed in vetoes:
        for i, (rule, evidence, cut) in vetoed.items():
            start, end = doc.span(i)
            kept.append(Kept(guard, rule.id, start, end, text[start:end], f"{reasons[i]} (rule saw: {evidence})"))
    kept.sort(key=lambda k: k.start)
    return Cleaned(_render_claims(doc, claims), tuple(decisions), tuple(kept))


def apply(text: str, decisions: Iterable[Decision]) -> str:
    """Render `text` with `decisions` applied: ``apply(text, explain(text).decisions) == clean(text)``.

    A decision that covers a line's whole content removes the line; one that starts inside a
    line cuts the line from there to its end.
    """
    doc = Document(text)
    removed, cuts = [], {}
    for d in decisions:
        i = bisect_right(doc.starts, d.start) - 1
        line = doc.lines[i]
        col = d.start - doc.starts[i]
        if line[:col].strip():
            cuts[i] = col
        else:
            removed.append(i)
    return _render(doc, removed, cuts)
