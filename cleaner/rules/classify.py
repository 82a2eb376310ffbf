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
3. **Outside it**, only page furniture goes, and only on a full page (menu lines above and
   below the article): runs of bare labels stacked in blocks (menus, footers), the other short
   lines of a block that is mostly labels, and labels printed twice around the article. Prose
   stays wherever it is, and so do *soft* short lines: a sentence, a line with a function word,
   a figure, a table cell or an address may be the article's own headline, byline, ingredient
   list or sign-off. A heading that opens its block above a paragraph is kept by the
   ``block-heading-guard``.
4. **Below the article**, on any text, a chrome label ("Tags", "Newsletter", "About the
   author", a copyright line; on a full page also "Share" and "Reply" buttons) opens a
   section that runs down to its second line of prose (SECTION_PROSE): its lines go, soft or
   not (teaser headlines and blurbs, network names, an address), but for sentences (on a full
   page, of SECTION_SENTENCE_WORDS words or more: a teaser's question is short). A list of
   related articles, an author box or the tags ("Related posts", "About the author") in the
   article run's last part open such a section too, down to the run's end at the latest,
   unless a paragraph follows: teasers whose blurbs read as prose draw the run over them
   (``INSIDE_MARKERS``).
5. **Islands**: below the article on a full page, a short stretch of lines with one or two
   lines of prose between two menu lines or chrome labels (a sidebar's site description, a
   donation pitch, a teaser with its blurb) goes too, but for the first stretch after the
   article (its sign-off or photo credit may follow the share buttons), for comments, and for
   longer prose such as a recipe's steps (ISLAND_LINES, ISLAND_PROSE).
6. With ``Config.page_edges``, everything below the article's lower edge goes too: the first
   long menu or chrome label after it (on a text that is not a full page, the first chrome
   label of step 4), prose included but for the long sentences the ``prose-guard`` keeps.
   Above the article no such edge is drawn: the headline, the standfirst and the first part
   of an article often sit above the page's last menu.

Pages with no stoplist (Chinese, Arabic, unknown languages) are judged by length and sentence
punctuation alone. A document without enough prose to locate an article (a short note, a poem,
a list) is left to the other rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache
from itertools import accumulate, chain, compress, repeat
from operator import is_

import regex

from ..document import label_key
from ..language import rank, union
from ..patterns import BUTTON_POINTED_AT, COMMENT_TIME, COMMENTER_SAYS, PAGE_FOOTER_NEEDLES, SENTENCE_END, script_words, unmarked_end, unspaced
from .base import rule
from .common import SENTENCE_STOPS, TERM_FREE, TERM_RUN, heading_run, headline_keys, title_keys
from .labels import scan
from .tags import _paper_keywords

# Marks of data rather than a label: a figure, a table cell separator, a "key: value" pair,
# an address ("www.", "@"). Such short lines are soft: an article's table, score sheet or
# contact list, which menus are not. (Each branch starts with its mark's character and looks
# behind from there: a pattern whose branches all start with a character or a class is searched
# by a C-level skip to the next such character, a branch that starts with a look-behind makes
# the search try every position, twice as slow.)
# (French sets a space before the colon: "Difficulté : facile".)
_DATA = re.compile(r"\d|\t\S|:(?<=\S:) \S|:(?<=\w[ \u00a0\u202f]:) [a-zà-ÿ\d]|www\.|@(?<=\w@)\w").search
# A list written as a sentence: a name of up to three words (perhaps with a formation in
# brackets) and a colon (a space before it in French), entries split by semicolons, or by
# commas in a line with a figure, a full stop (not an ellipsis) at the end: a team's line-up or
# a match sheet's line ("Northfield: Clarke; Ellis, Moyo", "Lecco (3-5-2): Melgrati; ...",
# "Castres : 2 essais (Vidal 51e, Lacoste 74e), 1 transformation.", "Goles: 0-1, min. 12:
# Ferreiro. 1-1, ..."). A link row ends with a label, not a full stop.
_LISTED = re.compile(
    r"^\W*\w[\w'’.-]*(?: [\w'’.-]+){0,2}(?: \([^()]{1,20}\))?[ \u00a0\u202f]?: [^;,]+([;,]) .*[^.\s]\.\s*$").search
_FIGURE = re.compile(r"\d").search


def listed_sentence(line: str) -> bool:
    """Whether a line is a list written as a sentence (see _LISTED)."""
    m = _LISTED(line)
    return m is not None and (m.group(1) == ";" or _FIGURE(line) is not None)


# Closing quotes and brackets that may follow a sentence's final stop.
_CLOSERS = "\"'\u201d\u2019\u00bb\u300d\u300f)"


def running_text(line: str) -> bool:
    """Whether a long line reads as running text whatever its share
    of stopwords: it ends with a sentence's stop (perhaps inside quotes) and at least two thirds
    of its words that open with a cased letter open with a small one. A row of links or
    headlines is in title case and ends with a label; a line-up ends with a stop but is made
    of names (`listed_sentence`).

    >>> line = "Ремонт профінансували міська рада та міжнародні партнери. Загальна вартість робіт становила понад 150 мільйонів гривень."
    >>> running_text(line)
    True
    >>> line = "Home | News | Sport | Business | Culture | Travel | Weather | Video | Podcasts | Contact us."
    >>> running_text(line)
    False
    """
    if not line.rstrip().rstrip(_CLOSERS).endswith(SENTENCE_STOPS):
        return False
    small = capital = 0
    for word in line.split():
        first = word.lstrip(_LEADING)[:1]
        if first.islower():
            small += 1
        elif first.isupper():
            capital += 1
    return small >= 2 * capital and small >= GOOD_WORDS // 2


# What a word may open with before its first letter: quotes, brackets, dashes.
_LEADING = "\"'\u201c\u201e\u2018\u00ab\u00bb([-\u2013\u2014\u300c\u300e"


# A character that each of those marks (and a table row, and a comma) holds: most lines have none and skip
# the search.
_DATA_CHARS = re.compile(r"[\d\t:w@|,]").search


# A name and its place, split by one comma ("Lecture Theatre, Northgate Museum", "Ashbourne,
# Midshire", "Anna Berg, Luis Ortega"): an event's venue, an infobox's place, a paper's authors. A
# menu item is one name; a row of labels split by commas ("Fakten, Hintergründe, Dossiers", a
# tagline) has two commas or more.
_ONE_COMMA = re.compile(r"\w, \w").search


def _data(line: str) -> bool:
    """Whether a line holds a mark of data (see _DATA), is a table row ("| ... |") or a name and
    its place (see _ONE_COMMA)."""
    return _DATA_CHARS(line) is not None and (
        _DATA(line) is not None or line.lstrip().startswith("|")
        or (line.count(",") == 1 and _ONE_COMMA(line) is not None)
    )


GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"
GOOD_KIND, NEAR_KIND = (GOOD, True), (NEAR, True)
SOFT_SHORT, HARD_SHORT = (SHORT, True), (SHORT, False)
BAD_SOFT, BAD_HARD = (BAD, True), (BAD, False)

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
# ... and a short line is soft (see `_kinds`) from this many bytes on.
SOFT_BYTES_AGNOSTIC = 30
# A line of a script that spaces its words is prose from GOOD_WORDS words on too, when it ends
# like a sentence: a Finnish or Hungarian sentence of 16 long words may stay under 120 bytes.
# Thai and Lao mark no sentence's end (a space ends it): a line in them that is this long ends
# like a sentence where it ends (80 Thai characters: a paragraph; teaser headlines and menu
# items are shorter).
UNMARKED_BYTES_AGNOSTIC = 240

# Lines are judged against the stopwords of up to this many languages of the page.
MAX_LANGUAGES = 3

# -- the article run ----------------------------------------------------------------------
# Score of a line in the maximum-sum search: prose counts its characters (so one real
# paragraph outweighs a dozen menu items), a bare label costs as much as a short sentence is
# worth, a short line with content words (a byline, an ingredient, a date) costs little, a
# sentence-like short line nothing, a bad line its length.
SHORT_COST = 100
SOFT_COST = 20
NEAR_SCORE = 0
# No article is located in a text with less prose than this (characters of good lines): a
# short note or a poem has no menus to strip.
MIN_ARTICLE_CHARS = 400
# Outside the article, a run of lines between paragraphs loses its hard lines only when it
# holds at least this many: a menu or a footer is a run of labels, a lone short line at the
# article's edge (a subheading, a table row, a sign-off) is left to the vocabulary rules.
MIN_RUN_HARD = 3
# A text is a full page, and its runs of labels are menus, only when it has at least this
# many such lines outside the article, on both sides of it: a page's navigation alone has
# dozens, above and below, while an article's own table, contact list or list of names after
# its prose is on one side.
PAGE_MENU_LINES = 12
# ... or it has a menu of this many lines above the article and this many legal links below it
# (a footer: "Mentions légales", "Aviso legal | Cookies"): a small site's page, whose menu has
# six or eight items and whose footer is a row of legal links, which are soft lines. An
# article's own list above its prose has no legal footer below.
FOOTED_MENU_LINES = 5
FOOTED = "footed"
FOOTER_LEGAL_LINES = 1
# A footer line has at most this many words (a long sentence about a privacy policy is none).
FOOTER_WORDS = 20
# With ``Config.page_edges``: a run of at least this many stacked labels below the article is
# a page menu that bounds it (a recipe's row of "Print", "Rate", "Save" buttons or a gallery's
# captions between parts of the article are shorter; 6 lost twice as many article lines on the
# dev set for 2% more chrome) ...
EDGE_RUN = 10
# ... and so is a chrome label: a line of one of these vocabulary families. Below the article
# each also opens a section (see `_sections`): what follows "Related", "More on <topic>",
# "Comments", "Share", "Follow us", "Tags" or a copyright line is page furniture.
END_MARKERS = (
    "share-prompt", "newsletter-prompt", "call-to-action", "nav-menu", "legal-notice",
    "related-header", "author-header", "tag-header", "related-prefix", "follow",
)
# Of those, the families found by a line's first word ("More on ...", "Follow ..."): such a line
# is a label only when it does not end like a sentence ("Follow the money, investigators say.").
FIRST_WORD_MARKERS = ("related-prefix", "follow")
# Of those, the labels that open a section *inside* the article run too, in its last part (see
# `_sections_inside`): a list of related articles, an author box or the tags close an article,
# and the run often reaches over them when the teasers carry blurbs of prose. A share button, a
# call to action ("View all"), a newsletter box or a menu label may stand between the parts of
# an article (a recipe's "Print" row, a box in the middle of a story) and open none there.
INSIDE_MARKERS = ("related-header", "related-prefix", "author-header", "tag-header")
# Such a label is in the article's last part when the article's prose below it (characters of
# good lines) is at most this share of its prose above it: a "Related" line after the first
# paragraphs, with the story going on below, opens no section (at 1.0 and with no limit the dev
# set's figures were the same; 0.25 took half the chrome).
INSIDE_SECTION_SHARE = 0.5
# ... and when the article does not resume below it: no line of prose of this many words or more
# that ends with a full stop follows the label in the run. A wiki's "See also" list or a
# README's links may be followed by the next section of the article ("Behind the scenes",
# "Environment variables"), whose heading would go with the list; teasers' blurbs are shorter
# or cut off ("... the new colours…"). (No chrome snippet of the dev set was kept for it.)
INSIDE_RESUME_WORDS = 20
# Below the article on a full page, a short stretch of lines between two menu lines or chrome
# labels (an *island*) is a sidebar's or a footer's text: a site's description, a newsletter or
# donation pitch, a teaser with its blurb, a cookie note. It goes, prose and all (the prose-guard
# keeps sentences of Config.prose_words words), when it has at most ISLAND_LINES lines and
# ISLAND_WORDS words and holds one or at most ISLAND_PROSE lines of prose. (On the dev set 5
# and 150 kept no article snippet; 8 lines and 250 words took the first one, a product's
# description between two menus; without a limit eight.) A recipe's steps between its
# "Instructions" label and a "Rate this recipe" button are three lines of prose or more: a
# sidebar's text has one or two (on the dev set a limit of two took the same chrome snippets as
# none, a limit of one half of them).
ISLAND_LINES = 5
ISLAND_WORDS = 150
ISLAND_PROSE = 2
# A stretch with a comment's time stamp or byline ("Anna 3 May 2024 at 10:12", "Anna says:")
# in it or in this many content lines above it is part of a comment thread, which the comment
# rules judge (a reply between two "Reply" buttons is a stretch between chrome labels).
ISLAND_CONTEXT = 4
# On a text that is not a full page, only these labels open a section below the article: a share
# button ("Pin", "Print") or a "Reply" button may sit between the parts of an article (a
# recipe's story and its card, a post and the comments that are part of it).
SECTION_MARKERS = tuple(name for name in END_MARKERS if name not in ("share-prompt", "call-to-action"))
# A section ends at its this-many-th line of prose that ends like a sentence: a related list
# gives its first entry a blurb more often than an article goes on below a label (ending at the
# first prose line kept 16 more chrome snippets of the dev set's full dumps, to save one line
# of a comment thread).
SECTION_PROSE = 2
# A line of a section that ends with one of `common.SENTENCE_STOPS` and has NEAR_WORDS words or
# more is a sentence, and stays: the article may go on below a label.
# ... but on a full page only from this many words on: there the short sentences under a
# chrome label below the article are the teasers' questions and exclamations ("Wie sehen Hunde
# Farben?", "Python 3.6.0 is now available!"), a form's notes ("A password will be e-mailed to
# you.") and a site's slogans, while the article's own sentences below its run are longer. (On
# the dev set's full dumps 8 words took 12 more chrome snippets, 10 took 18 and 14 took 20, none
# of the article; on a text that is not a full page a sentence of NEAR_WORDS stays.)
SECTION_SENTENCE_WORDS = 10
# Function words are the stopwords of at most this many letters.
FUNCTION_WORD_CHARS = 4
# A block (lines without a blank between them) in which at least this share of the lines are
# menu labels is a menu: its other short lines go with it (a teaser column mixes headlines
# with section labels and dates; sentence-like lines stay).
MENU_BLOCK_SHARE = 0.4
# A label of up to this many words printed twice or more around the article is furniture
# ("Zum Rezept", "Weiterlesen", a section name in the header and the footer); a longer line
# printed twice may be the standfirst repeated in a teaser, and stays.
REPEAT_WORDS = 4
# ... but for the headings of the article's sections that a table of contents lists above them
# (a guidance page's or a wiki's "Contents"): at least this many labels listed together and
# printed again apart, in the same order, each over a line that is no label (see
# `_contents_headings`). One label printed twice is as often a menu's item as a heading.
TOC_ENTRIES = 2
# (A short line that ends like a sentence, "Snow!", "He left.", is soft as well: menu labels
# never do.)
# A short line needs this many words for its function words to make it soft: "Home" is a label in
# any language, "Rezepte für zwei" may be a subheading.
HEADLINE_WORDS = 3


@cache
def _short(stops: frozenset[str]) -> frozenset[str]:
    """The stopwords of up to FUNCTION_WORD_CHARS letters: the function words ("the", "of",
    "und", "für", "les"). The stoplists also hold longer words that are labels too often
    ("home", "latest", "startseite", "suche") to make a short line soft."""
    return frozenset(w for w in stops if len(w.rstrip(",.:;)\"'")) <= FUNCTION_WORD_CHARS)


def _unspaced(line: str) -> bool:
    """A line long enough in UTF-8 bytes to be a headline of a script without spaces between
    words (a Chinese line on a page whose stoplist came from its English parts)."""
    return len(line.strip().encode("utf-8", "surrogatepass")) >= SOFT_BYTES_AGNOSTIC


def _agnostic_kind(line: str, n: int) -> tuple[str, bool]:
    """(class, soft) of a line judged without a stoplist, from its length in UTF-8 bytes (or its
    `n` words) and its final punctuation (see GOOD_BYTES_AGNOSTIC)."""
    stripped = line.strip()
    size = len(stripped.encode("utf-8", "surrogatepass"))
    ends = stripped.endswith(SENTENCE_END) or (
        size >= UNMARKED_BYTES_AGNOSTIC and unmarked_end(stripped)
    )
    if ends and (size >= GOOD_BYTES_AGNOSTIC or n >= GOOD_WORDS):
        return GOOD_KIND
    if ends and size >= GOOD_BYTES_AGNOSTIC // 3:
        return NEAR_KIND
    # A headline of ten CJK characters or a Latin one of 30 letters; menu items ("首页",
    # "关于我们") are a few characters.
    return SOFT_SHORT if ends or size >= SOFT_BYTES_AGNOSTIC or _data(line) else HARD_SHORT


def _kinds(doc) -> list:
    """(class, soft) of every content line, None for blank lines.

    *soft* tells whether a line outside the prose may still belong to the article's edge: a
    sentence, or a short line with words of content (a function word, a figure, a table cell, an
    address: "200 g Zucker", "Published on 16 May"); a *hard* line is a bare label. The result is
    kept in the document's memo and carried into the engine's later passes (`Document.subset`),
    where only cut lines are judged again; the stoplist chosen in the first pass stays.
    """
    kinds = doc.memo.get("kinds")
    lines, words, content = doc.lines, doc.words, doc.content
    if kinds is None:
        # (A comprehension: an int's bound comparison method called by map is slower.)
        languages = rank([low for low, n in zip(doc.lower, words) if n >= GOOD_WORDS], lowered=True)
        doc.memo["stopwords"] = union(tuple(languages[:MAX_LANGUAGES]))
        kinds = doc.memo["kinds"] = [None] * len(lines)
        todo = content
    else:
        todo = list(compress(content, map(is_, map(kinds.__getitem__, content), repeat(None))))
        if not todo:
            return kinds
    stops = doc.memo["stopwords"]
    data = _data
    if not stops:
        for i in todo:
            kinds[i] = _agnostic_kind(lines[i], words[i])
        return kinds
    is_stop, function_words = stops.__contains__, _short(stops)
    lower = doc.lower
    for i, n, line in zip(todo, map(words.__getitem__, todo), map(lines.__getitem__, todo)):
        if n < GOOD_WORDS and not line.isascii() and unspaced(line):
            # A line in a script that does not space its words, on a page whose stoplist came
            # from its other parts (a Chinese article under an English site's menus): its words
            # cannot be counted nor its stopwords looked up.
            kinds[i] = _agnostic_kind(line, n)
            continue
        if n < HEADLINE_WORDS:
            # A label of one or two words: short, soft only when it ends like a sentence, holds
            # a figure ("3 eggs") or a table cell, or is in a script that does not space its
            # words. Most are letters alone ("Home", "About us"): such a line neither ends like
            # a sentence (SENTENCE_END is punctuation) nor holds a mark of data, and one C-level
            # check spares it both tests.
            kinds[i] = SOFT_SHORT if (
                (not line.replace(" ", "").isalpha() and (line.rstrip().endswith(SENTENCE_END) or data(line)))
                or (not line.isascii() and _unspaced(line))
            ) else HARD_SHORT
            continue
        if n < GOOD_WORDS:
            tokens = lower[i].split()
            if not line.rstrip().endswith(SENTENCE_END):
                # Not near without a final stop: soft with a function word or a mark of data.
                # (Function words are stopwords: no count of stopwords is needed for it.)
                kinds[i] = SOFT_SHORT if not function_words.isdisjoint(tokens) or data(line) else HARD_SHORT
            elif n >= NEAR_WORDS and sum(map(is_stop, tokens)) / n >= NEAR_STOPWORDS:
                kinds[i] = NEAR_KIND
            else:
                kinds[i] = SOFT_SHORT  # it ends like a sentence
            continue
        # Prose is told from its first words alone when they hold enough stopwords for the
        # whole line: the rest is neither split nor looked up.
        head = lower[i].split(None, n // 2)
        rest = head.pop() if len(head) > n // 2 else ""  # (the unsplit rest; pop() copies nothing)
        s = sum(map(is_stop, head))
        if s / n >= GOOD_STOPWORDS:
            kinds[i] = GOOD_KIND
            continue
        tail = rest.split()
        s += sum(map(is_stop, tail))
        tokens = head + tail
        share = s / n
        if share >= GOOD_STOPWORDS:
            kinds[i] = GOOD_KIND
            continue
        if share < BAD_STOPWORDS:
            # A long row without stopwords: a link row ("Home | News | Sport ..."), unless
            # it is a table row ("| Calcium | 247 mg | (25 %) |") or a list written as a sentence
            # (a team's line-up, "Northfield: Clarke; Ellis, Moyo, Hart; ... Stone."): a link row
            # ends with a label, not a full stop.
            if running_text(line):
                # Sentences in lower case with a full stop: prose in a language whose stoplist
                # is small or borrowed (a Ukrainian paragraph of nouns and verbs holds one
                # word of its list), not a row of links.
                kinds[i] = GOOD_KIND
                continue
            kinds[i] = BAD_SOFT if (line.lstrip().startswith("|") or "\t" in line.strip()
                                    or listed_sentence(line)) else BAD_HARD
            continue
        ends = line.rstrip().endswith(SENTENCE_END)
        if ends and share >= NEAR_STOPWORDS:
            kinds[i] = NEAR_KIND
        else:
            soft = not function_words.isdisjoint(tokens) or ends or data(line)
            kinds[i] = SOFT_SHORT if soft else HARD_SHORT
    return kinds


# One letter per content line for the passes over the page: "G" prose (good), "n" near, "s" a
# soft short line, "h" a hard one (a label), "b" and "B" a soft and a hard bad line.
_LETTER = {GOOD_KIND: "G", NEAR_KIND: "n", SOFT_SHORT: "s", HARD_SHORT: "h", BAD_SOFT: "b", BAD_HARD: "B"}
_HARD_LETTERS = frozenset("hB")
_SHORT_LETTERS = frozenset("sh")
_RUNS = re.compile("[^G]+").finditer


def _letters(doc, kinds) -> str:
    """The letter (see _LETTER) of each content line."""
    return "".join(map(_LETTER.__getitem__, map(kinds.__getitem__, doc.content)))


def _article(doc, letters: str) -> tuple[int, int] | None:
    """(first, last) content positions of the maximum-sum run of line scores, or None without
    enough prose."""
    lines, content = doc.lines, doc.content
    # Prose is weighed in UTF-8 bytes on pages without a stoplist (see GOOD_BYTES_AGNOSTIC).
    agnostic = not doc.memo.get("stopwords")
    best = total = good_chars = 0
    best_span = None
    start = 0
    for j, letter in enumerate(letters):
        if letter == "h":
            score = -SHORT_COST
        elif letter == "G":
            line = lines[content[j]]
            score = len(line.encode("utf-8", "surrogatepass")) if agnostic else len(line)
            good_chars += score
        elif letter == "s":
            score = -SOFT_COST
        elif letter == "n":
            score = NEAR_SCORE
        else:
            score = -len(lines[content[j]])
        if total <= 0:
            total = 0
            start = j
        total += score
        if total > best:
            best = total
            best_span = (start, j)
    if best_span is None or good_chars < MIN_ARTICLE_CHARS:
        return None
    return best_span


def article_layout(doc) -> tuple[str, tuple[int, int] | None]:
    """The letter of each content line (see `_letters`) and the article run as (first, last)
    content positions (see `_article`; None without enough prose). Computed once per pass of
    the engine, for the classifier and for the rules that judge a block by whether it lies in
    the article (contact-block)."""
    found = doc.memo.get("article-layout")
    if found is None:
        letters = _letters(doc, _kinds(doc))
        found = doc.memo["article-layout"] = (letters, _article(doc, letters))
    return found


def _menus(doc, letters: str, k: int, m: int) -> tuple[list[int], set[int]]:
    """Positions (in `doc.content`) of the menu lines outside the article (content positions
    k..m), in order, and of those in runs long enough to bound the article (see EDGE_RUN).

    Outside the article, the lines between two prose lines form a run; its hard lines are menu
    lines when at least MIN_RUN_HARD of them are stacked in blocks (a menu is a block of links,
    one per line; a few single-line blocks in a row are as likely subheadings and captions)."""
    content = doc.content
    around = [0, *doc.words, 0]  # around[i] and around[i + 2]: the lines next to line i
    letters = letters[:k] + "G" * (m + 1 - k) + letters[m + 1:]
    menu: list[int] = []
    edges: set[int] = set()
    for run in _RUNS(letters):
        text = run.group()
        if text.count("h") + text.count("B") < MIN_RUN_HARD:
            continue
        start, end = run.span()
        labels = list(compress(range(start, end), map(_HARD_LETTERS.__contains__, text)))
        stacked = sum([1 for i in map(content.__getitem__, labels) if around[i] or around[i + 2]])
        if stacked < MIN_RUN_HARD:
            continue
        if start == m + 1:
            labels = _tail_headings_out(doc, letters, labels)
        menu += labels
        if stacked >= EDGE_RUN:
            edges.update(labels)
    return menu, edges


def _tail_headings_out(doc, letters: str, labels: list[int]) -> list[int]:
    """The labels of the run right below the article less the article's last sections'
    headings: above the run's first two labels in a row (the share row, the footer's menu), a
    label that opens its block over a sentence of that block ("„Winterkind“" / "Das Debüt des
    Jahres." / "Lea Falk: Winterkind. Kiepenheuer & Witsch, 208 Seiten, 20 Euro.") or over a
    list of its own ("Das Urteil" / "Drei Jahre Freiheitsstrafe" / ...), which the article run
    left out for the short lines' cost. (A teaser's headline over its blurb below
    the footer's first menu stays a menu line.)"""
    content, words = doc.content, doc.words
    menu = []
    chrome = None
    for n, j in enumerate(labels):
        i = content[j]
        if n + 1 < len(labels) and labels[n + 1] == j + 1 and content[j + 1] == i + 1:
            return menu + labels[n:]  # two labels in a row: the chrome begins
        if (i and words[i - 1]) or not (_over_sentence(letters, content, i, j) or _over_list(letters, content, i, j)):
            menu.append(j)
            continue
        if chrome is None:
            # (A chrome label of the vocabulary over its list, "関連記事" over the teasers' headlines,
            # heads no section of the article.)
            hits = scan(doc)
            chrome = set(chain.from_iterable(hits.get(name, ()) for name in END_MARKERS))
        if i in chrome:
            menu.append(j)
    return menu


def _over_sentence(letters: str, content: list[int], i: int, j: int) -> bool:
    """Whether the label at content position j (line i) stands right above a sentence-like line
    of its block."""
    return j + 1 < len(letters) and letters[j + 1] == "n" and content[j + 1] == i + 1


# A section's heading over a list of its own: at least this many short lines in its block
# ("Das Urteil" / "Drei Jahre Freiheitsstrafe" / "Einziehung von 1,2 Millionen Euro" / ...).
_TAIL_LIST_ITEMS = 3


def _over_list(letters: str, content: list[int], i: int, j: int) -> bool:
    """Whether the label at content position j (line i) heads a block of _TAIL_LIST_ITEMS short
    lines or more, none of them a label (a teaser's headline has its date or blurb below, one
    line)."""
    n = 0
    while j + n + 1 < len(letters) and content[j + n + 1] == i + n + 1 and letters[j + n + 1] in "sn":
        n += 1
    return n >= _TAIL_LIST_ITEMS and (j + n + 1 >= len(letters) or content[j + n + 1] != i + n + 1)


def _menu_blocks(doc, letters: str, menu: list[int], k: int, m: int) -> set[int]:
    """Positions of the short lines outside the article that share a block with enough menu
    lines (MENU_BLOCK_SHARE): a site name above the menu, an address under the footer links."""
    content = doc.content
    firsts, lasts = doc.block_bounds
    # The block of each menu line, by bisection of the blocks' first lines (1 for the first
    # block): the menu lines are fewer than the content lines.
    found: set[int] = set()
    for b, labels in Counter(map(bisect_right, repeat(firsts), map(content.__getitem__, menu))).items():
        start, end = firsts[b - 1], lasts[b - 1]
        if labels >= MIN_RUN_HARD and labels >= MENU_BLOCK_SHARE * (end - start + 1):
            # A block's lines are all content lines: positions j0..j0 + its length in `content`.
            j0 = bisect_left(content, start)
            j1 = j0 + end - start + 1
            found.update(compress(range(j0, j1), map(_SHORT_LETTERS.__contains__, letters[j0:j1])))
    # (A block may reach into the article, whose lines stay.)
    found.difference_update(range(k, m + 1))
    return found


def _repeated(doc, letters: str, k: int, m: int) -> set[int]:
    """Positions of the labels (up to REPEAT_WORDS words) printed twice or more outside the
    article: "Zum Rezept", a section name in the header menu and again in the footer."""
    content, words, keys, lines = doc.content, doc.words, doc.keys, doc.lines
    outside = chain(range(k), range(m + 1, len(content)))
    short = compress(outside, map(_SHORT_LETTERS.__contains__, chain(letters[:k], letters[m + 1:])))
    # (A table row, its cells split by tabs, is no label: "S&P 500\t5,751.07\t-0.96%" under the
    # article repeats the ticker above it.)
    found = [j for j in short if words[content[j]] <= REPEAT_WORDS and "\t" not in lines[content[j]]]
    found_keys = [keys[content[j]] for j in found]
    if None in found_keys:
        for n, key in enumerate(found_keys):
            if key is None:
                found_keys[n] = doc.folded(content[found[n]])
    titles = title_keys(doc)
    # Each key printed twice is compared with the title once.
    twice = {key for key, count in Counter(found_keys).items() if count > 1}
    twice = {key for key in twice if " ".join(key.split()) not in titles}
    repeated = set(compress(found, map(twice.__contains__, found_keys)))
    if len(twice) >= TOC_ENTRIES:
        repeated.difference_update(_contents_headings(letters, found, found_keys, twice))
    return repeated


def _contents_headings(letters: str, found: list[int], found_keys: list, twice: set) -> set[int]:
    """Positions of the headings a page's table of contents lists: of labels printed twice, the
    later copies that stand apart from the other repeated labels, each over a line that is not a
    label, when at least TOC_ENTRIES of them follow their listed copies (adjacent lines, in the
    same order). A menu printed again in the footer repeats its labels next to each other, and a
    footer's column titles stand over labels."""
    copies: dict = {}
    for j, key in zip(found, found_keys):
        if key in twice:
            copies.setdefault(key, []).append(j)
    at = {j for js in copies.values() for j in js}
    listed, apart = [], []
    for key, js in copies.items():
        if len(js) != 2:
            continue
        first, later = js
        if (
            (first - 1 in at or first + 1 in at)
            and not (later - 1 in at or later + 1 in at)
            and letters[later + 1:later + 2] not in ("", "h", "B")
        ):
            listed.append(first)
            apart.append(later)
    if len(apart) < TOC_ENTRIES:
        return set()
    # The same order in the list and in the text.
    order = sorted(range(len(listed)), key=listed.__getitem__)
    later_in_order = [apart[x] for x in order]
    if later_in_order != sorted(later_in_order) or min(apart) < max(listed):
        return set()
    return set(apart)


def _markers_below(doc, m: int, families: tuple[str, ...] = END_MARKERS) -> list[int]:
    """Content positions of the chrome labels of `families` below the article (after position
    m), in order."""
    content, lines = doc.content, doc.lines
    hits = scan(doc)
    found = set()
    for name in families:
        first_word = name in FIRST_WORD_MARKERS
        for i in hits.get(name, ()):
            j = bisect_left(content, i)
            if j > m and j < len(content) and content[j] == i:
                if not (first_word and lines[i].rstrip().endswith(SENTENCE_STOPS)) and not (
                    # A paper's "Keywords" under its abstract are the paper's, and so is what
                    # follows them (its introduction): see tags.tag_list.
                    name == "tag-header" and _paper_keywords(doc, i, lines[i].strip().rstrip(":"))
                ):
                    found.add(j)
    if found:
        # A heading named like a label between two paragraphs ("Barrierefreiheit" between an
        # event's "Anfahrt" paragraph and "Alle Gebäude sind barrierefrei zugänglich.") is the
        # article's next section, not a box's title: it opens none.
        # (Both paragraphs end like sentences: a list's teaser headlines read as prose too.)
        letters = article_layout(doc)[0]
        found = {j for j in found if not (
            letters[j - 1:j] == "G" and letters[j + 1:j + 2] == "G"
            and lines[content[j - 1]].rstrip().endswith(SENTENCE_STOPS)
            and lines[content[j + 1]].rstrip().endswith(SENTENCE_STOPS))}
    if found:
        # A heading named like a label that the paragraph below points back at ("Tutti i diritti
        # riservati" / "Questa dicitura in fondo alle pagine ... non ha nulla a che vedere con la
        # privacy.") is the article's subheading: it opens no section.
        found = {j for j in found if not (
            j + 1 < len(content) and BUTTON_POINTED_AT.match(lines[content[j + 1]]) is not None
            and lines[content[j + 1]].rstrip().rstrip("\"'\u201d\u00bb").endswith(SENTENCE_STOPS))}
    if found:
        # A heading named like a label under a paragraph and over a list written as a sentence
        # ("Ficha técnica" / "Albacete: Altube; Neva, Djetei; ...") heads the article's match
        # sheet: it opens no section.
        letters = article_layout(doc)[0]
        found = {j for j in found if not (
            letters[j - 1:j] == "G" and j + 1 < len(content) and listed_sentence(lines[content[j + 1]]))}
    if found:
        # A term of a glossary or a short section's heading named like a label ("Newsletter" /
        # "Der Rundbrief des Landeswahlleiters ..." among "Hochrechnung" and "Prognose" with
        # a sentence each) opens no section: see `common.heading_run`.
        labels = {content[j] for j in found}
        runs: dict = {}
        for j in list(found):
            run, free = heading_run(doc, content[j], labels.__contains__, runs)
            if run >= TERM_RUN and free >= TERM_FREE:
                found.discard(j)
    return sorted(found)


def _sections(doc, letters: str, markers: list[int], sentence_words: int = NEAR_WORDS) -> set[int]:
    """Positions of the lines below a chrome label after the article, down to the
    SECTION_PROSE-th line of prose ending like a sentence: what follows "Related", "Share",
    "Tags", "Comments" or a copyright line (teaser headlines and their blurbs, network names,
    tags, an address) is that label's section. A line of it that reads as a sentence
    (`sentence_words` words or more and a full stop) stays: the article may go on below a
    label."""
    lines, content, words = doc.lines, doc.content, doc.words
    found: set[int] = set()
    if not markers:
        return found
    # The prose lines that end like a sentence, from the first label on.
    prose = []
    j = letters.find("G", markers[0] + 1)
    while j != -1:
        if lines[content[j]].rstrip().endswith(SENTENCE_END):
            prose.append(j)
        j = letters.find("G", j + 1)
    # Each label's section, as a range of positions; the ranges merged (labels are in order).
    spans: list[list[int]] = []
    for x in markers:
        n = bisect_right(prose, x) + SECTION_PROSE - 1
        end = prose[n] if n < len(prose) else len(letters)
        if spans and x + 1 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([x + 1, end])
    ends = frozenset(prose)
    for start, end in spans:
        for j in range(start, end):
            # (A long teaser blurb without a final stop, "... and what it means for you", is
            # part of the section.)
            if j not in ends:
                i = content[j]
                if (
                    (words[i] < sentence_words and script_words(lines[i], words[i]) < sentence_words)
                    or not lines[i].rstrip().endswith(SENTENCE_STOPS)
                ):
                    found.add(j)
    return found


def _sections_inside(doc, letters: str, k: int, m: int) -> set[int]:
    """Positions of the lines below a label of INSIDE_MARKERS in the last part of the article
    run (content positions k..m; see INSIDE_SECTION_SHARE), down to the end of its section
    (`_sections`) but no further than the article's last line: teasers with blurbs that the
    article run took in ("Related posts", then headline, blurb, headline, blurb). What follows
    the article is left to the other passes: a "Further reading" link below a related list may
    be the article's own. Inside the article a line that ends like a sentence in the wider
    sense (a quote's closing mark, a colon) stays too, if it has NEAR_WORDS words or more. A label
    below which the article resumes (INSIDE_RESUME_WORDS) opens none."""
    markers = [j for j in _markers_below(doc, k, INSIDE_MARKERS) if j < m]
    if not markers:
        return set()
    lines, content, words = doc.lines, doc.content, doc.words
    prose = [len(lines[content[j]]) if letter == "G" else 0 for j, letter in enumerate(letters[k:m + 1], k)]
    above = list(accumulate(prose))
    total = above[-1]
    last_part = [x for x in markers if total - above[x - k] <= INSIDE_SECTION_SHARE * above[x - k]]
    if not last_part:
        return set()
    # The last paragraph of the run that is long enough to be the article resuming.
    resumes = [
        j for j in range(last_part[0] + 1, m + 1)
        if letters[j] == "G" and script_words(lines[content[j]], words[content[j]]) >= INSIDE_RESUME_WORDS
        and lines[content[j]].rstrip().endswith(SENTENCE_STOPS)
    ]
    if resumes:
        last_part = [x for x in last_part if x > resumes[-1]]
    return {
        j for j in _sections(doc, letters, last_part)
        if j <= m and (
            script_words(lines[content[j]], words[content[j]]) < NEAR_WORDS
            or not lines[content[j]].rstrip().endswith(SENTENCE_END)
        )
    }


def _islands(doc, letters: str, menu: list[int], markers: list[int], m: int) -> set[int]:
    """Positions of the lines of the islands below the article (after content position m): the
    stretches of lines between two chrome positions (`menu` lines, in order, and the chrome
    labels below the article, `markers`) of at most
    ISLAND_LINES lines and ISLAND_WORDS words with one or two lines of prose (ISLAND_PROSE) in
    them, but for comments (see ISLAND_CONTEXT; a stretch right above a reply button is a post). The first stretch below the article is never
    one: the article's last lines (a sign-off, a photo credit, a postscript) often come after a
    row of share buttons."""
    content, lines, words = doc.content, doc.lines, doc.words
    found: set[int] = set()
    # The stretches are the gaps between consecutive chrome positions below the article; the
    # lines right after the article, before the first of them, are the first stretch if any.
    bounds = sorted({*menu[bisect_right(menu, m):], *markers})
    if not bounds:
        return found
    # A stretch right above a reply button is a post of the thread (a forum's last answer
    # between its post number and its "Reply" / "Quote" buttons), which the comment rules judge.
    replies = set(scan(doc).get("reply-button", ()))
    first_seen = bounds[0] > m + 1
    for above, below in zip(bounds, bounds[1:]):
        start = above + 1
        if below == start:
            continue
        if not first_seen:
            first_seen = True
            continue
        if letters[above - 1] == "G" and letters[above] in _SHORT_LETTERS:
            # A heading right under a paragraph over its own paragraph: the article's next
            # section ("Anfahrt" / ... / "Barrierefreiheit" / "Alle Gebäude sind barrierefrei
            # zugänglich."), which the run left out for a list's cost above it.
            continue
        if (
            below - start > ISLAND_LINES
            or not 0 < letters.count("G", start, below) <= ISLAND_PROSE
            or sum(map(script_words, map(lines.__getitem__, content[start:below]), map(words.__getitem__, content[start:below])))
            > ISLAND_WORDS
        ):
            continue
        if content[below] in replies:
            continue
        if not any(map(_comment_mark, map(lines.__getitem__, content[max(m + 1, start - ISLAND_CONTEXT):below]))):
            found.update(range(start, below))
    return found


_DIGIT = re.compile(r"\d").search
# A time of day as `patterns.COMMENT_TIME` ends with one ("4:11", "17.21 Uhr", "16 h 11", "5 pm"):
# a digit, then a separator and two digits, an "h" and a digit, or "am"/"pm". Every line that
# pattern matches holds one (the same module's classes, so the same digits and spaces), and a
# search for it is cheap where a failing match of the whole pattern is not.
_CLOCK = regex.compile(r"\d\s*(?:[:.]\d\d|h\s*\d|[ap]m)", regex.IGNORECASE).search


def _between_paragraphs(letters: str, repeated: set[int], menu: list[int], k: int, m: int,
                        headings: frozenset[int] = frozenset()) -> set[int]:
    """The repeated labels (see `_repeated`) less those with prose on both sides, no menu line
    between them and the article run and no other label between them and the prose on their
    far side: the article's own subheading ("Termine" over a club's list of dates, with a
    paragraph after the list), which the run left out for the list's cost and which the site's
    menu happens to print too. (A box's title over its button and a pitch stays a label.) The
    article's next subheadings right above their paragraphs (`headings`, positions of hard lines
    that are no chrome label) may stand between ("Results" / the results / "Summer training" /
    a paragraph)."""
    # (The prose, the hard labels and the menu lines by position, searched by bisection: a
    # dump of many pages repeats many labels, far from the next prose.)
    positions = range(len(letters))
    goods = list(compress(positions, map("G".__eq__, letters)))
    hards = [j for j in compress(positions, map(_HARD_LETTERS.__contains__, letters)) if j not in headings]

    def none_between(found: list[int], low: int, high: int) -> bool:
        x = bisect_right(found, low)
        return x == len(found) or found[x] >= high

    found = set()
    for j in repeated:
        if j > m:
            g = bisect_right(goods, j)
            far = goods[g] if g < len(goods) else -1
            inside = far != -1 and none_between(hards, j, far) and none_between(menu, m, far)
        else:
            g = bisect_left(goods, j) - 1
            far = goods[g] if g >= 0 else -1
            inside = far != -1 and none_between(hards, far, j) and none_between(menu, far, k)
        if not inside:
            found.add(j)
    return found


def _subheadings(doc, letters: str, repeated: set[int]) -> frozenset[int]:
    """Content positions of the hard lines that stand alone in their block right above a line of
    prose and are no chrome label nor a repeated label: the article's subheadings (see
    `_between_paragraphs`)."""
    content, words = doc.content, doc.words
    around = [0, *words, 0]
    hits = scan(doc)
    labels = {i for name in END_MARKERS for i in hits.get(name, ())}
    return frozenset(
        j for j in map(_match_start, _HEADING_OVER_PROSE(letters))
        if j not in repeated and not around[content[j]] and not around[content[j] + 2] and content[j] not in labels
    )


_HEADING_OVER_PROSE = re.compile("h(?=G)").finditer
_match_start = re.Match.start


def _comment_mark(line: str) -> bool:
    """Whether a line is a comment's time stamp or byline (see ISLAND_CONTEXT). A time stamp
    holds a digit and a time of day and a byline a colon: most lines have neither and skip the
    patterns."""
    return (
        (_DIGIT(line) is not None and _CLOCK(line) is not None and COMMENT_TIME.match(line) is not None)
        or (":" in line and COMMENTER_SAYS.match(line) is not None)
    )


def _bottom(config, edges: set[int], markers: list[int], m: int, n: int) -> int:
    """With ``Config.page_edges``, the content position of the article's lower edge: the
    nearest long menu or chrome label ("Related", "Comments", "Share", "Tags", a copyright
    line) below it. Without it, the end of the text (n content lines)."""
    if not config.page_edges:
        return n
    return min([j for j in edges if j > m] + markers[:1], default=n)


def _legal_below(doc, m: int) -> int:
    """How many short lines below the article (after content position m) hold a legal link or
    a rights statement (`patterns.PAGE_FOOTER_NEEDLES`: "Mentions légales · CGU", "© 2024 ...
    Tots els drets reservats"): a site's footer."""
    content = doc.content
    if m + 1 >= len(content):
        return 0
    first = content[m + 1]
    found = doc.lines_with(*PAGE_FOOTER_NEEDLES, lower=True, max_words=FOOTER_WORDS)
    words = doc.words
    return sum(1 for i in found[bisect_left(found, first):] if words[i] <= FOOTER_WORDS)


def _above_headline(doc, menu: list[int], k: int) -> list[int]:
    """The menu lines but those between the page's headline (the last line above the article,
    content position k, whose key the title line names) and the article."""
    content, keys, lines = doc.content, doc.keys, doc.lines
    titles = headline_keys(doc)
    if not titles:
        return menu
    # (Not the title line itself, the text's first line.)
    for j in range(k - 1, 0, -1):
        i = content[j]
        key = keys[i] if keys[i] is not None else label_key(lines[i])
        if key in titles:
            return [x for x in menu if x < j or x >= k]
    return menu


def _full_page(doc, menu: list[int], k: int, m: int) -> bool | str:
    """Whether the text is a full page: menu lines above and below the article, PAGE_MENU_LINES
    of them; or a menu of FOOTED_MENU_LINES above it and a footer of legal links below it (a
    small site's page: a short menu, the article, "Mentions légales" / "Avís legal")."""
    if not menu or menu[0] >= k:
        return False
    if len(menu) >= PAGE_MENU_LINES and menu[-1] > m:
        return True
    above = bisect_left(menu, k)
    return FOOTED if above >= FOOTED_MENU_LINES and _legal_below(doc, m) >= FOOTER_LEGAL_LINES else False


@rule("boilerplate")
def boilerplate(doc, config):
    """Menus, section lists, teasers and footers around the article of a full-page dump.

    Avoids: the article's own short lines: subheadings, one-line paragraphs, list items
    and table rows inside the article run are never touched, and a headline that opens its
    block right above the article stays (``block-heading-guard``).

    >>> from cleaner import explain
    >>> para = "The line stays closed until Monday because the rain washed away part of the track. " * 3
    >>> menu = "Sport\\nWeather\\nCulture\\nPodcasts\\nBooks\\nTravel\\nFood\\nScience"
    >>> result = explain(menu + "\\n\\n" + para + "\\n\\n" + para + "\\n\\n" + menu)
    >>> [(d.rule, d.text) for d in result.decisions][:2]
    [('boilerplate', 'Sport'), ('boilerplate', 'Weather')]
    """
    if not config.classify:
        return
    letters, span = article_layout(doc)
    if span is None:
        return
    k, m = span
    menu, edges = _menus(doc, letters, k, m)
    full = _full_page(doc, menu, k, m)
    if full == FOOTED:
        # A small site's page: its menu is above the headline. Short lines between the
        # headline and the first paragraph (a section's name, a subheading, the writer's name)
        # are the article's head, which a big site's menus do not reach.
        menu = _above_headline(doc, menu, k)
    if not full:
        # Not a full page: a table, a sign-off, a contact list after an article stay; only
        # the sections of chrome labels below the article go (with ``Config.page_edges``,
        # all that follows the first such label).
        content = doc.content
        markers = _markers_below(doc, m, SECTION_MARKERS)
        sections = _sections(doc, letters, markers)
        if config.page_edges and markers:
            sections.update(range(markers[0] + 1, len(content)))
        inside = _sections_inside(doc, letters, k, m)
        for j in sorted(sections.union(inside)):
            yield content[j], (_AT_END if j in inside else _IN_SECTION)[letters[j]]
        return
    in_menu_block = _menu_blocks(doc, letters, menu, k, m)
    repeated = _repeated(doc, letters, k, m)
    content, lines, words = doc.content, doc.lines, doc.words
    markers = _markers_below(doc, m)
    sections = _sections(doc, letters, markers, SECTION_SENTENCE_WORDS)
    inside = _sections_inside(doc, letters, k, m)
    islands = _islands(doc, letters, menu, markers, m)
    bottom = _bottom(config, edges, markers, m, len(content))
    if repeated:
        repeated = _between_paragraphs(letters, repeated, menu, k, m, _subheadings(doc, letters, repeated))
    menu = set(menu)
    # Below the lower edge (with ``Config.page_edges``) every line is a candidate.
    todo = menu.union(in_menu_block, repeated, sections, inside, islands, range(bottom + 1, len(content)))
    for j in sorted(todo):
        i = content[j]
        letter = letters[j]
        if j in menu:
            yield i, (_IN_RUN_BEFORE if j < k else _IN_RUN_AFTER)[letter]
            continue
        # (A repeated label or one in a menu block goes unless it ends like a sentence; the
        # test is made for those alone.)
        if (j in repeated or j in in_menu_block) and not lines[i].rstrip().endswith(SENTENCE_END):
            yield i, "short line repeated around the article" if j in repeated else "short line inside a block of menu labels"
        elif j in inside:
            yield i, _AT_END[letter]
        elif j in sections:
            if words[i] >= NEAR_WORDS and lines[i].rstrip().endswith(SENTENCE_STOPS):
                yield i, _SHORT_SENTENCE
            else:
                yield i, _IN_SECTION[letter]
        elif j in islands:
            yield i, _ISLAND[letter]
        elif j > bottom:
            yield i, _BELOW[letter]


# Evidence of the removals, by line letter and whether the line is before the article.
_CLASS = {"G": GOOD, "n": NEAR, "s": SHORT, "h": SHORT, "b": BAD, "B": BAD}
_IN_RUN_BEFORE = {letter: f"{cls} line before the article, in a run of short lines" for letter, cls in _CLASS.items()}
_IN_RUN_AFTER = {letter: f"{cls} line after the article, in a run of short lines" for letter, cls in _CLASS.items()}
_BELOW = {letter: f"{cls} line below the chrome after the article" for letter, cls in _CLASS.items()}
_IN_SECTION = {letter: f"{cls} line below a chrome label after the article" for letter, cls in _CLASS.items()}
_SHORT_SENTENCE = f"sentence of fewer than {SECTION_SENTENCE_WORDS} words below a chrome label after the article"
_ISLAND = {letter: f"{cls} line of a short stretch between menus below the article" for letter, cls in _CLASS.items()}
_AT_END = {letter: f"{cls} line below a related-list label at the article's end" for letter, cls in _CLASS.items()}
