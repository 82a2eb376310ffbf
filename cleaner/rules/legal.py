"""legal-notice: copyright lines, rights statements, cookie banners, footer legal links."""

from __future__ import annotations

from .. import patterns as p
from .base import rule
from .common import link_rows
from .labels import scan

_MAX_COPYRIGHT_WORDS = 30
# A rights statement that does not open with "©" / "Copyright" is a short footer line; a longer
# line quoting "all rights reserved" is prose about licences.
_MAX_RIGHTS_WORDS = 15
# Substrings that every copyright or rights line contains; the patterns run only on such lines.
_LEGAL_NEEDLES = ("\u00a9", "opyright", "(c)", "eserv", "éserv", "vorbehalten", "riservati", "zastrzeżone", "защищены", "ervielfältigung")

_LEGAL = p.phrases(p.LEGAL_LABELS)
_ROW_ITEMS = _LEGAL | p.phrases(p.NAV_LABELS) | p.phrases(p.NEWSLETTER_LABELS) | p.phrases(p.PROMPT_LABELS)

# "Designed by Elegant Themes | Powered by WordPress", "Content is available under CC BY-SA
# 4.0 unless otherwise noted.": footer lines are short.
_MAX_FOOTER_WORDS = 20

_QUOTES = "\"'\u201c\u201e\u2018\u201a\u00ab\u2039"
# "Accept all cookies", "Cookie settings": a button is a few words.
_MAX_COOKIE_BUTTON_WORDS = 8

# Cookie banners run long ("We use cookies to ... By continuing ..."), but not article-long.
_MAX_COOKIE_WORDS = 80


@rule("legal-notice", removes_prose=True, local=True)
def legal_notice(doc, config):
    """Copyright and consent lines: "© 2023 Example Media", "All rights reserved",
    "We use cookies to improve your experience", "Privacy Policy", "Impressum", and footer rows
    of such links ("Impressum | Datenschutz | AGB").

    Allowed to remove prose-like lines, because cookie banners are written as sentences.

    Avoids: an article about cookies ("Browsers store cookies for each site."): a banner must
    have the site speak about its own cookies ("we use", "this site uses"), and a consent button
    ("accept all cookies") counts in a short line, a line of links or one where the site
    speaks, never in a sentence about banners. A title quoting
    "All Rights Reserved" and a sentence opening with "Copyright lawyers" stay too.

    >>> from cleaner import clean
    >>> clean("Browsers store cookies for each site.\\n\\u00a9 2023 Example Media. All rights reserved.")
    'Browsers store cookies for each site.'
    """
    lines, words = doc.lines, doc.words
    hits = scan(doc)
    for i in hits.get("legal-notice", ()):
        yield i, "legal or consent link"
    for i in hits.get("label-row:legal-notice", ()):
        yield i, "row of legal and site links"
    for i in doc.lines_with(*_LEGAL_NEEDLES, lower=True, max_words=max(_MAX_COPYRIGHT_WORDS, _MAX_RIGHTS_WORDS)):
        n = words[i]
        if n <= _MAX_COPYRIGHT_WORDS and p.COPYRIGHT_LINE.match(lines[i]) or n <= _MAX_RIGHTS_WORDS and _states_rights(lines[i]):
            yield i, "copyright or rights statement"
    for i, items in link_rows(doc).items():
        if all(k in _ROW_ITEMS for k in items) and any(k in _LEGAL for k in items):
            yield i, "row of legal and site links"
    for i in doc.lines_with("owered by", "betrieben mit", "propulsé", "last ", "zuletzt am", "dernière modification",
                            "available under", lower=True, max_words=_MAX_FOOTER_WORDS):
        if words[i] <= _MAX_FOOTER_WORDS and p.SITE_FOOTER.search(lines[i]):
            yield i, "site software credit or page history"
    for i in doc.lines_with("ookie", lower=True):
        n, line = words[i], lines[i]
        if n <= _MAX_COOKIE_WORDS and (
            p.COOKIE_BANNER.search(line)
            or p.COOKIE_PROMPT.search(line)
            and (n <= _MAX_COOKIE_BUTTON_WORDS or p.SITE_VOICE.search(line) or not line.rstrip().endswith(p.SENTENCE_END))
        ):
            yield i, "cookie or consent banner"


def _states_rights(line: str) -> bool:
    """A rights statement, not a title quoting one: 'What "All Rights Reserved" Means'."""
    m = p.RIGHTS.search(line)
    return bool(m) and not (m.start() and line[m.start() - 1] in _QUOTES)
