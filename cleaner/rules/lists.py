"""most-read-list: "Most Read" / "Related" / "Meistgelesen" headers with their teaser entries."""

from __future__ import annotations

import re
from itertools import chain

from .. import patterns as p
from ..document import label_key
from .base import rule
from .common import HEADLINE_REACH, TITLED_HEADLINE_REACH, article_below, headline_keys, is_sentence, title_parts
from .labels import AUTHOR, FAMILIES, RELATED, TAGS, label_row, scan

# Labels of other chrome families (widget labels such as "Video" aside, which double as teaser
# categories): a list header right above one of them has lost its entries to a script
# ("Ähnliche Beiträge" above "Beitrags-Navigation") and goes too.
# A link that reads on below a teaser's blurb ("Continue reading", "Weiterlesen", "Lire la suite").
_READ_ON = frozenset(key for key in p.phrases(p.PROMPT_LABELS)
                     if key.startswith(("continue", "read", "weiter", "lire", "leer", "mehr", "leggi", "lees", "leia", "czytaj")))
_OTHER_CHROME = frozenset().union(
    *(phrases for name, phrases in FAMILIES if name != "widget-residue"), RELATED, TAGS, AUTHOR
)

# "More from Reuters", "Mehr aus Berlin", "Weitere Meldungen aus der Rubrik Sport": header
# prefixes followed by a name (a section, a topic, a programme).
_PREFIXES = (
    "more from ", "more in ", "more on ", "mehr aus ", "mehr von ", "mehr zu ", "mehr zum thema ", "weitere meldungen ",
    "weitere artikel ", "weitere beiträge ", "weitere nachrichten ", "weitere inhalte zu ", "alle meldungen ",
    "alle artikel ", "alle beiträge ", "plus de ", "más de ", "más sobre ", "más noticias ", "mais sobre ",
    "mais notícias ", "altri articoli ", "altre notizie ", "meer over ", "meer nieuws ", "więcej o ", "więcej z ",
    "meer uit ", "mer fra ", "mer om ", "mere fra ", "mere om ", "flere nyheder ", "flere nyheter ", "flere artikler ",
    "více z ", "více o ", "další zprávy ", "další články ", "viac z ", "viac o ", "ďalšie správy ", "ďalšie články ",
    # "Neueste Artikel für Wärmepumpe", "Latest from Science", "Otras noticias de Economía": a
    # list of the newest headlines of a topic.
    "neueste artikel ", "neueste beiträge ", "latest from ", "latest in ", "latest on ", "derniers articles ",
    "dernières actualités ", "últimas noticias de ", "otras noticias de ", "ultime notizie ", "ultimi articoli ",
    "najnowsze artykuły ", "nieuwste artikelen ", "aktuelle meldungen ", "aktuelle artikel ", "aktuelle beiträge ",
    "aktuelle nachrichten ", "weitere pressemitteilungen ", "weitere news ", "weitere videos ", "weitere inhalte ",
    "read more in ", "read more from ", "read more on ",
    # "Mehr «Leben»", 'More "Sport"': the section's name in quotes.
    'mehr "', 'more "', 'plus "', 'más "',
)
# "Weitere Meldungen aus der Rubrik Schwangerschaft:" has six words.
_PREFIX_HEADER_WORDS = 6
# "Auch auf beispiel.de", "Also on example.com" (see `patterns.ALSO_ON_SITE`).
_ALSO_ON_NEEDLES = ("auch auf ", "auch bei ", "also on ", "aussi sur ", "también en ", "anche su ", "ook op ", "także na ")
_ALSO_ON_WORDS = 4
# A teaser's blurb cut short runs to about three lines of a sidebar.
_MAX_BLURB_WORDS = 40
# and says something before it is cut: "Wait for it... more" is a line of dialogue.
_MIN_BLURB_WORDS = 6
# The last words of such a line (lower case, the arrows and bullets after them stripped), a
# test that turns away the other lines with an ellipsis before the pattern is tried.
_LINK_END = " \t\"'\u203a>\u2192\u2022\u00b7.)"
_LINK_WORDS = ("mehr", "weiterlesen", "lesen", "more", "reading", "rest", "suite", "más", "leyendo", "tutto", "leggere",
               "meer", "verder", "mais", "dalej", "więcej", "mer")
