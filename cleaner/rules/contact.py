"""contact-block: the site owner's address, phone numbers, e-mail, bank details and opening
hours, stacked in a block above or below the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from typing import Iterator

import regex

from .. import patterns as p
from ..document import fold
from .base import rule
from .common import per_line

# A line of a contact block is short: "Musterstraße 1 · 12345 Musterstadt · Tel. 01234 5678 ·
# info@example.org" has 11 words; a line of 17 or more is a sentence that gives an address.
_MAX_ITEM_WORDS = 16
# ... and of a few hundred characters at most (a long web address); a line of a few words and
# thousands of characters is a blob of data (an embed's base64), where a pattern's search costs
# a millisecond and finds no contact detail.
_MAX_ITEM_CHARS = 1000
# A line that ends like a sentence with this many words is prose ("Bitte schreiben Sie an
# info@example.org."), not an item, even with an address in it.
_SENTENCE_WORDS = 6
# Short lines without a contact mark may stand between the items of a block: the bank's name
# under "Bankverbindung:", a person's name and role above the phone line. At most this many in
# a row, and no more of them than items in the block.
_MAX_FILLER_WORDS = 8
_MAX_FILLERS = 2
# A header is a title of a few words ("Ansprechpartner Presse bei Beispiel AG").
_MAX_HEADER_WORDS = 6
# Digits of a phone number after its label ("Tel. 12 34 5" is not one; "Fax 030/1234" is), of
# one without a label (with its area code), and of an emergency service's ("Polizei 110").
_PHONE_DIGITS = 5
_BARE_PHONE_DIGITS = 7
_EMERGENCY_DIGITS = 3
# A longer run of such lines is a directory or a table of the article (a list of members with
# their e-mail addresses), not a contact block.
_MAX_BLOCK_LINES = 30
# A block needs this many lines with a strong mark (below) ...
_MIN_STRONG = 2
# ... of two kinds, or under a header, or this many of one kind (a box of phone numbers).
_MIN_STRONG_ONE_KIND = 3
# A block above the article run with prose above it needs this many lines that are not prose
# below it before the next paragraph (see `contact_block`).
_MIN_FURNITURE_AFTER = 3
# How many lines above a block are read for an event's labels ("Beginn:", "Ort:").
_EVENT_CONTEXT = 3
# An introduction to the block that speaks to the reader ("Bei Fragen wenden Sie sich bitte an:").
# (A word of a compound is none: "Les patients peuvent prendre rendez-vous :" speaks of them.)
_TO_READER = regex.compile(r"(?<!-)\b(?:you|your|please|sie|ihnen|ihr|bitte|vous|votre|veuillez|usted|ustedes|por\s+favor)\b",
                           regex.IGNORECASE)

# A footer line of register and tax numbers: "RenWinkel.nl B.V. | KvK 71234567 | BTW NL859123456B01",
# "NIP 817-12-34-567, REGON 180123456, kapitał zakładowy 5 000 000 zł", "Sąd Rejonowy w Rzeszowie,
# XII Wydział Gospodarczy KRS 0000123456". It is cut into parts at its separators; each part is a
# number after its label with at most _REGISTER_PREFIX_WORDS words before it and nothing after
# it, or a short part without a sentence's end (the company's name, its share capital, its
# court). A number has _REGISTER_DIGITS digits or more ("BTW 21 procent" is a rate). Such a line
# goes outside the article only: a list of companies with their numbers is the article's.
_MAX_REGISTER_WORDS = 30
_REGISTER_PREFIX_WORDS = 4
_REGISTER_PART_WORDS = 6
_REGISTER_DIGITS = 5
_REGISTER_SEPARATORS = regex.compile(r"\s*(?:[|\u00b7\u2022;,\u2013\u2014]|\s-\s|\s{2,})\s*")
# A part may end with the stop of an abbreviation or a legal form ("B.V.", "Sp. z o.o.", "A/S."),
# never with a sentence's.
_REGISTER_ABBREVIATION = regex.compile(r"(?:\b\p{Lu}|\bo\.o|\b(?:Ltd|Inc|Corp|AS|AB|BV|NV|GmbH|AG|SE|sp|zł|kr|Kč|mln|tys))\.$")

PHONE, EMAIL, POSTCODE, STREET, BANK, HOURS = "phone", "e-mail", "postcode", "street", "bank account", "opening hours"
HEADER, HOURS_TITLE, ORGANISATION, WEB = "header", "opening-hours title", "organisation", "web address"
# Marks that only contact details carry; a header, an organisation's name or a web address
# count as items of a block but make none on their own.
STRONG = frozenset({PHONE, EMAIL, POSTCODE, STREET, BANK, HOURS})
_WEB_ONLY = frozenset({WEB})

_NONE: frozenset[str] = frozenset()
# Cheap tests (of the standard library's engine) before the patterns: a digit; four digits in a
# row, "12-345" or "A1" for a postcode; "DE12" for an IBAN.
_DIGIT = re.compile(r"\d").search
_FIVE_DIGITS = re.compile(r"\d(?:\D*\d){4}").search
_POSTCODE_GATE = re.compile(r"\d{4}|\d\d-\d\d\d|[A-Z]\d").search
_IBAN_GATE = re.compile(r"[A-Z]{2}\d\d").search
_UK_US_GATE = re.compile(r"[A-Z]\d|[A-Z]{2}\s+\d{5}").search
_FIRST_WORD = re.compile(r"[^\W\d_]+").search
# The substrings of each family of `patterns.CONTACT_NEEDLES` that hold none of the others: a line
# that holds "kontaktieren sie uns" holds "kontakt", so the search finds the same lines with fewer
# needles to look up (the header phrases drop from 144 to 88).
_NEEDLES = {
    name: tuple(n for n in needles if not any(m != n and m in n for m in needles))
    for name, needles in p.CONTACT_NEEDLES.items()
}
# What every e-mail address of `patterns.EMAIL` holds: an "@" with the name of a domain that goes
# on to a dot or a bracket ("(dot)"), or an "(at)"; most lines with an "@" hold a handle.
_EMAIL_GATE = re.compile(r"@[^\s@]+?(?:\.|\s?[\[({])|[\[({]at[\])}]", re.IGNORECASE).search
# What every postcode of `patterns.POSTCODE_CITY` holds: its digits, then the town's capital
# ("12345 Musterstadt", "1017 AB Amsterdam", "00-950 Warszawa"); a date holds none.
_CITY_GATE = regex.compile(r"(?:\d{4}|\d\d-\d{3})\s+\p{Lu}|\d{4}[A-Z]{2}\s").search
# A number that may be a house number ("5", "12a", "10-12", "14/6") and the end of its part of
# the line (the line's end or a separator), and the separators.
_HOUSE_NUMBER = re.compile(r"(?<![\w.,:/\-])(\d{1,4})\s?[a-zA-Z]?(?:\s?[-\u2013/]\s?\d{1,4}\s?[a-zA-Z]?)?(?!\w)")
_PART_END = re.compile(r"\s*(?:$|[,;|\u00b7\u2022\u2013]|-\s)").match
_SEPARATOR = re.compile(r"[;|\u00b7\u2022\u2013]|\s-\s")
# A street's name has a few words ("Allée des Marronniers", "Calle de San Bernardo").
_MAX_STREET_WORDS = 5
# The words of a header ("ansprechpartner*in", "d'ouverture", "contactez-nous" are one each).
_WORD = re.compile(r"[\w'*/\-]+").findall
_STREET_WORDS = frozenset(p.STREET_ENDINGS)
_HEADER_OPENINGS = frozenset(phrase.split()[0] for phrase in p.CONTACT_HEADER_PHRASES)
_YEAR = regex.compile(r"(?:18|19|20)\d\d")
_FINAL_YEAR = regex.compile(r"(?<!\d)(?:18|19|20)\d\d\s*$")
_SENTENCE_STOPS = (".", "!", "?", "\u2026")
# "e.V.", "Inc.", "Str.", "Mo.-Fr.": a final stop of these is no sentence's.
_ABBREVIATION_END = regex.compile(r"(?:\b\p{L}{1,4}\.|\d\.)$")


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def _phone(line: str, hints: frozenset[str]) -> bool:
    if "phone" in hints:
        for m in p.PHONE_LABELLED.finditer(line):
            if _digits(m.group("number")) >= _PHONE_DIGITS:
                return True
    if not line.rstrip()[-1:].isdigit():
        return False  # (both other shapes end their line with the number)
    m = p.PHONE_BARE.search(line)
    if m is not None and _digits(m.group("number")) >= _BARE_PHONE_DIGITS:
        return True
    if "emergency" not in hints:
        return False
    m = p.EMERGENCY_LINE.search(line)
    return m is not None and _digits(m.group("number")) >= _EMERGENCY_DIGITS and _FINAL_YEAR.search(line) is None


def _street(line: str, lower: str) -> bool:
    """Whether a line holds a street with its number (see `patterns.STREET_ENDINGS`): the words
    next to each number that may be a house number are looked at."""
    if any(n in lower for n in p.PO_BOX_NEEDLES) and p.PO_BOX.search(line):
        return True
    for m in _HOUSE_NUMBER.finditer(line):
        after = line[m.end():]
        if _PART_END(after) is not None and not _YEAR.fullmatch(m.group(1)):
            # The name before the number, back to the previous separator or comma ("Calle
            # Mayor, 12": back to the comma before that).
            parts = _SEPARATOR.split(line[:m.start()])[-1].split(",")
            name = parts[-2] if len(parts) > 1 and not parts[-1].strip() else parts[-1]
            words = name.split()
            if 0 < len(words) <= _MAX_STREET_WORDS:
                last = words[-1].lower()
                if last.endswith(p.STREET_ENDINGS) and (len(words) > 1 or last not in _STREET_WORDS):
                    return True
                if words[0].lower() in p.STREET_OPENINGS:
                    return True
        words = after.lstrip(" ,").split()[:_MAX_STREET_WORDS]
        if words and words[0].lower() in p.STREET_OPENINGS_AFTER_NUMBER:
            return True
        for k, w in enumerate(words[1:], 1):
            if not words[k - 1][:1].isupper():
                break
            if w.rstrip(",") in p.STREET_TYPES:
                return True
    return False


def _header(lower: str) -> str | None:
    """HEADER if a folded line holds a contact header (`patterns.CONTACT_HEADERS`) as whole
    words, HOURS_TITLE if the only one it holds is a place's opening hours, else None."""
    words = _WORD(lower)
    # (Runs of words are joined only from a word that opens a header.)
    found = {" ".join(words[k:k + n]) for k, w in enumerate(words) if w in _HEADER_OPENINGS for n in (1, 2, 3, 4)}
    found &= p.CONTACT_HEADER_PHRASES
    if not found:
        return None
    return HOURS_TITLE if found <= p.VENUE_HOURS_HEADERS else HEADER


