"""image-credit: photo credits and caption credits."""

from __future__ import annotations

import re

from .. import patterns as p
from .base import rule
from .labels import scan

# Substrings that credits made of agency names contain ("REUTERS/Kim", "AFP via Getty Images",
# "© dpa"). Only lines holding one are tried against the agency patterns; a caption ending in
# a rarer agency without a slash is left alone rather than paying a scan per agency.
_AGENCY_NEEDLES = ("/", "\u00a9", "Getty", "AFP", "Reuters", "REUTERS", "dpa")
# Credit labels that may open a caption's trailing credit without an agency name or a slash
# ("... im Abendrot. Foto: privat").
_LABEL_NEEDLES = ("Foto", "Bild", "Photo", "Image", "Picture", "Credit", "Cr\u00e9dit", "Imagen", "Zdj\u0119cie", "Fot.",
                  "Imagem", "\u0424\u043e\u0442\u043e", "photo", "foto")
# The lines that hold one (the needles as written) are found among those that hold one in lower
# case, which the one-pass vocabulary search finds: a scan of the text for the alternation took
# half of the rule's time. The search as written comes last, after the cheaper tests below.
_NEEDLES = re.compile("|".join(map(re.escape, _AGENCY_NEEDLES + _LABEL_NEEDLES)))
_LOWER_NEEDLES = tuple(dict.fromkeys(needle.lower() for needle in _AGENCY_NEEDLES + _LABEL_NEEDLES))


def _literal_heads(group: str) -> list[str]:
    """The literal start of each alternative of a verbose pattern's first group ("Getty" of
    "Getty\\s*Images", "AP" of "AP(?:\\s+Photo)?"), leaving out those that hold a shorter one."""
    body = "".join(group.split())
    body = body[3:] if body.startswith("(?:") else body
    alternatives, depth, start = [], 0, 0
    for k, c in enumerate(body):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                alternatives.append(body[start:k])
                break
            depth -= 1
        elif c == "|" and depth == 0:
            alternatives.append(body[start:k])
            start = k + 1
    heads = set()
    for alternative in alternatives:
        head = re.match(r"\w+", alternative)[0]
        # A letter that may be left out ends the head before it ("Image" of "Images?").
        heads.add(head[:-1] if alternative[len(head):len(head) + 1] in ("?", "*", "{") else head)
    return sorted(h for h in heads if not any(o != h and o in h for o in heads))


# Every agency credit holds the literal start of an agency name as written (the credit patterns
# are case-sensitive), a parenthesised credit one or the start of a credit label, and every credit that trails a caption one of those or a
# copyright sign: tests at C speed that turn away most of the candidate lines (dates, paths,
# rows of links, a quote's source in brackets) before the credit patterns, which cost several
# times more, are tried.
_AGENCY_HEADS = re.compile("|".join(map(re.escape, _literal_heads(p.AGENCIES))))
_CREDIT_HEADS = re.compile("|".join(map(re.escape, [*_literal_heads(p.AGENCIES), *_literal_heads(p._CREDIT_LABEL)])))
_TAIL_MARKS = re.compile(
    "|".join(map(re.escape, [*_literal_heads(p.AGENCIES), *_literal_heads(p._CREDIT_LABEL), "\u00a9", "(c)", "(C)"]))
    # A label in lower case opens a credit after a comma only ("Jan Novák, photo: Archives").
    + r"|,\s*(?:photo|foto)"
)
# A line that ends with a full stop is tried only when a credit label and a colon open its
# last words ("... durante la sesión. Foto: Presidencia."): a sentence's own full stop ends
# most lines.
_LABEL_STOP = re.compile("(?:" + "|".join(map(re.escape, _literal_heads(p._CREDIT_LABEL))) + r")\w*\.?\s*:[^:!?]{1,80}\.$")
# The words of a credit that ends with a full stop: names ("Archivo El País", "Presidencia",
# "Max Muster/dpa"), the particles inside names, or a single word ("privat."). "Foto: Es war
# ihr Vater." is a sentence.
_NAME_PARTICLES = frozenset(("de", "del", "la", "las", "los", "da", "do", "dos", "das", "du", "des", "di", "van",
                             "von", "der", "den", "y", "e", "et", "und", "and", "&", "via"))
_MAX_NAME_WORDS = 6


