"""social-handle and share-prompt: follow prompts, bare handles, share buttons and counters."""

from __future__ import annotations

from .. import patterns as p
from .base import rule
from .common import is_sentence, per_line
from .labels import FAMILIES, NETWORKS, scan

_SHARE = dict(FAMILIES)["share-prompt"]
# "Folge mir Entfolgen Folge Anna Beispiel auf Facebook Folge Anna Beispiel auf Twitter" has 14
# words; a row for three networks 19.
_MAX_FOLLOW_ROW_WORDS = 20
# Substrings of `patterns.FOLLOW_ROW`'s buttons, and how a row starts (a test that turns away
# the sentences holding "Folge" before the pattern is tried).
_FOLLOW_ROW_NEEDLES = ("folge", "follow", "suivre", "seguir", "obserwuj")
_FOLLOW_ROW_STARTS = (*_FOLLOW_ROW_NEEDLES, "unfollow", "entfolgen", "ne plus", "dejar de", "przestań")


# A decorator or annotation in a code listing ("@login_required" / "def view(request):",
# "@Override" / "public String toString() {") looks like a handle; the definition follows it,
# below at most this many more decorators. (The rule stays line-local, `Rule.local`: the
# definition is a line of code that no rule removes, so a later pass sees the same line below.)
_DECORATED = ("def ", "async def ", "class ", "public ", "private ", "protected ", "static ", "fun ", "function ",
              "export ", "void ", "override ", "abstract ", "final ", "internal ")
_MAX_DECORATORS = 4


def _decorator(doc, i: int) -> bool:
    """Whether line i, a handle alone, decorates the definition below it in a code listing."""
    lines = doc.lines
    j = i
    for _ in range(_MAX_DECORATORS + 1):
        j = doc.next_content(j)
        if j is None:
            return False
        text = lines[j].lstrip()
        if not text.startswith("@"):
            return text.startswith(_DECORATED)
    return False


@rule("social-handle", local=True)
def social_handle(doc, config):
    """Follow prompts and bare handles: "Follow @rushhourdaily:", "Follow us on Instagram", "@YouTube",
    rows of follow buttons ("Folge mir Entfolgen Folge Anna Beispiel auf Facebook").

    Avoids: "Follow the money" and other prose using the verb: a follow prompt must name a
    handle or a network ("on Twitter", "auf Instagram") and be the whole line; a row is made
    of buttons only ("Follow", "Unfollow", "Follow <Name> on <network>"). A decorator above a
    definition in a code listing ("@login_required" / "def view(request):") is no handle.

    >>> from cleaner import clean
    >>> clean("Follow the money.\\nFollow @rushhourdaily:\\n@YouTube")
    'Follow the money.'
    """
    lines, words = doc.lines, doc.words
    hits = scan(doc)
    for i in hits.get("handle", ()):
        if words[i] <= 4 and p.HANDLE_LINE.match(lines[i]) and not _decorator(doc, i):
            yield i, "line is only social handles"
    for i in hits.get("follow", ()):
        if 1 < words[i] <= 12 and p.FOLLOW_LINE.match(lines[i]):
            yield i, "follow prompt naming a handle or network"
    lower = doc.lower
    for i in doc.lines_with(*_FOLLOW_ROW_NEEDLES, lower=True, max_words=_MAX_FOLLOW_ROW_WORDS):
        if (1 < words[i] <= _MAX_FOLLOW_ROW_WORDS and lower[i].lstrip().startswith(_FOLLOW_ROW_STARTS)
                and p.FOLLOW_ROW.match(lines[i]) and not p.FOLLOW_LINE.match(lines[i])):
            yield i, "row of follow buttons"


