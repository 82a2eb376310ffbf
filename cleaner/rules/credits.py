"""image-credit: photo credits and caption credits."""

from __future__ import annotations

import regex

from .. import patterns as p
from .base import rule

# Label-key prefixes that may open a credit line; only such lines are tried against the pattern.
_CREDIT_PREFIXES = (
    "image", "photo", "picture", "pic", "credit", "illustration", "graphic", "video", "footage",
    "foto", "bild", "titel", "symbol", "archiv", "aufmacher", "grafik", "abbildung", "crédit",
    "fotograf", "imagen", "zdj", "fot.", "main ", "top ", "header ", "featured ", "lead ", "cover ",
    "hero ", "title ",
)
_MAX_CREDIT_WORDS = 14
_MAX_AGENCY_WORDS = 10
_AGENCY_HINT = regex.compile(p.AGENCIES, regex.VERBOSE)


@rule("image-credit")
def image_credit(doc, config):
    """Photo credits: "Image: Reuters", "Foto: dpa", "(Photo by X/Getty Images)", and a credit
    trailing a caption sentence, which is cut off while the sentence stays.

    "... weapons programs. JEON HEON-KYUN/POOL/AFP via Getty Images" keeps the sentence
    and drops "JEON HEON-KYUN/POOL/AFP via Getty Images".

    Avoids: prose about photos ("The photo was taken by a tourist.") — a credit line starts with
    the credit keyword and a separator, and a trailing credit must end in an agency name.

    >>> from cleaner import clean
    >>> clean("Crowds gathered in Seoul.\\nImage: Reuters\\nThe photo was taken by a tourist.")
    'Crowds gathered in Seoul.\\nThe photo was taken by a tourist.'
    """
    lines, words, keys = doc.lines, doc.words, doc.keys
    for i, line in enumerate(lines):
        n = words[i]
        if not n:
            continue
        key = keys[i]
        if n <= _MAX_CREDIT_WORDS:
            if (key is None or key.startswith(_CREDIT_PREFIXES)) and p.CREDIT_LINE.match(line):
                yield i, "line starts with a credit label"
                continue
            if n <= _MAX_AGENCY_WORDS and _AGENCY_HINT.search(line) and p.AGENCY_LINE.match(line):
                yield i, "line is an agency credit"
                continue
        if n >= 5 and not line.rstrip().endswith(p.SENTENCE_END) and _AGENCY_HINT.search(line):
            m = p.TRAILING_CREDIT.search(line)
            if m:
                yield i, f"agency credit after the caption: {m['credit']!r}", m.start("credit")
