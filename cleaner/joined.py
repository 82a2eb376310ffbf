"""Dumps that put every piece of text on a line of its own.

A scraper that writes each text node of a page on its own line (BeautifulSoup's
``get_text("\\n", strip=True)`` is the common one) splits a sentence wherever a link or an
emphasis starts or ends, and leaves no blank line between paragraphs::

    Da der
    Darm
    und die Psyche eng verbunden sind, lohnt sich ein Blick auf die
    Ernährung
    .

Read line by line, "Da der" and "Darm" are short lines in a run of short lines: a menu. The
rules read such a dump with the pieces of each sentence joined into one line instead
(`groups`), and their decisions are applied to the input's lines, all the lines of a piece
alike: the output keeps the input's lines.

A line continues the one above it when the line above does not end a sentence and

- the line starts with a mark that never opens one (``,`` ``.`` ``;`` ``)`` …), or the line
  above ends with one after which a sentence goes on (``,`` ``–`` ``(`` ``„`` …);
- the line above has a few words and ends with a short word in lower case, a function word
  ("sagen Forscher der" over "Universität Bonn");
- or the line starts in lower case, and it or one of the lines it would join has a few words:
  "news" under "home", a menu written in lower case, stays two lines.

No stoplist is asked: the same lines are joined whatever the language. A capital after a line
that ends otherwise ("Da der" / "Darm", "Forscher der Universität" / "Bonn") starts a line of
its own: it is as often a menu's next item.

Such a dump has no blocks either, and the rules read blocks: a line of a few words (a
paragraph, a headline) stands in a block of its own, and shorter lines in a row (a menu's
items) make one block together (`join`).

Only a text with few blank lines (MAX_BLANK_SHARE) is read so: a dump with blank lines between
its paragraphs has its blocks already, and a line break inside them is the page's own (a poem,
an address). A text is judged so as it would be printed, blank runs collapsed and its ends
trimmed; the engine asks again once the rules are done with a text read line by line, since
chrome can take blank lines with it (`cleaner.engine._run`).
"""

from __future__ import annotations

# Marks that end a sentence, or a line that introduces what follows ("Zutaten:").
SENTENCE_END = (".", "!", "?", "…", ":", "。", "！", "？", "؟", "।")
# Marks after which a sentence goes on: a line that ends with one is carried on by the next.
OPEN_ENDS = frozenset(",–—-(„“‘«/&+")
# Letters of a word in lower case that ends a line of PIECE_WORDS words or more and is carried
# on by the next line, whatever its case: the function words ("der", "the", "de", "of", "und",
# "och", "na") that a sentence goes on after ("sagen Forscher der" / "Universität Bonn"). Not
# after two words: a menu's "Sign in", "Über uns" and "Sign up" end so.
FUNCTION_WORD = 3
# Marks that close or continue a sentence and never start one.
CONTINUATION_MARKS = frozenset(",.;:!?)]}”’»%、，。；：！？")
# Empty lines a text may have, at most, as a share of its lines, to be read so. A scraper that
# writes text nodes leaves a few (a text node with a blank line inside, a <pre>); a dump with
# blank lines between paragraphs has one in six lines or more, one in four as a rule.
MAX_BLANK_SHARE = 0.04
# Words a line has when it is a piece of prose rather than a menu label. Menu labels are one
# or two words ("Über uns", "Kontakt"); pieces of split sentences are often longer.
PIECE_WORDS = 3


def _continues(above: str, longest: int, line: str, words: int) -> bool:
    """Whether `line` (stripped, not empty, of `words` words) carries on the sentence of `above`
    (stripped, not empty), the last line of a run whose longest line has `longest` words."""
    if above.endswith(SENTENCE_END):
        return False
    if line[0] in CONTINUATION_MARKS or above[-1] in OPEN_ENDS:
        return True
    above_words = above.split()
    last = above_words[-1]
    if len(above_words) >= PIECE_WORDS and len(last) <= FUNCTION_WORD and last.isalpha() and last.islower():
        return True
    # A word in lower case, "qu'il" and "e-mail" too, not "dpa/Jan Woitas …" under a "Teilen"
    # button (a credit in lower case); and the run's longest line, not its words: a menu in
    # lower case whose "about us" is read with the "home" below it goes on as lines.
    first = line.split(None, 1)[0].rstrip(",;:.!?").translate(_WORD_JOINERS)
    return first.isalpha() and first.islower() and (longest >= PIECE_WORDS or words >= PIECE_WORDS)


_WORD_JOINERS = str.maketrans("", "", "'’-")