_MAX_ENTRIES = 200
# A headline too long for a label's key (64 characters) has at least this many words.
_LONG_HEADLINE_WORDS = 6
# A teaser's blurb under its headline, with a date or byline below it, runs to a few sentences.
_GROUP_BLURB_WORDS = 60
# A list's items between two paragraphs ("- Labrador", "2. Dackel") have up to this many words;
# a teaser's headline has more.
_ITEM_WORDS = 3
_ITEM_STRIP = " \t-*\u2022\u00b7\u2013\u2014"
# A teaser with its date and its link on one line ("01.01.2022 - Sport Headline Blurb. mehr")
# runs to a headline and a blurb of two or three sentences; the link's word follows a
# sentence's end, which prose never prints before a line's end.
_DATED_TEASER_WORDS = 60
_DATED_TEASER_NEEDLES = tuple(f"{mark} {word}" for mark in ".!?"
                              for word in ("mehr", "weiterlesen", "more", "read more", "continue reading", "lire la suite",
                                           "suite", "leer más", "seguir leyendo", "leggi tutto", "lees meer", "lees verder",
                                           "leia mais", "czytaj dalej", "czytaj więcej", "läs mer"))
# "Seit 10 Tagen am meisten gelesen", "Most read this week" (see `patterns.RANKED_HEADER`).
_RANKED_HEADER_WORDS = 8
# "Neugierig geworden? Dann mach doch gleich mit diesen Rezepten weiter:" (see `patterns.MORE_PROMPT`).
_MORE_PROMPT_WORDS = 16
_SENTENCE_MARKS = (".", "!", "?", "\u3002", "\uff01", "\uff1f")
# Closing quotes and brackets after a sentence's final mark: «... bekommt?»
_CLOSERS = "\"'\u00bb\u201d\u2019\u201c)]"
# A line that is a web address and nothing more.
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# A line this long that ends like a sentence is text, and the line above it its heading.
_SENTENCE_WORDS = 8
_STAMP_WORDS = 6
# "by Jane Doe on September 17, 2019", "Veröffentlicht/Aktualisiert: vor 48 Minuten".
_BYLINE_WORDS = 8
_STAMP_LABEL_WORDS = 3
# "Anna Schmidt", "Jean-Marie de la Fontaine"
_NAME_WORDS = 5
_COUNTER_WORDS = 3
# A block of one-line teasers right below a phrase header has at least this many lines.
_BLOCK_LINES = 3
# ... and at most this many: a text printed without blank lines is one block, not a list.
_BLOCK_MAX_LINES = 12
_QUOTES = "\"'\u201e\u201c\u201d\u00ab\u00bb\u2018\u2019\u201a\u00bf\u00a1"
_DIGIT = re.compile(r"\d")
_BYLINE_STARTS = ("by ", "von ", "par ", "por ", "di ", "door ", "przez ", "written by", "geschrieben von", "publié par",
                  "escrito por")
_BYLINE_STRIP = " \t-\u2013\u2014|\u00b7\u2022*>"
# A category label above each headline ("Politik", "Wein & Genuss") has up to this many words.
_REPEATED_LABEL_WORDS = 4
# A teaser link names a headline, which does not end with a full stop; a line this long that
# does is a sentence that opens like one ("Nächster Artikel: Diese Überschrift stand über dem
# Text, den ..., erinnert sich der Autor.").
_TEASER_SENTENCE_WORDS = 12
# The full stops of the scripts (not the question mark: a teaser's headline may ask): the Latin
# one, the CJK and full-width ones, the danda, the Urdu, Armenian, Ethiopic, Myanmar, Khmer and
# Tibetan stops ("ये भी पढ़ें: ... चाहिए।" is a sentence).
_FULL_STOPS = (".", "\u3002", "\uff0e", "\u0964", "\u0965", "\u06d4", "\u0589", "\u1362", "\u104b", "\u17d4", "\u0f0d")
# A teaser that opens with the bare imperative "Lea:", "Leia:", "Read:" (also a name: "Lea:
# Das war ein langer Weg") stays next to a line that opens with a speaker's name and a colon:
# a transcript.
_BARE_TEASER = re.compile(r"\s*(?:lea|leia|read)\s*:", re.IGNORECASE)
_SPEAKER = re.compile(r"\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?\s*:\s+\S")
# A question of up to this many words may be a teaser's headline ("Ist die Zaubernuss
# giftig?") when it stands in a block of such lines; like any headline it is no entry when it
# heads a paragraph, and a question alone in its block is the article's.
_QUESTION_WORDS = 12
# A header of this many words ("Das könnte Sie auch interessieren", "Neueste Artikel", "Otras
# noticias") names a teaser list and nothing else: it goes even when what follows is not a list
# of entries (teasers with their own paragraphs). A one-word header ("Related", "Trending",
# "Empfehlungen") may be an article's subheading and goes only with its entries.
_PHRASE_HEADER_WORDS = 2
# ... but a header of two words between two paragraphs may be the article's subheading ("Am
# beliebtesten", "Auch interessant"): without entries it stays there.
_SUBHEADING_WORDS = 2


