"""legal-notice: copyright lines, rights statements, cookie banners, footer legal links."""

from __future__ import annotations

import regex

from .. import patterns as p
from ..document import label_key
from .base import rule
from .common import link_rows
from .labels import scan

_MAX_COPYRIGHT_WORDS = 30
# A line that opens with "Copyright 2019" or "© 2020" and goes on as a sentence of this many
# words with a comma, without a rights statement or a ban on reproduction, is the article's
# ("Copyright 2019 was a turbulent year for publishers, ..."); a footer names the holder and
# its address or links in fewer words.
_COPYRIGHT_SENTENCE_WORDS = 12


def _copyright_sentence(doc, i: int) -> bool:
    line = doc.lines[i]
    return (doc.words[i] >= _COPYRIGHT_SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?"))
            and "," in line and not _states_rights(line) and not p.FOOTER_TERMS.search(line))
# A rights statement that does not open with "©" / "Copyright" is a short footer line; a longer
# line quoting "all rights reserved" is prose about licences.
_MAX_RIGHTS_WORDS = 15
# Substrings that every copyright or rights line contains; the patterns run only on such lines.
_LEGAL_NEEDLES = ("\u00a9", "opyright", "(c)", "eserv", "éserv", "vorbehalten", "riservati", "zastrzeżone", "защищены", "förbehållna", "ervielfältigung",
                  # (the rights statements of more languages: see `patterns.RIGHTS`)
                  "版权所有", "版權所有", "無断", "무단", "الحقوق", "حقوق", "הזכויות", "सर्वाधिकार", "สงวนลิขสิทธิ์", "hakları", "hak cipta",
                  "bản quyền", "práva", "права", "δικαιώματος", "minden jog", "drepturile", "rettighe", "oikeudet",
                  "autorským", "verveelvoudigd", "terpelihara", "prava")

_LEGAL = p.phrases(p.LEGAL_LABELS)
_ROW_ITEMS = _LEGAL | p.phrases(p.NAV_LABELS) | p.phrases(p.NEWSLETTER_LABELS) | p.phrases(p.PROMPT_LABELS)

# "Designed by Elegant Themes | Powered by WordPress", "Content is available under CC BY-SA
# 4.0 unless otherwise noted.": footer lines are short.
_MAX_FOOTER_WORDS = 20

_QUOTES = "\"'\u201c\u201e\u2018\u201a\u00ab\u2039"
# "Accept all cookies", "Cookie settings": a button is a few words.
_MAX_COOKIE_BUTTON_WORDS = 8

# A copyright footer that goes on with the site's terms ("© 2005-2020 Example Media. All rights
# reserved. Our website services ... are for informational purposes only.") runs to a few
# sentences; `patterns.LONG_COPYRIGHT` needs the opening sign and a rights statement.
_MAX_LONG_COPYRIGHT_WORDS = 100
# "Use of this site constitutes acceptance of our Terms of Use": a sentence or two.
_MAX_TERMS_WORDS = 40


# A footer row may be printed with dashes between its links and hold items that are no link of
# the vocabulary: "Archive – RSS – Impressum – Datenschutz – 2009-2020 by A. Name – Powered by X",
# "IMPRESSUM | DATENSCHUTZ | COPYRIGHT A. NAME | THIS IS A X PROJECT". Such a row counts when two
# of its items are legal links and the known links make up half of it (a sentence that names
# the imprint has one item, or none of the vocabulary).
_LOOSE_ROW_SEPARATOR = regex.compile(r"\s[\u2013\u2014|\u00b7\u2022/-]\s|\|")
_LOOSE_ROW_NEEDLES = (
    "impressum", "datenschutz", "privacy", "imprint", "terms", "agb", "nutzungsbedingungen", "mentions l", "aviso legal",
    "privacidad", "privacidade", "colofon", "privacybeleid", "privacyverklaring", "prywatności", "regulamin", "note legali",
    "disclaimer", "confidentialité",
)
_MAX_LOOSE_ROW_WORDS = 30

# "Zu unserer Datenschutzerklärung. Bitte beachten Sie auch die Datenschutzerklärung von Example
# Maps.": two short sentences.
_MAX_PRIVACY_WORDS = 18

