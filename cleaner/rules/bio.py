"""author-bio: "About the author" boxes and writer bios."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, filterfalse, repeat

import regex

from .. import patterns as p
from .base import rule
from .common import per_line
from .labels import AUTHOR, scan

# A bio is a short paragraph; a longer block after an "About ..." header is article text.
_MAX_BIO_WORDS = 150
# A third-person bio's first sentence does not report speech ("..., her sister said."): only
# this many characters are searched for a reporting verb (a bio's later sentences may quote).
_REPORTED_SPEECH_CHARS = 200
# The writer's name may stand on a line of its own between the header and the bio.
_NAME_WORDS = 4
# Header-less third-person bios ("Jane Doe is a reporter at ...") count only near the end, where
# author boxes sit; in the body the same sentence is news.
_BIO_TAIL = 0.6
# Substrings that a bio's opening words contain ("Hi, I'm", "Jane Doe is a reporter"); the
# bio patterns only run on blocks whose start holds one.
_BIO_HINTS = (
    "i'm", "i am", "my name", " is ", " was ", " has been", "ich bin", " ist ", " war ", "je suis", " est ", "soy", " es ",
    " writes ", " covers ", " schreibt ", " beschäftigt ", " leitet ", " lehrt ",
)
_BIO_HINT_CHARS = 80
# The author headers that name the writer ("About the author", "Über die Autorin", "O autorze").
_AUTHOR_WORD = re.compile(r"autor|author|auteur|writer|schrijver|reporter")
# The hints as one search (any of the substrings), those that open with a space grouped after
# one: the regex engine then tries the group once at each space, not each of them (~30% faster).
_HINT = re.compile(
    " (?:" + "|".join(re.escape(h[1:]) for h in _BIO_HINTS if h.startswith(" ")) + ")|"
    + "|".join(re.escape(h) for h in _BIO_HINTS if not h.startswith(" "))
).search


def _bio_evidence(text: str) -> str | None:
    if p.FIRST_PERSON_BIO.match(text) and p.WRITER_WORDS.search(text):
        return "first-person writer bio"
    if (p.third_person_bio_may_match(text) and p.THIRD_PERSON_BIO.match(text)
            and not p.REPORTED_SPEECH.search(text, 0, _REPORTED_SPEECH_CHARS)):
        return "third-person writer bio"
    return None


# A byline is a short line: "By Jane Doe", "12.03.2021, 11:30 Uhr von Max Muster".
_BYLINE_WORDS = 14
# A name line (the writer's name alone, under "By" or above an author box) has two to four words.
_NAME_LINE_WORDS = (2, 4)
# How many content lines above a bio its name line may stand ("Jane Doe" / "+ Follow" / the bio),
# and above an author header (the box: "Jane Doe" / "Senior Editor" / "About the author" / bio).
_NAME_ABOVE = 3
# The role line under the writer's name is short: "Redakteur in der Wirtschaft.", "Senior Editor".
_ROLE_WORDS = 12
# A writer's credit: "Jane Doe", "Jane Doe, Daily Planet".
_CREDIT_WORDS = 8
# A line of this many words that names the person outside the bio is the article's: the article
# is about them ("Jane Roe is a nurse in Ohio." in a portrait that quotes "Roe" later on) ...
_MENTION_WORDS = 12
# ... searched this many lines around the bio (a page's article is shorter; the bound keeps the
# search linear in a text made of many pages).
_MENTION_LINES = 600


# What every byline of `patterns.BYLINE_NAMES` holds: its word ("by", "von", "Autorin:") and the
# capital of the first name.
_BYLINE_NAME_START = regex.compile(
    r"(?i:by|von|par|por|door|przez|di|autor(?:in|ka|e)?\s*:|autrice\s*:|author\s*:|auteure?\s*:)\s+\p{Lu}"
).search


def _writer_names(doc) -> dict[tuple[str, ...], int]:
    """The people the page's bylines name as its writers, by the words of their names ("By Jane
    Doe", "Von Max Muster und Erika Beispiel", "12.03.2021 von Max Muster", "By" / "Jane Doe"),
    with the line of the first byline. Computed once per document."""
    names = doc.memo.get("writer-names")
    if names is None:
        names = {}
        lines, words = doc.lines, doc.words
        # The names a line's bylines hold depend on the line alone: known from an earlier pass.
        # (Most lines hold no byline word followed by a capital: a cheaper search first.)
        named = per_line(doc, "byline-names", lambda i: [
            tuple(n.group().split()) for m in p.BYLINE_NAMES.finditer(lines[i]) for n in p.PERSON.finditer(m["names"])
        ] if _BYLINE_NAME_START(lines[i]) else [])
        for i in doc.lines_with(*p.BYLINE_NEEDLES, lower=True, max_words=20):
            if words[i] <= _BYLINE_WORDS:
                for name in named(i):
                    names.setdefault(name, i)
        # "By" / "Jane Doe": the name on the line below a byline's lead.
        for i in scan(doc).get("byline-lead", ()):
            j = doc.next_content(i)
            if j is not None and _is_name_line(doc, j):
                names.setdefault(tuple(lines[j].split()), i)
        doc.memo["writer-names"] = names
    return names  # type: ignore[return-value]


def _is_name_line(doc, i: int) -> bool:
    """Whether line `i` is a person's name alone: "Jane Doe" (not "Die Regierung")."""
    low, high = _NAME_LINE_WORDS
    line = doc.lines[i]
    return (low <= doc.words[i] <= high and p.NAME_LINE.match(line) is not None
            and line.split(None, 1)[0].lower() not in p.NOT_NAME_WORDS)


