"""site-notice: the site speaking to the reader about itself in a sentence or two."""

from __future__ import annotations

from .. import patterns as p
from ..patterns import SENTENCE_END
from .base import rule
from .common import is_prose
from .labels import scan

# A notice is a sentence or two; a longer line that says the same things is an article's
# paragraph about newsletters, affiliate links or licences.
_MAX_NOTICE_WORDS = 40
# Disclaimers and affiliate disclosures run to a paragraph of terms ("This post contains
# references to products from our advertisers. We may receive compensation ... Terms apply to
# the offers listed on this page. ..."), and a blog's description of itself to a paragraph
# about its writers ("Ein Blog über die Abenteuer mit meinen Hunden, begonnen 2013. ... Hier
# berichte ich ..."): up to this many words, when the line opens with the notice (an article's
# paragraph that quotes one further in stays). A blog's disclaimer of its links runs to five or
# six sentences.
_MAX_LONG_NOTICE_WORDS = 120
_LONG_KINDS = frozenset({"disclaimer", "affiliate-link disclosure", "publication self-description"})
_KINDS = tuple(
    (kind, pattern, p.SITE_NOTICE_NEEDLES[kind], _MAX_LONG_NOTICE_WORDS if kind in _LONG_KINDS else _MAX_NOTICE_WORDS)
    for kind, pattern in p.SITE_NOTICES.items()
)


def _needle_bits() -> dict[str, int]:
    """Each needle of the kinds with a bit set for each kind that holds it (bit k for _KINDS[k])."""
    bits: dict[str, int] = {}
    for k, (_, _, needles, _) in enumerate(_KINDS):
        for needle in needles:
            bits[needle] = bits.get(needle, 0) | 1 << k
    return bits


_NEEDLE_BITS = _needle_bits()
_NEEDLES = tuple(_NEEDLE_BITS)
_LONGEST = max(limit for _, _, _, limit in _KINDS)

# The site's about box: a label ("Über uns", "About", "Qui sommes-nous ?") above a paragraph or
# three in which the site describes itself ("Seit 50 Jahren sind wir als Chor aktiv. ...",
# "Example Press is an online news source focused on ..."). The box's paragraphs are
# sentences of at least this many words ...
_ABOUT_MIN_WORDS = 6
# ... at most this many of them (the box's own text; what follows is the footer) ...
_ABOUT_MAX_LINES = 3
# ... and of at most this many words each (a long about page is the article).
_ABOUT_MAX_WORDS = _MAX_LONG_NOTICE_WORDS
_ABOUT_EVIDENCE = "the site's about box below the article"
# The article above the label is at least this many times as long as the box (a subheading
# "About" above the article's last paragraphs is no box).
_ABOUT_ARTICLE_SHARE = 2
# Labels that may head a part of an article as well ("About the programme"): the box below them
# must speak in the first person.
_ABOUT_BARE = frozenset({"about", "über"})


@rule("site-notice", removes_prose=True)
def site_notice(doc, config):
    """The site speaking about itself, one kind per pattern of `patterns.SITE_NOTICES`:
    newsletter pitches ("Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter"),
    affiliate-link disclosures ("As an Amazon Associate I earn from qualifying purchases."),
    licence notes ("All content is licensed under a Creative Commons Attribution 4.0
    International License"), consent checkboxes ("Ja, ich möchte den Newsletter erhalten."),
    placeholders of embedded content ("Klicken Sie auf den unteren Button, um den Inhalt von ...
    zu laden."), promotions of the site's channels and apps ("Join our Telegram channel"),
    paywall notices ("To view the full story, please subscribe."), donation appeals ("Wir sind
    spendenfinanziert."), blog self-descriptions ("This blog is a collection of ..."), opinion
    disclaimers ("The views expressed are the author's own."), blog widget notices ("This
    site uses Akismet to reduce spam.", "Enter your email address to follow this blog ..."),
    terms for reusing the site's material ("Reproduction of material from any of our pages
    without written permission is strictly prohibited."), disclaimers of advice and
    responsibility ("Our website services, content, and products are for informational
    purposes only.", "Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung
    für die Inhalte externer Links."), promotions of the print issue ("Die aktuelle Ausgabe jetzt
    an jedem Kiosk erhältlich."), invitations to send feedback on the article ("Submit your
    letter to the editor via this form."), push prompts ("Dürfen wir Sie in Ihrem Browser über
    die wichtigsten Nachrichten informieren?"), a publication's description of itself ("Der
    Webcomic mit den Schafen. Jeden Montag gibt es einen neuen Comic.", "Ein Blog über ...
    meinen Garten, begonnen 2016"), its taglines ("World-class articles, delivered weekly.",
    "Independent journalism, funded by readers") and promotions ("Das Magazin lesen oder
    verschenken und Vorteile sichern!", "Nutzen Sie unsere Tools!"); and the site's about box
    below the article: the paragraphs under a label "Über uns", "About us", "About", "Qui
    sommes-nous ?" after the last paragraph of the article ("Seit 50 Jahren sind wir als Chor
    aktiv. ...").

    Allowed to remove prose-like lines, because these notices are written as sentences.

    Avoids: sentences that report on the same things ("Readers can subscribe to the newsletter
    for free.", "The photos are licensed under Creative Commons."): each pattern needs the site's
    own voice ("our newsletter", "this site", "as an Amazon Associate", an imperative to the
    reader), and a line of more than 40 words is a paragraph (up to 120 for a disclaimer, a
    disclosure or a self-description that opens the line). "The company said its website does not
    provide medical advice" stays: a notice of any kind in a line that reports speech ("..., the
    residents' association said.", "..., hatte das Gericht festgestellt.") is the article's, and
    "Sign up to get the best seats" names no news. An "About us" page's text stays: an about
    box is taken only with a paragraph of the article above its label and none below its text.

    >>> from cleaner import clean
    >>> clean("Rates held steady.\\nAs an Amazon Associate I earn from qualifying purchases.")
    'Rates held steady.'
    """
    found = _notices(doc)
    for i, evidence in _about_box(doc, config):
        found.setdefault(i, evidence)
    for i in sorted(found):
        yield i, found[i]