# Words for cookies, one of which every banner holds: "cookie" and its translations ("galetes",
# "sütiket", "бисквитки", "kolačiće", "evästeitä", "çerez", "μπισκότα", "kuki", "בעוגיות", "کوکی",
# "कुकीज़", "คุกกี้", "쿠키", "クッキー").
_COOKIE_NEEDLES = ("ookie", "galetes", "süti", "бисквитк", "kolačić", "колачић", "eväste", "çerez", "μπισκότα", "kuki",
                   "עוגיות", "ملفات تعريف الارتباط", "الكوكيز", "کوکی", "कुकीज़", "คุกกี้", "쿠키", "クッキー")

# Cookie banners run long ("We use cookies to ... By continuing ..."), but not article-long.
_MAX_COOKIE_WORDS = 80


@rule("legal-notice", removes_prose=True, local=True)
def legal_notice(doc, config):
    """Copyright and consent lines: "© 2023 Example Media", "All rights reserved",
    "We use cookies to improve your experience", "Privacy Policy", "Impressum", footer rows
    of such links ("Impressum | Datenschutz | AGB", "Archiv – RSS – Impressum – Datenschutz –
    2009-2020 by A. Name"), copyright footers that go on with the site's terms ("© 2005-2020
    Example Media. All rights reserved. Our website services ... are for informational purposes
    only.") and terms accepted by using the site ("Use of this Web site constitutes acceptance of
    our Terms of Use.", "Mit der Nutzung dieser Website erklären Sie sich ... einverstanden"),
    pointers to the privacy policy ("Es gilt die Datenschutzerklärung.").

    Allowed to remove prose-like lines, because cookie banners are written as sentences.

    Avoids: an article about cookies ("Browsers store cookies for each site."): a banner must
    have the site speak about its own cookies ("we use", "this site uses"), and a consent button
    ("accept all cookies") counts in a short line, a line of links or one where the site
    speaks, never in a sentence about banners. A title quoting
    "All Rights Reserved", a sentence opening with "Copyright lawyers" and one that goes on from
    "Copyright 2019" without a rights statement ("Copyright 2019 was a turbulent year for
    publishers, ...") stay too, and so do
    "By using the app, users agree to ..." (terms need this site and the reader: "you agree",
    "constitutes acceptance of our") and a long line about copyright that does not open with
    the sign and a year or a name; the licence header of a code listing ("// Copyright 2024 The
    Authors. All rights reserved.", " * All rights reserved." under "/*"); a sentence about a privacy policy ("Die
    Datenschutzerklärung von Google gilt seit Mai auch für Kinder.") is no pointer.

    >>> from cleaner import clean
    >>> clean("Browsers store cookies for each site.\\n\\u00a9 2023 Example Media. All rights reserved.")
    'Browsers store cookies for each site.'
    """
    lines, words = doc.lines, doc.words
    hits = scan(doc)
    for i in hits.get("legal-notice", ()):
        if not _code_comment(doc, i):
            yield i, "legal or consent link"
    for i in hits.get("label-row:legal-notice", ()):
        yield i, "row of legal and site links"
    for i in doc.lines_with(*_LEGAL_NEEDLES, lower=True, max_words=max(_MAX_COPYRIGHT_WORDS, _MAX_RIGHTS_WORDS)):
        # (A line of a script that does not space its words counts its characters: a Chinese
        # paragraph on copyright holders is one "word" to `str.split()`.)
        n = p.script_words(lines[i], words[i])
        if n <= _MAX_COPYRIGHT_WORDS and p.COPYRIGHT_LINE.match(lines[i]) and not _copyright_sentence(doc, i) or n <= _MAX_RIGHTS_WORDS and _states_rights(lines[i]):
            # "Alle Rechte vorbehalten, stand unter dem Vertrag, den er nie gesehen hatte."; the
            # licence header of a code listing ("// Copyright 2024 The Authors. All rights reserved.").
            if not _told_of(lines[i]) and not _code_comment(doc, i):
                yield i, "copyright or rights statement"
    for i in doc.lines_with("\u00a9", "opyright", "(c)", "some rights", lower=True):
        if _MAX_COPYRIGHT_WORDS < words[i] <= _MAX_LONG_COPYRIGHT_WORDS and p.LONG_COPYRIGHT.match(lines[i]):
            yield i, "copyright footer with the site's terms"
    for i in doc.lines_with(*p.TERMS_NEEDLES, lower=True, max_words=_MAX_TERMS_WORDS):
        # "By using our service, you agree to hand over your data, critics say." reports them.
        if words[i] <= _MAX_TERMS_WORDS and p.TERMS_ACCEPTANCE.search(lines[i]) and not p.REPORTED_SPEECH.search(lines[i]):
            yield i, "terms accepted by using the site"
    rows = link_rows(doc)
    for i, items in rows.items():
        if all(k in _ROW_ITEMS for k in items) and any(k in _LEGAL for k in items):
            yield i, "row of legal and site links"
    for i in doc.lines_with(*_LOOSE_ROW_NEEDLES, lower=True, max_words=_MAX_LOOSE_ROW_WORDS):
        if words[i] <= _MAX_LOOSE_ROW_WORDS and _loose_legal_row(lines[i]):
            yield i, "row of legal and site links"
    for i in doc.lines_with(*p.SITE_FOOTER_NEEDLES, lower=True, max_words=_MAX_FOOTER_WORDS):
        if words[i] <= _MAX_FOOTER_WORDS and p.SITE_FOOTER.search(lines[i]):
            yield i, "site software credit or page history"
    for i in doc.lines_with(*p.PRIVACY_POINTER_NEEDLES, lower=True, max_words=_MAX_PRIVACY_WORDS):
        if words[i] <= _MAX_PRIVACY_WORDS and p.PRIVACY_POINTER.match(lines[i]):
            yield i, "pointer to the privacy policy"
    for i in doc.lines_with(*_COOKIE_NEEDLES, lower=True):
        n, line = words[i], lines[i]
        if n > _MAX_COOKIE_WORDS:
            continue
        m = p.COOKIE_BANNER.search(line)
        if m is None:
            prompt = p.COOKIE_PROMPT.search(line)
            if prompt is not None and (n <= _MAX_COOKIE_BUTTON_WORDS or p.SITE_VOICE.search(line)
                                       or not line.rstrip().endswith(p.SENTENCE_END)):
                m = prompt
        # "Diese Website verwendet Cookies – diesen Satz kennen die meisten.", 'Im Banner hieß es:
        # "Wir verwenden Cookies ..."': an article telling of a banner; "Accept all cookies? Not
        # so fast": a headline asking about one.
        if m is not None and not _told_of(line, m.start()) and not _asked(line, m.end()):
            yield i, "cookie or consent banner"


