"""The pipeline: segment, let the rules propose, let the guards veto, render.

    text ─▶ Document ─▶ rules propose ─▶ guards veto ─▶ render ─▶ text
                                 └──────▶ decisions (explain)

`clean` and `explain` run the same steps; `explain` also turns the surviving claims into
`Decision` records, and `apply(text, decisions)` renders them again to the same output.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import compress
from typing import Iterable

from .config import DEFAULT, Config
from .document import Document, _kept
from .guards import GUARDS, Claims
from .joined import groups, join, split_cut
from .markdown import shown
from .profile import Profile
from .rules import RULES, Rule

# A byte order mark that decoding left at the start of the text (a UTF-8-BOM file read as
# "utf-8"): not part of the first line, which would otherwise never match a rule's vocabulary.
BOM = "\ufeff"

# Runs of 3+ newlines. Written with a literal prefix ("\n\n") so that the regex engine jumps
# from one candidate to the next at memory speed (r"\n{3,}" tried every character: 6x slower).
_BLANK_RUNS = re.compile(r"\n\n\n+")


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


def _claims(doc: Document, config: Config, carried: dict[str, list] | None = None) -> tuple[Claims, list[tuple[str, int, Claims]], dict[str, list]]:
    """Run the enabled rules (first claim of a line wins), then the guards.

    `carried` holds the proposals of the line-local rules (`Rule.local`) from the previous
    pass, renumbered for `doc`; those rules are not run again. Returns the claims, the vetoes
    and the proposals of the line-local rules of this pass."""
    claims: Claims = {}
    local: dict[str, list] = {}
    for rule in RULES.values():
        if rule.id in config.disabled:
            continue
        if rule.local:
            proposals = carried[rule.id] if carried is not None else list(rule.decide(doc, config))
            local[rule.id] = proposals
        else:
            proposals = rule.decide(doc, config)
        for proposal in proposals:
            i = proposal[0]
            if i not in claims:
                claims[i] = (rule, proposal[1], proposal[2] if len(proposal) > 2 else None)
    vetoes = []
    if claims:
        for name, guard in GUARDS.items():
            kept = guard(doc, claims, config)
            if kept:
                vetoes.append((name, kept, {i: claims.pop(i) for i in kept}))
    return claims, vetoes, local


def _carry(local: dict[str, list], removed: list[int]) -> dict[str, list]:
    """The proposals of the line-local rules for the lines that remain when the lines
    `removed` (sorted) go and none is cut, numbered as in the document made of those lines:
    the proposals the rules would make on it."""
    gone = set(removed)
    return {
        rule_id: [(p[0] - bisect_left(removed, p[0]), *p[1:]) for p in proposals if p[0] not in gone]
        for rule_id, proposals in local.items()
    }


# Each pass renders its result and the rules look again, until they find nothing more: the
# output of `clean` is then by construction a text on which `clean` removes nothing, which makes
# it idempotent even for rules that read context ("a header at the end of the text"). Two passes
# are the norm; the cap only bounds pathological inputs.
MAX_PASSES = 4


def _apply_claims(lines: list[str], origins: list[int], claims: Claims) -> tuple[list[str], list[int], list[int], dict[int, str]]:
    """The lines that survive the claims (cut where a claim cuts), with their input line
    numbers, the sorted indexes of the removed lines, and the new text of cut lines by their
    index in `lines`.

    Blank lines are kept as they are: the rules read blank runs as one separator, so the next
    pass sees the same blocks as the final, collapsed text does."""
    if not claims:
        return lines, origins, [], {}
    removed = []
    cuts = {}
    for k, (_, _, cut) in claims.items():
        if cut is None or not lines[k][:cut].strip():
            removed.append(k)
        else:
            cuts[k] = lines[k][:cut]
    removed.sort()
    mask = _kept(len(lines), removed)
    out = list(compress(lines, mask))
    for k, line in cuts.items():
        out[k - bisect_left(removed, k)] = line
    return out, list(compress(origins, mask)), removed, cuts


def _finish(lines: list[str]) -> str:
    """Output conventions: trailing spaces stripped, blank runs collapsed, blank ends trimmed."""
    text = "\n".join(map(str.rstrip, lines))
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def _run(text: str, config: Config, profile: Profile | None):
    """All passes. Returns the output, the claims per input line and the vetoes per input line.

    The rules read a Markdown text as a reader sees it (`cleaner.markdown`): the passes run on
    that view, which has the same lines, and the claims are then applied to the text itself. A
    dump that puts each piece of a sentence on a line of its own is read by `_run_joined`, from
    the start or from where these passes leave a text that has become one (its blank lines
    gone with the chrome between them): the last pass reads the output as `clean` reads it."""
    view = shown(text)
    doc = Document(text if view is None else view.text, profile)
    lines: list[str] = doc.lines
    removed: Claims = {}
    vetoed: dict[int, tuple[str, str, Rule, str]] = {}
    if groups(lines) is None:
        lines, origins = _passes(doc, config, removed, vetoed)
        if groups(lines) is None:
            return (_finish(lines) if view is None else _render(text, view, removed)), removed, vetoed
    else:
        origins = list(range(len(lines)))
    _run_joined(lines, origins, config, profile, removed, vetoed)
    return _render(text, view, removed), removed, vetoed


def _passes(doc: Document, config: Config, removed: Claims, vetoed: dict) -> tuple[list[str], list[int]]:
    """The passes over the lines as they are, until the rules find nothing more: the claims and
    vetoes go into `removed` and `vetoed` by input line; returns the lines left (cut lines
    shortened) and their input line numbers."""
    lines: list[str] = doc.lines
    origins: list[int] = list(range(len(lines)))
    carried = None
    for _ in range(MAX_PASSES):
        claims, vetoes, local = _claims(doc, config, carried)
        for k, claim in claims.items():
            _record(removed, origins[k], claim)
        for guard, reasons, lost in vetoes:
            for k, (rule, evidence, _) in lost.items():
                vetoed.setdefault(origins[k], (guard, reasons[k], rule, evidence))
        if not claims:
            break
        lines, origins, removed_lines, cuts = _apply_claims(lines, origins, claims)
        # A cut line has new text: every rule looks again.
        carried = None if cuts else _carry(local, removed_lines)
        doc = doc.subset(removed_lines, cuts)
    return lines, origins


def _record(removed: Claims, i: int, claim) -> None:
    """Keep `claim` for input line `i` unless an earlier pass already removes more of it."""
    previous = removed.get(i)
    if previous is None or claim[2] is None or (previous[2] is not None and claim[2] < previous[2]):
        removed[i] = claim


def _render(text: str, view, removed: Claims) -> str:
    """The input's own lines with the claims made on the rules' reading of them (`view`:
    Markdown as a reader sees it; None: the lines themselves)."""
    if view is not None:
        for i, (rule, evidence, cut) in list(removed.items()):
            if cut is not None:
                removed[i] = (rule, evidence, view.column(i, cut))
    source = Document(text).lines
    return _finish(_apply_claims(source, list(range(len(source))), removed)[0])


def _run_joined(current: list[str], alive: list[int], config: Config, profile: Profile | None,
                removed: Claims, vetoed: dict) -> None:
    """The passes for a dump that puts each piece of text on a line of its own
    (`cleaner.joined`), over the lines `current` (input lines `alive`): each pass reads the
    pieces of a sentence as one line, and a claim on that line is a claim on each of its input
    lines (a cut, on the line it falls in and the lines after it). The claims and vetoes go
    into `removed` and `vetoed` by input line.

    The pieces are joined anew in each pass, from the lines that are left: the last pass then
    reads exactly what `clean` reads in its output."""
    for _ in range(MAX_PASSES):
        spans = groups(current)
        if spans is None:  # what is left is read line by line, as by `_passes`
            joined, places = current, [[(j, 0, 0, len(line))] for j, line in enumerate(current)]
        else:
            joined, places = join(current, spans)
        claims, vetoes, _ = _claims(Document("\n".join(joined), profile), config)
        for guard, reasons, lost in vetoes:
            for k, (rule, evidence, _) in lost.items():
                for j, *_ in places[k]:
                    vetoed.setdefault(alive[j], (guard, reasons[k], rule, evidence))
        on_lines: Claims = {}
        for k, (rule, evidence, cut) in claims.items():
            where = places[k]
            if not where:
                continue
            first, column = (0, 0) if cut is None else split_cut(where, cut)
            for n in range(first, len(where)):
                on_lines[where[n][0]] = (rule, evidence, column if n == first and column else None)
        for j, claim in on_lines.items():
            _record(removed, alive[j], claim)
        if not on_lines:
            return
        current, alive, _, _ = _apply_claims(current, alive, on_lines)


def _check(name: str, text, config, profile) -> None:
    """A TypeError in one sentence that says what to pass instead."""
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(f"{name}() takes a str, not {type(text).__name__}; decode it first "
                            f"(data.decode('utf-8')), or pass a web page to cleaner.{name}_html.")
        raise TypeError(f"{name}() takes a str, not {type(text).__name__}.")
    check_options(name, config, profile)


def check_options(name: str, config, profile) -> None:
    """A TypeError in one sentence when `config` or `profile` is not what `name` takes (also
    for the HTML entry points)."""
    if config is not None and not isinstance(config, Config):
        hint = f" (Config.preset({config!r}))" if isinstance(config, str) else ""
        raise TypeError(f"{name}() takes config=Config{hint}, not {type(config).__name__}.")
    if profile is not None and not isinstance(profile, Profile):
        raise TypeError(f"{name}() takes profile=Profile (Profile.load(path) or Profile.from_dict(data)), "
                        f"not {type(profile).__name__}.")


def clean(text: str, *, config: Config | None = None, profile: Profile | None = None) -> str:
    """Remove page chrome from scraped article text.

    Pure: the result depends only on `text`, `config` and the site `profile` (see
    `cleaner.profile`). Never raises for a `str`; returns "" for a text that is all chrome
    or empty. A byte order mark at the start is dropped.

    >>> clean("Image: Reuters\\nThe vote is on Friday.\\nTags\\nPolitics, Asia")
    'The vote is on Friday.'
    """
    _check("clean", text, config, profile)
    return _run(text[1:] if text.startswith(BOM) else text, config or DEFAULT, profile)[0]


def explain(text: str, *, config: Config | None = None, profile: Profile | None = None) -> Cleaned:
    """`clean` with its reasons: the cleaned text, one `Decision` per removal, in input order,
    and one `Kept` per removal a guard vetoed.

    >>> result = explain("Rain on Sunday.\\nImage: Reuters")
    >>> result.text, [(d.rule, d.text) for d in result.decisions]
    ('Rain on Sunday.', [('image-credit', 'Image: Reuters')])
    """
    _check("explain", text, config, profile)
    skip = 1 if text.startswith(BOM) else 0  # offsets stay offsets in `text`
    body = text[skip:]
    output, removed, vetoed = _run(body, config or DEFAULT, profile)
    doc = Document(body)
    decisions = []
    for i in sorted(removed):
        rule, evidence, cut = removed[i]
        start, end = doc.span(i)
        if cut is not None:
            start += cut
        decisions.append(Decision(rule.id, start + skip, end + skip, body[start:end], evidence))
    kept = []
    for i in sorted(vetoed):
        if i not in removed:
            guard, reason, rule, evidence = vetoed[i]
            start, end = doc.span(i)
            kept.append(Kept(guard, rule.id, start + skip, end + skip, body[start:end], f"{reason} (rule saw: {evidence})"))
    return Cleaned(output, tuple(decisions), tuple(kept))


def apply(text: str, decisions: Iterable[Decision]) -> str:
    """Render `text` with `decisions` applied: ``apply(text, explain(text).decisions) == clean(text)``.

    A decision that covers a line's whole content removes the line; one that starts inside a
    line cuts the line from there to its end. Decisions with ``start == -1`` (the HTML
    pre-pass's, which are in no text) are skipped; one that starts past the end of `text` was
    made for another text and is a ValueError.
    """
    if not isinstance(text, str):
        raise TypeError(f"apply() takes the text the decisions were made for, a str, not {type(text).__name__}.")
    if isinstance(decisions, (str, bytes)) or not hasattr(decisions, "__iter__"):
        raise TypeError(f"apply() takes the decisions of explain() (result.decisions), not {type(decisions).__name__}.")
    skip = 1 if text.startswith(BOM) else 0
    doc = Document(text[skip:])
    claims: Claims = {}
    for d in decisions:
        if not isinstance(d, Decision):
            raise TypeError(f"apply() takes the decisions of explain() (Decision records), not {type(d).__name__}.")
        if d.start < 0:
            continue
        if d.start > len(text):
            raise ValueError(f"A decision of rule {d.rule} starts at {d.start}, past the end of the text "
                             f"({len(text)} characters): it was made for another text.")
        i = bisect_right(doc.starts, d.start - skip) - 1
        col = d.start - skip - doc.starts[i]
        claims[i] = (RULES.get(d.rule), d.evidence, col if doc.lines[i][:col].strip() else None)
    return _finish(_apply_claims(doc.lines, list(range(len(doc.lines))), claims)[0])