@rule("share-prompt")
def share_prompt(doc, config):
    """Share buttons and counters: "Share on Facebook", "Tweet", "Pin it", "12 shares", "Comments
    (3)", "Teilen", ratings' counts ("214 Bewertungen"), a button with its count ("Udostępnij na FB (1)"),
    runs of bare network names ("Facebook" / "Twitter" / "WhatsApp"), rows of share buttons
    printed without separators ("Email This BlogThis! Share to Twitter", "Facebook LinkedIn
    WhatsApp E-Mail"), and buttons naming a network in any inflection ("Udostępnij na Facebooku", "Click to share on Reddit (Opens in
    new window)").

    Avoids: a lone network name ("Twitter" as a one-word subheading): names are removed only
    next to another share or network line; "Share on the rise" names no network; the article's
    own list of networks under an intro that ends with a colon and a paragraph below ("The most
    used networks among teenagers:" / "YouTube" / "TikTok"), unless the intro asks to share or
    follow or speaks for the site ("Find us on:").

    >>> from cleaner import clean
    >>> clean("Prices rose again in May.\\nShare on Facebook\\nTweet\\n12 shares")
    'Prices rose again in May.'
    """
    hits = scan(doc)
    # Whether a line is a counter or a button naming a network depends on its text alone:
    # "per-line" memos, which the engine's confirming pass keeps for the uncut lines.
    lines = doc.lines
    counter = per_line(doc, "share-counter", lambda i: p.COUNTER_LINE.match(lines[i]) is not None)
    for i in hits.get("share-prompt", ()):
        yield i, "share button label"
    words = doc.words
    for i in hits.get("number", ()):
        # A line that opens with a number is a counter only as a number and a word ("12
        # shares", "1.2 k likes"): tested first, these turn away dates, prices and list items.
        if words[i] <= _MAX_NUMBER_COUNTER_WORDS and lines[i].rstrip()[-1:].isalpha() and counter(i):
            yield i, "share, like or comment counter"
    # The count in brackets or after a colon behind the word: "Comments (3)", "Views: 1,245".
    for i in doc.lines_with(*_COUNTED_NEEDLES, lower=True, max_words=_MAX_COUNTED_WORDS):
        if words[i] <= _MAX_COUNTED_WORDS and lines[i].rstrip()[-1:] in _COUNT_ENDS and counter(i):
            yield i, "share, like or comment counter"
    # The page's tools around the article: a link to download it or its attachment as a file.
    download = per_line(doc, "download-link", lambda i: p.DOWNLOAD_LINE.match(lines[i]) is not None)
    for i in doc.lines_with(*_FILE_NEEDLES, lower=True, max_words=_MAX_DOWNLOAD_WORDS):
        if words[i] <= _MAX_DOWNLOAD_WORDS and download(i):
            yield i, "link to download a file"
    listed: dict[int, bool] = {}
    for i in hits.get("network", ()):
        if _in_social_cluster(doc, i) and not _listed_by_the_article(doc, i, listed):
            yield i, "network name among share links"
    for i in hits.get("label-row:share-prompt", ()):
        yield i, "row of share buttons"
    button = per_line(doc, "share-button", lambda i: p.SHARE_LINE.match(lines[i]) is not None)
    for i in doc.lines_with(*_SHARE_NEEDLES, lower=True, max_words=_MAX_SHARE_WORDS):
        if words[i] <= _MAX_SHARE_WORDS and button(i):
            yield i, "share button naming a network"