# A block comment opens at most this many lines above its line " * All rights reserved.". (The
# rule stays line-local, `Rule.local`: the opener "/*" is a line of code that no rule removes, so
# a later pass sees the same lines above.)
_COMMENT_REACH = 4


def _code_comment(doc, i: int) -> bool:
    """Whether line i is a comment of a code listing: it opens with "//", or with "*" inside a
    block comment that "/*" opens a few lines above (a footer's list item "* © 2024 Example"
    has no such opener)."""
    text = doc.lines[i].lstrip()
    if text.startswith("//"):
        return True
    if not text.startswith("*"):
        return False
    lines = doc.lines
    for j in range(i - 1, max(-1, i - 1 - _COMMENT_REACH), -1):
        above = lines[j].lstrip()
        if above.startswith("/*"):
            return True
        if not above.startswith("*"):
            return False
    return False


def _told_of(line: str, start: int = 0) -> bool:
    """Whether a sentence tells of the notice at `start` (see `patterns.told_of`); a footer line
    ends without a sentence's end or is the notice alone."""
    return line.rstrip().rstrip(_CLOSING_QUOTES).endswith(p.SENTENCE_END) and p.told_of(line, start)


_CLOSING_QUOTES = "\"'\u201c\u201d\u2019\u00bb\u203a"


def _loose_legal_row(line: str) -> bool:
    """A footer row with two legal links among items of which half are known links (see
    `_LOOSE_ROW_SEPARATOR`).

    The items are looked up one by one, and the lookup stops when more than half are unknown."""
    parts = _LOOSE_ROW_SEPARATOR.split(line)
    if len(parts) < 3:
        return False
    items = [part for part in parts if part.strip()]
    legal = unknown = 0
    for part in items:
        key = label_key(part)
        if key in _LEGAL:
            legal += 1
        elif key not in _ROW_ITEMS:
            unknown += 1
            if 2 * unknown > len(items):
                return False
    return legal >= 2