# A label of at most this many words right above and right below a header (no blank line
# between) makes the header an item of a menu ("Weather" / "Latest News" / "Obituaries"): the
# lines under it are the menu's, then the page's headline and byline, not teasers.
_MENU_ITEM_WORDS = 4


def _in_menu(doc, i: int) -> bool:
    """Whether line i stands between two short labels of its own block. (A rank right below it,
    "1" or "1.", opens the header's own list: "Top stories" / "Most read" / "1" / a headline.)"""
    words, lines = doc.words, doc.lines
    return (
        0 < i < len(lines) - 1
        and 0 < words[i - 1] <= _MENU_ITEM_WORDS and 0 < words[i + 1] <= _MENU_ITEM_WORDS
        # (A headline of a script that does not space its words is one word to `str.split()`:
        # "南京地铁5号线南段年内通车" below "相关新闻" is a teaser, not a menu's label.)
        and p.script_words(lines[i + 1], words[i + 1]) <= _MENU_ITEM_WORDS
        and not _ends_sentence(lines[i - 1])
        and lines[i + 1].strip().rstrip(".") != "1"
        and doc.keys[i + 1] != doc.keys[i]
    )


def _in_block(doc, j: int) -> bool:
    """Whether line j has a non-blank line right above or right below it."""
    words = doc.words
    return (j > 0 and words[j - 1] > 0) or (j + 1 < len(words) and words[j + 1] > 0)


# Below the page's own headline (its title line names it) the article's text may open with short
# sentences only: a recipe's steps ("Smält smöret och värm mjölken."), a poem's lines, an
# interview's answers. A line of at least this many words that ends like a sentence, within
# TITLED_HEADLINE_REACH lines, ending with a full stop, is its text too. (A teaser's headline may
# be a question or a cry, "Open Everything!?", "Was kauft man, wenn man ein eBook kauft?": a list
# of the site's recent posts prints the page's own title among them.)
_SHORT_TEXT_WORDS = 4


def _text_below(doc, j: int) -> bool:
    """Whether the article's text follows line j, the headline the page's title line names:
    a sentence (`common.article_below`) or a short one (_SHORT_TEXT_WORDS) within
    TITLED_HEADLINE_REACH lines. (A list whose entries are the site's other headlines, the page's
    own among them, holds none: its entries are headlines and stamps.)"""
    if article_below(doc, j, TITLED_HEADLINE_REACH):
        return True
    k = doc.next_content(j)
    for _ in range(TITLED_HEADLINE_REACH):
        if k is None:
            return False
        if (doc.words[k] >= _SHORT_TEXT_WORDS and _ends_sentence(doc.lines[k])
                and doc.lines[k].rstrip().rstrip(_CLOSERS).endswith(".")):
            return True
        k = doc.next_content(k)
    return False


def _subheading(doc, i: int) -> bool:
    """Whether header line i, of at most `_SUBHEADING_WORDS` words, stands between two
    sentences, as a subheading does ("Am beliebtesten" above the paragraph on the breed that
    leads a survey)."""
    if doc.words[i] > _SUBHEADING_WORDS:
        return False
    before, after = doc.prev_content(i), doc.next_content(i)
    return before is not None and after is not None and is_sentence(doc, before) and is_sentence(doc, after)


def _ends_sentence(line: str) -> bool:
    end = line.rstrip().rstrip(_CLOSERS)
    return end.endswith(_SENTENCE_MARKS) and not end.endswith(("...", "\u2026"))


