"""site-notice: the site speaking to the reader about itself in a sentence or two."""

from __future__ import annotations

from .. import patterns as p
from .base import rule

# A notice is a sentence or two; a longer line that says the same things is an article's
# paragraph about newsletters, affiliate links or licences.
_MAX_NOTICE_WORDS = 40
# Disclaimers and affiliate disclosures run to a paragraph of terms ("This post contains
# references to products from our advertisers. We may receive compensation ... Terms apply to
# the offers listed on this page. ..."), and a blog's description of itself to a paragraph
# about its writers ("Ein Blog über die Abenteuer mit meinen Hunden, begonnen 2013. ... Hier
# berichte ich ..."): up to this many words, when the line opens with the notice (an article's
# paragraph that quotes one further in stays).
_MAX_LONG_NOTICE_WORDS = 100
_LONG_KINDS = frozenset({"disclaimer", "affiliate-link disclosure", "publication self-description"})


@rule("site-notice", removes_prose=True, local=True)
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
    letter to the editor via this form.") and push prompts ("Dürfen wir Sie in Ihrem Browser über
    die wichtigsten Nachrichten informieren?").

    Allowed to remove prose-like lines, because these notices are written as sentences.

    Avoids: sentences that report on the same things ("Readers can subscribe to the newsletter
    for free.", "The photos are licensed under Creative Commons."): each pattern needs the site's
    own voice ("our newsletter", "this site", "as an Amazon Associate", an imperative to the
    reader), and a line of more than 40 words is a paragraph (up to 100 for a disclaimer or a
    disclosure that opens the line). "The company said its website does not provide medical
    advice" stays: a notice of any kind in a line that reports speech ("..., the residents'
    association said.", "..., hatte das Gericht festgestellt.") is the article's, and "Sign up
    to get the best seats" names no news.

    >>> from cleaner import clean
    >>> clean("Rates held steady.\\nAs an Amazon Associate I earn from qualifying purchases.")
    'Rates held steady.'
    """
    lines, words = doc.lines, doc.words
    found: dict[int, str] = {}
    for kind, pattern in p.SITE_NOTICES.items():
        limit = _MAX_LONG_NOTICE_WORDS if kind in _LONG_KINDS else _MAX_NOTICE_WORDS
        for i in doc.lines_with(*p.SITE_NOTICE_NEEDLES[kind], lower=True, max_words=limit):
            if i in found or words[i] > limit:
                continue
            line = lines[i]
            m = pattern.search(line)
            # An article may quote any of these: a line that reports speech ("..., the
            # spokesman said.") is left to the article.
            if m is None or p.REPORTED_SPEECH.search(line):
                continue
            if words[i] > _MAX_NOTICE_WORDS and not _opens(line, m.start()):
                continue
            found[i] = kind
    for i in sorted(found):
        yield i, found[i]


def _opens(line: str, start: int) -> bool:
    """Whether a match at `start` opens the line: nothing but punctuation before it, or a label
    of a word or two ("Disclaimer:", "Editorial note:")."""
    before = line[:start]
    if not any(c.isalnum() for c in before):
        return True
    return len(before.split()) <= 2 and (before.rstrip().endswith(":") or line[start:start + 1] == ":")