def _credit_cut(m) -> bool:
    """Whether a match of TRAILING_CREDIT is a credit to cut. After a comma, the credit opens
    with a name ("Jan Novák, photo: Archives ..."; "The rule is simple, photo: never without
    consent" is a sentence) and ends without a full stop (", Foto: Kamera, Licht und Zeit." is
    a list). A credit that ends with a full stop is made of names: "Foto: Archivo El País."
    is; "Foto: Es war ihr Vater." is a sentence."""
    credit = m["credit"]
    found = [w for w in re.split(r"[\s/|,&]+", credit.partition(":")[2].strip(" \u00a9")) if w]
    if credit.startswith(","):
        return not m["stop"] and bool(found) and (found[0][:1].isupper() or found[0][:1].isdigit())
    if not m["stop"] or len(found) == 1:
        return True
    return len(found) <= _MAX_NAME_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_PARTICLES for w in found)


# A copyright footer opens with a word or two before its sign ("저작권자 © 한결경제 무단전재 및
# 재배포 금지", "Copyright © 2025 Example. All rights reserved."): no caption stands there.
_FOOTER_HEAD_WORDS = 2


def _rights_footer(line: str, start: int) -> bool:
    """Whether a line whose credit would start at `start` is a copyright footer: a word or two
    before it and a rights statement in it (legal-notice takes the whole line)."""
    return len(line[:start].split()) <= _FOOTER_HEAD_WORDS and p.RIGHTS.search(line) is not None


_MAX_CREDIT_WORDS = 14
_MAX_AGENCY_WORDS = 10
_CREDIT_TAIL_CHARS = 300
# A source line ("Quelle: Landesregierung", "Source: Destatis, 2023, own calculations") is a name
# or two and a date; with more words it is a sentence that opens with the word.
_MAX_SOURCE_WORDS = 8
# ... and it may end with a full stop when it is this short ("Source: Reuters.").
_SOURCE_STOP_WORDS = 4
# A label's colon followed by a sentence of this many words, this many of them in lower case,
# opens a caption, not a credit.
_CAPTION_WORDS = 5
_CAPTION_LOWER = 2
# An entry of a list of headlines: a label of a few words, a colon and a headline.
_ENTRY_LABEL_WORDS = 3
_ENTRY_WORDS = 3
_ENTRY_NEIGHBOURS = 2


def _under_table(doc, i: int) -> bool:
    """Whether line i comes right after a table row ("| Bayern | 31,2 |", cells split by tabs):
    the source of a table's figures is part of the table. (Under rows of figures that a dump
    printed without cells, "Labour 411 seats (+211)", source-guard keeps it.)"""
    j = doc.prev_content(i)
    if j is None:
        return False
    above = doc.lines[j].strip()
    return above.startswith("|") or "\t" in above


#: The evidence of a source line ("Quelle: Landesamt"), which source-guard looks for.
SOURCE_EVIDENCE = "line names a source"


def _not_sentence(line: str, n: int) -> bool:
    """Whether a line that opens with a source label is no sentence: no final stop, or too few
    words for one."""
    end = line.rstrip()
    return n <= _SOURCE_STOP_WORDS or not end.endswith(p.SENTENCE_END) or end.endswith(")")


def _caption(line: str) -> bool:
    """Whether a line that opens with a credit label and a colon goes on with a caption, a
    sentence of _CAPTION_WORDS words or more with words in lower case and without a credit's
    marks ("Bild: So sah der Marktplatz im Jahr 1950 aus.", "Image: A view of the harbour at
    dawn."; "Photo: Jane Smith for The Times." and "Foto: Getty Images / X." are credits)."""
    end = line.rstrip()
    if not end.endswith(".") or ":" not in end:
        return False
    rest = end.split(":", 1)[1]
    found = rest.split()
    # A slash between figures is a fraction or a season ("shot at 1/250 s", "the 2019/20
    # season"), not a credit's "Name/Agency".
    marks = _FIGURE_SLASH.sub("", rest) if "/" in rest else rest
    return (len(found) >= _CAPTION_WORDS and not any(c in marks for c in "/©|()")
            and sum(w[:1].islower() for w in found) >= _CAPTION_LOWER)


_FIGURE_SLASH = re.compile(r"(?<![\d/])\d+/\d+(?![\d/])")


def _headline_entry(line: str) -> bool:
    """A label, a colon and a headline of _ENTRY_WORDS words or more without a credit's marks
    ("Bild: Sturm erreicht die Küste", "The Times: Government plans new tax")."""
    label, colon, rest = line.partition(":")
    return (bool(colon) and 0 < len(label.split()) <= _ENTRY_LABEL_WORDS and len(rest.split()) >= _ENTRY_WORDS
            and not any(c in rest for c in "/©|()[]»"))