def _is_entry(doc, j: int, nxt: int | None, config, urls) -> bool:
    """A teaser entry: a short headline, a category label, a number or a time stamp. (`nxt` is
    the next non-blank line after line j, or None; `urls` is `_url_candidates(doc)`.)

    A line that ends like a sentence is not an entry, however short ("He declined to
    comment."), but for a short question ("Ist die Zaubernuss giftig?"); neither is a heading
    of a sentence (a line alone in its block, or right
    above the sentence): that is the article's headline or a subheading, and the list ends
    there. Teasers cut with an ellipsis count.
    """
    lines, words = doc.lines, doc.words
    line = lines[j]
    n = words[j]
    if not 0 < n <= config.entry_words and not (n <= _MAX_BLURB_WORDS and line.rstrip().endswith(("...", "\u2026"))):
        return False  # (a teaser's blurb cut short runs longer than a headline: "... Sa première…")
    if (j in urls and _URL_LINE.match(line)) or (nxt in urls and _URL_LINE.match(lines[nxt])):
        return False  # a link box ("Weiterführender Link" / "www.example.org/thema"): teasers show no address
    if _ends_sentence(line) and not (_short_question(doc, j) or _exclamation_headline(doc, j)):
        return False
    if nxt is None or not (words[nxt] >= _SENTENCE_WORDS and _ends_sentence(lines[nxt])) or _question_headline(doc, nxt):
        return True
    if _stamp_like(doc, j):
        return True  # "3 years ago", "Von Anna Schmidt" is never a heading
    # A heading stands alone in its block or sits right above its text; the last line of a
    # block of teasers does neither.
    alone = not words[j - 1] if j else True
    return not (alone or nxt == j + 1)


def _url_candidates(doc) -> set[int]:
    """The lines that may be a web address (`_URL_LINE`): those that hold "http" or "www."."""
    found = doc.memo.get("url-candidates")
    if found is None:
        found = doc.memo["url-candidates"] = set(doc.lines_with("http", "www.", lower=True))
    return found  # type: ignore[return-value]


def _short_question(doc, j: int) -> bool:
    """A question short enough to be a teaser's headline, in a block of lines."""
    return doc.words[j] <= _QUESTION_WORDS and doc.lines[j].rstrip().rstrip(_CLOSERS).endswith("?") and _in_block(doc, j)


def _exclamation_headline(doc, j: int) -> bool:
    """A short line ending with "!" among the headlines of its block ("Mit diesem Trick klappt's!"
    between two headlines), as `_question_headline`."""
    line = doc.lines[j].rstrip().rstrip(_CLOSERS)
    return doc.words[j] <= _QUESTION_WORDS and line.endswith("!") and _in_block(doc, j) and _among_headlines(doc, j)


def _among_headlines(doc, j: int) -> bool:
    """Whether neither line right above nor right below line j ends like a sentence."""
    words, lines = doc.words, doc.lines
    return all(not words[k] or not _ends_sentence(lines[k]) for k in (j - 1, j + 1) if 0 <= k < len(lines))


def _question_headline(doc, j: int) -> bool:
    """A short question among the headlines of its block: the lines right above and below it
    are there and none ends like a sentence ("How much fat is in a pound?" between two
    headlines; a question in a dialogue has its answer below)."""
    return _short_question(doc, j) and _among_headlines(doc, j)


def _stamp_like(doc, k: int) -> bool:
    """A short line that is a date, a relative time or a byline (`patterns.STAMP_LINE`): a date
    with up to `_STAMP_LABEL_WORDS` words around it ("Veröffentlicht: vor 48 Minuten"), not a
    headline that opens with one. Remembered per line (a "per-line" memo, see `common.per_line`)."""
    if doc.words[k] > _BYLINE_WORDS:
        return False
    known = doc.memo.get(_STAMP_MEMO)
    if known is None:
        known = doc.memo[_STAMP_MEMO] = {}
    found = known.get(k)
    if found is None:
        found = known[k] = _is_stamp(doc.lines[k], doc.lower[k])
    return found


_STAMP_MEMO = ("per-line", "stamp-like")


def _is_stamp(line: str, lower: str) -> bool:
    # Every date and relative time holds a digit, every byline starts with its word: two
    # cheap tests before the pattern's search.
    if not _DIGIT.search(line) and not lower.lstrip(_BYLINE_STRIP).startswith(_BYLINE_STARTS):
        return False
    if p.TIME_STAMP.match(line):
        return True
    m = p.STAMP_LINE.search(line)
    return m is not None and (m.group("byline") is not None
                              or len(line[:m.start()].split()) + len(line[m.end():].split()) <= _STAMP_LABEL_WORDS)


def _blurb_after_stamp(doc, j: int, entries: list[int]) -> bool:
    """Whether line j is a teaser's one-line blurb right below its date or byline ("by Jane Doe
    on May 3, 2019" / blurb / "Continue reading"): the line after it is a link that reads on
    ("Continue reading", "Weiterlesen"). A paragraph of the article after a list that ends with
    a date has no such link below it."""
    if not entries or doc.next_content(entries[-1]) != j or not _stamp_like(doc, entries[-1]):
        return False
    if not _SENTENCE_WORDS <= doc.words[j] <= _MAX_BLURB_WORDS:
        return False
    k = doc.next_content(j)
    return k is not None and doc.keys[k] in _READ_ON


