"""legal-notice: copyright lines, rights statements, cookie banners, footer legal links."""

from __future__ import annotations

from .. import patterns as p
from .base import rule
from .labels import label_lines

_MAX_COPYRIGHT_WORDS = 30
# Cheap substrings that every copyright or rights line contains; the patterns run only then.
_LEGAL_HINTS = ("©", "opyright", "(c)", "(C)", "eserv", "vorbehalten", "riservati", "zastrzeżone", "защищены")


def _maybe_legal(line: str) -> bool:
    return any(hint in line for hint in _LEGAL_HINTS)

# Cookie banners run long ("We use cookies to ... By continuing ..."), but not article-long.
_MAX_COOKIE_WORDS = 80


@rule("legal-notice", removes_prose=True)
def legal_notice(doc, config):
    """Copyright and consent lines: "© 2023 Example Media", "All rights reserved",
    "We use cookies to improve your experience", "Privacy Policy", "Impressum".

    Allowed to remove prose-like lines, because cookie banners are written as sentences.

    Avoids: an article about cookies ("Browsers store cookies for each site."): a banner must
    have the site speak about its own cookies ("we use", "this site uses", "accept cookies").

    >>> from cleaner import clean
    >>> clean("Browsers store cookies for each site.\\n\\u00a9 2023 Example Media. All rights reserved.")
    'Browsers store cookies for each site.'
    """
    labelled = set(label_lines(doc).get("legal-notice", ()))
    for i, line in enumerate(doc.lines):
        n = doc.words[i]
        if not n:
            continue
        if i in labelled:
            yield i, "legal or consent link"
        elif n <= _MAX_COPYRIGHT_WORDS and _maybe_legal(line) and (
            p.COPYRIGHT_LINE.match(line) or p.RIGHTS.search(line)
        ):
            yield i, "copyright or rights statement"
        elif n <= _MAX_COOKIE_WORDS and "ookie" in line and p.COOKIE_BANNER.search(line):
            yield i, "cookie or consent banner"
