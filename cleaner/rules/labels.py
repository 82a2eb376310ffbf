"""Whole-line label lookup shared by every vocabulary rule.

One pass over the document's short lines maps each line to the rule whose vocabulary holds it,
so adding a family costs a dictionary entry, not another scan over the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import patterns as p

if TYPE_CHECKING:
    from ..document import Document

# Family vocabularies in precedence order: a phrase listed by two families belongs to the first.
FAMILIES: tuple[tuple[str, frozenset[str]], ...] = (
    ("ad-label", p.phrases(p.AD_LABELS)),
    ("share-prompt", p.phrases(p.SHARE_LABELS)),
    ("newsletter-prompt", p.phrases(p.NEWSLETTER_LABELS)),
    ("call-to-action", p.phrases(p.PROMPT_LABELS)),
    ("nav-menu", p.phrases(p.NAV_LABELS)),
    ("legal-notice", p.phrases(p.LEGAL_LABELS)),
    ("widget-residue", p.phrases(p.WIDGET_LABELS)),
)

INDEX: dict[str, str] = {}
for _rule_id, _phrases in reversed(FAMILIES):
    INDEX.update(dict.fromkeys(_phrases, _rule_id))

RELATED = p.phrases(p.RELATED_HEADERS)
AUTHOR = p.phrases(p.AUTHOR_HEADERS)
TAGS = p.phrases(p.TAG_HEADERS)
NETWORKS = p.phrases("|".join(p.SOCIAL_NETWORKS))


def label_lines(doc: "Document") -> dict[str, list[int]]:
    """Line indexes per rule id for every short line that is a known label."""
    hits = doc.memo.get("labels")
    if hits is None:
        hits = {}
        get = INDEX.get
        for i, key in enumerate(doc.keys):
            if key:
                rule_id = get(key)
                if rule_id is not None:
                    hits.setdefault(rule_id, []).append(i)
        doc.memo["labels"] = hits
    return hits
