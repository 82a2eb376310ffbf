"""Guards: named protections that veto proposed removals of what may be article text.

Each guard looks at the proposals and the document and returns the lines it keeps. A kept line
is reported in the explanation as "kept by guard X", with the rule that wanted it.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from typing import TYPE_CHECKING, Callable

import regex

from .document import label_key
from .patterns import (
    CONS_HEADINGS, PROS_HEADINGS, RECIPE_HEADING_PREFIXES, RECIPE_HEADINGS, REFERENCE_HEADINGS, REPLY_BUTTONS, ROLE_SIGN_OFF, SENTENCE_END, SIGN_OFF,
    BUTTON_POINTED_AT, SOLD_OUT_LABELS, STAMP_LINE, phrases, script_words, unspaced,
)
from .rules.classify import BAD_SOFT, GOOD_KIND, NEAR_KIND, listed_sentence
from .rules.credits import SOURCE_EVIDENCE
from .rules.common import SENTENCE_STOPS, TERM_FREE, TERM_RUN, TERM_WORDS, TITLED_HEADLINE_REACH, heading_run, headline_keys, is_sentence, title_parts
from .rules.labels import scan
from .rules.prompts import PATTERNED_ENTRIES

if TYPE_CHECKING:
    from .config import Config
    from .document import Document
    from .rules import Rule

# proposal per line: (rule, evidence, cut column or None)
Claims = dict[int, tuple["Rule", str, "int | None"]]
Guard = Callable[["Document", Claims, "Config"], dict[int, str]]

# Rules whose labels are ordinary words ("Home", "Jobs", "Video", "Topics", "Related") and that
# could therefore hit a one-line subheading.
_HEADING_SENSITIVE = frozenset({
    "nav-menu", "legal-notice", "widget-residue", "call-to-action", "most-read-list", "tag-list",
    "author-bio",
})
# The labels that double as subheadings are single common words ("Jobs", "Home", "Video",
# "Related"); longer labels ("Kommentar schreiben", "Back to top") are buttons, not headings.
_HEADING_WORDS = 1
# Labels that stand between two paragraphs as chrome too ("Anzeige" above the next paragraph,
# "Share" or "Newsletter" between two): a subheading only when the paragraph below takes up
# its word ("Werbung" / "Die Werbeeinnahmen sinken ...", "Newsletter" / "The newsletter has
# replaced ..."), found by the word's stem: all but its last three letters, at least four.
_TOPIC_SENSITIVE = frozenset({"ad-label", "share-prompt", "newsletter-prompt"})
_STEM_CUT = 3
_STEM_MIN = 4
# A label of a few words ("Sigue leyendo", "En stock", "Read more") is a button, not a heading,
# unless the paragraph right below opens with its very words ("Sigue leyendo" / "Sigue leyendo
# el informe y verás ..."): a subheading the paragraph takes up. A button's words open the
# text below it only where that text is the button's own pitch, and a pitch is claimed too.
_OPENER_WORDS = 3
# A label of a few words between two paragraphs ("Manage cookies" between two paragraphs of an
# article about consent banners) is a subheading when the paragraph below names it, its words
# in a row ('... behind a second screen labelled "Manage cookies" ...'): a button between two
# paragraphs of a story is not what the next paragraph talks about.
_NAMED_HEADING_WORDS = 3
# A label the paragraph below points back at ("Tutti i diritti riservati" / "Questa dicitura in
# fondo alle pagine ...") may have a few more words (see `_pointed_at`).
_POINTED_HEADING_WORDS = 5


# From this many claims on, `_after_unclaimed` marks the claimed lines in a table of bytes.
_CLAIMED_TABLE = 4096


def _after_unclaimed(doc: "Document", claims: Claims) -> list[tuple[int, int]]:
    """(i, the content line above it) for each claimed line i whose content line above is
    claimed by no rule: the lines where heading-, list- and sign-off-guard look for a heading,
    a list or a sign-off below kept text.

    A full page has hundreds of claims, most of them menu items right below another claimed
    line, or below a blank line below one (a page whose lines are spaced by blank lines): two
    lookups turn them away, and only the rest is looked at closely. The pairs are found once
    per pass for the three guards. Between two guards the engine only takes the lines a guard
    kept out of the claims: the pairs are then brought up to date from the lines taken out
    (their pairs go, the claimed lines right below them come)."""
    memo = doc.memo.get("after-unclaimed")
    if memo is not None and memo[0] is claims:
        _, count, pairs, claimed = memo
        if count == len(claims):
            return pairs
        gone = claimed - claims.keys()
        pairs = [pair for pair in pairs if pair[0] not in gone]
        for j in sorted(gone):
            i = doc.next_content(j)
            if i is not None and i in claims:
                pairs.append((i, j))
        doc.memo["after-unclaimed"] = (claims, len(claims), pairs, claimed - gone)
        return pairs
    words = doc.words
    if len(claims) < _CLAIMED_TABLE:
        found = [i for i in claims if i and (
            i - 1 not in claims if words[i - 1] else i < 2 or not words[i - 2] or i - 2 not in claims)]
    else:
        # A long document (a dump of many pages): lookups in a claims table of megabytes, in
        # the order the rules made the claims, miss the processor's caches; a byte per line
        # is read instead.
        marked = bytearray(len(words))
        for i in claims:
            marked[i] = 1
        found = [i for i in claims if i and (
            not marked[i - 1] if words[i - 1] else i < 2 or not words[i - 2] or not marked[i - 2])]
    pairs = []
    for i in found:
        if words[i - 1]:
            pairs.append((i, i - 1))
        elif i >= 2 and words[i - 2]:
            pairs.append((i, i - 2))
        else:  # blank lines above: the content line before them
            content = doc.content
            j = bisect_left(content, i)
            if j and content[j - 1] not in claims:
                pairs.append((i, content[j - 1]))
    doc.memo["after-unclaimed"] = (claims, len(claims), pairs, set(claims))
    return pairs


def _good(kinds: list, i: int | None) -> bool:
    """Whether line i is prose to the block classifier (its first judgement of the line, kept
    in the document's memo as "kinds")."""
    return i is not None and kinds[i] == GOOD_KIND


def prose_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep whole prose lines (see `Config.prose_words`) against rules not allowed to remove prose
    (but for the proposals a rule names in `Rule.prose_evidence`)."""
    kept = {}
    words, lines, prose_words = doc.words, doc.lines, config.prose_words
    # is_prose, inlined, its word count first: the guard sees every claim, hundreds on a full
    # page, most of them short lines.
    # (A line in a script that does not space its words counts its characters: see
    # `patterns.script_words`; the test is made for the lines that are not ASCII alone.)
    for i in [i for i in claims if words[i] >= prose_words or (
            not lines[i].isascii() and script_words(lines[i], words[i]) >= prose_words)]:
        rule, evidence, cut = claims[i]
        if (cut is None and not rule.removes_prose and lines[i].rstrip().endswith(SENTENCE_END)
                and evidence not in rule.prose_evidence):
            kept[i] = f"{script_words(lines[i], words[i])}-word line ending like a sentence"
    return kept


def heading_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a short label-like line that stands between two kept sentences: a subheading (of
    more than one word, only when the paragraph below names it: _NAMED_HEADING_WORDS; of one
    word, over a short paragraph too when it takes up the word: _ANSWER_WORDS), or between a
    sentence and a list written as a sentence: a match sheet's heading ("Ficha técnica" /
    "Albacete: Altube; Neva, Djetei; ..."); between a letter's signature and the next letter
    (`_signed`); over a block of key-value pairs under a sentence ("Ficha técnica" / "Pantalla:
    6,67 pulgadas AMOLED"); and a button's name or a label of any rule over a paragraph that
    talks about it (`_pointed_at`: "Síguenos en Twitter" / "Durante años, esa frase ..."), under
    any unclaimed line."""
    kept = {}
    words, lines = doc.words, doc.lines
    for i, before in _after_unclaimed(doc, claims):
        if words[i] > _POINTED_HEADING_WORDS:
            continue
        rule, _, cut = claims[i]
        if cut is not None or lines[i].rstrip().endswith(("...", "\u2026")):
            continue  # "Loading...": a subheading never trails off
        after = doc.next_content(i)
        if after is None or after in claims:
            continue
        if _pointed_at(doc, after):
            # (Whatever rule claimed it: "Síguenos en Twitter" / "Durante años, esa frase
            # cerraba todas las noticias.")
            kept[i] = "a button's name over a paragraph that talks about the button"
            continue
        if words[i] > _NAMED_HEADING_WORDS or rule.id not in _HEADING_SENSITIVE and rule.id not in _TOPIC_SENSITIVE:
            continue
        if after == i + 1 and _pairs(doc, claims, i, after, said=True):
            # (In the pairs' block: a button's "Vai alla ricetta" stands in its own block above
            # the recipe card's "Difficoltà: facile".)
            kept[i] = "heads a block of key-value pairs under prose: a heading"
            continue
        if (after == i + 1 and listed_sentence(lines[after]) and after + 1 < len(words)
                and after + 1 not in claims and listed_sentence(lines[after + 1])):
            # A match sheet's heading over its line-ups in its block, under whatever line (the
            # table of results above it): "Ficha técnica" / "Barcelona: Ter Stegen; Koundé, ..."
            # / "Sevilla: Nyland; Carmona, ...".
            kept[i] = "heads a block of lists written as sentences: a heading"
            continue
        answered = _answered(doc, claims, before)
        if not answered and not _said(doc, before) and not _signed(doc, claims, before):
            continue
        if (answered and rule.id in _HEADING_SENSITIVE and words[i] <= _HEADING_WORDS and words[after] >= _ANSWER_WORDS
                and lines[after].rstrip().endswith((".", "!")) and not listed_sentence(lines[after])):
            # (Under an FAQ's short answer, the next heading over a short paragraph: "Контакты"
            # / "Горячая линия Минтранса работает круглосуточно." An ad label or a button there
            # is none: "Advertisement", "Leave a reply" between two answers.)
            kept[i] = "short line under an FAQ's answer over a paragraph reads as a subheading"
            continue
        # A label of a few words between a paragraph and a list written as a sentence ("Ficha
        # técnica" / "Albacete: Altube; Neva, Djetei; ..."): the heading of the article's match
        # sheet or credits; a footer's links never sit above a line-up.
        if listed_sentence(lines[after]):
            kept[i] = "short line between a paragraph and a list written as a sentence reads as a heading"
        elif _said(doc, after) or words[i] == 1 and _answers(doc, i, after, claims):
            if words[i] > _HEADING_WORDS:
                if not _names(doc, i, after):
                    continue
            elif rule.id in _TOPIC_SENSITIVE and not _takes_up(doc, i, after):
                continue
            kept[i] = "short line between two paragraphs reads as a subheading"
    # A heading of a few words that the paragraph below opens with, whatever stands above it
    # (the headline under a menu, a subheading under a list). The line below and its first
    # letter are tested first: most claims have a claimed line below (or a blank line and one).
    lower, last = doc.lower, len(words) - 1
    for i in [i for i in claims if words[i] <= _OPENER_WORDS]:
        after = i + 1 if i < last and words[i + 1] else (
            i + 2 if i + 2 <= last and words[i + 2] else doc.next_content(i))
        if after is None or after in claims or i in kept or lower[after].lstrip()[:1] != lower[i].lstrip()[:1]:
            continue
        rule, _, cut = claims[i]
        if (cut is None and (rule.id in _HEADING_SENSITIVE or rule.id in _TOPIC_SENSITIVE)
                and is_sentence(doc, after) and _opens(doc, i, after)):
            kept[i] = "short line right above a paragraph that opens with its words: a heading"
    return kept


# A one-word subheading may stand over a short paragraph that takes up its word ("Kommentare" /
# "Viele Seiten haben die Kommentarfunktion abgeschaltet."): a sentence of at least this many
# words. (A comment box's state under its label, "Comments" / "Be the first to comment.", is
# claimed by the label rules and keeps nothing.)
_ANSWER_WORDS = 5


# ... takes up its word: by its stem (`_takes_up`), or by a word of the paragraph that opens with
# the same letters as the heading's, at least this many ("Kommentarer" / "... kommentera ...").
_SHARED_PREFIX = 6


# ... or a stanza: a block of at most this many lines whose last ends the sentence ("Accueil" /
# "Le port m'a dit accueil" / "et je suis resté," / ... / "la mer aussi."), each line of at most
# so many words (a form's note of long lines under its "Kommentar" field is no verse).
_STANZA_LINES = 8
_STANZA_LINE_WORDS = 10


def _answers(doc: "Document", i: int, after: int, claims: Claims | None = None) -> bool:
    """Whether line `after` is a sentence of at least _ANSWER_WORDS words that takes up the word
    of one-word line i (see `_takes_up`, _SHARED_PREFIX); with `claims`, a stanza too: the
    unclaimed lines of `after`'s block, of which the last ends the sentence (_STANZA_LINES)."""
    words, lines = doc.words, doc.lines
    last = after
    if not lines[after].rstrip().endswith((".", "!", "?")):
        if claims is None:
            return False
        while (last + 1 < len(words) and words[last + 1] and last + 1 - after < _STANZA_LINES
               and last + 1 not in claims and not lines[last].rstrip().endswith((".", "!", "?"))):
            last += 1
        if (last == after or not lines[last].rstrip().endswith((".", "!", "?"))
                or max(words[after:last + 1]) > _STANZA_LINE_WORDS):
            return False
    if sum(words[after:last + 1]) < _ANSWER_WORDS:
        return False
    text = " ".join(doc.lower[after:last + 1])
    if _takes_up(doc, i, after, text):
        return True
    word = doc.keys[i] or ""
    prefix = word[:_SHARED_PREFIX]
    return len(prefix) == _SHARED_PREFIX and prefix.isalpha() and any(
        w.startswith(prefix) for w in text.split())


def _answered(doc: "Document", claims: Claims, before: int) -> bool:
    """Whether line `before` is a short answer of an FAQ right under its question ("Wo bekomme
    ich Hilfe?" / "Beim Mieterverein."): a line that ends with a full stop or an exclamation
    mark under an unclaimed line that ends with a question mark. The next heading of the FAQ
    ("Kontakt" over "Der Mieterverein ist dienstags ... erreichbar.") stands under it."""
    if not doc.lines[before].rstrip().endswith((".", "!")):
        return False
    question = doc.prev_content(before)
    return question is not None and question not in claims and doc.lines[question].rstrip().endswith("?")


# A signature under a letter has at most this many words, a name and a town after a comma
# ("Jadwiga K., Opole", "Ingrid de Boer, Amstelveen"; a form's "Betreff" or a box's "Zamknij
# Pobierz plik" has none).
_SIGNATURE_WORDS = 5


def _signed(doc: "Document", claims: Claims, before: int) -> bool:
    """Whether line `before` is the signature of a letter right under its last sentence, in its
    block ("Z tekstem o korkach ... zgadzam się w stu procentach." is the next letter, its
    title between): a short line with a comma that ends with no sentence stop under an
    unclaimed sentence.
    The next letter's title stands under it ("Zgadzam się", "Reageren?")."""
    if (doc.words[before] > _SIGNATURE_WORDS or "," not in doc.lines[before] or not before
            or not doc.words[before - 1] or before - 1 in claims):
        return False
    return not doc.lines[before].rstrip().endswith(SENTENCE_STOPS) and _said(doc, before - 1)


def _pointed_at(doc: "Document", after: int) -> bool:
    """Whether line `after` is a sentence that opens by pointing back at a button or a link
    (`patterns.BUTTON_POINTED_AT`: "This button lets the site store ...", "Ce second bouton, lui,
    est rarement utilisé."): the line above is the button's name as a guide's subheading, under
    whatever line (a headline, another such paragraph)."""
    return (doc.words[after] >= _ANSWER_WORDS and doc.lines[after].rstrip().rstrip(_CLOSING_QUOTES).endswith((".", "!", "?"))
            and bool(BUTTON_POINTED_AT.match(doc.lines[after])))


def _opens(doc: "Document", i: int, after: int) -> bool:
    """Whether line `after` opens with the words of line i, as whole words (see _OPENER_WORDS)."""
    head = doc.lower[i].strip().rstrip(":")
    text = doc.lower[after].lstrip()
    return bool(head) and text.startswith(head) and not text[len(head):len(head) + 1].isalnum()


# Closing quotation marks a paragraph may end with after its stop ('... read the comments
# "sometimes."').
_CLOSING_QUOTES = "\"'\u201d\u2019\u00bb"


def _said(doc: "Document", i: int) -> bool:
    """`rules.common.is_sentence`, closing quotation marks after the stop allowed."""
    if is_sentence(doc, i):
        return True
    line = doc.lines[i].rstrip()
    return (line.endswith(tuple(_CLOSING_QUOTES)) and line.rstrip(_CLOSING_QUOTES).endswith(SENTENCE_STOPS)
            and script_words(line, doc.words[i]) >= 8)


def _names(doc: "Document", i: int, after: int) -> bool:
    """Whether line `after` holds the words of line i in a row, as whole words (see
    _NAMED_HEADING_WORDS)."""
    head = " ".join(doc.lower[i].split()).strip(" :")
    text = " ".join(doc.lower[after].split())
    at = text.find(head)
    while at >= 0:
        end = at + len(head)
        if (not at or not text[at - 1].isalnum()) and not text[end:end + 1].isalnum():
            return True
        at = text.find(head, at + 1)
    return False


def _takes_up(doc: "Document", i: int, after: int, text: str | None = None) -> bool:
    """Whether line `after` (or `text`) holds the stem of the word of one-word line i (see
    _TOPIC_SENSITIVE)."""
    word = doc.keys[i] or ""
    if text is None:
        text = doc.lower[after]
    if word and not word.isascii() and unspaced(word):
        # A word of a script that does not space its words has two or three characters ("分享",
        # "シェア") and no ending to cut.
        return len(word) >= 2 and word in text
    stem = word[:max(_STEM_MIN, len(word) - _STEM_CUT)]
    return len(stem) >= _STEM_MIN and stem in text


# A heading of key points has at most this many words ("Key Points", "What to know") ...
_POINTS_HEADING_WORDS = 4


def _points(doc: "Document", kinds: list, i: int, after: int) -> bool:
    """Whether line i, of a few words, heads a list of short sentences: the line below and the
    one right under it are sentences ("Key Points" / "The Dow fell nearly 400 points on Friday."
    / "Employers added 254,000 jobs in September."). An image's title over its caption has one."""
    below = after + 1
    return (doc.words[i] <= _POINTS_HEADING_WORDS and kinds[after] == NEAR_KIND and below < len(kinds)
            and kinds[below] in (NEAR_KIND, GOOD_KIND))


# A heading of a data list has at most this many words ("Critères", "Ficha técnica",
# "Caratteristiche") ...
_PAIRS_HEADING_WORDS = 3
# ... over at least this many lines "key: value" in a block ("Surface : 60 m²" / "Pièces : 3"),
# each of at most _PAIR_WORDS words, unclaimed, with prose above the heading.
_PAIRS = 2
_PAIR_WORDS = 8
_PAIR = regex.compile(r"^\s*\p{L}[\p{L}'’ .-]{0,30}?[ \u00a0\u202f]?:\s+\S").match


def _pairs(doc: "Document", claims: Claims, i: int, after: int, said: bool = False) -> bool:
    """Whether line i, of a few words and not ending with a colon, heads a list of key-value
    pairs (see _PAIRS) and has prose above it within a few lines: a classified ad's or a match
    sheet's "Critères" / "Surface : 60 m²" / "Pièces : 3". (With `said`, a shorter sentence
    above counts too: a product test's "Ficha técnica" / "Pantalla: 6,67 pulgadas AMOLED"
    under "Estas son nuestras conclusiones.")"""
    words, lines = doc.words, doc.lines
    if words[i] > _PAIRS_HEADING_WORDS or lines[i].rstrip().endswith(":"):
        return False
    # The pairs are lines of one block (a list of links printed one per block is a menu).
    for j in range(after, after + _PAIRS):
        if j >= len(words) or j in claims or not words[j] or words[j] > _PAIR_WORDS or _PAIR(lines[j]) is None:
            return False
    kinds = doc.memo.get("kinds")
    above = doc.prev_content(i)
    return above is not None and above not in claims and (bool(kinds) and _good(kinds, above) or said and _said(doc, above))


def block_heading_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a line the block classifier took for a label when it opens its own block right
    above a paragraph of prose, a table row, a list written as a sentence ("Teams" over a
    line-up) or, of a few words, above a list of short sentences ("Key Points"): a headline or a
    subheading. (The last item of a menu also sits above the
    article, but inside the menu's block.) Keep too the one line of three words or
    more that stands right above a byline or a date (`patterns.STAMP_LINE`) with the first
    paragraph below it: a headline, on a page whose title line does not name it (a dump of the
    article's container has none); a list of teasers prints several, and none is kept. Keep a
    heading over a block of "key: value" lines under prose ("Critères" / "Surface : 60 m²"), and
    a writer's name alone under the standfirst and over the date ("Javier Ortega" / "Albacete |
    06/04/2024 - 20:55"), once a page."""
    kinds = doc.memo.get("kinds")
    if not kinds:
        return {}
    kept = {}
    words = doc.words
    last = len(words) - 2
    # The classifier's whole-line claims that open a block, but those with a claimed line right
    # below (or below a blank line below): the claim's own facts first, then two lookups.
    opening = [i for i, claim in claims.items() if (not i or not words[i - 1]) and claim[2] is None
               and claim[0].id == "boilerplate" and (i >= last or (
                   i + 1 not in claims if words[i + 1] else not words[i + 2] or i + 2 not in claims))]
    for i in opening:
        after = doc.next_content(i)
        if after is not None and after not in claims and (_good(kinds, after) or kinds[after] == BAD_SOFT or _points(doc, kinds, i, after)):
            kept[i] = "opens its block right above a paragraph: a heading"
        elif after is not None and after not in claims and _pairs(doc, claims, i, after):
            kept[i] = "opens its block right above a list of key-value pairs: a heading"
    # A headline over its byline or date ("7. Jun 2017, 11:19", "by Jane Roe", "Published: May
    # 3, 2024 | 9:52 PM") over the first paragraph: the last line of the menu above it, to the
    # classifier. The line below must be such a stamp, not a teaser's blurb or another label.
    # (Whole-line claims of _STAMPED_WORDS words or more, with an unclaimed line of few words
    # right below: the claim's own facts first, then two lookups.)
    lines = doc.lines
    stamped = []
    for i in [i for i, claim in claims.items() if claim[2] is None and claim[0].id == "boilerplate"
              and words[i] >= _STAMPED_WORDS and i < last
              and (i + 1 not in claims and words[i + 1] <= _STAMP_WORDS if words[i + 1]
                   else words[i + 2] and i + 2 not in claims and words[i + 2] <= _STAMP_WORDS)]:
        if i in kept or lines[i].rstrip().endswith(_NOT_HEADLINE_ENDS):
            continue
        # (Words, not marks: "Energie & Umwelt" is a section's name of two words.)
        if len([w for w in lines[i].split() if w[0].isalnum()]) < _STAMPED_WORDS:
            continue
        stamp = doc.next_content(i)
        if _good(kinds, stamp):
            continue
        j, steps = doc.next_content(stamp), 1
        while j is not None and steps < _STAMP_REACH and not _good(kinds, j):
            j, steps = doc.next_content(j), steps + 1
        if j is None or j in claims or not _good(kinds, j):
            continue
        # The stamp last: each of its dates and times holds a figure, and a byline opens with
        # its word ("by", "von", "par" ...).
        line = lines[stamp]
        if ((_DIGIT(line) is not None or _BYLINE_OPENER(line) is not None) and STAMP_LINE.search(line) is not None
                or _LIFE_SPAN(line) is not None):
            stamped.append(i)
    # A page has one headline: several such lines are the teasers of a list (headline, date,
    # blurb), and stay claimed.
    if len(stamped) == 1:
        kept[stamped[0]] = "right above its byline or date and the first paragraph: a headline"
    # The writer's name under the standfirst and over the date ("Javier Ortega" / "Albacete |
    # 06/04/2024 - 20:55", "Per Jordi Vilaseca" / "Manresa, 18/04/2024"), with the article's
    # prose a few lines below (share buttons between): a byline, which the classifier took for
    # the first label of the share row. A teaser list prints several; none is kept.
    named = []
    for i in [i for i, claim in claims.items() if claim[2] is None and claim[0].id == "boilerplate"
              and words[i] <= _BYLINE_NAME_WORDS and i < last]:
        if _BYLINE_NAME(lines[i]) is None:
            continue
        stamp = doc.next_content(i)
        if stamp is None or _DIGIT(lines[stamp]) is None or STAMP_LINE.search(lines[stamp]) is None:
            continue
        above = doc.prev_content(i)
        if above is not None and above not in claims and _good(kinds, above) and stamp not in claims:
            # Under the standfirst: the first paragraph follows within a few lines.
            j, steps = doc.next_content(stamp), 1
            while j is not None and steps < _BYLINE_REACH and not _good(kinds, j):
                j, steps = doc.next_content(j), steps + 1
            if j is not None and j not in claims and _good(kinds, j):
                named.append(i)
    if len(named) == 1:
        kept[named[0]] = "a name under the standfirst and over the date: the byline"
    return kept


# A byline of a name alone: one to four capitalised words, perhaps after the word for "by"
# ("Javier Ortega", "Per Jordi Vilaseca", "di Marco Ferraris", "Redacción") ...
_BYLINE_NAME_WORDS = 5
_BYLINE_NAME = regex.compile(
    r"^\W*(?:(?i:by|von|par|por|per|di|de|door|przez|da)\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s*$").match
# ... with the article's first paragraph within this many content lines below its date (a row
# of share buttons between).
_BYLINE_REACH = 7
# A headline over its stamp has at least this many words ("Kontakt" above the page's date in
# the header is a menu item) ...
_STAMPED_WORDS = 3
_DIGIT = regex.compile(r"\d").search
# The opening of a byline of `patterns.STAMP_LINE` (its other branches hold a figure).
_BYLINE_OPENER = regex.compile(r"^\W*(?:by|von|par|por|di|door|przez|written|geschrieben|publié|escrito)\s",
                               regex.IGNORECASE).match
# ... and does not end like a breadcrumb's step or a label ("Presse und News >", "Themen:").
_NOT_HEADLINE_ENDS = (">", "»", "›", ":", "|")
# ... and the stamp at most this many (a byline with a date and a section).
_STAMP_WORDS = 14
# ... or a life's span under an obituary's name ("1931 - 2025", "March 3, 1931 – Feb. 28, 2025",
# "* 1931 † 2025"): two years, joined by a dash or marked by birth and death.
_LIFE_SPAN = regex.compile(
    r"^\W*(?:[\p{L}.,]+\s+){0,3}?(?:\d{1,2}[.,]?\s+)?(?:[\p{L}.,]+\s+){0,2}?\d{4}\s*(?:[-\u2013\u2014]|\u2020)\s*"
    r"(?:[\p{L}.,]+\s+){0,3}?(?:\d{1,2}[.,]?\s+)?(?:[\p{L}.,]+\s+){0,2}?\d{4}\W*$").match
# The first paragraph follows the stamp within this many content lines (a second stamp line, a
# photo credit between them).
_STAMP_REACH = 3


_RECIPE_HEADINGS = phrases(RECIPE_HEADINGS)
# Lower-case substrings that every heading holds, for the one-pass vocabulary search.
_RECIPE_NEEDLES = tuple(sorted({*_RECIPE_HEADINGS, *(p.strip() for p in RECIPE_HEADING_PREFIXES)}))
# "Ingredients for the chocolate glaze" has five words.
_RECIPE_HEADING_WORDS = 8
# How far below a recipe heading its part may run (an ingredient list, the steps).
_RECIPE_LINES = 40
# Within this many lines below an ingredient heading, a figure, a list marker or a sentence
# tells a recipe's part from a menu item "Ingredients" among other menu items.
_RECIPE_EVIDENCE_LINES = 3
_RECIPE_EVIDENCE = regex.compile(r"\d|^\s*[-•*·–]\s|[.!?:]\s*$|[½¼¾⅓⅔]")


def _recipe_heading(key: str | None) -> bool:
    return bool(key) and (key in _RECIPE_HEADINGS or key.startswith(RECIPE_HEADING_PREFIXES))


def recipe_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a recipe's parts against the block classifier: a heading such as "Ingredients",
    "Zutaten für 4 Personen" or "Zubereitung" and the lines below it, down to the first line
    another rule claims (a share row, a footer label) or RECIPE_LINES lines. A recipe card
    below the story reads like a menu to the classifier: stacked labels ("Prep Time",
    "Servings"), figures, one-line steps. The heading must be followed by a figure, a list
    marker or a sentence within a few lines, or by the recipe's next heading ("Salt" /
    "Pepper" / "Method"): "Ingredients" among menu items keeps nothing."""
    hits = scan(doc)
    if "recipe-heading" not in hits and "recipe-prefix" not in hits:
        return {}  # no line's key is a recipe heading (the shared scan looks them up)
    keys, lines = doc.keys, doc.lines
    kept: dict[int, str] = {}
    for i in doc.lines_with(*_RECIPE_NEEDLES, lower=True, max_words=_RECIPE_HEADING_WORDS):
        if i in kept or not _recipe_heading(keys[i]):
            continue
        part, j = [i], doc.next_content(i)
        while j is not None and len(part) <= _RECIPE_LINES:
            claim = claims.get(j)
            if claim is not None and claim[0].id != "boilerplate":
                break
            part.append(j)
            j = doc.next_content(j)
        if not (any(_RECIPE_EVIDENCE.search(lines[j]) for j in part[1:1 + _RECIPE_EVIDENCE_LINES])
                or any(_recipe_heading(keys[j]) for j in part[1:])):
            continue
        heading = lines[i].strip()
        for j in part:
            claim = claims.get(j)
            if claim is not None and claim[0].id == "boilerplate" and claim[2] is None:
                kept[j] = f"part of the recipe under {heading!r}"
    return kept


# A list inside the article: at most this many items, each of at most this many words.
_LIST_ITEMS = 15
_LIST_ITEM_WORDS = 12
# An item of such a list that a rule took for a label of its own: a word or two, claimed by a
# rule whose labels are common words, in a list of at least three items of which at most a
# third are claimed by rules.
_LABEL_ITEM_WORDS = 2
_LABEL_ITEM_RULES = frozenset({"legal-notice", "call-to-action", "nav-menu", "widget-residue", "ad-label",
                               "newsletter-prompt", "share-prompt"})
_LABEL_LIST_ITEMS = 3
_LABEL_SHARE = 3
# ... a list of names of a few words each, not of web addresses, with an item after the label
# (a reply button or a share label trails the list it follows).
_LABEL_LIST_WORDS = 4
_LINK = regex.compile(r"://|www\.")


def list_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a list inside the article against the block classifier: the short lines that a
    line of the article ending with a colon introduces ("Das Wichtigste in Kürze:", "You will
    need:"), with prose right above the intro and prose again right below the list (a
    subheading may open it). Split by such a list, the article reads to the classifier as two
    runs of prose with a menu between them. A menu under a chrome label ("Tags:", "Mehr zum
    Thema:") has its label claimed by its rule, and a list whose lines other rules claim (a
    share row, a teaser) is no part of the article. The entries that nav-menu and widget-residue
    take by a pattern (`rules.prompts.PATTERNED_ENTRIES`: an archive's "January 2023 (4)", a row
    "EN | DE | FR") stay too in such a list, all of whose items they are."""
    kinds = doc.memo.get("kinds")
    if not kinds:
        return {}
    kept: dict[int, str] = {}
    words, lines = doc.words, doc.lines

    def free(i: int) -> bool:  # unclaimed, or claimed by the classifier alone
        claim = claims.get(i)
        return claim is None or (claim[0].id == "boilerplate" and claim[2] is None)

    # The content line above each of the classifier's claims that ends with a colon and is
    # claimed by no rule (most claims are menu items under menu items).
    above = {j for i, j in _after_unclaimed(doc, claims) if claims[i][0].id == "boilerplate"}
    for intro in sorted(i for i in above if lines[i].rstrip().endswith(":")):
        if not (_good(kinds, intro) or _good(kinds, doc.prev_content(intro))):
            continue
        items: list[int] = []
        j = doc.next_content(intro)
        while j is not None and len(items) < _LIST_ITEMS and words[j] <= _LIST_ITEM_WORDS and free(j):
            items.append(j)
            j = doc.next_content(j)
        if not (items and _good(kinds, j) and free(j)):
            continue
        heading = lines[intro].strip()
        for x in items:
            if x in claims:
                kept[x] = f"item of the list under {heading!r} inside the article"
    # A run of entries that a rule took by their pattern ("January 2023 (4)", "EN | DE | FR", "1 2 3
    # … 10"), right under a line of the article ending with a colon and right above prose: the
    # article's list ("Cases per month:" / "January 2023 (4)" / "February 2023 (7)" / paragraph).
    for i, claim in claims.items():
        if claim[1] not in PATTERNED_ENTRIES or claim[2] is not None or i in kept:
            continue
        intro = doc.prev_content(i)
        if intro is None or intro in claims or not lines[intro].rstrip().endswith(":"):
            continue
        if not (_good(kinds, intro) or _good(kinds, doc.prev_content(intro))):
            continue
        items, j = [], i
        while j is not None and len(items) < _LIST_ITEMS and j in claims and claims[j][1] in PATTERNED_ENTRIES:
            items.append(j)
            j = doc.next_content(j)
        if j is not None and j not in claims and _good(kinds, j):
            heading = lines[intro].strip()
            for x in items:
                kept[x] = f"item of the list under {heading!r} inside the article"
    # An item named like a label ("Cookies" among the picnic's "Sandwiches" and "Apples",
    # "Kommentar" among a prize's categories) that a label rule claimed, in such a list whose
    # other items no rule claimed, followed by another item.
    candidates = [i for i, claim in claims.items() if words[i] <= _LABEL_ITEM_WORDS and claim[2] is None
                  and claim[0].id in _LABEL_ITEM_RULES and i not in kept]
    if candidates:
        # The intro is at most _LIST_ITEMS + 1 content lines above: the nearest line ending with
        # a colon, found by bisection, tells at once about most candidates (a menu's items).
        colons = [k for k in doc.lines_with(":") if lines[k].rstrip().endswith(":")]
        content = doc.content
        candidates = [i for i in candidates if (k := bisect_left(colons, i))
                      and bisect_left(content, i) - bisect_left(content, colons[k - 1]) <= _LIST_ITEMS + 1]
    for i in candidates:
        first, steps = doc.prev_content(i), 1
        while (first is not None and steps <= _LIST_ITEMS and words[first] <= _LIST_ITEM_WORDS
               and not lines[first].rstrip().endswith(":")):
            first, steps = doc.prev_content(first), steps + 1
        if first is None or first in claims or not lines[first].rstrip().endswith(":"):
            continue
        if not (_good(kinds, first) or _good(kinds, doc.prev_content(first))):
            continue
        items = []
        j = doc.next_content(first)
        while j is not None and len(items) < _LIST_ITEMS and words[j] <= _LIST_ITEM_WORDS:
            items.append(j)
            j = doc.next_content(j)
        labels = [x for x in items if not free(x)]
        if (i in items and i != items[-1] and len(items) >= _LABEL_LIST_ITEMS and len(labels) * _LABEL_SHARE <= len(items)
                and _good(kinds, j) and free(j) and not lines[i].rstrip().endswith(":")
                and all(words[x] <= _LABEL_LIST_WORDS and not _LINK.search(lines[x]) for x in items)):
            kept[i] = f"item of the list under {lines[first].strip()!r} inside the article"
    kept.update(_pros_and_cons(doc, claims, free))
    return kept


_PROS = phrases(PROS_HEADINGS)
_CONS = phrases(CONS_HEADINGS)
# The items of a list of pros or cons: at most this many lines of at most _LIST_ITEM_WORDS words.
_VERDICT_ITEMS = 8


def _pros_and_cons(doc: "Document", claims: Claims, free: Callable[[int], bool]) -> dict[int, str]:
    """A review's "Pros" / "Cons" ("For" / "Against", "Vorteile" / "Nachteile"): a heading of one
    kind, a few short items, a heading of the other kind right below them and its items, which
    the block classifier took for a menu above or below the article ("For" / "Rich, detailed
    sound" / "Strong noise cancelling" / "Against" / "No wireless charging"). The headings and
    their items are kept when no rule but the classifier claimed them; the second list ends with
    its block (a list's items stand on lines of their own, one under the other). A menu holds
    "For business" or "Pro" alone, never such a pair with a list under each."""
    keys, words = doc.keys, doc.words
    heads = [i for i in claims if keys[i] in _PROS and claims[i][0].id == "boilerplate" and claims[i][2] is None]
    kept: dict[int, str] = {}
    for head in heads:
        items, j = [], doc.next_content(head)
        while (j is not None and len(items) < _VERDICT_ITEMS and words[j] <= _LIST_ITEM_WORDS
               and keys[j] not in _CONS and free(j)):
            items.append(j)
            j = doc.next_content(j)
        if not items or j is None or keys[j] not in _CONS or not free(j):
            continue
        other, k = j, doc.next_content(j)
        cons = []
        # (The list ends with its block: below it come the deals, the next heading, the text.)
        while (k is not None and len(cons) < _VERDICT_ITEMS and words[k] <= _LIST_ITEM_WORDS and free(k)
               and keys[k] not in _PROS and (not cons or k == cons[-1] + 1)):
            cons.append(k)
            k = doc.next_content(k)
        if not cons:
            continue
        reason = f"a review's {doc.lines[head].strip()!r} and {doc.lines[other].strip()!r}"
        for x in (head, *items, other, *cons):
            if x in claims:
                kept[x] = reason
    return kept


# A sign-off is a few words, at most two lines below the article's last paragraph ("Ich
# wünsche euch einen schönen Sonntag!" may stand between them).
_SIGN_OFF_WORDS = 4
# The writer's first name (or names) on the line below a greeting, kisses around it allowed.
_SIGN_OFF_NAME = regex.compile(r"^\W*(?:x{1,3}o{0,3}\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
                               r"(?:\s+x{1,3}o{0,3})?[\s!.♥❤️😘😊:)<3]*$")
# The name below a role's sign-off: two to four capitalised words, a title among them ("Ing.
# Franz Haslinger", "Dr. Anna Roth", "Pfarrer Jan Berg").
_ROLE_NAME = regex.compile(r"^\s*(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+\s*$")
# A reply button below the name makes the greeting a commenter's ("Viele Grüße," / "Julia" /
# "Antworten").
_REPLY_WORDS = frozenset(key for key in phrases(REPLY_BUTTONS) if " " not in key)


def sign_off_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a blogger's sign-off ("x Franzi", "Liebe Grüße, Anna", "Cheers, Tom"; see
    `patterns.SIGN_OFF`) that the block classifier took for the first label of the menu below
    the post, when it stands right below a paragraph of prose that stays (a commenter's
    greeting below a comment that goes is no sign-off of the article)."""
    kinds = doc.memo.get("kinds")
    if not kinds:
        return {}
    kept = {}
    # The line above must stay (most claims are menu items under menu items), and it is prose,
    # or the line above it is ("Ich wünsche euch einen schönen Sonntag!" between them).
    words = doc.words
    for i, above in _after_unclaimed(doc, claims):
        if words[i] > _SIGN_OFF_WORDS:
            continue
        if not _good(kinds, above):
            above = doc.prev_content(above)
            if above is None or above in claims or not _good(kinds, above):
                continue
        rule, _, cut = claims[i]
        if rule.id != "boilerplate" or cut is not None:
            continue
        # The writer's name on the line, or kisses ("xoxo"): a bare "Liebe Grüße" closes
        # comments as often as posts. A greeting that ends with a comma may have the name on
        # the line below ("Liebe Grüße," / "Anna", "Love," / "Lena x"): both stay.
        m = SIGN_OFF.match(doc.lines[i])
        if m is None:
            role = ROLE_SIGN_OFF.match(doc.lines[i])
            if role is None:
                continue
            # A role signs off alone or over a name ("Der Bürgermeister" / "Ing. Franz Haslinger").
            kept[i] = "a sign-off right below the article's prose"
            name = doc.next_content(i)
            if (not role["name"] and name is not None and claims.get(name, (None,))[0] is rule
                    and _ROLE_NAME.match(doc.lines[name]) is not None):
                kept[name] = "a sign-off right below the article's prose"
            continue
        name = None
        if not (m["name"] or doc.lines[i].lstrip()[:1] in "xX"):
            name = doc.next_content(i)
            if (not doc.lines[i].rstrip().endswith(",") or name is None or claims.get(name, (None,))[0] is not rule
                    or _SIGN_OFF_NAME.match(doc.lines[name]) is None):
                continue
            below = doc.next_content(name)
            if below is not None and not _REPLY_WORDS.isdisjoint(doc.lower[below].split()):
                continue
        kept[i] = "a sign-off right below the article's prose"
        if name is not None:
            kept[name] = "a sign-off right below the article's prose"
    return kept


def title_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep one copy of the headline that the page's title line names ("Headline | Site", the
    first line of a full-page dump; the site's name in its last part is not kept) when the rules
    took every copy of it: the one closest above a paragraph of prose. A headline without
    function words ("Install Docker Engine", "Effiziente Hybridbatterie") between the last menu
    and the byline reads as one more menu item to the block classifier; one made of a button's
    words ("Gefällt mir") or printed in a list of tags or teasers right above the article, to
    the rule of that row or list (see _TITLE_RULES). A copy the title names sits above the
    prose; a teaser or a tag that holds the headline elsewhere on the page does not, and stays
    claimed. A headline longer than a label's key (LABEL_MAX_CHARS) is compared too."""
    # The title line: the first content line of the first pass, followed through the later
    # passes as long as it stays (in a "per-line" memo); after it went, the headline kept in the
    # first pass may be the first line, and is a copy like the others.
    marker = doc.memo.get(("per-line", "title-line"))
    if marker is None:
        first = doc.first_content()
        marker = doc.memo[("per-line", "title-line")] = {} if first is None else {first: True}
    first = next(iter(marker), None)
    kinds = doc.memo.get("kinds")
    if not kinds:
        return {}
    titles = headline_keys(doc)
    if not titles:
        return {}
    # (Lines are looked up by their key as it is, spaces not collapsed: a headline with a double
    # space inside is not found, and the guard keeps nothing. A line too long for a key, a
    # headline of more than LABEL_MAX_CHARS characters, is keyed here when it holds the longest
    # word of a part of the title: most long lines are prose, and are not folded.)
    keys, lines, lower = doc.keys, doc.lines, doc.lower
    needles = tuple({max(title.split(), key=len) for title in titles})

    def key(i: int) -> str | None:
        found = keys[i]
        if found is None and [n for n in needles if n in lower[i]]:
            return label_key(lines[i])
        return found

    if not ([i for i in claims if keys[i] in titles and i != first]
            or [i for i in claims if keys[i] is None and i != first and key(i) in titles]):
        return {}  # no copy is claimed (on most pages): there is nothing to keep
    # (Only a content line has a key of two words or more.)
    copies = [i for i in compress(range(len(keys)), map(titles.__contains__, keys)) if i != first]
    copies = sorted({*copies, *(i for i in doc.lines_with(*needles, lower=True, vocabulary=False)
                                if keys[i] is None and i != first and key(i) in titles)})
    # A part of the title with a copy that stays is printed. The copies of the parts before the
    # first printed one are still looked at: a subtitle in the title's second part may stay
    # while the headline above it goes, and a part after it is a section's or the site's name
    # ("Headline | Forum name - Site").
    printed = {key(i) for i in copies if i not in claims}
    if printed:
        title = title_parts(doc)[0]
        before = min(title.find(part) % (len(title) + 1) for part in printed)
        copies = [i for i in copies if key(i) not in printed and title.find(key(i)) < before]

    def whole(i: int) -> bool:  # a claim of the whole line (a cut before its text is one)
        cut = claims[i][2]
        return cut is None or not lines[i][:cut].strip()

    best, distance = None, None
    for i in copies:
        rule_id = claims[i][0].id
        if rule_id == "repeated-title":
            # The copy of a title line that another rule took ("Harborline Energy Reports Record
            # Revenue" alone on the first line, a label to the block classifier, and again over
            # the press release): without it the headline would be gone from the page.
            if first is None or first not in claims or claims[first][0].id == rule_id:
                continue
        elif rule_id not in _TITLE_RULES or not whole(i):
            continue
        if rule_id in _ROW_RULES and (first is None or first in claims):
            continue  # see _ROW_RULES
        j, steps = doc.next_content(i), 1
        while j is not None and steps <= _TITLE_REACH and not _good(kinds, j):
            j, steps = doc.next_content(j), steps + 1
        if j is not None and steps <= _TITLE_REACH and (distance is None or steps < distance):
            best, distance = i, steps
    return {} if best is None else {best: "the headline the page's title names"}


# The headline stands at most this many lines above the article's first paragraph (a byline,
# a date, a standfirst, a photo credit between them, and a news site's row of share buttons:
# "Share", "Copy", "Link copied", "Email", "Facebook", "X", "Reddit").
_TITLE_REACH = TITLED_HEADLINE_REACH
# The rules that may take every copy of the headline: the block classifier, the legal links'
# rule on a page that is itself the "About us", contact or legal page ("Über uns | Tafel
# Musterstadt" over "Über uns" and the text), and the rules that read a line by its neighbours:
# a row of share buttons ("Gefällt mir"), a list of tags or of teasers that holds the headline
# right above the article. (Not the rules that judge a line alone, nor repeated-title: on the
# cleaned text, where the headline may be the first line, they would take it again.)
_TITLE_RULES = frozenset({"boilerplate", "legal-notice", "share-prompt", "tag-list", "most-read-list"})
# Of those, the rules that take such a line wherever it stands (a legal link, a button, a tag, a
# teaser): their copy is kept only under a title line that stays, which names it again when the
# cleaned text is cleaned (where the title line went, the first line of the cleaned text names
# no such headline, and the copy would go: clean() must be idempotent).
_ROW_RULES = frozenset({"legal-notice", "share-prompt", "tag-list", "most-read-list"})


# The rules whose labels name terms and sections. (Not the block classifier: a list of teasers
# below the article, headline over blurb, has the same shape; nor widget-residue, whose lines,
# "[email protected]" among the names over a thread's comments, are a script's leftovers.)
_TERM_RULES = (_HEADING_SENSITIVE | _TOPIC_SENSITIVE) - {"widget-residue"}


def term_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a term of a glossary, or the heading of a short section, named like a label
    ("Impressum", "Newsletter", "Privacy policy", "Kontakt") in a run of headings that each
    stand over one sentence of text: "Cookie" / "A small file a website stores ..." /
    "Newsletter" / "An email a site sends ..." / "Sitemap" / "A list of ...", or "Anfahrt" /
    "Parken" / "Kontakt" with a sentence each under a concert's date. Between such short
    paragraphs heading-guard, which asks for a paragraph on both sides, keeps nothing. At least
    TERM_RUN headings, TERM_FREE of them claimed by no rule (a footer's column titles are all
    labels), every text below one of them claimed by none, and the line above the run's first
    heading too, if the run does not open the text (a list of teasers or of comments, headline
    or name over a sentence, stands under its header: "Weitere Beiträge", "12 Kommentare"; a
    checklist may open the text with its headline). Keep too the heading of the
    article's sources ("Fußnoten", "References"; `patterns.REFERENCE_HEADINGS`) that the block
    classifier took, between a line and a source that stay."""
    kept: dict[int, str] = {}
    words, keys = doc.words, doc.keys
    # A heading of a run stands under a sentence of the run or, the first, under a line that
    # stays (see `heading_run`), and so does the heading of the sources: the claims under an
    # unclaimed line, found once per pass for the guards, are the candidates. (Most claims are
    # menu items under another claimed line.)
    candidates = [i for i, _ in _after_unclaimed(doc, claims) if words[i] <= TERM_WORDS and claims[i][2] is None
                  and (claims[i][0].id in _TERM_RULES or keys[i] in REFERENCE_HEADINGS and claims[i][0].id == "boilerplate")]
    runs: dict = {}  # heading_run's walks, shared by the candidates
    for i in candidates:
        after = doc.next_content(i)
        if after is None or after in claims:
            continue
        if claims[i][0].id == "boilerplate":
            if after <= i + 2:
                kept[i] = "heading of the article's sources, right above them"
            continue
        # (`rules.common.heading_run`: TERM_RUN headings in a row, TERM_FREE of them unclaimed:
        # a footer's column titles over their blurbs, "Newsletter", "Kontakt", are all labels.)
        run, free = heading_run(doc, i, claims.__contains__, runs)
        if run >= TERM_RUN and free >= TERM_FREE:
            kept[i] = f"a term or heading over its sentence, one of {run} in a row"
    return kept


# A line of dialogue named like a label ("Next.", "Zurück.", "\"Menu?\""): a few words ...
_SPEECH_WORDS = 3
# ... between lines of speech (in quotation marks, or after a dialogue dash) or of narration, a
# sentence of at least this many words: a menu's items ("News.", "Sport.") are neither.
_NARRATION_WORDS = 3
_OPENING_QUOTES = "\"\u201c\u201e\u00ab\u00bb\u2039\u203a\u2018\u201a'"
_SPEECH_DASHES = ("\u2014", "\u2013", "- ")


def _quoted(line: str) -> bool:
    """A line of direct speech: it opens with a quotation mark or a dialogue dash ("\u2014 Tu
    viens ?")."""
    s = line.lstrip()
    return s[:1] in _OPENING_QUOTES or s.startswith(_SPEECH_DASHES)


def _speech_end(line: str) -> bool:
    """Whether a line ends with one sentence mark ("Next.", "\"Menu?\""), closing quotes
    after it allowed: not with a label's ellipsis ("Mehr...") or without a mark ("Next")."""
    end = line.rstrip().rstrip(_OPENING_QUOTES + "\u201d\u2019\u203a")
    return end.endswith((".", "!", "?")) and not end.endswith(("..", "\u2026"))


def dialogue_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a line of dialogue made of a label's words ("Next." between two lines of a story,
    "\"Menu?\"" over "\"No thanks.\"", "Suivant." in a French dialogue): a line of up to
    _SPEECH_WORDS words that ends with one sentence mark, with unclaimed lines of speech or
    narration right above and below, one of them speech; a line in quotation marks needs one
    such neighbour. A menu's "Top." stands between labels, a label's ellipsis ("Read More...")
    is no sentence mark, and "Alle Rechte vorbehalten." between two paragraphs has no speech
    next to it."""
    kept: dict[int, str] = {}
    words, lines = doc.words, doc.lines
    # (The label rules' whole-line claims of a few words: on a full page most claims are the
    # classifier's.)
    for i in [i for i, (rule, _, cut) in claims.items()
              if rule.id in _HEADING_SENSITIVE and words[i] <= _SPEECH_WORDS and cut is None]:
        line = lines[i]
        if not _speech_end(line):
            continue
        near = [j for j in (doc.prev_content(i), doc.next_content(i)) if j is not None and j not in claims
                and (_quoted(lines[j]) or words[j] >= _NARRATION_WORDS and _speech_end(lines[j]))]
        if near and (_quoted(line) or len(near) == 2 and any(_quoted(lines[j]) for j in near)):
            kept[i] = "a line of dialogue between lines of speech or narration"
    return kept


# A line of a poem or a song cut where a label's word ends it ("Home" / "is a word the tide keeps
# saying"): up to this many words ...
_VERSE_WORDS = 3
# ... and the line below that carries its sentence on, from a small letter, at least this many.
_VERSE_GOES_ON_WORDS = 3


def verse_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a line of verse made of a label's words ("Home", "Share", "Startseite", "Teilen"):
    a line of up to _VERSE_WORDS words without a sentence's end, under an unclaimed line and
    over an unclaimed line of at least _VERSE_GOES_ON_WORDS words that opens with a small letter,
    carrying on the sentence the short line began ("Share" / "the shore with me, she said,"),
    or of fewer words carried on by the next line of its stanza from a small letter too
    ("Главная" / "улица города" / "пахнет липой и хлебом,"), its first word all letters; the line above ends a sentence or a clause, or is verse too (it
    opens with a small letter). A dump breaks lines at blocks, never inside a link: a menu's
    "Home" is followed by the next item or the headline, which open with a capital; a share
    button over a photo's credit ("Teilen" / "dpa/Jan Woitas ...") or an offer's button over a
    product named in small letters ("Jetzt testen" / "top agrar Digital + Print", under a list
    of the offer's points) stays chrome."""
    kept: dict[int, str] = {}
    words, lines = doc.words, doc.lines
    for i, before in _after_unclaimed(doc, claims):
        rule, _, cut = claims[i]
        if (words[i] > _VERSE_WORDS or cut is not None
                or (rule.id not in _HEADING_SENSITIVE and rule.id not in _TOPIC_SENSITIVE)
                or lines[i].rstrip().endswith((*SENTENCE_END, ":", "...", "\u2026"))):
            continue
        after = doc.next_content(i)
        if after is None or after in claims:
            continue
        if words[after] < _VERSE_GOES_ON_WORDS and not (
                # (a short line of verse, "улица города", carried on by the next line of its
                # stanza from a small letter: "пахнет липой и хлебом,")
                after + 1 < len(words) and words[after + 1] and after + 1 not in claims
                and words[after] + words[after + 1] >= _VERSE_GOES_ON_WORDS and lines[after + 1].lstrip()[:1].islower()):
            continue
        word = lines[after].split(None, 1)[0].rstrip(",;")
        if not (word.isalpha() and word[0].islower()):
            continue  # "dpa/Jan Woitas Im Oktober ...": a credit; "Digital + Print": a product
        above = lines[before].strip()
        if above.endswith((*SENTENCE_END, ",", "\u2014", "\u2013")) or above[:1].islower():
            kept[i] = "a line of verse whose sentence the line below carries on"
    return kept


# A code block is indented at least this many columns deeper than the text that introduces it.
_CODE_INDENT = 4


def _indent(line: str) -> int:
    """The columns of white space a line opens with (a tab to the next multiple of four)."""
    lead = line[:len(line) - len(line.lstrip(" \t"))]
    return len(lead.expandtabs(4)) if "\t" in lead else len(lead)


def code_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a line of an indented code block or of a program's output ("    Loading...",
    "    Next", "    Back to top" under "When it runs, the terminal prints:"): a line indented
    at least _CODE_INDENT columns deeper than the nearest less indented line above it, which is
    unclaimed and introduces the block (it ends with a colon or like a sentence), with only
    lines at least as deep between them. A dump that indents all its lines (a text browser's)
    indents its menus as deep as its paragraphs."""
    kept: dict[int, str] = {}
    lines = doc.lines
    targets = sorted(i for i, (_, _, cut) in claims.items() if cut is None and lines[i][:1] in (" ", "\t"))
    if not targets:
        return kept
    # The nearest less indented line above each target, in one pass down the text: a stack of
    # the lines above whose indents rise (a line hides every line above it that is as deep or
    # deeper), searched by bisection. (A walk up from each target was quadratic on a dump that
    # indents every line.)
    content = doc.content
    depths: list[int] = []
    stacked: list[int] = []
    n = 0
    for i in targets:
        while n < len(content) and content[n] < i:
            line_depth = _indent(lines[content[n]])
            while depths and depths[-1] >= line_depth:
                depths.pop()
                stacked.pop()
            depths.append(line_depth)
            stacked.append(content[n])
            n += 1
        depth = _indent(lines[i])
        if depth < _CODE_INDENT:
            continue
        k = bisect_left(depths, depth) - 1
        if k < 0:
            continue
        j = stacked[k]
        if (j not in claims and depth - depths[k] >= _CODE_INDENT
                and lines[j].rstrip().endswith((":", *SENTENCE_STOPS))):
            kept[i] = "a line of a code block under the text that introduces it"
    return kept


_SOLD_OUT = phrases(SOLD_OUT_LABELS)
_SOLD_OUT_NEEDLES = tuple(sorted(_SOLD_OUT))
_SOLD_OUT_WORDS = max(len(label.split()) for label in _SOLD_OUT)
# An event's time: "20 Uhr", "19.30 Uhr", "7pm", "21:00", "20h30", "ore 21".
# (Hours and minutes: a price, "€19.99", "£22.50", "22,50 €", is none.)
_EVENT_TIME = regex.compile(
    r"(?<![€$£]\s?)\b(?:[01]?\d|2[0-3])(?:(?:[:.]|(?<=\d)h)[0-5]\d\b(?!\s?(?:€|\$|£|eur|chf))|(?:[:.][0-5]\d)?\s?(?:uhr|am|pm|a\.m\.|p\.m\.)(?!\w))"
    r"|\bore\s\d{1,2}\b|\b(?:[01]?\d|2[0-3])\s(?:h|uur)\b|\bgodz\.\s?\d{1,2}\b", regex.IGNORECASE)
# The time stands at most this many content lines above or below the status.
_EVENT_REACH = 3


def event_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep an event's status, "Ausverkauft!", "Sold out", "Agotado" (`patterns.SOLD_OUT_LABELS`),
    that widget-residue took for a shop's stock label, when an unclaimed line within
    _EVENT_REACH content lines above or below it gives a time ("Stadthalle, 11 Uhr", "Monday 3
    March, 7pm"): the entry of a listing of concerts, plays or matches. A shop's product box
    prints prices and buttons, not the hour."""
    kept: dict[int, str] = {}
    keys = doc.keys
    # (The lines that hold one of the words, from the document's one pass of the vocabulary.)
    for i in doc.lines_with(*_SOLD_OUT_NEEDLES, lower=True, max_words=_SOLD_OUT_WORDS):
        claim = claims.get(i)
        if claim is None or claim[0].id != "widget-residue" or claim[2] is not None or keys[i] not in _SOLD_OUT:
            continue
        for step in (doc.prev_content, doc.next_content):
            j = step(i)
            for _ in range(_EVENT_REACH):
                if j is None:
                    break
                if j not in claims and _EVENT_TIME.search(doc.lines[j]):
                    kept[i] = "an event's status under its time"
                    break
                j = step(j)
            if i in kept:
                break
    return kept


# A row of a table of figures: a name, then a figure in the last two words, its unit or change
# after it ("Labour 411 seats (+211)", "Zalando −3,4 %", "3. Monaco 47 pts", "Juventus-Milan
# 2-0"), and no sentence's end; a date and a time without a letter ("21.01.2022 - 13:30") are
# no row.
_FIGURE_END = regex.compile(r"\d\S*(?:\s+\S+)?(?<![.!?:])\s*$")
_LETTER = regex.compile(r"\p{L}")
_FIGURE_ROW_WORDS = 12
# At least this many rows among this many content lines above the source line.
_FIGURE_ROWS = 2
_FIGURE_REACH = 4


def source_guard(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Keep a source line ("Source: Electoral Commission", "Quelle: Börse Frankfurt, Stand 12:00
    Uhr", "Fonte: Lega Serie A") that image-credit took, when it stands under rows of figures
    that a dump printed without cells: _FIGURE_ROWS unclaimed rows ("Labour 411 seats (+211)",
    "Max Muster (CDU) 33,0 %", "Juventus-Milan 2-0") among the _FIGURE_REACH content lines
    above it. The source of a table is the table's, as it is under a table of cells (see
    image-credit). A source under prose ("Quelle: dpa") still goes, and so does one under
    claimed lines that end with a figure ("© 2025 Example", "Cart (0)"): they go, and the
    source would stand under prose on the cleaned text."""
    kept: dict[int, str] = {}
    words, lines = doc.words, doc.lines
    for i in scan(doc).get("credit", ()):
        claim = claims.get(i)
        if claim is None or claim[0].id != "image-credit" or claim[1] != SOURCE_EVIDENCE:
            continue
        rows, j = 0, doc.prev_content(i)
        for _ in range(_FIGURE_REACH):
            if j is None:
                break
            if (j not in claims and words[j] <= _FIGURE_ROW_WORDS and _FIGURE_END.search(lines[j])
                    and _LETTER.search(lines[j])):
                rows += 1
                if rows >= _FIGURE_ROWS:
                    kept[i] = "the source of the rows of figures above it"
                    break
            j = doc.prev_content(j)
    return kept


# The lines counted at a time for the removal budget (a full page has a few hundred).
_BUDGET_STRETCH = 64


def removal_budget(doc: "Document", claims: Claims, config: "Config") -> dict[int, str]:
    """Undo the removal of prose lines when the rules would take most of the document's prose."""
    words, lines, prose_words = doc.words, doc.lines, config.prose_words
    hit = sorted([  # is_prose, inlined, its word count first
        i for i in [i for i in claims if words[i] >= prose_words]
        if claims[i][2] is None and lines[i].rstrip().endswith(SENTENCE_END)
    ])
    if not hit:
        return {}
    removed = sum([words[i] for i in hit])
    # The document's prose words, counted a stretch of lines at a time: the count stops as soon
    # as the rules' share is within the budget, on most pages in the article's text.
    budget, total = config.prose_budget, 0
    for start in range(0, len(lines), _BUDGET_STRETCH):
        end = start + _BUDGET_STRETCH
        total += sum([  # is_prose of every line, inlined
            n for n, line in zip(words[start:end], lines[start:end])
            if n >= prose_words and line.rstrip().endswith(SENTENCE_END)
        ])
        if removed <= budget * total:
            return {}
    reason = f"rules would remove {removed} of {total} prose words"
    return dict.fromkeys(hit, reason)


GUARDS: dict[str, Guard] = {
    "prose-guard": prose_guard,
    "heading-guard": heading_guard,
    "block-heading-guard": block_heading_guard,
    "recipe-guard": recipe_guard,
    "list-guard": list_guard,
    "sign-off-guard": sign_off_guard,
    "title-guard": title_guard,
    "term-guard": term_guard,
    "dialogue-guard": dialogue_guard,
    "verse-guard": verse_guard,
    "code-guard": code_guard,
    "event-guard": event_guard,
    "source-guard": source_guard,
    "removal-budget": removal_budget,
}