def _postcode(line: str, street: bool) -> bool:
    for m in p.POSTCODE_CITY.finditer(line) if _CITY_GATE(line) else ():
        # A bare four-digit code that reads as a year ("1989 Leipzig") counts after a street only.
        if street or m.group("country") or not _YEAR.fullmatch(m.group("code")):
            return True
    return _UK_US_GATE(line) is not None and p.POSTCODE_UK_US.search(line) is not None


def _hours(line: str, lower: str) -> bool:
    first = _FIRST_WORD(lower)
    return (first is not None and first.group() in p.WEEKDAYS and p.OPENING_HOURS.match(line) is not None
            and not p.OPENING_HOURS_REST.sub("", line).strip())


def line_marks(line: str, hints: frozenset[str] | None = None) -> frozenset[str]:
    """The contact marks of a short line (see the kinds above); empty for any other line.
    `hints` names the families of `patterns.CONTACT_NEEDLES` whose substrings the line holds
    (the rule has them from its one search of the text); without it they are looked up here.

    >>> sorted(line_marks("Hauptstraße 5, 12345 Musterstadt"))
    ['postcode', 'street']
    >>> sorted(line_marks("Die Straße 5 war gesperrt, sagte er."))
    []
    """
    lower = fold(line)
    if hints is None:
        hints = frozenset(name for name, needles in p.CONTACT_NEEDLES.items() if any(n in lower for n in needles))
    return _marks(line, len(line.split()), lower, hints)