def _headline(doc, j: int, config) -> bool:
    """A line that may be a teaser's headline: short, and not ending with a full stop."""
    return 0 < doc.words[j] <= config.entry_words and not doc.lines[j].rstrip().rstrip(_CLOSERS).endswith(".")


def _after_repeated_label(doc, j: int, entries: list[int], config) -> bool:
    """Whether line j is a headline right below a category label that the list has printed
    before ("Politik" / headline / "Politik" / headline ...), or right above a link label it
    has printed ("Link zum Artikel"): the last headline of such a list is the label's, even
    with a paragraph below it, and so is a headline that ends with "!"."""
    if not entries or not _headline(doc, j, config):
        return False
    label, nxt = entries[-1], doc.next_content(j)
    return (_repeats(doc, label, entries, 2) and doc.next_content(label) == j
            or nxt is not None and _repeats(doc, nxt, entries, 1))


def _repeats(doc, k: int, entries: list[int], times: int) -> bool:
    """Whether line k is a short label printed at least `times` times among the entries (a date
    is not: it repeats below each teaser of a day)."""
    if doc.words[k] > _REPEATED_LABEL_WORDS or p.TIME_STAMP.match(doc.lines[k]):
        return False
    text = doc.lines[k].strip()
    return sum(1 for e in entries if doc.lines[e].strip() == text) >= times


def _teaser_group(doc, j: int, config) -> list[int] | None:
    """A teaser printed as a headline, a one-line blurb and a date or a byline (line j and the
    two after it, and a date after a byline), or None. An article's subheading may head a
    short paragraph, but no date follows the paragraph.

    >>> from cleaner.document import Document
    >>> from cleaner.config import DEFAULT
    >>> doc = Document("Rail strike ends\\nThe unions signed the deal on Friday night.\\n04.12.2019")
    >>> _teaser_group(doc, 0, DEFAULT)
    [0, 1, 2]
    """
    if not _headline(doc, j, config):
        return None
    blurb = doc.next_content(j)
    if blurb is None or not (_SENTENCE_WORDS <= doc.words[blurb] <= _GROUP_BLURB_WORDS and _ends_sentence(doc.lines[blurb])):
        return None
    stamp = doc.next_content(blurb)
    if stamp is None:
        return None
    group = [j, blurb, stamp]
    if not _stamp_like(doc, stamp):
        # The writer's bare name above the date: "Anna Schmidt" / "vor 48 Minuten".
        after = doc.next_content(stamp)
        if not (doc.words[stamp] <= _NAME_WORDS and p.NAME_LINE.match(doc.lines[stamp])
                and after is not None and _stamp_like(doc, after)):
            return None
        group.append(after)
    more = doc.next_content(group[-1])
    if more is not None and (_stamp_like(doc, more) or _counter(doc, more)):
        group.append(more)  # "Par Jean Dupont" / "Le 05/02/2020", "vor 2 Stunden" / "Empfehlungen: 4"
    return group


def _teaser_block(doc, j: int) -> list[int]:
    """The lines of the block that starts at line j when they are teasers printed on one line
    each, headline and blurb ("Tesla baut ein Werk in Polen Der Konzern will dort ... ."): at
    least `_BLOCK_LINES` and at most `_BLOCK_MAX_LINES` lines of up to `_MAX_BLURB_WORDS`
    words, each opening with a capital, a digit or a quote (a paragraph wrapped into lines goes
    on in lower case). Else []."""
    words, lines = doc.words, doc.lines
    block = []
    k = j
    while k < len(lines) and words[k]:
        line = lines[k].lstrip()
        if (words[k] > _MAX_BLURB_WORDS or len(block) >= _BLOCK_MAX_LINES
                or not (line[:1].isupper() or line[:1].isdigit() or line[:1] in _QUOTES)):
            return []
        block.append(k)
        k += 1
    return block if len(block) >= _BLOCK_LINES else []


def _counter(doc, k: int) -> bool:
    """A teaser's count of comments or recommendations: "Empfehlungen: 4", "12 Kommentare"."""
    line = doc.lines[k]
    return doc.words[k] <= _COUNTER_WORDS and bool(_DIGIT.search(line)) and not _ends_sentence(line)