# Verbs of share buttons that name a network ("Udostępnij na Facebooku", "Click to share on Reddit").
_SHARE_NEEDLES = (
    "share", "teile", "partager", "compartir", "condivid", "delen", "deel ", "udost\u0119pnij", "dela ", "click to",
    "compartilh", "partilh", "\u043f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f", "\u043d\u0430\u0436\u043c\u0438\u0442\u0435",
)
# The words a counter with its count in brackets starts with ("Comments (3)", "Vos réactions (11)").
_COUNTED_NEEDLES = (
    "share", "comment", "like", "reaction", "réaction", "repl", "respons", "kommentar", "comentario", "commenti",
    "reacties", "komentarze", "comentários", "комментари",
    # the counts after a colon: "Views: 1,245", "Aufrufe: 312", "Visualizações: 98", "Просмотров: 1245"
    "view", "vues", "aufrufe", "zugriffe", "leser", "partages", "visita", "vistas", "visualiza", "weergaven",
    "wyświetle", "odsłon", "visningar", "просмотр",
    # ... and in the languages of pages the dev set has few of ("Kommentit (14)", "评论 18", "공감 12")
    "kommentit", "komentar", "komen", "коментар", "comentarii", "yorum", "bình luận", "hozzászólás", "σχόλια", "תגובות",
    "التعليقات", "نظرات", "دیدگاه", "टिप्पणि", "ความคิดเห็น", "댓글", "コメント", "评论", "評論", "lượt xem", "görüntülenme",
    "megtekint", "vizualiz", "перегляд", "прегледи", "pregledi", "преглежда", "צפיות", "بازدید", "مشاهدات", "阅读", "閱讀",
    "浏览", "瀏覽", "点赞", "공감", "조회", "いいね",
)
# A counter's last character: its bracket, or the last digit of a count after a colon ("1,2k").
_COUNT_ENDS = frozenset(")]0123456789kKmM")
_MAX_COUNTED_WORDS = 4
# The file types of `patterns.DOWNLOAD_LINE` ("Download press release (PDF, 1.2 MB)"), and its
# longest line: eight words, the type and its size.
_FILE_NEEDLES = ("pdf", "docx", "(doc", "[doc", "xls", "ppt", "odt", "rtf", "zip", "mp3", "m4a", "epub")
_MAX_DOWNLOAD_WORDS = 12
# "12 shares", "1,2 k Kommentare": a count, a unit and a word.
_MAX_NUMBER_COUNTER_WORDS = 3
# "Haz clic para compartir en Twitter (Se abre en una ventana nueva)": a button's text.
_MAX_SHARE_WORDS = 12


# The article's own list of networks ("The most used networks among teenagers:" / "YouTube" /
# "TikTok" / ... / a paragraph): under an intro of at least this many words that ends with a
# colon and neither speaks for the site ("Find us on:", "Stay connected with us:") nor asks to
# share or follow, with a sentence below the names.
_INTRO_WORDS = 4
_FOLLOW_OR_SHARE = (*_SHARE_NEEDLES, "follow", "folg", "suiv", "segu", "sigue", "seguici", "volg", "obserwuj", "connect",
                    "social media", "abonn", "subscri")


# A list of the article may hold other items than networks around them, up to this many above
# and below the names, of at most so many words each.
_OTHER_ITEMS = 3
_OTHER_ITEM_WORDS = 3


def _listed_by_the_article(doc, i: int, listed: dict[int, bool]) -> bool:
    """Whether network name i is an item of such a list (`listed` memoises it for every name of
    the run: a run of n names is walked once, not n times)."""
    known = listed.get(i)
    if known is not None:
        return known
    keys, lines = doc.keys, doc.lines
    first = i
    while (j := doc.prev_content(first)) is not None and keys[j] in NETWORKS:
        first = j
    run = [first]
    while (j := doc.next_content(run[-1])) is not None and keys[j] in NETWORKS:
        run.append(j)
    # Other items of the list may stand around the names in their block ("Puedes pedir cita
    # por:" / "Teléfono" / "Correo" / "WhatsApp"): short lines without a colon.
    words = doc.words
    top, bottom = first, run[-1]
    for _ in range(_OTHER_ITEMS):
        if top and words[top - 1] and words[top - 1] <= _OTHER_ITEM_WORDS and not lines[top - 1].rstrip().endswith(":"):
            top -= 1
    for _ in range(_OTHER_ITEMS):
        if bottom + 1 < len(words) and words[bottom + 1] and words[bottom + 1] <= _OTHER_ITEM_WORDS:
            bottom += 1
    intro, after = doc.prev_content(top), doc.next_content(bottom)
    text = lines[intro].rstrip() if intro is not None else ""
    known = (
        text.endswith(":") and doc.words[intro] >= _INTRO_WORDS and after is not None and is_sentence(doc, after)
        and not p.SITE_SELF.search(text) and not any(w in doc.lower[intro] for w in _FOLLOW_OR_SHARE))
    listed.update(dict.fromkeys(run, known))
    return known


def _in_social_cluster(doc, i: int) -> bool:
    keys = doc.keys
    for j in (doc.prev_content(i), doc.next_content(i)):
        key = keys[j] if j is not None else None
        if key and (key in NETWORKS or key in _SHARE or key.startswith(("share", "teilen", "partager"))):
            return True
    return False