def _marks(line: str, n_words: int, lower: str, hints: frozenset[str]) -> frozenset[str]:
    if n_words > _MAX_ITEM_WORDS or len(line) > _MAX_ITEM_CHARS:
        return _NONE
    stripped = line.rstrip()
    digits = _DIGIT(line) is not None
    if not (digits or hints or "www." in lower or "http" in lower or stripped.endswith(p.ORGANISATION_ENDINGS)):
        return _NONE  # (most lines next to a block's first line: one test instead of all)
    if line.lstrip().startswith("|") or "\t" in line.strip():
        return _NONE  # (a table's row: a list of names with their addresses is data)
    if n_words >= _SENTENCE_WORDS and stripped.endswith(_SENTENCE_STOPS) and not _ABBREVIATION_END.search(stripped):
        return _NONE
    marks = set()
    if "e-mail" in hints and _EMAIL_GATE(line) and p.EMAIL.search(line):
        marks.add(EMAIL)
    # (A BIC holds no digit, and "Sa geschlossen" none.)
    bank = "bank" in hints and p.BANK_LINE.search(line) is not None or digits and _IBAN_GATE(line) is not None and (
        p.IBAN.search(line) is not None)
    if bank:
        marks.add(BANK)
    if (digits or "closed" in hints) and _hours(line, lower):
        marks.add(HOURS)
    if digits:
        if not bank and _phone(line, hints):  # (an account number has the shape of one)
            marks.add(PHONE)
        street = "street" in hints and _street(line, lower)
        if street:
            marks.add(STREET)
        if _POSTCODE_GATE(line) is not None and _postcode(line, street):
            marks.add(POSTCODE)
    if "header" in hints and n_words <= _MAX_HEADER_WORDS:
        title = _header(lower)
        if title is not None:
            marks.add(title)
    if n_words <= _MAX_FILLER_WORDS and stripped.endswith(p.ORGANISATION_ENDINGS) and p.ORGANISATION.search(stripped):
        marks.add(ORGANISATION)
    if ("www." in lower or "http" in lower) and p.WEB_LINE.match(line):
        marks.add(WEB)
    return frozenset(marks) if marks else _NONE