def _in_headline_list(doc, i: int) -> bool:
    """Whether line i is an entry of a list of headlines by outlet (a press review: "Süddeutsche
    Zeitung: Regierung plant neue Steuer" / "FAZ: Ärzte warnen vor Winterkrise" / "Bild: Sturm
    erreicht die Küste"): it and _ENTRY_NEIGHBOURS lines next to it in a row have the shape, and
    those lines are no credit or source lines."""
    if not _headline_entry(doc.lines[i]):
        return False

    def entry(j) -> bool:
        return j is not None and _headline_entry(doc.lines[j]) and not (
            p.CREDIT_LINE.match(doc.lines[j]) or p.SOURCE_LINE.match(doc.lines[j]))

    others = 0
    for step in (doc.prev_content, doc.next_content):
        j = step(i)
        while others < _ENTRY_NEIGHBOURS and entry(j):
            others += 1
            j = step(j)
    return others >= _ENTRY_NEIGHBOURS


@rule("image-credit", local=True)
def image_credit(doc, config):
    """Photo credits: "Image: Reuters", "Foto: dpa", "(Photo by X/Getty Images)", and a credit
    trailing a caption sentence, which is cut off while the sentence stays; short source lines
    ("Quelle: Landesamt", "Source: company data") but for the source under a table.

    "... weapons programs. JEON HEON-KYUN/POOL/AFP via Getty Images" keeps the sentence
    and drops "JEON HEON-KYUN/POOL/AFP via Getty Images"; so do "... im Abendrot. Bild:
    TebNad/Shutterstock.com" and "... gut getarnt. (mlharing / iStock.com)".

    Avoids: prose about photos ("The photo was taken by a tourist.") — a credit line starts with
    the credit keyword and a separator, and a trailing credit ends in an agency name, opens
    with a capitalised credit label and a colon or with a copyright sign ("... an der Küste ©
    Max Muster"), or fills a parenthesis, without a sentence end
    ("Sie zeigte ein Foto: Es war ihr Vater." stays); a caption after the label ("Bild: So sah
    der Marktplatz im Jahr 1950 aus.") and an outlet's headline in a press review ("Bild: Sturm
    erreicht die Küste" under "FAZ: Ärzte warnen vor Winterkrise").

    >>> from cleaner import clean
    >>> clean("Crowds gathered in Seoul.\\nImage: Reuters\\nThe photo was taken by a tourist.")
    'Crowds gathered in Seoul.\\nThe photo was taken by a tourist.'
    """
    lines, words = doc.lines, doc.words
    hits = scan(doc)
    for i in hits.get("credit", ()):
        n, line = words[i], lines[i]
        if n <= _MAX_CREDIT_WORDS and p.CREDIT_LINE.match(line):
            if not (_caption(line) or _in_headline_list(doc, i)):
                yield i, "line starts with a credit label"
        elif n <= _MAX_SOURCE_WORDS and p.SOURCE_LINE.match(line) and _not_sentence(line, n) and not _under_table(doc, i):
            yield i, SOURCE_EVIDENCE
    for i in hits.get("agency", ()):
        yield i, "line is an agency name"
    has_needle = _NEEDLES.search
    for i in doc.lines_with(*_LOWER_NEEDLES, lower=True):
        n, line = words[i], lines[i]
        end = line.rstrip()
        if (n <= _MAX_AGENCY_WORDS and (_AGENCY_HEADS.search(line) or end.endswith(")") and _CREDIT_HEADS.search(line))
                and has_needle(line) and (p.AGENCY_LINE.match(line) or end.endswith(")") and p.PAREN_CREDIT_LINE.match(line))):
            yield i, "line is an agency credit"
        elif n >= 5 and (not end.endswith(p.SENTENCE_END) or end.endswith((")", ").")) or end.endswith(".")
                         and _LABEL_STOP.search(end, max(0, len(end) - 100))):
            # A closing parenthesis may end a credit: "... at Wembley. (Photo by X/Getty Images)",
            # "... en el Congreso (Foto: X/Pool via REUTERS).".
            # A credit is short: only the line's tail is searched, which bounds the cost of
            # a long line full of sentence ends.
            offset = max(0, len(line) - _CREDIT_TAIL_CHARS)
            if _TAIL_MARKS.search(line, offset) and has_needle(line):
                m = p.TRAILING_CREDIT.search(line, offset)
                if m and _credit_cut(m) and not _rights_footer(line, m.start("credit")):
                    yield i, f"credit after the caption: {m['credit']!r}", m.start("credit")
