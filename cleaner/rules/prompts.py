"""ad-label, newsletter-prompt, call-to-action, nav-menu labels and widget-residue.

Each is a whole-line vocabulary family (see `cleaner.patterns`); the lookup is shared.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .. import patterns as p
from .base import rule
from .common import link_rows

# Script notices are one sentence; a longer line mentioning JavaScript is article text.
_MAX_NOTICE_WORDS = 20
# Substrings of `patterns.MEDIA_AVAILABLE`; "Audio abrufbar bis 3. März 2024, 23:59 Uhr" has 8 words.
_AVAILABLE_NEEDLES = ("verfügbar bis", "abrufbar bis", "online bis", "available until", "available till",
                      "available through", "disponible jus", "disponible hasta", "disponibile fino")
_MAX_AVAILABLE_WORDS = 10
# "Users browsing this forum: No registered users and 1 guest", "Post by anna » Mon Mar 06, 2023
# 10:32 am" (see `patterns.FORUM_META`).
_MAX_FORUM_META_WORDS = 14
# "Regular price €49,00 Sale price €39,00 Sale" (see `patterns.SHOP_LINE`).
_MAX_SHOP_WORDS = 14
# "Rating 4.6 out of 5 stars with 1,084 reviews" (see `patterns.PAGE_COUNTER`).
_MAX_COUNTER_WORDS = 12
# The buttons under a feedback question: "Yes" / "No" / "Maybe", "Yes (4)" / "No (0)", "Yes, this
# page is useful" (see `patterns.FEEDBACK_ANSWER`).
_FEEDBACK_ANSWERS = 3
_MAX_ANSWER_WORDS = 6
_FEEDBACK_QUESTIONS = frozenset(
    key for key in p.phrases(p.PAGE_TOOL_PROMPTS) | p.phrases(p.POST_TOOL_LABELS) | p.phrases(p.PROMPT_LABELS)
    if any(word in key for word in ("helpful", "useful", "hilfreich", "nützlich", "utile", "útil", "nuttig", "pomocn", "hjälp", "полезн"))
)
# Sign-up blurbs are one or two short sentences; a longer line that mentions a newsletter or an
# inbox is article text. ("Sign up here to receive our daily newsletters and breaking news alerts,
# sent straight to your inbox." has 17 words; from 20 on a line is prose, see Config.prose_words.)
_MAX_PROMPT_WORDS = 19
# ... and from this many words on, the line speaks in the site's voice ("our", "we", "here"):
# "Sign up for a newsletter and you get offers straight to your inbox for years, consumer
# groups complain." reports on sign-ups.
_MAX_VOICELESS_PROMPT_WORDS = 16
_SITE_VOICE = re.compile(
    r"\b(?:our|we|us|here|unser\w*|wir|uns|hier|notre|nos|nous|ici|nuestr[oa]s?|aquí|nostr[oaie]|qui|ons|onze"
    r"|nasz\w*|tutaj|noss[oa]s?|aqui|vår\w*|oss|här|наш\w*|мы|нас|здесь)\b",
    re.IGNORECASE,
)
# A newsletter box's title: up to three words of name and the word ("Gartenwelt Newsletter").
_MAX_TITLE_WORDS = 4
# "Jetzt kostenlos für unseren Top-News-Newsletter registrieren": a button's text.
_MAX_BUTTON_WORDS = 9
# "Offre spéciale : 1 € le premier mois, puis 9,99 €" (see `patterns.SUBSCRIPTION_OFFER`).
_MAX_OFFER_WORDS = 12
_SIGN_UP_NEEDLES = ("newsletter", "inbox", "nieuwsbrief", "bolet\u00edn", "postfach", "posteingang", "bo\u00eete",
                    "nyhedsbrev", "nyhetsbrev", "indbakke", "innboks", "schr\u00e1nk")
# A comment form's notices open with their own words (`patterns.COMMENT_FORM`); translated they
# run longer than the English ("Spara mitt namn, min e-postadress och webbplats i denna
# webbläsare till nästa gång jag skriver en kommentar.").
_MAX_FORM_WORDS = 24
# Substrings of comment-form notices and field labels (see `patterns.COMMENT_FORM`).
_FORM_NEEDLES = (
    "publi", "pubblic", "ver\u00f6ffentlicht", "required", "erforderlich", "notify me", "informiere mich", "benachrichtig",
    "save my name", "meinen namen", "kommentierst", "commenting using", "trage deine daten", "fill in your details",
    "deinen kommentar", "enter your comment", "%s", "zeilenumbrüche", "paragraph", "html",
    "salva il mio", "mijn naam", "salvar meus", "guardar o meu", "zapamiętaj", "spara mitt", "сохранить", "guarda mi",
    "enregistrer mon", "опубликован", "kommentieren zu können", "logged in to",
    "para comentar", "être connecté pour", "per commentare", "per lasciare un commento", "pflichtfelder",
    "champs obligatoires", "campos obligatorios", "campi obbligatori", "vereiste velden", "campos obrigatórios",
    "wymagane pola",
    "публикуван", "objavljen", "објављен", "disiarkan", "polja su", "поља су", "obligatorii", "задължителните",
    "diperlukan", "wajib", "bắt buộc", "pakolliset", "kötelező", "gerekli alanlar", "υποχρεωτικά", "שדות החובה",
    "आवश्यक फ़ील्ड", "必填项", "必須項目", "ช่องข้อมูลจำเป็น", "giriş yapmalısınız", "коментира", "публикувате", "отговорите",
    "jelentkezn", "kommentoidaksesi", "залишити коментар", "prijavljeni", "пријављени",
)
# "Alle 12 Kommentare anzeigen", "View all 1,204 comments" (see `patterns.COMMENT_LINK`).
_MAX_COMMENT_LINK_WORDS = 6
# "Voir tous les articles de Jean-Marie de la Fontaine" (see `patterns.AUTHOR_LINK`).
_MAX_AUTHOR_LINK_WORDS = 10
# "Do you enjoy reading this newsletter?", "Sie lesen gern unser Magazin?"
_MAX_FAN_WORDS = 7
# "Click here to download the route map": a link's text runs a few words.
_MAX_CLICK_WORDS = 12
_FIELDS = p.phrases(p.COMMENT_FIELDS)
from .labels import label_lines


@rule("ad-label", local=True)
def ad_label(doc, config):
    """Advertisement markers: "Advertisement", "Anzeige", "Story continues below advertisement".

    Avoids: sentences about advertising: only a whole line equal to a known marker goes.

    >>> from cleaner import clean
    >>> clean("Sales fell.\\nADVERTISEMENT\\nThe ad market shrank.")
    'Sales fell.\\nThe ad market shrank.'
    """
    for i in label_lines(doc).get("ad-label", ()):
        yield i, "advertisement marker"


@rule("newsletter-prompt", local=True)
def newsletter_prompt(doc, config):
    """Newsletter and subscription prompts: "Sign up for our newsletter", "Newsletter abonnieren",
    "Get the stories that matter in your inbox every morning.", a box's title ("Gartenwelt Newsletter"),
    a button naming the news ("Jetzt für Golf-Welt Top-News anmelden"), a subscription offer with its
    price ("Jetzt 4 Wochen für 0,99 € testen", "Hazte suscriptor por 1 € al mes").

    Avoids: an article that mentions a newsletter or an inbox in a sentence ("The scam emails
    land in your inbox"): a sign-up line opens with the request and stays short; a title is a
    capitalised name and the word alone ("The newsletter" as a subheading stays); a button names
    news, updates or a newsletter ("Jetzt für den Stadtlauf anmelden" stays).

    >>> from cleaner import clean
    >>> clean("The newsletter launched in 2019.\\nSubscribe to our newsletter")
    'The newsletter launched in 2019.'
    """
    for i in label_lines(doc).get("newsletter-prompt", ()):
        yield i, "newsletter or subscription prompt"
    for i in _sign_ups(doc):
        yield i, "newsletter sign-up"
    lines, words = doc.lines, doc.words
    for i in doc.lines_with("newsletter", "nieuwsbrief", "infolettre", lower=True, max_words=_MAX_TITLE_WORDS):
        if words[i] <= _MAX_TITLE_WORDS and p.NEWSLETTER_TITLE.match(lines[i]):
            yield i, "newsletter box title"
    for i in doc.lines_with("anmelden", "registrieren", "abonnieren", lower=True, max_words=_MAX_BUTTON_WORDS):
        if words[i] <= _MAX_BUTTON_WORDS and p.SIGN_UP_BUTTON.match(lines[i]):
            yield i, "sign-up button naming the news"
    hits, lower, may_match = label_lines(doc), doc.lower, p.SUBSCRIPTION_OFFER_MAY_MATCH
    for i in _merged(hits.get("offer", ()), hits.get("number", ())):
        if (words[i] <= _MAX_OFFER_WORDS and may_match(lower[i]) and p.SUBSCRIPTION_OFFER.match(lines[i])
                and not p.told_of(lines[i])):
            yield i, "subscription offer with its price"
    for i in hits.get("subscribe-to", ()):
        if words[i] <= _MAX_TITLE_WORDS + 4 and p.SUBSCRIBE_TO_NAME.match(lines[i]):
            yield i, "title of a sign-up box naming the publication"


def _sign_ups(doc) -> list[int]:
    """Lines asking for a newsletter sign-up (see `patterns.NEWSLETTER_LINE`), found once per
    document for newsletter-prompt and call-to-action."""
    found = doc.memo.get("sign-ups")
    if found is None:
        lines, words = doc.lines, doc.words
        found = doc.memo["sign-ups"] = [
            i for i in doc.lines_with(*_SIGN_UP_NEEDLES, lower=True, max_words=_MAX_PROMPT_WORDS)
            if words[i] <= _MAX_PROMPT_WORDS and p.NEWSLETTER_LINE.match(lines[i]) and not p.told_of(lines[i])
            and (words[i] <= _MAX_VOICELESS_PROMPT_WORDS or _SITE_VOICE.search(lines[i]))
            and not _headline_about_newsletters(lines[i])
        ]
    return found


# A headline about newsletters has two parts, and the site's voice in neither ("Subscribe or
# perish: the newsletter boom", "Have a newsletter? Here is how to grow it"): the request, a
# colon or question mark, then the newsletter; or a question about a newsletter and an answer
# of a few words that asks for nothing.
_HEADLINE_SPLIT = re.compile(r"[:?]\s")
_ANSWER_WORDS = 3
_NEWSLETTER_WORD = re.compile(r"newsletter|nieuwsbrief|bolet[ií]n|infolettre|inbox|postfach|posteingang", re.IGNORECASE)
_ASKS = re.compile(r"\b(?:sign|subscribe|register|join|get|click|tap|now|today|free|abonn|anmeld|jetzt|inscri|suscr|iscriv"
                   r"|meld|schrijf|zapisz)", re.IGNORECASE)


# "Sign up for Digging Deep: Inside the Investigates newsletter": the request names what it
# signs up for before the colon (a newsletter's name may hold one).
_OBJECT_FOLLOWS = re.compile(r"\b(?:for|to|up|für|zu|zum|zur|à|au|pour|a|al|para|per|voor|op|do|na)\b", re.IGNORECASE)


def _headline_about_newsletters(line: str) -> bool:
    """Whether a line that opens like a sign-up is such a headline (see `_HEADLINE_SPLIT`)."""
    m = _HEADLINE_SPLIT.search(line)
    if m is None or p.SITE_SELF.search(line):
        return False
    before, after = line[:m.start()], line[m.end():]
    if (len(before.split()) >= 2 and not _NEWSLETTER_WORD.search(before) and not _OBJECT_FOLLOWS.search(before)
            and _NEWSLETTER_WORD.search(after)):
        return True
    return (m.group().startswith("?") and bool(_NEWSLETTER_WORD.search(before))
            and len(after.split()) >= _ANSWER_WORDS and not _ASKS.search(after))


@rule("call-to-action")
def call_to_action(doc, config):
    """Prompts to act: "Have a tip we should know?", "Leave a reply", "Comments", "Read more",
    "Click here to ...", "Back to top", comment-form notices ("Your email address will not be
    published.", "You must be logged in to post a comment."), the site asking whether the reader
    likes it ("Sie lesen gern Beispiel.de?"). (The reader comments themselves are ``comment-thread``'s.)

    Avoids: the same words inside prose ("Readers can leave a reply below the article."), and a
    question about reading habits ("Sie lesen gern Krimis?"): the site asks about its address or
    its own work.

    >>> from cleaner import clean
    >>> clean("Talks resume Monday.\\nHave a tip we should know?\\nLeave a reply")
    'Talks resume Monday.'
    """
    hits = label_lines(doc)
    lines, words = doc.lines, doc.words
    found = [(i, "call to action") for i in hits.get("call-to-action", ())]
    found += [(i, "row of prompts") for i in hits.get("label-row:call-to-action", ())]
    found += [
        (i, "comment form notice") for i in doc.lines_with(*_FORM_NEEDLES, lower=True, max_words=_MAX_FORM_WORDS)
        if words[i] <= _MAX_FORM_WORDS and p.COMMENT_FORM.match(lines[i])
    ]
    found += [(i, "link to the comments") for i in hits.get("comment-link", ())
              if words[i] <= _MAX_COMMENT_LINK_WORDS and p.COMMENT_LINK.match(lines[i])]
    found += [(i, "link to the writer's other articles") for i in hits.get("author-link", ())
              if words[i] <= _MAX_AUTHOR_LINK_WORDS and p.AUTHOR_LINK.match(lines[i])]
    found += [
        (i, "link text inviting a click") for i in doc.lines_with("click", "tap here", "klick", "clic", "klik", lower=True, max_words=_MAX_CLICK_WORDS)
        if words[i] <= _MAX_CLICK_WORDS and p.CLICK_HERE.match(lines[i])
    ]
    found += [
        (i, "the site asking whether the reader likes it")
        for i in doc.lines_with("lesen gern", "liest gern", "lesen sie gern", "liest du gern", "enjoy reading", "love reading",
                                "like reading", lower=True, max_words=_MAX_FAN_WORDS)
        if words[i] <= _MAX_FAN_WORDS and p.SITE_FAN_QUESTION.match(lines[i])
    ]
    yield from found
    anchors = {i for i, _ in found} | {*hits.get("newsletter-prompt", ()), *_sign_ups(doc)}
    yield from _form_fields(doc, anchors)


def _form_fields(doc, anchors: set[int]):
    """Field labels ("Name *", "Website", "Abbrechen") in a run of form lines that holds a form
    notice, a comment prompt or a sign-up (an anchor); a run of field names alone is an
    article's list ("Name" / "Email" / "Website" / "Message" in a tutorial).

    A run is a stretch of consecutive non-blank lines that are anchors or field labels; only
    the runs around the anchors are walked."""
    if not anchors:
        return
    keys, content = doc.keys, doc.content
    last = len(content) - 1
    done = -1
    for a in sorted(anchors):
        k = bisect_left(content, a)
        if k <= done or k > last or content[k] != a:
            continue
        lo = hi = k
        while lo > 0 and (content[lo - 1] in anchors or keys[content[lo - 1]] in _FIELDS):
            lo -= 1
        while hi < last and (content[hi + 1] in anchors or keys[content[hi + 1]] in _FIELDS):
            hi += 1
        for j in content[lo:hi + 1]:
            if j not in anchors:
                yield j, "field of a comment form"
        done = hi


# Items of a row of navigation links ("Log in / Register", "Startseite | Kontakt | Suche");
# a row that also holds a legal link is `legal-notice`'s.
_NAV_ROW_ITEMS = p.phrases(p.NAV_LABELS) | p.phrases(p.NEWSLETTER_LABELS) | p.phrases(p.PROMPT_LABELS)


# "Startseite » Aktuelles » <the page's title>": the trail ends in the title, a headline.
_MAX_BREADCRUMB_WORDS = 20
# "Zurück zur vorherigen Seite", "Back to all posts": a link's text is a few words.
_MAX_BACK_WORDS = 6
# "► Oktober 2022 (12)", "kwiecień 2023 (3)" (see `patterns.ARCHIVE_ENTRY`).
_MAX_ARCHIVE_WORDS = 4
# "« Zurück 1 2 3 4 5 6 7 8 … 24 Weiter »" (see `patterns.PAGINATION`).
_MAX_PAGINATION_WORDS = 16


# The evidence of the lines that nav-menu and widget-residue take by a pattern of figures and
# names (a widget's entries, a row of page numbers or languages, a shop's or a forum's line): in a
# list that the article introduces with a colon they are the article's (see guards.list_guard).
_SWITCHER = "language switcher"
_ARCHIVE_ENTRY = "entry of a blog's archive widget"
_PAGE_NUMBERS = "row of page numbers"
_CALENDAR = "calendar widget"
_FORUM_META = "meta line of a forum thread or a question"
_SHOP_LINE = "line of a shop's product box"
_PAGE_COUNTER = "counter beside a post, a review, a product or a paper"
PATTERNED_ENTRIES = frozenset({_SWITCHER, _ARCHIVE_ENTRY, _PAGE_NUMBERS, _FORUM_META, _SHOP_LINE, _PAGE_COUNTER})


def _merged(*hit_lists) -> list[int]:
    """The line indexes of several lists of the shared scan's hits, in order, each once."""
    return sorted(set().union(*hit_lists))


@rule("nav-menu")
def nav_menu(doc, config):
    """Navigation and account labels on their own line: "Skip to content", "Menu", "Search", "Log in",
    and rows of them ("Log In / Registrieren", "Startseite | Suche | Kontakt"), language switchers
    ("EN | DE | FR"), the entries of a blog's archive widget ("March 2023 (4)", "► 2022 (31)"),
    rows of page numbers ("1 2 3 … 10 Next »") and a blog's calendar widget ("Mo Tu We Th Fr Sa
    Su" over "3 4 5 6 7 8 9").

    Avoids: a one-word subheading between two paragraphs ("Home" in a housing story) through
    the ``heading-guard``; a survey's "2022 (31)" (a year or a month alone is an archive's entry
    only after its fold mark) and a draw's "4 8 15 16 23 42" (page numbers have an ellipsis or a
    link to the next page).

    >>> from cleaner import clean
    >>> clean("Skip to content\\nMenu\\nSearch\\nRain is expected on Sunday.")
    'Rain is expected on Sunday.'
    """
    hits = label_lines(doc)
    for i in hits.get("nav-menu", ()):
        yield i, "navigation label"
    for i in hits.get("label-row:nav-menu", ()):
        yield i, "row of navigation links"
    for i in hits.get("breadcrumb", ()):
        if doc.words[i] <= _MAX_BREADCRUMB_WORDS and p.BREADCRUMB.match(doc.lines[i]):
            yield i, "breadcrumb trail"
    for i in hits.get("back", ()):
        if doc.words[i] <= _MAX_BACK_WORDS and p.BACK_LINK.match(doc.lines[i]):
            yield i, "link back to a listing"
    for i, items in link_rows(doc).items():
        if all(k in _NAV_ROW_ITEMS for k in items):
            yield i, "row of navigation links"
        elif all(k in p.LANGUAGE_ITEMS for k in items):
            yield i, _SWITCHER
    lines, words = doc.lines, doc.words
    numbers = hits.get("number", ())
    for i in _merged(hits.get("archive-month", ()), numbers):
        if words[i] <= _MAX_ARCHIVE_WORDS and lines[i].rstrip().endswith(")") and p.ARCHIVE_ENTRY.match(lines[i]):
            yield i, _ARCHIVE_ENTRY
    lower, may_match = doc.lower, p.PAGINATION_MAY_MATCH
    for i in _merged(hits.get("page-link", ()), numbers):
        if words[i] <= _MAX_PAGINATION_WORDS and may_match(lower[i]) and p.PAGINATION.match(lines[i]):
            yield i, _PAGE_NUMBERS
    for i in hits.get("calendar-head", ()):
        # (Only over rows of days: "Mo Di Mi Do Fr Sa So" heads an office's table of hours too.)
        rows = list(_calendar_rows(doc, i))
        if rows and not p.CALENDAR_MONTH_LINK.match(doc.lines[rows[0]]):
            yield i, _CALENDAR
            yield from ((j, _CALENDAR) for j in rows)


# A calendar widget has up to six rows of days and a link to the month before or after below its
# head row.
_CALENDAR_ROWS = 7


def _calendar_rows(doc, i: int):
    """The lines below a calendar widget's head row (line i, "Mo Tu We Th Fr Sa Su") that are its
    rows of days ("3 4 5 6 7 8 9", "31": days of a month that follow each other) or its link to
    another month ("« Feb"). A draw's "4 8 15 16 23 42" is no row of days."""
    lines = doc.lines
    j = i
    for _ in range(_CALENDAR_ROWS + 1):
        j = doc.next_content(j)
        if j is None:
            return
        days = lines[j].split()
        # (Decimal digits only, two at most: int() fails on "²" and on thousands of digits.)
        numbers = [int(d) for d in days if len(d) <= 2 and d.isdecimal()] if len(days) <= 7 else []
        if (days and len(numbers) == len(days) and 1 <= numbers[0] and numbers[-1] <= 31
                and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))):
            yield j
        elif p.CALENDAR_MONTH_LINK.match(lines[j]):
            yield j
        else:
            return


@rule("widget-residue")
def widget_residue(doc, config):
    """Stray widget text: "Real Time Analytics", "Loading...", "Please enable JavaScript", "Play video",
    "Nachtmodus ein / aus", how long a player's medium stays online ("Video verfügbar bis 14.03.2025"),
    the meta lines of a forum thread or a Q&A page ("Asked 12 years, 3 months ago", "Thread starter
    Jo"), a shop's product box ("Add to cart", "Only 3 left in stock", "Kostenloser Versand ab 50 €"), a
    shop's button under a review's product ("$449 at Amazon", "View at Best Buy", "Bei Amazon ansehen").

    Avoids: an article about JavaScript or browsers: notices must open the line with the
    request ("Please enable JavaScript ...") and stay under 20 words; an offer's end date
    ("Das Angebot ist verfügbar bis 30.06.2024.") names no video or audio and stays; a sentence
    that goes on after a shop's or a forum's words ("Free shipping over $50 is now standard.",
    "Asked about the budget, the minister said nothing.").

    >>> from cleaner import clean
    >>> clean("The vote is on Friday.\\nReal Time Analytics")
    'The vote is on Friday.'
    """
    for i in label_lines(doc).get("widget-residue", ()):
        yield i, "widget label"
    lines, words = doc.lines, doc.words
    for i in doc.lines_with("avascript", "rowser", lower=True, max_words=_MAX_NOTICE_WORDS):
        if words[i] <= _MAX_NOTICE_WORDS and p.WIDGET_NOTICE.match(lines[i]):
            yield i, "script or player notice"
    for i in doc.lines_with(*_AVAILABLE_NEEDLES, lower=True, max_words=_MAX_AVAILABLE_WORDS):
        if words[i] <= _MAX_AVAILABLE_WORDS and p.MEDIA_AVAILABLE.match(lines[i]):
            yield i, "how long the player's medium stays online"
    hits = label_lines(doc)
    for i in hits.get("forum-meta", ()):
        if words[i] <= _MAX_FORUM_META_WORDS and p.FORUM_META.match(lines[i]):
            yield i, _FORUM_META
    for i in doc.lines_with(*p.RETAILER_NEEDLES, lower=True, max_words=_MAX_BUTTON_WORDS):
        if words[i] <= _MAX_BUTTON_WORDS and p.RETAILER_BUTTON.match(lines[i]):
            yield i, "a shop's button under a product"
    lower, may_match = doc.lower, p.shop_line_may_match
    for i in _merged(hits.get("shop-line", ()), hits.get("number", ())):
        if words[i] <= _MAX_SHOP_WORDS and may_match(lower[i]) and p.SHOP_LINE.match(lines[i]):
            yield i, _SHOP_LINE
    for i in doc.lines_with(*p.PAGE_COUNTER_NEEDLES, lower=True, max_words=_MAX_COUNTER_WORDS):
        if words[i] <= _MAX_COUNTER_WORDS and p.PAGE_COUNTER.match(lines[i]):
            yield i, _PAGE_COUNTER
    keys = doc.keys
    for i in _merged(hits.get("call-to-action", ()), hits.get("widget-residue", ())):
        if keys[i] in _FEEDBACK_QUESTIONS and lines[i].rstrip().endswith("?"):
            j = i
            for _ in range(_FEEDBACK_ANSWERS):
                j = doc.next_content(j)
                if j is None or words[j] > _MAX_ANSWER_WORDS or not p.FEEDBACK_ANSWER.match(lines[j]):
                    break
                yield j, "answer under a feedback question"