def _filler(line: str, n_words: int) -> bool:
    """A short line without a contact mark that may stand between the items of a block."""
    if n_words > _MAX_FILLER_WORDS:
        return False
    stripped = line.rstrip()
    return not (n_words >= 3 and stripped.endswith(_SENTENCE_STOPS) and not _ABBREVIATION_END.search(stripped))


def _families(doc) -> dict[str, list[int]]:
    """The lines of up to `_MAX_ITEM_WORDS` words (and maybe longer ones) that hold a substring of
    each family of `patterns.CONTACT_NEEDLES`."""
    return {name: doc.lines_with(*needles, lower=True, max_words=_MAX_ITEM_WORDS) for name, needles in _NEEDLES.items()}


def _anchors(doc, found: dict[str, list[int]]) -> list[int]:
    """The lines a block may be found from, in order: a short line that holds an e-mail or a
    header, or a digit next to a phone label, a street word, a bank word or an emergency
    service. (A BIC is found next to its IBAN.)"""
    lines, words = doc.lines, doc.words

    def short(name: str, limit: int = _MAX_ITEM_WORDS) -> list[int]:
        hit = found[name]
        return list(compress(hit, map(limit.__ge__, map(words.__getitem__, hit))))

    def holding(hit: list[int], search) -> Iterator[int]:
        return compress(hit, map(search, map(lines.__getitem__, hit)))

    return sorted({
        *short("e-mail"), *short("header", _MAX_HEADER_WORDS), *holding(short("bank") + short("emergency"), _DIGIT),
        # (a phone number has five digits or more, a street a house number)
        *holding(short("phone"), _FIVE_DIGITS), *holding(short("street"), _HOUSE_NUMBER.search),
    })