def _first_names(doc) -> dict[str, tuple[str, ...]]:
    """The writers' full names by their first names ("Jane has worked as ..."): the first byline
    that names each."""
    found = doc.memo.get("writer-first-names")
    if found is None:
        found = doc.memo["writer-first-names"] = {name[0]: name for name in reversed(list(_writer_names(doc)))}
    return found  # type: ignore[return-value]


def _name_above(doc, i: int, opening: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name standing alone a few lines above line `i` whose first words are `opening`
    ("Jane Doe" above "Jane Doe is ..." or "Jane has ..."), or None."""
    lines, n = doc.lines, len(opening)
    for _ in range(_NAME_ABOVE):
        i = doc.prev_content(i)
        if i is None:
            return None
        if _is_name_line(doc, i):
            name = tuple(lines[i].split())
            if name[:n] == opening:
                return name
    return None


def _full_name_above(doc, i: int, name: str) -> bool:
    """Whether a short line a few lines above line `i` holds the full `name`."""
    lines, words = doc.lines, doc.words
    for _ in range(_NAME_ABOVE):
        i = doc.prev_content(i)
        if i is None or words[i] > _BYLINE_WORDS:
            return False
        if name in lines[i]:
            return True
    return False


def _name_line_evidence(doc, first: int, name: tuple[str, ...]) -> bool:
    """Whether the page prints `name` on a short line other than the one right above line
    `first` and the bio, and not in its first line (the page's title)."""
    lines, words = doc.lines, doc.words
    top = doc.first_content()
    if top is None or name[-1] in lines[top]:
        return False
    text = " ".join(name)
    above = doc.prev_content(first)
    return any(
        i not in (first, above) and words[i] <= _BYLINE_WORDS
        for i in doc.lines_with(text, vocabulary=False)
    )


def _mentioned(doc, name: tuple[str, ...], skip: range, opening: str) -> bool:
    """Whether a paragraph outside the lines `skip` names the person (by the last word of their
    name, or by the bio's first word when it opens with the first name): then the article is
    about them. Lines that open like the bio (the same box printed twice) do not count."""
    lines, words = doc.lines, doc.words
    targets = {name[-1], opening.split()[-1]}
    found = [regex.compile(rf"(?<!\w){regex.escape(word)}(?!\w)").search for word in targets]
    for i in range(max(0, skip.start - _MENTION_LINES), min(len(lines), skip.stop + _MENTION_LINES)):
        if words[i] < _MENTION_WORDS or i in skip:
            continue
        line = lines[i]
        if any(word in line for word in targets) and not line.lstrip().startswith(opening) and any(f(line) for f in found):
            return True
    return False


def _bio_opening(line: str) -> regex.Match | None:
    """The bio opening of `line` (`patterns.BIO_OPENING`) when it goes on with what the person
    is or does (see `patterns.BIO_PREDICATE`): "Jane Doe is ...", "Jane has worked as ...",
    "Max Muster lehrt ..."; else None."""
    m = p.BIO_OPENING.match(line)
    return m if m is not None and p.BIO_PREDICATE.match(line, m.start("verb")) is not None else None


def _bio_opening_of(doc, i: int) -> regex.Match | None:
    """`_bio_opening` of line `i`, which depends on the line alone: known from an earlier pass."""
    lines = doc.lines
    return per_line(doc, "bio-opening", lambda k: _bio_opening(lines[k]))(i)


def _opening_words(line: str, m: regex.Match) -> str:
    """The bio's opening words, up to the end of the name: "Dr. Max Muster"."""
    return line[:m.end("name")].lstrip()


def _bio_person(doc, first: int, names, m: regex.Match) -> tuple[tuple[str, ...], str, str] | None:
    """The writer that the bio opening `m` of line `first` names, how the page names them
    ("byline" or "name line") and the bio's opening words; None when the line opens no bio of a
    writer."""
    opening = tuple(m["name"].split())
    opening_text = _opening_words(doc.lines[first], m)
    if opening in names:
        return opening, "byline", opening_text
    if len(opening) == 1 and opening[0] in _first_names(doc):
        # "Jane has worked as ...": the full name stands right above ("Jane Doe", "About Jane
        # Doe"); a Jane further down the story is someone else.
        name = _first_names(doc)[opening[0]]
        if _full_name_above(doc, first, " ".join(name)):
            return name, "byline", opening_text
    above = _name_above(doc, first, opening)
    if above is not None:
        return above, "name line", opening_text
    return None


def _lines_opening_with(doc, needles: dict[str, int]) -> dict[int, str]:
    """The lines that open with one of `needles` within `_MENTION_LINES` lines of the line each
    needle maps to (a writer's name and their byline), with the needle: searched at memory
    speed, in a bounded window (a text made of many pages has many bylines)."""
    found: dict[int, str] = {}
    if not needles:
        return found
    lines = doc.lines
    last = len(lines) - 1
    if last <= 2 * _MENTION_LINES:
        # The window is the whole text: one search per needle, no table of line offsets.
        for i in doc.lines_with(*needles, vocabulary=False):
            line = lines[i].lstrip()
            for needle in needles:
                if line.startswith(needle):
                    found[i] = needle
        return found
    text, starts = doc.text, doc.starts
    for needle, k in needles.items():
        lo = starts[max(0, k - _MENTION_LINES)]
        end = min(last, k + _MENTION_LINES)
        hi = starts[end] + len(lines[end])
        pos = text.find(needle, lo, hi)
        while pos != -1:
            i = bisect_right(starts, pos) - 1
            if lines[i].lstrip().startswith(needle):
                found[i] = needle
            if i >= end:
                break
            pos = text.find(needle, starts[i + 1], hi)
    return found


def _block_edges(doc) -> tuple[list[int], list[int]]:
    """The first line of each block but the text's first, and the last line of the block above
    it, in order (from `Document.block_bounds`, which the block classifier reads too)."""
    firsts, lasts = doc.block_bounds
    return firsts[1:], lasts[:-1]


def _named_bios(doc, claimed: set[int], edges: tuple[list[int], list[int]]):
    """Bios that name the page's writer: "Jane Doe is a personal finance expert who has covered
    ... He is a former ...", below or above the story, where "By Jane Doe" heads it or "Jane
    Doe" stands alone above it. `edges` are the blocks' first and last lines (`_block_edges`)."""
    lines, words = doc.lines, doc.words
    names = _writer_names(doc)
    # The candidates: paragraphs that open with a writer's first name near their byline ...
    openings = [i for i in _lines_opening_with(doc, {name[0]: k for name, k in names.items()}) if i == 0 or not words[i - 1]]
    # ... or with the first word of the short line right above (the name line), the last of
    # the block above. The short ones are picked at C level; their first two characters are
    # compared first: most differ.
    high = _NAME_LINE_WORDS[1]
    firsts, lasts = edges
    below_names = [
        first for first, above in compress(zip(firsts, lasts), map(high.__ge__, map(words.__getitem__, lasts)))
        if lines[first][:2] == lines[above][:2] and lines[first].startswith(lines[above].split(None, 1)[0])
    ]
    under_names: dict[tuple[str, ...], list[int]] = {}
    for first in sorted({*openings, *below_names}):
        text = lines[first]
        # What the person is or does ("is", "has worked", "lehrt") ...
        if first in claimed or words[first] > _MAX_BIO_WORDS:
            continue
        m = _bio_opening_of(doc, first)
        found = _bio_person(doc, first, names, m) if m is not None else None
        if found is None:
            continue
        person, how, opening = found
        # ... and then a sentence about them ("He is a former ...") or their writing ("editor").
        pronoun = p.BIO_PRONOUN.search(text) is not None
        if not (pronoun or p.WRITER_WORDS.search(text)):
            continue
        # A name line is weaker evidence than a byline: the bio goes on about the person, whose
        # name the page prints elsewhere too (a byline "durch Jane Doe", the box printed twice)
        # but not in its title (a profile page: "Jane Doe - City Council" / "Jane Doe" / "Jane
        # Doe is a councillor ... She ...").
        if how != "byline" and not (pronoun and _name_line_evidence(doc, first, person)):
            continue
        if p.REPORTED_SPEECH.search(text, 0, _REPORTED_SPEECH_CHARS) or _mentioned(doc, person, range(first, first + 1), opening):
            continue
        if _between_paragraphs(doc, first) or _THIS_TEXT.search(text):
            continue
        if how == "byline":
            yield first, "bio of the page's writer, named in its byline"
        else:
            under_names.setdefault(person, []).append(first)
    # Two people or more, each under their name: a list of people (a team, the candidates of an
    # election), which is the article.
    if len(under_names) == 1:
        for first in next(iter(under_names.values())):
            yield first, "bio under the writer's name"


# A paragraph of the article has at least this many words and ends like a sentence.
_PARAGRAPH_WORDS = 12
# A paragraph about the writer that speaks of the text itself introduces it (the standfirst of a
# first-person essay: "Mara Lind is a writer ... This is her story of the flood.") or is its
# note ("He wrote this essay after ..."), which is the article's.
_THIS_TEXT = regex.compile(
    r"""\b(?:this\s+is\s+(?:her|his|their)\s+story|this\s+(?:essay|story|article|piece)
    |(?:dies|das)\s+ist\s+(?:ihre|seine)\s+geschichte|diese[nrs]?\s+(?:text|essay|beitrag|geschichte)
    |voici\s+son\s+histoire|c'est\s+son\s+histoire|cette\s+histoire|ce\s+texte
    |esta\s+es\s+su\s+historia|esta\s+historia|este\s+texto)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


def _paragraph(doc, i: int | None) -> bool:
    return i is not None and doc.words[i] >= _PARAGRAPH_WORDS and doc.lines[i].rstrip().endswith(p.SENTENCE_END)


def _between_paragraphs(doc, first: int) -> bool:
    """Whether the block at line `first` stands between two paragraphs: the article goes on
    below it ("Jane Doe is a writer, and this is the story of how she lost her job ..." in
    Jane Doe's own essay). A bio closes the story or sits beside it."""
    return _paragraph(doc, doc.prev_content(first)) and _paragraph(doc, doc.next_content(doc.block_end(first)))


def _opens_with_writer(doc, j: int, block: range) -> bool:
    """Whether line `j` under an author header opens a bio of a writer of the page ("Jane Doe is
    ...", "Jane has worked as ...", where a byline or the box names Jane Doe) whom the
    article, outside the lines `block`, does not name."""
    line = doc.lines[j]
    m = _bio_opening_of(doc, j)
    if m is None:
        return False
    found = _bio_person(doc, j, _writer_names(doc), m)
    if found is not None:
        person, _, opening = found
    else:
        # The box's name line may stand above the header: "Jane Doe" / "Python Engineer" /
        # "About the author" / "Jane has worked ...".
        header = doc.prev_content(j)
        person = _name_above(doc, header, tuple(m["name"].split())[:1]) if header is not None else None
        if person is None:
            return False
        opening = _opening_words(line, m)
    return not _mentioned(doc, person, block, opening)


def _role_lines(doc):
    """The writer's name and role in an author box: "Jane Doe" / "Senior Editor", where a byline
    names Jane Doe ("Von Max Muster" ... "Max Muster" / "Redakteur in der Wirtschaft."), or the
    name and a bio that goes on from it ("Max Muster" / "leitet die Redaktion von ...")."""
    names = _writer_names(doc)
    lines, words = doc.lines, doc.words
    for i, name in _lines_opening_with(doc, {" ".join(name): k for name, k in names.items() if len(name) >= 2}).items():
        if lines[i].strip() != name:
            continue
        j = doc.next_content(i)
        if j is None or j - i > 2:
            continue
        if p.REPORTED_SPEECH.search(lines[j], 0, _REPORTED_SPEECH_CHARS):
            continue  # "Tomas Wendler" / "Redakteur war er nie, sagt er."
        if words[j] <= _ROLE_WORDS and p.ROLE_LINE.match(lines[j]):
            yield i, "writer's name above their role"
            yield j, "writer's role under their name"
        elif words[j] <= _MAX_BIO_WORDS and p.NAME_CONTINUATION.match(lines[j]):
            yield i, "writer's name above their bio"
            yield j, "bio that goes on from the writer's name"
    # "Jane Doe, Daily Planet" printed twice (the byline above the story, the author box below
    # it) / "Senior Analyst": the role under the repeated credit.
    for j in doc.lines_with(*p.ROLE_NEEDLES, lower=True, max_words=_ROLE_WORDS):
        if words[j] > _ROLE_WORDS or not p.ROLE_LINE.match(lines[j]):
            continue
        i = doc.prev_content(j)
        if i is None or j - i > 2 or words[i] > _CREDIT_WORDS:
            continue
        credit = lines[i].strip()
        m = p.PERSON.match(credit)
        if (m is None or credit[m.end():m.end() + 1] != ","
                or credit.split(None, 1)[0].lower() in p.NOT_NAME_WORDS or lines.count(lines[i]) < 2):
            continue
        if not p.REPORTED_SPEECH.search(lines[j], 0, _REPORTED_SPEECH_CHARS):
            yield i, "writer's credit above their role"
            yield j, "writer's role under their credit"


def _site_voice(block: list[str]) -> str | None:
    """The site's about box, whose first line names it as a publication (see
    `patterns.PUBLICATION_BIO`): it speaks to the reader or as "we", and reports no one's words."""
    text = " ".join(block)
    if p.SITE_SELF.search(text) and not p.REPORTED_SPEECH.search(text):
        return "the site's description of itself"
    return None


@rule("author-bio", removes_prose=True)
def author_bio(doc, config):
    """Author boxes: "About News Team" / "Hi, I'm Alex Perez, an experienced writer ...",
    "About the author", "Über den Autor", "Jane Doe is a reporter at The Times covering ...",
    "Autor" / "Dr. Max Muster" / "ist Gründungspartner der Kanzlei ...", and the site's own
    about box at the end ("Example Road is the home of web novels! In our community, you ...").
    Without a header, anywhere in the text: the bio of a writer the byline names ("By Jane Doe"
    ... "Jane Doe is a finance writer who has covered banks for a decade. She ..."), or that
    stands under the writer's name line, and an author box's name and role ("Von Max Muster" ...
    "Max Muster" / "Redakteur in der Wirtschaft.").

    Allowed to remove prose, since bios are written in sentences.

    Avoids: an article quoting someone's self-introduction ("I'm Maria Lopez, I told the
    court ..."): a first-person bio must talk about writing, and a header-less bio must sit in
    the last part of the text or name the page's writer. A portrait ("Jane Roe is a nurse in
    Ohio. She ...") stays: its person is not the byline's, or the article names them again
    ("..., Roe said"), and several people each under their name are a list the article makes.
    "Meduza is an independent news outlet based in Riga." stays: a site's about box speaks as
    "we" or to "you" and reports no one's words.

    >>> from cleaner import clean
    >>> clean("Talks end.\\n\\nAbout News Team\\n\\nHi, I'm Alex Perez, an experienced writer.")
    'Talks end.'
    """
    lines, keys = doc.lines, doc.keys
    hits = scan(doc)
    headers = sorted({*hits.get("author-header", ()), *hits.get("about", ())})
    claimed = -1
    for h in headers:
        if h <= claimed:
            continue
        key = keys[h]
        if key is None or not (key in AUTHOR or p.ABOUT_NAME.match(lines[h])):
            continue
        j = doc.next_content(h)
        if j is None:
            if key in AUTHOR:
                yield h, "author box header at the end of the text"
            continue
        name = None
        if doc.block_end(j) == j and doc.words[j] <= _NAME_WORDS and key in AUTHOR and p.NAME_LINE.match(lines[j]):
            # "Über den Autor" / "Markus Reuter" / the bio: the writer's name on a line of its own.
            name, j = j, doc.next_content(j)
            if j is None:
                continue
        end = doc.block_end(j)
        if end - j >= _MAX_BIO_WORDS:
            continue  # each line of a block holds a word: too many words for a bio
        n = sum(doc.words[j:end + 1])
        evidence = _bio_evidence(" ".join(lines[j:end + 1]).strip())
        if n <= _MAX_BIO_WORDS and (
            evidence
            or key in AUTHOR and p.WRITER_WORDS.search(lines[j])
            # "Autor" / "Dr. Max Muster" / "ist Gründungspartner der Kanzlei ...".
            or name is not None and p.NAME_CONTINUATION.match(lines[j])
            # "Über den Autor" / "Jane Doe" / the bio, whatever its first words ("Hat das
            # Sammel-Gen von ihrem Opa geerbt ..."); a bare "Autor" may label a byline.
            or name is not None and " " in key and _AUTHOR_WORD.search(key)
            # "About the author" / "Jane has worked as ...": the bio names a writer of the page.
            or key in AUTHOR and _opens_with_writer(doc, j, range(j, end + 1))
            # "Über Max Muster" / "Coach | Lehrer in Freiburg" where a byline names Max Muster.
            or key not in AUTHOR and tuple(lines[h].split()[1:]) in _writer_names(doc)
        ):
            yield h, f"author box header {lines[h].strip()!r}"
            if name is not None:
                yield name, "writer's name in the author box"
            for t in range(j, end + 1):
                yield t, evidence or "bio under an author header"
            claimed = end
    yield from _profile_widget(doc, headers)
    taken = set()
    for i, evidence in _role_lines(doc):
        taken.add(i)
        yield i, evidence
    edges = _block_edges(doc)
    for i, evidence in _named_bios(doc, taken, edges):
        taken.add(i)
        yield i, evidence
    yield from _tail_bios(doc, max(doc.tail_start(1.0 - _BIO_TAIL), claimed + 1), edges[0])


# A blog's profile widget: its header, a photo, the name, a place, a line or two, then its link.
_PROFILE_REACH = 6


def _profile_widget(doc, headers: list[int]):
    """A blog's profile widget: an author header ("About Me", "Über mich") and the lines below it
    down to the link to the profile ("View my complete profile"), at most _PROFILE_REACH lines
    on. ("About me" over a post's own paragraphs has no such link below.)"""
    keys = doc.keys
    for h in headers:
        if keys[h] not in AUTHOR:
            continue
        between, j = [], doc.next_content(h)
        while j is not None and len(between) < _PROFILE_REACH and keys[j] not in p.PROFILE_LINKS:
            between.append(j)
            j = doc.next_content(j)
        if j is not None and keys[j] in p.PROFILE_LINKS:
            yield h, "header of a blog's profile widget"
            for t in between:
                yield t, "line of a blog's profile widget"


def _tail_bios(doc, start: int, firsts: list[int]):
    """Header-less bios in the blocks that start at line `start` or below (`firsts`: the blocks'
    first lines but the text's first): "Jane Doe is a reporter at ...", "Hi, I'm Alex ...",
    the site's about box."""
    lines, content = doc.lines, doc.content
    firsts = firsts[bisect_left(firsts, start):]
    if content and content[0] >= start:
        firsts.insert(0, content[0])
    # What a block's first line tells depends on the line alone: known from an earlier pass. A
    # per-line memo holds None for a line whose opening holds no hint (filled by C-level map
    # for the lines not judged yet), else the line's bio evidence and whether it opens a
    # publication's about box (`patterns.PUBLICATION_BIO`).
    facts = doc.memo.setdefault(("per-line", "bio-tail"), {})
    todo = list(filterfalse(facts.__contains__, firsts))
    if todo:
        lower = doc.lower
        facts.update(zip(todo, map(_HINT, map(lower.__getitem__, todo), repeat(0), repeat(_BIO_HINT_CHARS))))
    for first in compress(firsts, map(facts.__getitem__, firsts)):
        fact = facts[first]
        if type(fact) is not tuple:  # (the hint's match: the line is judged now)
            line = lines[first]
            fact = facts[first] = (_bio_evidence(line), p.publication_bio_may_match(doc.lower[first])
                                   and p.PUBLICATION_BIO.match(line) is not None)
        evidence, publication = fact
        if not (evidence or publication):
            continue
        last = doc.block_end(first)
        evidence = evidence or _site_voice(lines[first:last + 1])
        if evidence and sum(doc.words[first:last + 1]) <= _MAX_BIO_WORDS:
            for t in range(first, last + 1):
                yield t, evidence
