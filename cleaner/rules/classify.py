"""boilerplate: the block classifier for full-page dumps.

A scraped page is the article plus whatever surrounds it: menus, section lists, teaser
columns, footers with addresses and legal links, comment forms. The vocabulary rules know the
labels; this rule knows the *shape*. In the spirit of jusText, but on plain text:

1. **Context-free class per line** from its length and the share of stopwords in the
   document's language (`cleaner.language`): ``good`` (prose), ``near`` (a sentence-like short
   line), ``short`` (a label, a menu item, a headline), ``bad`` (a long line with almost no
   function words: a link list, a row of dates and figures).
2. **The article** is the run of lines where prose outweighs everything else: the maximum-sum
   segment of per-line scores (prose counts its characters, short and bad lines cost). Inside
   it every line is kept: subheadings, one-line paragraphs, list items, table rows; only the
   specific rules remove anything there.
3. **Outside it**, short and bad lines go. Prose stays wherever it is, and so do the lines that
   belong to the article's edge: the headline and standfirst right before it, sentence lines
   right after it.

Pages with no stoplist (Chinese, Arabic, unknown languages) are judged by length and sentence
punctuation alone. A document without enough prose to locate an article (a short note, a poem,
a list) is left to the other rules.
"""

from __future__ import annotations

from ..language import rank, union
from ..patterns import SENTENCE_END
from .base import rule

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

# -- context-free thresholds -------------------------------------------------------------
# A line of prose has at least this many words ... (a one-sentence paragraph of news prose
# has 15-30; teaser headlines 6-14 and usually no final stop).
GOOD_WORDS = 12
# ... and at least this share of them are stopwords. Prose in the supported languages runs at
# 30-50%; headlines and link lists at 0-20%.
GOOD_STOPWORDS = 0.2
# A shorter line is sentence-like (``near``) with this share of stopwords and a final stop.
NEAR_WORDS = 4
NEAR_STOPWORDS = 0.15
# A line this long with fewer stopwords than this is a link list or a data row: ``bad``.
BAD_STOPWORDS = 0.1
# Without a stoplist: prose is a line of at least this many UTF-8 bytes that ends like a
# sentence. Bytes rather than characters: a CJK character takes three bytes and carries about
# as much as three Latin letters, so one threshold serves both (120 bytes: 40 CJK characters,
# a 20-word Latin sentence).
GOOD_BYTES_AGNOSTIC = 120

# Lines are judged against the stopwords of up to this many languages of the page.
MAX_LANGUAGES = 3

# -- the article run ----------------------------------------------------------------------
# Score of a line in the maximum-sum search: prose counts its characters (so one real
# paragraph outweighs a dozen menu items), a short line costs as much as a short sentence is
# worth, a bad line costs its length.
SHORT_COST = 100
NEAR_SCORE = 0
SOFT_COST = 20
# Prose outside the article: kept when it has at least this many words (a paragraph cut off
# by an embedded gallery); shorter prose there is a teaser, a disclaimer, a footer blurb.
OUTSIDE_PROSE_WORDS = 20
# No article is located in a text with less prose than this (characters of good lines): a
# short note or a poem has no menus to strip.
MIN_ARTICLE_CHARS = 400
# Outside the article, a run of lines between paragraphs loses its hard lines only when it
# holds at least this many: a menu or a footer is a run of labels, a lone short line at the
# article's edge (a subheading, a table row, a sign-off) is left to the vocabulary rules.
MIN_RUN_HARD = 3
# Lines before the article that may be its headline, standfirst, byline or dateline.
HEAD_LINES = 4
# The article's edge crosses at most this many hard lines (a one-word label such as
# "Zutaten" between the ingredients and the headline).
EDGE_GAP = 0
# A headline has at least this many words; menu items and section names have fewer.
HEADLINE_WORDS = 3


def _classes(doc) -> list[str | None]:
    """The context-free class of every line (None for blank lines)."""
    lines, lower, words = doc.lines, doc.lower, doc.words
    languages = rank([lower[i] for i in range(len(lines)) if words[i] >= GOOD_WORDS])
    stops = doc.memo["stopwords"] = union(tuple(languages[:MAX_LANGUAGES]))
    classes: list[str | None] = [None] * len(lines)
    for i in doc.content:
        n = words[i]
        line = lines[i]
        ends = line.rstrip().endswith(SENTENCE_END)
        if stops:
            s = sum(map(stops.__contains__, lower[i].split()))
            share = s / n
            if n >= GOOD_WORDS and share >= GOOD_STOPWORDS:
                cls = GOOD
            elif n >= GOOD_WORDS and share < BAD_STOPWORDS:
                cls = BAD
            elif n >= NEAR_WORDS and ends and share >= NEAR_STOPWORDS:
                cls = NEAR
            else:
                cls = SHORT
        else:
            size = len(line.strip().encode("utf-8", "surrogatepass"))
            if size >= GOOD_BYTES_AGNOSTIC and ends:
                cls = GOOD
            elif ends and size >= GOOD_BYTES_AGNOSTIC // 3:
                cls = NEAR
            else:
                cls = SHORT
        classes[i] = cls
    return classes