def _register_line(line: str) -> bool:
    """Whether a line is made of a company's register and tax numbers, with its name, share
    capital or court beside them (see _REGISTER_SEPARATORS); a sentence that gives a number
    ("Firma o numerze NIP 123-456-78-90 zbankrutowała.") goes on after it or has more words
    before it.

    >>> _register_line("Zeewind Energie B.V. · KvK 27123456"), _register_line("Het bedrijf, KvK 12345678, ging failliet.")
    (True, False)
    """
    found = False
    for part in _REGISTER_SEPARATORS.split(line.strip()):
        if not part:
            continue
        m = None
        for m in p.REGISTER_NUMBER.finditer(part):
            pass
        if (m is not None and sum(map(str.isdigit, m.group("number"))) >= _REGISTER_DIGITS
                and not part[m.end():].strip(" .)")):
            if len(part[:m.start()].split()) > _REGISTER_PREFIX_WORDS:
                return False
            found = True
        elif (len(part.split()) > _REGISTER_PART_WORDS or part.endswith(("!", "?", ":", ";"))
              or part.endswith(".") and not _REGISTER_ABBREVIATION.search(part)):
            return False
    return found


def _register_lines(doc) -> Iterator[tuple[int, str]]:
    """The lines of a company's register and tax numbers (see `_register_line`) outside the
    article: below the block classifier's article run, or above it with no prose above (in a
    text too short to place an article: with no prose below); not in a list that a line
    introduces ("Ukarane spółki:" / "Sklep Ekspres Sp. z o.o., NIP 5252525252" / ...), not right
    below the run with a paragraph below, not on a site's legal notice."""
    lines, words = doc.lines, doc.words
    found = [i for i in doc.lines_with(*p.REGISTER_NEEDLES, lower=True, max_words=_MAX_REGISTER_WORDS)
             if words[i] <= _MAX_REGISTER_WORDS and _FIVE_DIGITS(lines[i]) and _register_line(lines[i])]
    if not found or _imprint(doc):
        return
    from .classify import article_layout

    letters, span = article_layout(doc)
    content = doc.content
    registers = set(found)
    for i in found:
        j = bisect_left(content, i)
        if span is None:
            if "G" in letters[j + 1:]:
                continue
        else:
            k, m = span
            if k <= j <= m or j < k and "G" in letters[:j] or j == m + 1 and letters[j + 1:j + 2] == "G":
                continue
        above = j - 1
        while above >= 0 and content[above] in registers:
            above -= 1
        if above >= 0 and lines[content[above]].rstrip().endswith(":"):
            continue
        yield i, "company register or tax number"