def groups(lines: list[str]) -> list[tuple[int, int]] | None:
    """The runs of `lines` that make one line each for the rules, as ``(first, end)`` index
    pairs covering every line in order; None for a text of one line or with more than
    MAX_BLANK_SHARE of its lines blank (a run of blank lines counted once, none at the ends).
    A blank line is a run of its own.

    >>> menu = ["Home", "news", "sport"] * 10
    >>> groups(menu + ["Da der", "Darm", "und die Psyche eng verbunden sind, sagen", "Forscher",
    ...                "der Universität Bonn", "in einer", "neuen Studie.", "Kontakt"])[30:]
    [(30, 31), (31, 33), (33, 37), (37, 38)]
    >>> groups(menu)[:3], groups(["Home", "", "news"]) is None
    ([(0, 1), (1, 2), (2, 3)], True)
    """
    if len(lines) < 2 or not _few_blank_runs(lines):
        return None
    stripped = [line.strip() for line in lines]
    spans = []
    first = 0
    longest = len(stripped[0].split())
    for i in range(1, len(lines)):
        words = len(stripped[i].split())
        if stripped[i - 1] and stripped[i] and _continues(stripped[i - 1], longest, stripped[i], words):
            longest = max(longest, words)
        else:
            spans.append((first, i))
            first = i
            longest = words
    spans.append((first, len(lines)))
    return spans


def _few_blank_runs(lines: list[str]) -> bool:
    """Whether at most MAX_BLANK_SHARE of the lines are blank, counted as the output has them:
    a run of blank lines once, none at the ends (so a text reads as its cleaned output does,
    whose runs are collapsed and ends trimmed). A dump with blank lines between its paragraphs
    is told in its first lines: the count stops once it is past the share of all the lines."""
    limit = MAX_BLANK_SHARE * len(lines)
    runs = blanks = 0
    seen = in_run = False  # a line with text above; the line above is blank
    for line in lines:
        if not line or line.isspace():
            blanks += 1
            if seen and not in_run:
                runs += 1
                if runs - 1 > limit:  # too many, even if the last is the run at the end
                    return False
            in_run = True
        else:
            seen, in_run = True, False
    if in_run and seen:
        runs -= 1  # the run at the end
    return runs <= MAX_BLANK_SHARE * (len(lines) - blanks + runs)


def join(lines: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[list[tuple[int, int, int, int]]]]:
    """The rules' reading of `lines`: the lines of each span joined into one, and a blank line
    between two lines when one of them has PIECE_WORDS words or more. Such a dump has no
    blocks, and the rules read blocks: a paragraph or a headline is a block of its own in a dump
    with blank lines, and a menu's items, shorter, a block together. (Without the blank lines,
    a headline right under a menu reads as the menu's last item.)

    Returns the lines and, for each, where its input lines are in it (none for a blank line
    added between two blocks):
    per input line, ``(index, column, lead, length)``: the column in the joined line where the
    line's text after its `lead` leading spaces starts, and the length it has there. Pieces are
    joined by a space, or by nothing before a mark that continues a sentence ("Ernährung" +
    "." -> "Ernährung.").

    >>> join(["Home", "News", "  Da der", "Darm", ", sagt sie."], [(0, 1), (1, 2), (2, 5)])
    (['Home', 'News', '', '  Da der Darm, sagt sie.'], [[(0, 0, 0, 4)], [(1, 0, 0, 4)], [], [(2, 2, 2, 6), (3, 9, 0, 4), (4, 13, 0, 11)]])
    """
    joined: list[str] = []
    places: list[list[tuple[int, int, int, int]]] = []
    short_above = True
    for first, end in spans:
        text = lines[first].rstrip()
        if not text:  # a blank line: a block's end already
            joined.append(text)
            places.append([(first, 0, 0, 0)])
            short_above = True
            continue
        lead = len(lines[first]) - len(lines[first].lstrip())
        where = [(first, lead, lead, len(text) - lead)]
        for i in range(first + 1, end):
            piece = lines[i].strip()
            if piece[0] not in CONTINUATION_MARKS:
                text += " "
            where.append((i, len(text), len(lines[i]) - len(lines[i].lstrip()), len(piece)))
            text += piece
        short = len(text.split()) < PIECE_WORDS
        if joined and joined[-1] and not (short and short_above):
            joined.append("")
            places.append([])
        joined.append(text)
        places.append(where)
        short_above = short
    return joined, places


def split_cut(where: list[tuple[int, int, int, int]], cut: int) -> tuple[int, int]:
    """For a cut at column `cut` of a joined line, the position in `where` of the input line it
    falls in and the column to cut that line at (the lines after it go whole). A cut at or
    before a piece's first character takes the whole line: column 0. A cut in the space
    after a piece cuts at the start of the next one; past the last piece, the position is
    ``len(where)``: nothing to cut.

    >>> where = [(0, 2, 2, 6), (1, 9, 0, 4), (2, 13, 0, 11)]
    >>> split_cut(where, 11), split_cut(where, 8), split_cut(where, 0), split_cut(where, 24)
    ((1, 2), (1, 0), (0, 0), (3, 0))
    """
    for k, (_, at, lead, length) in enumerate(where):
        if cut <= at:
            return k, 0
        if cut < at + length:
            return k, lead + cut - at
    return len(where), 0
