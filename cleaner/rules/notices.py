"""site-notice: the site speaking to the reader about itself in a sentence or two."""

from __future__ import annotations

from .. import patterns as p
from .base import rule

# A notice is a sentence or two; a longer line that says the same things is an article's
# paragraph about newsletters, affiliate links or licences.
_MAX_NOTICE_WORDS = 40
# Substrings every notice holds (one per kind in `patterns.SITE_NOTICES`, and the blog
# platforms' widget notices): only lines holding one are tried against the patterns.
_NEEDLES = (
    "newsletter", "boletín", "amazon", "commission", "compensation", "provision", "creative commons",
    "cc-by", "cc by", "opinion", "meinung", "akismet", " blog", "adresse", "mail address", "expres", "exprim",
    "einverstanden", "ich möchte", "agree", "consent", "button", "canal", "kanal", "channel", "chaîne",
    "subscri", "abonn", "suscript", "member", "lesen", "unterstütze", "finanziert", "spende", "support",
    "donate", "help us", "soutenez", "apoya", "app",
)


@rule("site-notice", removes_prose=True, local=True)
def site_notice(doc, config):
    """The site speaking about itself: newsletter pitches ("Bleiben Sie auf dem Laufenden mit
    unserem kostenlosen Newsletter"), affiliate-link disclosures ("As an Amazon Associate I earn
    from qualifying purchases."), licence notes ("All content is licensed under a Creative Commons
    Attribution 4.0 International License"), consent checkboxes ("Ja, ich möchte den Newsletter
    erhalten."), promotions of the site's channels and apps ("Join our Telegram channel"), paywall
    notices ("To view the full story, please subscribe."), donation appeals ("Wir sind
    spendenfinanziert."), placeholders of
    embedded content ("Klicken Sie auf den unteren Button, um den
    Inhalt von ... zu laden."), opinion disclaimers ("The views expressed are the author's own.")
    and blog widget notices ("This site uses Akismet to reduce spam.",
    "Enter your email address to follow this blog ...").

    Allowed to remove prose-like lines, because these notices are written as sentences.

    Avoids: sentences that report on the same things ("Readers can subscribe to the newsletter
    for free.", "The photos are licensed under Creative Commons."): each pattern needs the site's
    own voice ("our newsletter", "this site", "as an Amazon Associate", an imperative to the
    reader), and a line of more than 40 words is a paragraph.

    >>> from cleaner import clean
    >>> clean("Rates held steady.\\nAs an Amazon Associate I earn from qualifying purchases.")
    'Rates held steady.'
    """
    lines, words = doc.lines, doc.words
    for i in doc.lines_with(*_NEEDLES, lower=True, max_words=_MAX_NOTICE_WORDS):
        if words[i] > _MAX_NOTICE_WORDS:
            continue
        line = lines[i]
        if p.BLOG_WIDGET_NOTICE.match(line):
            yield i, "comment or follow widget notice"
            continue
        for kind, pattern in p.SITE_NOTICES.items():
            if pattern.search(line):
                yield i, kind
                break