def _repeated_teaser_group(doc, j: int, config, grouped: bool) -> list[int] | None:
    """`_teaser_group` at line j when the list repeats the shape: another group follows it, or
    one came before. An article's own top (headline, standfirst, byline, date) has the shape
    of one teaser, but its text follows it."""
    group = _teaser_group(doc, j, config)
    if group is None or grouped:
        return group
    nxt = doc.next_content(group[-1])
    return group if nxt is not None and _teaser_group(doc, nxt, config) is not None else None


def _items_of_the_article(doc, i: int, entries: list[int], after: int | None) -> bool:
    """Whether the "list" under header i is a list of the article: a paragraph above the
    header and below the list, and items of at most `_ITEM_WORDS` words ("Am beliebtesten:" /
    "1. Labrador" / "2. Dackel"), where teasers name headlines."""
    before = doc.prev_content(i)
    if before is None or after is None or not (is_sentence(doc, before) and is_sentence(doc, after)):
        return False
    return all(len(p.NUMBERED.sub("", doc.lines[e], count=1).strip(_ITEM_STRIP).split()) <= _ITEM_WORDS for e in entries)


# A writer's reading list or bibliography under "Further reading" / "Weiterführende Literatur":
# at least this many of its entries, and this share of those of three words or more, name an
# author, a title and a year (`patterns.REFERENCE_ENTRY`); headlines of teasers do not.
_MIN_REFERENCES = 2
_REFERENCE_SHARE = 1 / 3


def _references(doc, entries: list[int]) -> bool:
    """Whether the entries under a header are the article's list of books and sources."""
    lines, words = doc.lines, doc.words
    long = [e for e in entries if words[e] >= 3]
    if len(long) < min(_MIN_REFERENCES, len(entries)) or not any("," in lines[e] or ":" in lines[e] for e in long):
        return False
    found = sum(1 for e in long if p.reference_entry(lines[e]))
    # (A list of one entry is a reading list when that entry is a reference.)
    return found >= min(_MIN_REFERENCES, len(entries)) and found >= _REFERENCE_SHARE * len(long)


# The evidence of a blurb in a list of teaser groups, which may read like prose (a paragraph of
# two or three sentences): the groups' repeated shape under a list header is the evidence.
_GROUP_BLURB = "blurb of a teaser printed with its headline and date or byline, in a list of such teasers"


_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s")
# An article's head: up to this many lines (a headline, a standfirst) over its byline and date.
_HEAD_LINES = 2


def _stamp_line(line: str) -> bool:
    """Whether `patterns.STAMP_LINE` finds a date, a relative time or a byline in a line (its
    quick test first: most teasers' headlines hold no figure)."""
    return p.stamp_line_may_match(line) and p.STAMP_LINE.search(line) is not None


def _article_head(doc, header: int, entries: list[int]) -> bool:
    """Whether a list's entries are an article's head, not teasers: a headline and perhaps a
    standfirst over one run of byline and date lines at the end, with the article's first
    sentence below ("Trending:" left above a story whose bar of links went: "Judge blocks
    Ohio law ..." / "The state says it will appeal" / "By Mark Holloway" / "Updated 5:12 PM
    EDT, October 3, 2024" / "COLUMBUS, Ohio (AP) — A federal judge ..."). A list of teasers
    prints a stamp under each of its headlines, and a teaser's blurb below it is no start of
    the page's article run (the block classifier's, `classify.article_layout`), and no sentence
    stands above the header."""
    # (The run of stamps is read from the last entry up: a list of teasers stops it at its last
    # headline, after a search or two.)
    lines = doc.lines
    start = len(entries)
    while start and _stamp_line(lines[entries[start - 1]]):
        start -= 1
    if not 1 <= start <= _HEAD_LINES or start == len(entries) or any(
            _stamp_line(lines[x]) for x in entries[:start - 1]):
        return False
    # (The first sentence below the stamps: a caption or the article's first paragraph.)
    below = doc.next_content(entries[-1])
    for _ in range(HEADLINE_REACH):
        if below is None or is_sentence(doc, below):
            break
        below = doc.next_content(below)
    if below is None or not is_sentence(doc, below) or _NUMBERED.match(lines[entries[0]]):
        return False
    # No sentence stands above the header: a list under a paragraph goes, however short the
    # paragraph ("1. News" opens a ranked list, never an article's head).
    if _first_sentence(doc) < header:
        return False
    # (Imported here: the rules register in the order their modules are imported, and the
    # block classifier comes after this rule.)
    from .classify import article_layout

    _, span = article_layout(doc)
    if span is None:
        return True  # (a text too short for an article run)
    first, last = doc.content[span[0]], doc.content[span[1]]
    return entries[0] < first <= below <= last