# The notices of a document by line, kept in its memo for the engine's next pass (see
# `Document.memo`: the lines that stay uncut keep their entries). A line without an entry in a
# memo carried from an earlier pass is no notice, unless it was cut since.
_MEMO = ("per-line", "site-notice")


def _notices(doc) -> dict[int, str]:
    """The kind of notice of each line that is one (see `patterns.SITE_NOTICES`)."""
    lines, words = doc.lines, doc.words
    known = doc.memo.get(_MEMO)
    if known is not None:
        found = dict(known)
        lower = doc.lower
        for i in doc.memo.get("cut", ()):
            contains = lower[i].__contains__
            kind = next((kind for kind, pattern, needles, limit in _KINDS
                         if words[i] <= limit and any(map(contains, needles)) and _notice(lines[i], words[i], pattern)), None)
            if kind is not None:
                found[i] = kind
    else:
        # The kinds whose needles each line holds, as a mask of their bits, from one search of
        # all the kinds' needles; then each line is tried against its kinds in their order.
        masks: dict[int, int] = {}
        get = masks.get
        for needle, held in doc.lines_with_each(*_NEEDLES).items():
            bits = _NEEDLE_BITS[needle]
            for i in held:
                masks[i] = get(i, 0) | bits
        found = {}
        for i, bits in masks.items():
            n = words[i]
            if n > _LONGEST:
                continue
            while bits:
                low = bits & -bits
                kind, pattern, _, limit = _KINDS[low.bit_length() - 1]
                if n <= limit and _notice(lines[i], n, pattern):
                    found[i] = kind
                    break
                bits ^= low
    doc.memo[_MEMO] = found
    return dict(found)


def _notice(line: str, n_words: int, pattern) -> bool:
    """Whether `line` (of `n_words` words) is a notice by `pattern`."""
    m = pattern.search(line)
    # An article may quote any of these: a line that reports speech ("..., the spokesman
    # said.", "..., schrieb die Polizei") or quotes the notice is left to the article.
    if m is None or p.told_of(line, m.start()):
        return False
    return n_words <= _MAX_NOTICE_WORDS or _opens(line, m.start())


def _opens(line: str, start: int) -> bool:
    """Whether a match at `start` opens the line: nothing but punctuation before it, or a label
    of a word or two ("Disclaimer:", "Editorial note:")."""
    before = line[:start]
    if not any(c.isalnum() for c in before):
        return True
    return len(before.split()) <= 2 and (before.rstrip().endswith(":") or line[start:start + 1] == ":")


def _about_box(doc, config):
    """The paragraphs of the site's about box: under a label of `patterns.ABOUT_SITE_HEADERS`,
    up to _ABOUT_MAX_LINES sentences followed by a line that is none (the footer's links and
    labels), with the article above the label (paragraphs of prose at least twice as long as
    the box) and no paragraph of prose below the box. Under a bare "About" or "Über" (which
    may head a part of the article) the box speaks in the first person ("we", "ich")."""
    keys, lines, words = doc.keys, doc.lines, doc.words
    boxes = []
    for label in scan(doc).get("about-header", ()):
        box = []
        j = doc.next_content(label)
        while (j is not None and len(box) < _ABOUT_MAX_LINES and _ABOUT_MIN_WORDS <= words[j] <= _ABOUT_MAX_WORDS
               and lines[j].rstrip().endswith((".", "!")) and not p.REPORTED_SPEECH.search(lines[j])):
            box.append(j)
            j = doc.next_content(j)
        if box and j is not None and not lines[j].rstrip().endswith(SENTENCE_END):
            boxes.append((label, box))
    if not boxes:
        return
    prose = [i for i in range(len(lines)) if is_prose(doc, i, config)]
    for label, box in boxes:
        if not prose or prose[-1] > box[-1]:
            continue
        above = sum(words[i] for i in prose if i < label)
        if above < _ABOUT_ARTICLE_SHARE * sum(words[i] for i in box):
            continue
        if keys[label] in _ABOUT_BARE and not any(p.FIRST_PERSON.search(lines[i]) for i in box):
            continue
        for i in box:
            yield i, _ABOUT_EVIDENCE

