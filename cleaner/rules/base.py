"""The rule registry: one stable kebab-case id per chrome family.

A rule is a function ``decide(doc, config)`` that yields proposals: ``(line, evidence)`` to
remove a whole line, or ``(line, evidence, column)`` to cut a line from ``column`` to its end.
The id names the rule everywhere: config toggles, explanations, stats, the CLI's
``--disable``, fixture labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Union

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document

Proposal = Union[tuple[int, str], tuple[int, str, int]]
Decide = Callable[["Document", "Config"], Iterable[Proposal]]


@dataclass(frozen=True)
class Rule:
    id: str
    decide: Decide
    removes_prose: bool
    """Whether the rule may remove a line that reads like prose (see ``prose-guard``)."""
    summary: str
    local: bool = False
    """Whether the rule's proposals for a line depend on that line's text alone (not on its
    neighbours, its position or the rest of the document). The engine then carries the
    proposals of such a rule into its later passes instead of running it again: a line that
    is still there and was not cut gets the same proposal."""
    prose_evidence: frozenset[str] = frozenset()
    """Evidence of the proposals that may remove a line reading like prose although the rule
    as a whole may not: a pattern that only ever matches a sentence a platform writes (a blog
    post's filing line)."""

    def __repr__(self) -> str:
        return f"Rule({self.id!r})"


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, *, removes_prose: bool = False, local: bool = False, prose_evidence: Iterable[str] = ()
) -> Callable[[Decide], Decide]:
    """Register ``decide`` under ``rule_id``. Registration order is precedence order: when two
    rules claim the same line, the earlier one is reported. ``local`` declares that the rule
    judges each line by its own text only (see `Rule.local`); ``prose_evidence`` names the
    proposals that may remove prose (see `Rule.prose_evidence`)."""

    def register(decide: Decide) -> Decide:
        if rule_id in RULES:
            raise ValueError(f"Rule id {rule_id!r} is registered twice.")
        summary = (decide.__doc__ or "").strip().split("\n", 1)[0]
        RULES[rule_id] = Rule(rule_id, decide, removes_prose, summary, local, frozenset(prose_evidence))
        return decide

    return register
