"""legal-notice: copyright lines, rights statements, cookie banners, footer legal links."""

from __future__ import annotations

from .. import patterns as p
from .base import rule
from .labels import scan

_MAX_COPYRIGHT_WORDS = 30
# A rights statement that does not open with "©" / "Copyright" is a short footer line; a longer
# line quoting "all rights reserved" is prose about licences.
_MAX_RIGHTS_WORDS = 15
# Substrings that every copyright or rights line contains; the patterns run only on such lines.
_LEGAL_NEEDLES = ("\u00a9", "opyright", "(c)", "eserv", "éserv", "vorbehalten", "riservati", "zastrzeżone", "защищены")

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
    lines, words = doc.lines, doc.words
    for i in scan(doc).get("legal-notice", ()):
        yield i, "legal or consent link"
    for i in doc.lines_with(*_LEGAL_NEEDLES):
        n = words[i]
        if n <= _MAX_COPYRIGHT_WORDS and p.COPYRIGHT_LINE.match(lines[i]) or n <= _MAX_RIGHTS_WORDS and p.RIGHTS.search(lines[i]):
            yield i, "copyright or rights statement"
    for i in doc.lines_with("ookie"):
        if words[i] <= _MAX_COOKIE_WORDS and p.COOKIE_BANNER.search(lines[i]):
            yield i, "cookie or consent banner"