@rule("contact-block")
def contact_block(doc, config):
    """Contact blocks above or below the article: the site owner's address, phone and fax
    numbers, e-mail, web address, bank details and opening hours, and boxes of emergency
    numbers ("Musterverein e.V." / "Hauptstraße 5" / "12345 Musterstadt" / "Tel. 01234 5678" /
    "IBAN: DE12 ..."; "Pressekontakt:" / "E-Mail: presse@example.org" / "Telefon: +49 ..."), and
    the owner's register and tax numbers ("RenWinkel.nl B.V. | KvK 71234567 | BTW NL859123456B01",
    "NIP 714-123-45-67, REGON 431019876", "IČO: 00301234"; see `_register_lines`).

    A block is a run of short lines (blank lines between them allowed) of which at least two
    hold a contact mark, of two kinds (a street and a postcode, an e-mail and a phone), or under
    a contact header ("Kontakt", "Sprechzeiten", "Bankverbindung", "Rückfragen bitte an:"), or
    three phone numbers; a few short lines without a mark may stand between them (the bank's
    name, a person's role). It goes only outside the article: wholly below the block
    classifier's article run, or wholly above it (with prose above the block too, only when
    page furniture follows it).

    Avoids: an address or a phone number inside a sentence ("Weitere Auskunft gibt das Rathaus
    unter Tel. 01234 5678.") or alone on one line ("The Harbour Café, 12 Quay Street, ... Tel:
    ..."); the venue of an event (a block with "Ort:", "Wann:", "Tickets:", "Trauerfeier:" or an
    "Info" title in it or just above it) and a block that is the value of a label of the text
    ("Sitz der Gesellschaft:") or of the article's sentence that introduces it ("Das Geschäft
    liegt in der Altstadt:", over the shop's name too); a list of places (two streets or more), and addresses inside
    the article, such as a guide's shops between paragraphs, and then every block of that page;
    a museum's hours under "Öffnungszeiten" alone; a schedule ("Montag 18-20 Uhr Yoga im
    Gemeindehaus" holds more than opening hours), table rows and a timeline ("1989 Leipzig" is
    not a postcode on its own); a site's legal notice (§ 5 TMG), where the address is the text;
    a text with too little prose to place an article.

    >>> from cleaner import clean
    >>> article = "The council met on Monday and agreed to rebuild the bridge over the river next year. " * 6
    >>> clean(article + "\\n\\nHauptstraße 5\\n12345 Musterstadt\\nTel. 01234 5678") == article.rstrip()
    True
    """
    yield from _register_lines(doc)
    lines, words = doc.lines, doc.words
    known = doc.memo.get(("per-line", "contact-anchors"))
    if known is not None and "cut" not in doc.memo:
        # An earlier pass found the anchors. Whether a line is one depends on its text and on
        # the families whose substrings it holds, which stay the same for a line that stays
        # uncut: the anchors are that pass's that remain.
        found = None
        anchors = list(known)
    else:
        found = _families(doc)
        anchors = _anchors(doc, found)
    doc.memo[("per-line", "contact-anchors")] = dict.fromkeys(anchors, True)
    if not anchors:
        return
    hit_sets = None
    lower = doc.lower

    def hints(i: int) -> frozenset[str]:
        nonlocal found, hit_sets
        if hit_sets is None:
            if found is None:  # (in a later pass, for a line not judged before)
                found = _families(doc)
            hit_sets = [(name, set(hit)) for name, hit in found.items() if hit]
        return frozenset([name for name, hit in hit_sets if i in hit])

    marks = per_line(doc, "contact-marks", lambda i: _marks(lines[i], words[i], lower[i], hints(i)))
    content = doc.content
    blocks = []
    done = -1
    for a in anchors:
        j = bisect_left(content, a)
        if j <= done:
            continue  # (inside the block found last)
        kinds = marks(a)
        if not kinds:
            continue
        # A header opens a block only above a line with a mark ("Kontakt" among menu labels
        # opens none).
        if STRONG.isdisjoint(kinds) and (j + 1 >= len(content) or not marks(content[j + 1])):
            continue
        start, end = _extend(doc, marks, j, -1), _extend(doc, marks, j, 1)
        done = end
        # A web address right below the article's last line is more often its link ("Mehr
        # unter www.example.org") than the block's first line.
        while start <= end and marks(content[start]) == _WEB_ONLY:
            start += 1
        if start > end:
            continue  # web addresses alone
        block = _judge(doc, marks, start, end)
        if block is not None:
            blocks.append(block)
    if not blocks or _imprint(doc):
        return
    # The article is the block classifier's run of prose. (Imported here: a module-level
    # import would register that rule before this one.)
    from .classify import article_layout

    letters, span = article_layout(doc)
    if span is None:
        return
    k, m = span
    if any(start >= k and end <= m for start, end, _ in blocks):
        # Addresses inside the article: a listing (shops, offices, venues) whose last or first
        # entry may lie outside the run as well.
        return
    for start, end, found in blocks:
        if end < k:
            where = "above"
        elif start > m:
            where = "below"
        else:
            continue
        # Above the article run but below prose, the block may stand inside an article the
        # run missed (the run being the page's other prose, a cookie notice): it goes only when
        # page furniture, not the next paragraph, follows it. (Below the run, a footer's block
        # is often followed by a line of prose: "Einige Bereiche haben andere Sprechzeiten.")
        if where == "above" and "G" in letters[:start] and letters.find("G", end + 1) - end - 1 < _MIN_FURNITURE_AFTER:
            continue
        # Right below the run's last paragraph with a paragraph right below it, the block
        # stands between two paragraphs: the article's own (a new office's opening hours and
        # address, then "Die Stelle wird vom Landkreis finanziert ..."), which the run missed
        # for the block's cost.
        if where == "below" and start == m + 1 and letters[end + 1:end + 2] == "G":
            continue
        evidence = f"contact block {where} the article ({', '.join(sorted(found))})"
        for j in range(start, end + 1):
            yield content[j], evidence