def _states_rights(line: str) -> bool:
    """A rights statement, not a title quoting one: 'What "All Rights Reserved" Means', nor one
    asking about it: "All rights reserved? Not for AI"."""
    m = p.RIGHTS.search(line)
    return (bool(m) and not (m.start() and line[m.start() - 1] in _QUOTES) and not _asked(line, m.end())
            and not _goes_on(line, m.end()) and not line.rstrip().endswith(_QUESTION_MARKS)
            and not _in_clause(line, m.start()))


# A rights statement never asks: "Bản quyền thuộc về ai khi AI viết nhạc?" ("Who owns the
# copyright when AI writes music?"), "Tüm hakları saklıdır ama kimin?".
_QUESTION_MARKS = ("?", "\u061f", "\uff1f")


def _in_clause(line: str, start: int) -> bool:
    """Whether the rights words at `start` end a clause of the sentence before them: the word
    right before them is a lower-case word with no mark after it ("Tòa án kết luận rằng bản
    quyền thuộc về nhạc sĩ.", "A bíróság szerint minden jog fenntartva."). A footer prints them
    after a stop, a separator, a sign, a year or the holder's name ("© 2024 Báo Tin Tức. Bản
    quyền thuộc về Báo Tin Tức.", "example.com tüm hakları saklıdır")."""
    before = line[:start].split()
    if not before:
        return False
    word = before[-1]
    return word.isalpha() and word[:1].islower()


# A sentence goes on after the rights words with at least this many words (or two and a comma).
_GOES_ON_WORDS = 4


def _goes_on(line: str, end: int) -> bool:
    """Whether a sentence goes on after the rights words matched up to `end`: words follow them
    right away and the line ends with a full stop ("Усі права захищено законом, нагадав юрист.",
    "All rights reserved by the author under the contract, the lawyer said."). A holder after
    them ends no sentence ("جميع الحقوق محفوظة لموقع الخبر 2024"), and a statement ends with a
    stop of its own ("All rights reserved. Reproduction only with permission.")."""
    rest = line[end:]
    n = len(rest.split())
    if rest[:1] in ",\u060c?\u061f" and rest[1:2].isspace():
        # ... or after a comma or a question mark, with a sentence of four words or more ("Με
        # επιφύλαξη παντός δικαιώματος, δήλωσε ο δικηγόρος της εταιρείας.", "Všechna práva
        # vyhrazena? Ne tak docela, říká právník."; "Tüm hakları saklıdır, izinsiz
        # kullanılamaz." is the statement).
        return n >= _GOES_ON_WORDS and rest.rstrip().endswith((".", "!", "?", "\u3002"))
    if rest[:1] in "\u3001\uff0c":
        # (In Chinese and Japanese, with no spaces: "無断転載を禁じます、という表示の意味を弁護士に聞いた。")
        return len(rest.strip()) >= 2 * _GOES_ON_WORDS and rest.rstrip().endswith(("\u3002", "\uff01", "\uff1f"))
    return (rest[:1].isspace() and rest.lstrip()[:1].isalpha() and rest.rstrip().endswith((".", "!", "?", "\u3002"))
            and (n >= _GOES_ON_WORDS or n >= 2 and any(c in rest for c in ",\u060c")))


def _asked(line: str, end: int) -> bool:
    """Whether the words matched up to `end` are followed by a question mark and more words: a
    headline or a sentence asks about them ("Accept all cookies? Not so fast"); a banner's
    question ends its line ("Accept all cookies?") or goes on with its buttons ("Accept all
    cookies? Yes No", "Alle Cookies akzeptieren? Einstellungen Ablehnen")."""
    rest = line[end:end + 3].lstrip(" \"'\u201d\u00bb")
    if not rest.startswith("?"):
        return False
    after = line[line.index("?", end) + 1:]
    return len(after.split()) >= _ASKED_WORDS and not _BUTTON_WORDS.search(after)


# "Accept all cookies? Not so fast": a few words after the question.
_ASKED_WORDS = 3
_BUTTON_WORDS = regex.compile(
    r"\b(?:(?:accept|reject|decline|agree|allow|manage|akzeptier|ablehn|zustimm|erlaub|accepte|refuse|acept|rechaz|accett"
    r"|rifiut|accepteer|weiger|akceptuj|odrzu)\w*|yes|no|ok|okay|settings|ja|nein|einstellungen|paramètres|oui|non"
    r"|configurar|sí|impostazioni|instellingen|ustawienia|tak|nie)\b",
    regex.IGNORECASE,
)