def _first_sentence(doc) -> int:
    """The first line of the text that is a sentence (the number of lines if none), found once
    per document: a long text holds many list headers."""
    found = doc.memo.get("first-sentence")
    if found is None:
        found = next((i for i in doc.content if is_sentence(doc, i)), len(doc.lines))
        doc.memo["first-sentence"] = found
    return found


def _in_transcript(doc, i: int) -> bool:
    """Whether a content line next to line i opens with a speaker's name and a colon."""
    return any(j is not None and _SPEAKER.match(doc.lines[j]) for j in (doc.prev_content(i), doc.next_content(i)))


@rule("most-read-list", prose_evidence=(_GROUP_BLURB,))
def most_read_list(doc, config):
    """Ranked and related teaser lists: the header ("Most Read", "Related", "You may also like",
    "Meistgelesen", "Das könnte Sie auch interessieren", another site's address: "Auch auf
    beispiel.de", a row of tabs: "Most Read Most Shared") and its entries — numbers, category
    labels, headlines and "3 years ago" stamps, teasers printed as a headline, a one-line blurb
    and a date — up to the next paragraph; and single inline
    teasers such as "Read more: <headline>" or a blurb cut short before its link ("Wie die
    Stadt ihre Parks bezahlt… mehr").

    A header without entries goes when it ends the text or stands right above other chrome
    ("Ähnliche Beiträge" over "Beitrags-Navigation": a script never filled the list).

    Avoids: "the most read books of 2023" (a header must be the whole line; "Also on Friday"
    names no site), a header followed directly by a paragraph, which is kept as a subheading,
    and a header that is an item of a menu ("Latest News" between "Weather" and "Obituaries"),
    whose next lines are the menu's and then the article's headline and byline. A subheading
    over a paragraph below a header is no teaser unless a date follows the paragraph, and a
    two-word header between two paragraphs ("Am beliebtesten") stays as a subheading, and so
    does a header over a list of one- to three-word items between two paragraphs ("Most
    popular:" / "- Labrador" / "- Beagle"): the article's own list; so does the writer's reading
    list ("Further reading" / "Jane Roe, The Quiet Harbour (London: Example Press, 2019)"),
    whose entries name an author, a title and a year. A blurb cut
    short ends with its link ("… mehr", "... Read more »"): an ellipsis inside a line of
    dialogue ("Und dann... mehr oder weniger Stille.") stays.

    >>> from cleaner import clean
    >>> clean("Rates held.\\n\\nMost Read\\n  1. News\\n    Pandora Papers leak\\n    3 years ago")
    'Rates held.'
    """
    lines, words = doc.lines, doc.words
    hits = scan(doc)
    related = set(hits.get("related-header", ()))
    prefixed = chain(hits.get("related-prefix", ()), hits.get("list-prefix", ()))
    also_on = (i for i in doc.lines_with(*_ALSO_ON_NEEDLES, lower=True, max_words=_PREFIX_HEADER_WORDS)
               if words[i] <= _ALSO_ON_WORDS and p.ALSO_ON_SITE.match(lines[i]))
    # A row of tabs that are all list headers ("Most Read Most Shared", "Noticia relaciona Mas for
    # di e autor"): the widget prints the titles of its tabs above the open tab's entries.
    tabs = (i for i in hits.get("label-row:nav-menu", ())
            if all(label in RELATED for label in label_row(doc.keys[i] or doc.lower[i]) or ()))
    ranked = (i for i in doc.lines_with(*p.RANKED_HEADER_NEEDLES, lower=True, max_words=_RANKED_HEADER_WORDS)
              if words[i] <= _RANKED_HEADER_WORDS and p.RANKED_HEADER.match(lines[i]))
    prompts = (i for i in doc.lines_with(*p.MORE_PROMPT_NEEDLES, lower=True, max_words=_MORE_PROMPT_WORDS)
               if words[i] <= _MORE_PROMPT_WORDS and lines[i].rstrip().endswith(":") and p.MORE_PROMPT.match(lines[i]))
    headers = sorted({*related, *also_on, *tabs, *ranked, *prompts,
                      *(i for i in prefixed if words[i] <= _PREFIX_HEADER_WORDS and (doc.keys[i] or "").startswith(_PREFIXES))})
    claimed = -1
    title = headlines = None
    keys = doc.keys
    urls = _url_candidates(doc) if headers else set()

    for i in headers:
        if i <= claimed or _in_menu(doc, i):
            continue
        entries = []
        blurbs = set()
        grouped = False
        at_headline = False
        j = doc.next_content(i)
        while j is not None and len(entries) < _MAX_ENTRIES:
            if keys[j] in p.REFERENCE_HEADINGS:
                break  # the article's "Sources" below a list it wrote ("See also")
            nxt = doc.next_content(j)
            group = [j] if _is_entry(doc, j, nxt, config, urls) else _repeated_teaser_group(doc, j, config, grouped)
            if group is not None and len(group) > 1:
                grouped = True
                blurbs.add(group[1])
            if group is None and (_after_repeated_label(doc, j, entries, config) or _blurb_after_stamp(doc, j, entries)):
                group = [j]
            if group is None:
                break
            # The page's own headline (its title line names it) ends the list when the article
            # follows it: its standfirst, byline and first paragraph. (In a list of the site's
            # latest posts, the page's own title is one entry among others.)
            if title is None:
                title = title_parts(doc)[0]
            stop = None
            for n, x in enumerate(group):
                # (Each of the headline's keys is a piece of the title line: the keys are made
                # only for a line that is one.)
                key = keys[x]
                if key is None and words[x] >= _LONG_HEADLINE_WORDS:
                    # (A headline longer than a label's key, LABEL_MAX_CHARS: keyed here.)
                    key = label_key(lines[x])
                if key is not None and key in title:
                    if headlines is None:
                        headlines = headline_keys(doc)
                    if key in headlines and _text_below(doc, x):
                        stop = n
                        break
            if stop is not None:
                entries.extend(group[:stop])
                j = group[stop]
                at_headline = True
                break
            entries.extend(group)
            j = nxt if len(group) == 1 else doc.next_content(group[-1])
        if not entries and j is not None and words[i] >= _PHRASE_HEADER_WORDS and i in related and not _in_block(doc, i):
            entries = _teaser_block(doc, j)
        if not entries:
            if j is None:
                yield i, "teaser list header at the end of the text"
            elif at_headline:
                # (Its links went as a menu: "TRENDING:" right above the page's own headline, which
                # no subheading stands over.)
                yield i, "teaser list header right above the page's headline"
            elif doc.keys[j] in _OTHER_CHROME:
                yield i, "teaser list header without entries, above other chrome"
            elif (words[i] >= _PHRASE_HEADER_WORDS and i in related and not _subheading(doc, i)
                  and not p.reference_entry(lines[j])):
                # (A header right above a book or a paper that it names, "Further reading" /
                # "Jane Roe, The Quiet Harbour, 2019.", heads the writer's reading list.)
                yield i, f"teaser list header {lines[i].strip()!r}"
            continue
        if _items_of_the_article(doc, i, entries, j) or _references(doc, entries) or _article_head(doc, i, entries):
            continue
        yield i, f"teaser list header {lines[i].strip()!r}"
        entry = f"entry of the {lines[i].strip()!r} list"
        for t in entries:
            yield t, _GROUP_BLURB if t in blurbs else entry
        claimed = entries[-1]
    for i in hits.get("teaser", ()):
        if (words[i] <= config.entry_words and p.TEASER_LINE.match(lines[i])
                and not (words[i] >= _TEASER_SENTENCE_WORDS and lines[i].rstrip().endswith(_FULL_STOPS))
                and not (_BARE_TEASER.match(lines[i]) and _in_transcript(doc, i))):
            yield i, "inline teaser link"
    lower = doc.lower
    for i in doc.lines_with(*_DATED_TEASER_NEEDLES, lower=True, max_words=_DATED_TEASER_WORDS):
        if (words[i] <= _DATED_TEASER_WORDS and lower[i].lstrip()[:1].isdigit()
                and lower[i].rstrip(_LINK_END).endswith(_LINK_WORDS) and p.DATED_TEASER.match(lines[i])):
            yield i, "teaser with its date and link"
    for i in doc.lines_with(*p.TRUNCATED_TEASER_NEEDLES, lower=True, max_words=_MAX_BLURB_WORDS):
        if (_MIN_BLURB_WORDS <= words[i] <= _MAX_BLURB_WORDS and lower[i].rstrip(_LINK_END).endswith(_LINK_WORDS)
                and p.TRUNCATED_TEASER.match(lines[i])):
            yield i, "teaser blurb cut short before its link"