def _imprint(doc) -> bool:
    """Whether the text is a site's legal notice (see `patterns.IMPRINT_MARK`)."""
    lines = doc.lines
    return any(p.IMPRINT_MARK.search(lines[i]) for i in doc.lines_with(*p.IMPRINT_NEEDLES, lower=True))


def _extend(doc, marks, j: int, step: int) -> int:
    """The last content position of the block from position j in direction `step`: lines with
    a mark, and short lines without one (at most _MAX_FILLERS in a row); fillers at its end are
    left out."""
    content, lines, words = doc.content, doc.lines, doc.words
    last = j
    fillers = 0
    x = j + step
    while 0 <= x < len(content):
        i = content[x]
        if marks(i):
            last = x
            fillers = 0
        elif _filler(lines[i], words[i]) and fillers < _MAX_FILLERS:
            fillers += 1
        else:
            break
        x += step
    return last


def _judge(doc, marks, start: int, end: int):
    """(start, end, kinds) of a contact block at content positions start..end, or None."""
    content, lines = doc.content, doc.lines
    found: set[str] = set()
    n_strong = n_items = 0
    header = hours_title = False
    streets = set()
    for j in range(start, end + 1):
        kinds = marks(content[j])
        if not kinds:
            continue
        n_items += 1
        mine = kinds & STRONG
        if mine:
            n_strong += 1
            found |= mine
            if STREET in mine:
                streets.add(lines[content[j]].strip())
        header = header or HEADER in kinds
        hours_title = hours_title or HOURS_TITLE in kinds
    fillers = end - start + 1 - n_items
    # Two streets or more: a list of places (the article's shops, offices or polling stations).
    if fillers > n_items or end - start + 1 > _MAX_BLOCK_LINES or len(streets) > 1:
        return None
    # (Opening hours under "Öffnungszeiten" alone may be the museum's the article is about.)
    titled = header or hours_title and found != {HOURS}
    if not (n_strong >= _MIN_STRONG and (
            len(found) >= 2 or titled or n_strong >= _MIN_STRONG_ONE_KIND and found == {PHONE})):
        return None
    # An event's particulars: its venue and box office belong to the notice.
    for j in range(max(0, start - _EVENT_CONTEXT), end + 1):
        if p.EVENT_LABEL.match(lines[content[j]]):
            return None
    # A label of the text right above the block ("Name und Sitz der Gesellschaft:",
    # "Veranstaltungsort:") makes the block its value; so does the article's sentence that
    # introduces it ("Das Geschäft liegt in der Altstadt:"), above the place's name too, unless
    # it speaks for the site or to the reader ("Für Fragen stehen Ihnen gerne zur Verfügung:").
    x = start - 1
    while x >= 0 and start - x <= _MAX_FILLERS + 1:
        above = content[x]
        text = lines[above].rstrip()
        if text.endswith(":") and (doc.words[above] <= _MAX_HEADER_WORDS or doc.words[above] <= _MAX_ITEM_WORDS and (
                p.FIRST_PERSON.search(text) is None and _TO_READER.search(text) is None)):
            return None
        if not _filler(lines[above], doc.words[above]):
            break
        x -= 1
    return start, end, found
