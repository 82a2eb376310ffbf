"""site-notice: the site speaking to the reader about itself in a sentence or two."""

from __future__ import annotations

from .. import patterns as p
from .base import rule

# A notice is a sentence or two; a longer line that says the same things is an article's
# paragraph about newsletters, affiliate links or licences.
_MAX_NOTICE_WORDS = 40


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
    disclaimers ("The views expressed are the author's own.") and blog widget notices ("This
    site uses Akismet to reduce spam.", "Enter your email address to follow this blog ...").

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
    found: dict[int, str] = {}
    for kind, pattern in p.SITE_NOTICES.items():
        for i in doc.lines_with(*p.SITE_NOTICE_NEEDLES[kind], lower=True, max_words=_MAX_NOTICE_WORDS):
            if i not in found and words[i] <= _MAX_NOTICE_WORDS and pattern.search(lines[i]):
                found[i] = kind
    for i in sorted(found):
        yield i, found[i]
