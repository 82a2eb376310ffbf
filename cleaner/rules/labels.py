"""The shared scan: one pass over the short lines finds every vocabulary hit of every rule.

A line is looked up in dictionaries by its whole `label_key` (families of whole-line labels,
list headers, agency names, recipe headings) and by its first word (credit labels, follow
prompts, inline teasers, "About <name>"); its first word goes first and turns away most lines
(`_HEADS`). Rules then look only at their hits, so adding a family costs a dictionary entry, not
another pass over the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import patterns as p
from ..document import _LABEL_STRIP

if TYPE_CHECKING:
    from ..document import Document

# Whole-line families in precedence order: a phrase listed by two families belongs to the first.
FAMILIES: tuple[tuple[str, frozenset[str]], ...] = (
    ("ad-label", p.phrases(p.AD_LABELS)),
    ("share-prompt", p.phrases(p.SHARE_LABELS)),
    ("newsletter-prompt", p.phrases(p.NEWSLETTER_LABELS)),
    ("call-to-action", p.phrases(p.PROMPT_LABELS)),
    ("call-to-action", p.phrases(p.PAGE_TOOL_PROMPTS)),
    ("nav-menu", p.phrases(p.NAV_LABELS)),
    ("legal-notice", p.phrases(p.LEGAL_LABELS)),
    ("widget-residue", p.phrases(p.WIDGET_LABELS)),
    ("widget-residue", p.phrases(p.SHOP_LABELS)),
    ("widget-residue", p.phrases(p.POST_TOOL_LABELS)),
)

RELATED = p.phrases(p.RELATED_HEADERS)
AUTHOR = p.phrases(p.AUTHOR_HEADERS)
TAGS = p.phrases(p.TAG_HEADERS)
NETWORKS = p.phrases("|".join(p.SOCIAL_NETWORKS))
AGENCY_NAMES = p.phrases(p.AGENCY_NAMES)
COMMENT_HEADERS = p.phrases(p.COMMENT_HEADERS)
REPLY_BUTTONS = p.phrases(p.REPLY_BUTTONS)
ABOUT_SITE = p.phrases(p.ABOUT_SITE_HEADERS)

# Whole key -> the hit names it produces.
_WHOLE: dict[str, tuple[str, ...]] = {}


def _add(table: dict[str, tuple[str, ...]], keys, name: str) -> None:
    for key in keys:
        if name not in table.get(key, ()):
            table[key] = (*table.get(key, ()), name)


_FAMILY_OF: dict[str, str] = {}
for _name, _phrases in FAMILIES:
    for _key in _phrases:
        _FAMILY_OF.setdefault(_key, _name)
for _key, _name in _FAMILY_OF.items():
    _add(_WHOLE, [_key], _name)
_add(_WHOLE, RELATED, "related-header")
_add(_WHOLE, AUTHOR, "author-header")
_add(_WHOLE, TAGS, "tag-header")
_add(_WHOLE, NETWORKS, "network")
_add(_WHOLE, AGENCY_NAMES, "agency")
_add(_WHOLE, COMMENT_HEADERS, "comment-header")
_add(_WHOLE, REPLY_BUTTONS, "reply-button")
_add(_WHOLE, ABOUT_SITE, "about-header")
_add(_WHOLE, p.phrases(p.CALENDAR_HEADS), "calendar-head")  # "Mo Tu We Th Fr Sa Su" (see rules/prompts.py)
_add(_WHOLE, p.BYLINE_LEADS, "byline-lead")  # "By" / "Jane Doe" (see rules/bio.py)
# A recipe's headings ("Zutaten", "Zubereitung"), for the guard that keeps a recipe's parts
# (see guards.recipe_guard; a page with none of them is done with at once).
_add(_WHOLE, p.phrases(p.RECIPE_HEADINGS), "recipe-heading")

# A row of buttons and links printed without separators ("Email This BlogThis! Share to
# Twitter", "Impressum Datenschutz Kontakt", "Jump to Recipe Pin Recipe") is a line whose words
# split into two or more labels of these families (not the author, tag and comment headers,
# which need what follows them, nor agency names).
_ROW_FAMILIES = (*(phrases for _, phrases in FAMILIES), RELATED, NETWORKS)
_ROW_LABELS = frozenset().union(*_ROW_FAMILIES)
_ROW_LABEL_WORDS = frozenset(w for key in _ROW_LABELS for w in key.split())
_ROW_LABEL_MAX_WORDS = max(len(key.split()) for key in _ROW_LABELS)
# A row starts with the first word of a label and ends with the last word of one: two lookups
# that turn away nearly every other line before it is split.
_ROW_FIRST_WORDS = frozenset(key.split()[0] for key in _ROW_LABELS)
_ROW_LAST_WORDS = frozenset(key.split()[-1] for key in _ROW_LABELS)
_ROW_MAX_WORDS = 12
_ROW_MAX_CHARS = 120


def _sentence(line: str) -> bool:
    """A row of buttons never ends like a sentence; "Share share share." is a line of prose."""
    return line.rstrip().endswith((".", "!", "?"))


def label_row(key: str) -> tuple[str, ...] | None:
    """The labels a line's `label_key` is made of when it is two or more labels in a row (the
    split into the fewest), else None.

    >>> label_row("impressum datenschutz kontakt"), label_row("share prices fell")
    (('impressum', 'datenschutz', 'kontakt'), None)
    """
    first, _, rest = key.partition(" ")
    if (
        not rest or first.strip(_LABEL_STRIP) not in _ROW_FIRST_WORDS
        or rest.rpartition(" ")[2].strip(_LABEL_STRIP) not in _ROW_LAST_WORDS
    ):
        return None
    words = [w.strip(_LABEL_STRIP) for w in key.split()]
    n = len(words)
    if not 2 <= n <= _ROW_MAX_WORDS or not _ROW_LABEL_WORDS.issuperset(words):
        return None
    # best[j]: the fewest labels that make up words[:j], as a tuple, or None when none do.
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is not None:
            for j in range(i + 1, min(n, i + _ROW_LABEL_MAX_WORDS) + 1):
                label = " ".join(words[i:j])
                if label in _ROW_LABELS and (best[j] is None or len(best[i]) + 1 < len(best[j])):
                    best[j] = (*best[i], label)
    labels = best[n]
    return labels if labels is not None and len(labels) >= 2 else None


def _row_rule(labels: tuple[str, ...]) -> str:
    """The rule a row of labels belongs to: legal-notice when it holds a legal link,
    share-prompt when it is all share buttons and network names, call-to-action when it is all
    prompts ("Schreiben Sie einen Kommentar Antworten abbrechen"), else nav-menu."""
    families = {"share-prompt" if label in NETWORKS else _FAMILY_OF.get(label) for label in labels}
    if "legal-notice" in families:
        return "legal-notice"
    if families == {"share-prompt"} or families == {"call-to-action"}:
        return families.pop()
    return "nav-menu"


# First word -> hit names.
_FIRST: dict[str, tuple[str, ...]] = {}
_add(_FIRST, p.words(p.CREDIT_WORDS), "credit")
_add(_FIRST, p.words(p.FOLLOW_WORDS), "follow")
_add(_FIRST, p.words(p.TEASER_WORDS), "teaser")
_add(_FIRST, p.words(p.ABOUT_WORDS), "about")
_add(_FIRST, p.words(p.BACK_WORDS), "back")
_add(_FIRST, p.words(p.BREADCRUMB_WORDS), "breadcrumb")
_add(_FIRST, p.words(p.RELATED_PREFIX_WORDS), "related-prefix")
_add(_FIRST, p.words(p.LIST_PREFIX_WORDS), "list-prefix")
_add(_FIRST, {k.split()[0] for k in TAGS}, "tag-inline")
_add(_FIRST, {prefix.split()[0] for prefix in p.RECIPE_HEADING_PREFIXES}, "recipe-prefix")  # "Zutaten für 4 Personen"
# Lines of a platform's widgets that vary ("Asked 12 years ago", "Free shipping over $50", "1 2 3 …
# 10 Next »", "March 2023 (4)", "Jetzt 4 Wochen für 0,99 € testen"); those that open with a
# figure are among the "number" hits.
_add(_FIRST, p.words(p.FORUM_META_FIRST_WORDS), "forum-meta")
_add(_FIRST, p.words(p.SHOP_LINE_FIRST_WORDS), "shop-line")
_add(_FIRST, p.words(p.PAGINATION_FIRST_WORDS), "page-link")
_add(_FIRST, p.words(p.ARCHIVE_FIRST_WORDS), "archive-month")
_add(_FIRST, p.words(p.SUBSCRIPTION_OFFER_FIRST_WORDS), "offer")
_add(_FIRST, p.words(p.SUBSCRIBE_TO_FIRST_WORDS), "subscribe-to")
_add(_FIRST, p.words(p.COMMENT_LINK_FIRST_WORDS), "comment-link")
_add(_FIRST, p.words(p.AUTHOR_LINK_FIRST_WORDS), "author-link")

# Only lines up to this long are looked at by first word (credits, teasers, follow prompts are short).
_FIRST_WORD_MAX_CHARS = 240
_FIRST_STRIP = " \u2022\u00b7*>-([\"'\u00bb\u203a|#"
# A long line is looked up by its first word also when it starts like a post navigation link
# ("Previous article <long headline>") or a breadcrumb trail ("Startseite » ... » <title>").
_LONG_LABEL_STARTS = (
    "previous ", "next ", "vorheriger ", "nächster ", "article ", "artículo ", "entrada ",
    *(word + " " for word in p.words(p.BREADCRUMB_WORDS)),
)
_WORD_END = ":|-/\u00a9.,!?)]"


# A short line is looked at more closely only when its first word (as `key.partition(" ")`
# cuts it) is in `_HEADS` or ends with a mark that a lookup strips from it ("Foto:", "Tags|"):
# one lookup turns away three short lines in four. (A key never starts with such a mark:
# `label_key` strips them.) For a first word without such a mark, `_HEADS` tells what it may
# start: (a whole label, the hit names of its `_FIRST` lookup, a row of labels).
_HEAD_ENDS = frozenset(_LABEL_STRIP + _WORD_END)
_WHOLE_HEADS = frozenset(key.partition(" ")[0] for key in _WHOLE)
_HEADS: dict[str, tuple[bool, tuple[str, ...], bool]] = {
    word: (word in _WHOLE_HEADS, _FIRST.get(word, ()), word in _ROW_FIRST_WORDS)
    for word in (*_WHOLE_HEADS, *_FIRST, *_ROW_FIRST_WORDS)
}


def scan(doc: "Document") -> dict[str, list[int]]:
    """Line indexes per hit name, computed once per document."""
    hits = doc.memo.get("scan")
    if hits is None:
        hits = {}
        whole, first, heads, ends = _WHOLE.get, _FIRST.get, _HEADS, _HEAD_ENDS
        lines, lower, n_words = doc.lines, doc.lower, doc.words
        for i, key in enumerate(doc.keys):
            if key:
                c = key[0]
                if c < "A" or c > "\x7f":  # (no character from "A" to DEL is "@" or a digit)
                    if c == "@":
                        hits.setdefault("handle", []).append(i)
                    elif c.isdigit():
                        hits.setdefault("number", []).append(i)
                word, space, rest = key.partition(" ")
                if word[-1] in ends:
                    starts_whole, names, starts_row = True, first(word.rstrip(_WORD_END)), word.strip(_LABEL_STRIP) in _ROW_FIRST_WORDS
                elif word in heads:
                    starts_whole, names, starts_row = heads[word]
                else:
                    continue
                found = whole(key) if starts_whole else None
                if found:
                    for name in found:
                        hits.setdefault(name, []).append(i)
                # `label_row`'s first test, inline: most lines fail it, and a call costs
                # more than the test.
                elif starts_row and space and rest.rpartition(" ")[2].strip(_LABEL_STRIP) in _ROW_LAST_WORDS:
                    labels = label_row(key)
                    if labels is not None and not _sentence(lines[i]):
                        hits.setdefault(f"label-row:{_row_rule(labels)}", []).append(i)
                if names:
                    for name in names:
                        hits.setdefault(name, []).append(i)
            elif key is None:
                # A long line: a row of labels without separators (up to _ROW_MAX_CHARS), or an
                # inline teaser ("Read more: <long headline>") or a long credit, which start with
                # a trigger word and have their separator early on, or a line that starts like a
                # post navigation link or a breadcrumb trail (_LONG_LABEL_STARTS).
                low = lower[i]
                if len(low) <= _ROW_MAX_CHARS and n_words[i] <= _ROW_MAX_WORDS:
                    word, _, rest = low.partition(" ")
                    if (rest and word.strip(_LABEL_STRIP) in _ROW_FIRST_WORDS
                            and rest.rpartition(" ")[2].strip(_LABEL_STRIP) in _ROW_LAST_WORDS):
                        labels = label_row(low)
                        if labels is not None and not _sentence(lines[i]):
                            hits.setdefault(f"label-row:{_row_rule(labels)}", []).append(i)
                            continue
                if len(low) > _FIRST_WORD_MAX_CHARS or ":" not in low[:30] and "|" not in low[:30] and not low.startswith(_LONG_LABEL_STARTS):
                    continue
                names = first(low.lstrip(_FIRST_STRIP).partition(" ")[0].rstrip(_WORD_END))
                if names:
                    for name in names:
                        hits.setdefault(name, []).append(i)
        doc.memo["scan"] = hits
    return hits  # type: ignore[return-value]


#: The scan under the name the label rules use: ``label_lines(doc).get(rule_id, ())``.
label_lines = scan