def _article(doc, classes, soft) -> tuple[int, int] | None:
    """(first, last) line of the maximum-sum run of line scores, or None without enough prose."""
    lines = doc.lines
    # Prose is weighed in UTF-8 bytes on pages without a stoplist (see GOOD_BYTES_AGNOSTIC).
    agnostic = not doc.memo.get("stopwords")
    size = {i: len(lines[i].encode("utf-8", "surrogatepass")) if agnostic else len(lines[i]) for i in doc.content if classes[i] == GOOD}
    best = total = 0
    best_span = None
    start = None
    good_chars = 0
    for i in doc.content:
        cls = classes[i]
        if cls == GOOD:
            score = size[i]
            good_chars += score
        elif cls == NEAR:
            score = NEAR_SCORE
        elif cls == BAD:
            score = -len(lines[i])
        elif soft[i]:
            score = -SOFT_COST
        else:
            score = -SHORT_COST
        if total <= 0:
            total = 0
            start = i
        total += score
        if total > best:
            best = total
            best_span = (start, i)
    if best_span is None or good_chars < MIN_ARTICLE_CHARS:
        return None
    return best_span


def _soft(doc, classes) -> dict[int, bool]:
    """Whether each content line may belong to the article's edge: a sentence, or a short line
    with words of content (a stopword or a figure: "200 g Zucker", "Published on 16 May")."""
    lower, words = doc.lower, doc.words
    soft = {}
    stops = doc.memo.get("stopwords") or frozenset()
    for i in doc.content:
        cls = classes[i]
        if cls in (GOOD, NEAR):
            soft[i] = True
        elif cls == BAD:
            soft[i] = False
        elif words[i] < HEADLINE_WORDS:
            soft[i] = any(c.isdigit() for c in lower[i])
        else:
            tokens = lower[i].split()
            soft[i] = any(map(stops.__contains__, tokens)) or any(c.isdigit() for c in lower[i])
    return soft


def _extend(soft, content, k, step) -> int:
    """Index in `content` where the article's edge ends, walking from `k` in direction `step`
    over soft lines, across at most EDGE_GAP hard lines at a time."""
    edge = k
    j = k + step
    gap = 0
    while 0 <= j < len(content):
        if soft[content[j]]:
            edge = j
            gap = 0
        else:
            gap += 1
            if gap > EDGE_GAP:
                break
        j += step
    return edge


@rule("boilerplate")
def boilerplate(doc, config):
    """Menus, section lists, teasers and footers around the article of a full-page dump.

    Avoids: the article's own short lines: subheadings, one-line paragraphs, list items
    and table rows inside the article run are never touched, and the headline right above the
    article stays.

    >>> from cleaner import explain
    >>> para = "The line stays closed until Monday because the rain washed away part of the track. " * 3
    >>> result = explain("Sport\\nWeather\\nCulture\\nPodcasts\\n\\n" + para + "\\n\\n" + para)
    >>> [(d.rule, d.text) for d in result.decisions][:2]
    [('boilerplate', 'Sport'), ('boilerplate', 'Weather')]
    """
    if not config.classify:
        return
    classes = _classes(doc)
    soft = _soft(doc, classes)
    span = _article(doc, classes, soft)
    if span is None:
        return
    first, last = span
    content = doc.content
    k, m = content.index(first), content.index(last)
    blank = doc.blank
    # Outside the article, runs of lines between prose lines; a run is a menu, a footer or a
    # teaser column when it holds several hard lines.
    runs: list[list[int]] = []
    run: list[int] = []
    for j, i in enumerate(content):
        if k <= j <= m or classes[i] == GOOD:
            if run:
                runs.append(run)
                run = []
        else:
            run.append(j)
    if run:
        runs.append(run)
    lines = doc.lines
    for run in runs:
        # Only labels stacked in one block count (a menu is a block of links, one per line); a
        # few single-line blocks in a row are as likely subheadings and captions.
        stacked = sum(
            not soft[i] and ((i > 0 and not blank[i - 1]) or (i + 1 < len(lines) and not blank[i + 1]))
            for i in (content[j] for j in run)
        )
        if stacked < MIN_RUN_HARD:
            continue
        for j in run:
            i = content[j]
            if soft[i]:
                continue
            # A heading: a line that opens its block, right above the article or a paragraph.
            # (The last item of a menu sits right above the article too, but inside the
            # menu's block.)
            if (
                j + 1 < len(content) and (j + 1 == k or classes[content[j + 1]] == GOOD)
                and (i == 0 or blank[i - 1])
            ):
                continue
            where = "before" if i < first else "after"
            yield i, f"{classes[i]} line {where} the article, in a run of short lines"
