"""comment-thread: reader comments below the article, with their headers and meta lines.

A thread is found by its marks, the lines a comment system prints around each comment (see
`cleaner.patterns`, section "Reader-comment threads"): a header that opens it ("14 thoughts on
“<title>”", "Kommentare"), the commenter's name line ("Anna sagt:"), the time stamp ("23. Juni
2016 um 17:21 Uhr"), reply buttons, pingbacks. The comments themselves are the lines between
those marks; they go only inside a thread found that way, below the article. Around it, the
rule takes what the comment system prints elsewhere: "Recent comments" widgets (a header of
their own and entries in the platforms' shapes), the blog owner's note right below the comment
form, and the form's consent notices.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from .. import patterns as p
from .base import rule
from .common import MAX_ROW_WORDS, link_rows, per_line
from .labels import FAMILIES, label_lines

# A thread sits in the last part of the text, under its header: a "Comments" line in the upper
# half is a menu item or a counter under the headline.
_THREAD_TAIL = 0.5
# The platforms' wording ("14 thoughts on “<title>”", "Anna says:" over a time stamp) is
# trusted below the first tenth of the text: the top is the headline and its byline.
_BELOW_TOP = 0.9
# "3 Comments", "12 Kommentare" alone on a line: a counter that heads the thread below it.
_COMMENT_COUNT = regex.compile(
    r"^\d[\d.,]*\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?)$"
)
# A commenter's name line or a time stamp is short: "Anna Schmidt sagt:", "23. Juni 2016 um
# 17:21 Uhr | Antworten". A longer line is a sentence that happens to hold a date.
_MAX_META_WORDS = 14
# "14 thoughts on “<title>”": the title may be long.
_MAX_HEADER_WORDS = 30
# "Pingback: <title> | <blog> » Blog Archive » <title>".
_MAX_PINGBACK_WORDS = 30
# The needles of `patterns.THREAD_HEADER_NEEDLES` that a pingback's line holds (its word,
# "pingback" or "trackback"): a test before `patterns.PINGBACK` is tried.
_PINGBACK_NEEDLES = ("ingback", "ackback")
# Lines between two marks of one thread: a comment of a few paragraphs. Further apart, the
# second mark belongs to something else (a "Recent comments" widget in the footer).
_MAX_GAP = 16
# "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "January 13, 2020 at 08:45 AM |
# categories: Python, Mercurial | View Comments".
_MAX_BYLINE_WORDS = 20
_THREAD_LINKS = p.phrases(p.THREAD_LINKS)
# Substrings every entry of `patterns.THREAD_LINKS` holds that `patterns.THREAD_HEADER_NEEDLES`
# lacks.
_LINK_NEEDLES = ("feed", "rss")
# Items of a row of links around a thread: "Kommentarfeed | Kommentare geschlossen | Trackback-URL".
_ROW_ITEMS = _THREAD_LINKS | p.phrases(p.PROMPT_LABELS)
# A time of day ("4:11 pm", "17.21", "16 h 11"): a cheap test before `patterns.COMMENT_TIME`.
_CLOCK = regex.compile(r"\d\s*(?:[:.]\d\d|h\s*\d|[ap]\.?m)", regex.IGNORECASE)
# A digit: every date, time and count holds one, a cheap test before `patterns.COUNT_BYLINE`,
# `patterns.COMMENT_PROMPT_COUNT` and `patterns.BYLINE_COMMENT_PROMPT`.
_DIGIT = regex.compile(r"\d")
# The searches for headers, pingbacks and links look at the lines up to this many words (at
# least the longest line the rule takes, a header or a pingback): the text of those short
# lines is shared with the rules that search for notices.
_SEARCH_WORDS = 40
# The author's byline is looked for this far above a thread (characters): a long article page.
_AUTHOR_WINDOW = 200_000
# A commenter's name shorter than this ("Jo", "to") is no evidence of who wrote the comment.
_MIN_NAME_CHARS = 4
# A label in a thread followed by a comment's mark within this many lines is one of the
# comment's buttons ("Like!" over "Antwort ↓", "Anna, 3. Mai 2021 um 9:12"), not a box below.
_BUTTON_PEEK = 3
# Line families whose lines end the last comment of a thread (the comment form, the footer).
_STOPS = (*(name for name, _ in FAMILIES), "related-header", "tag-header", "author-header", "comment-header")
_RECENT_HEADERS = p.phrases(p.RECENT_COMMENT_HEADERS)
_WIDGET_HEADERS = _RECENT_HEADERS | p.phrases(p.COMMENT_HEADERS)
# "Neueste Leser-Kommentare": a widget's header is a few words.
_MAX_HEADER_KEY_WORDS = 4
# A header's letters, without the marks a theme prints around them ("Komm{e}ntare", "» Recent
# Comments «").
_HEADER_MARKS = regex.compile(r"[^\w\s-]+")
# An entry of a "Recent comments" widget names a commenter and a post (or a pingback's blog and
# post): a longer line is something else.
_MAX_ENTRY_WORDS = 40
# "Jo: Danke!": a short comment printed whole in the widget, taken only beside entries of the
# widget's own shapes.
_MAX_SHORT_ENTRY_WORDS = 15
_QUOTED = regex.compile(r":\s*[\"'\u201c\u201e\u00ab\u00bb\u2018\u201a].*[\"'\u201d\u201c\u00bb\u00ab\u2019]$")
_SHORT_ENTRY = regex.compile(r"^\W*[^\s:]+(?:\s+[^\s:]+){0,3}:\s+\S")
# Under a bare "Comments", a widget shows itself by its excerpts: this many comments cut short
# ("Jo: Thanks, I tried it ..."), each at least _MIN_EXCERPT_CHARS long, the longest at most
# _EXCERPT_SPREAD times the shortest (a widget cuts them at one length, give or take a word),
# two lines in three cut short, no name on more than half of the run's lines (a list of teasers
# mixes headlines "Kicker: Headline" with blurbs cut short).
_MIN_EXCERPTS = 3
_MIN_EXCERPT_CHARS = 40
_EXCERPT_SPREAD = 1.5
# "Thomas Müller-Graf: ...": where the colon after a commenter's name may stand.
_MAX_NAME_CHARS = 40
# Commenters in such a run: a dialogue of two trailing off by turns is not a widget.
_MIN_EXCERPT_NAMES = 3
# The entries "<name>: <words>" (cut short or whole); a run of them holds no other shape.
_NAMED = ("excerpt", "short")
# A note below the comment form is a short block: the blog's owner thanking for comments, a
# consent box, a hint on how to comment.
_MAX_NOTE_LINES = 3
_MAX_NOTE_WORDS = 80
# Words of the comment form's own buttons and prompts ("Add comment", "Kommentar schreiben",
# "Leave a reply"), in a line's label key.
_FORM_PROMPT = regex.compile(
    r"comment|kommentar|commentaire|comentar|commento|reactie|komentarz|коммент|leave a reply|hinterlasse|cancel reply"
    r"|antworten abbrechen|annuler la réponse|cancelar respuesta"
)
_FIELDS = p.phrases(p.COMMENT_FIELDS)
# A note and a consent notice are removed although they may read like prose (see
# `Rule.prose_evidence`): the platform's and the blog owner's sentences to the commenter.
_CONSENT = "notice of the comment form"
_NOTE = "note below the comment form"
# ... and so is a widget's comment cut short, which ends in an ellipsis.
_EXCERPT = "entry of a recent-comments widget (comments cut short)"


def _line_facts(doc):
    """Two facts about a line of at most _MAX_META_WORDS words, each None for any other line:
    `says(i)`, its `patterns.COMMENTER_SAYS` match as (name, time), where time is None when the
    line holds no time and else whether `patterns.COMMENT_TIME` takes it; and `stamp(i)`, its
    `patterns.COMMENT_TIME` match as (name,). They depend on the line's text alone: "per-line"
    memos, which the engine's next pass keeps, shared by the marks, the names and the starts
    of threads (made once per pass)."""
    facts = doc.memo.get("comment-line-facts")
    if facts is None:
        lines, words = doc.lines, doc.words

        def says(i: int):
            line = lines[i]
            if words[i] > _MAX_META_WORDS or ":" not in line:  # (the colon after the verb)
                return None
            m = p.COMMENTER_SAYS.match(line)
            if m is None:
                return None
            time = m["time"]
            return m["name"], (p.COMMENT_TIME.match(time) is not None if time.strip() else None)

        def stamp(i: int):
            line = lines[i]
            if words[i] > _MAX_META_WORDS or not _DIGIT.search(line):  # (a date's digits)
                return None
            m = p.COMMENT_TIME.match(line)
            return None if m is None else (m["name"],)

        facts = doc.memo["comment-line-facts"] = (per_line(doc, "comment-says", says), per_line(doc, "comment-stamp", stamp))
    return facts


def _is_time(doc, i: int) -> bool:
    return _line_facts(doc)[1](i) is not None


def _header_lines(doc) -> list[int]:
    """The lines that hold a thread header's needle (`patterns.THREAD_HEADER_NEEDLES`), up to
    _SEARCH_WORDS words, asked for once per pass by the several steps that read them."""
    found = doc.memo.get("comment-header-lines")
    if found is None:
        found = doc.memo["comment-header-lines"] = doc.lines_with(*p.THREAD_HEADER_NEEDLES, lower=True, max_words=_SEARCH_WORDS)
    return found  # type: ignore[return-value]


def _headers(doc) -> dict[int, tuple[bool, bool]]:
    """Whether a line is a thread header (`patterns.THREAD_HEADER`) and whether it is a
    pingback, for the lines that hold a header needle (no other line is either: every header
    and pingback holds one). Facts about single lines: a "per-line" memo, which the engine's
    next pass keeps for the lines that stay uncut, so each line is matched once; the dict
    filled for this pass is kept under "comment-headers" (which no next pass inherits)."""
    facts = doc.memo.get("comment-headers")
    if facts is None:
        facts = doc.memo.setdefault(("per-line", "comment-header"), {})
        lines, words, lower = doc.lines, doc.words, doc.lower
        for i in _header_lines(doc):
            if i not in facts:
                n, line = words[i], lines[i]
                facts[i] = (
                    n <= _MAX_HEADER_WORDS and p.THREAD_HEADER.match(line) is not None,
                    n <= _MAX_PINGBACK_WORDS and any(map(lower[i].__contains__, _PINGBACK_NEEDLES))
                    and p.PINGBACK.match(line) is not None,
                )
        doc.memo["comment-headers"] = facts
    return facts


_NEITHER = (False, False)


def _mark(doc, i: int, replies: set[int], headers: dict[int, tuple[bool, bool]], says, stamp) -> str | None:
    """What kind of thread mark line i is, or None; `headers` is `_headers(doc)`, `says` and
    `stamp` are `_line_facts(doc)`."""
    words, lines = doc.words, doc.lines
    n = words[i]
    if not n:
        return None
    if i in replies:
        return "reply button"
    header, pingback = headers.get(i, _NEITHER)
    if pingback:
        return "pingback"
    if n > _MAX_HEADER_WORDS:
        return None
    if header:
        return "comment thread header"
    if n > _MAX_META_WORDS:
        return None
    said = says(i)
    if said is not None and said[1] is not False:
        return "commenter's name line"
    if _CLOCK.search(lines[i]) and stamp(i) is not None:
        return "comment time stamp"
    return None


def _name(doc, i: int) -> str | None:
    """The commenter's name on a name line or a time stamp, or None."""
    says, stamp = _line_facts(doc)
    m = says(i) or stamp(i)
    name = m[0] if m is not None else None
    return name.strip(" |,-\u2013\u2014\u00b7") if name else None


def _confirmed_says(doc, i: int) -> bool:
    """Line i is "<Name> says:" with the comment's time on it or on the next line."""
    said = _line_facts(doc)[0](i)
    if said is None:
        return False
    if said[1] is not None:
        return said[1]
    nxt = doc.next_content(i)
    return nxt is not None and _is_time(doc, nxt)


def _starts(doc) -> tuple[list[int], set[int]]:
    """Lines that may open a thread, in order, and those of them that are a bare header
    ("Comments", "Diskussion"), which may also be an article's subheading."""
    hits = label_lines(doc)
    tail = doc.tail_start(_THREAD_TAIL)
    below = doc.tail_start(_BELOW_TOP)
    bare = {i for i in hits.get("comment-header", ()) if i >= tail}
    starts = set(bare)
    starts.update(i for i in _counts(doc) if i >= tail)
    # The platforms' own wording opens a thread wherever it stands below the top: a long thread
    # starts in the upper half of the text. A pingback starts one too.
    starts.update(i for i, (header, pingback) in _headers(doc).items() if i >= below and (header or pingback))
    # A thread without a header starts at its first comment or pingback.
    starts.update(
        i for i in doc.lines_with(*p.COMMENTER_SAYS_NEEDLES, lower=True, max_words=_MAX_META_WORDS)
        if i >= below and _confirmed_says(doc, i)
    )
    return sorted(starts), bare


def _counts(doc) -> list[int]:
    """The lines that are a count of comments alone ("3 Comments", "12 Kommentare"), in order:
    they open a thread (`_starts`) and sit below a post's time stamp (`_count_bylines`)."""
    found = doc.memo.get("comment-counts")
    if found is None:
        keys = doc.keys
        # Every such counter holds "ment" (each word but "reacties" does) or "reacties": a test
        # that turns away the other lines that open with a number (dates, list items) before
        # the pattern is tried.
        found = doc.memo["comment-counts"] = [
            i for i in label_lines(doc).get("number", ())
            if ("ment" in keys[i] or "reacties" in keys[i]) and _COMMENT_COUNT.match(keys[i])
        ]
    return found  # type: ignore[return-value]


def _link_candidates(doc) -> list[int]:
    """Lines that may hold a link to the thread's feed or trackbacks (see `patterns.THREAD_LINKS`),
    found once per pass."""
    found = doc.memo.get("comment-link-candidates")
    if found is None:
        found = doc.memo["comment-link-candidates"] = sorted({
            *_header_lines(doc),
            *doc.lines_with(*_LINK_NEEDLES, lower=True, max_words=_SEARCH_WORDS),
        })
    return found  # type: ignore[return-value]


def _stops(doc) -> set[int]:
    """Lines that end the last comment of a thread: a form, a link to the thread's feed, a
    list or box header, any other chrome label."""
    hits = label_lines(doc)
    keys = doc.keys
    found = {i for name in _STOPS for i in hits.get(name, ())}
    found.update(i for i in _link_candidates(doc) if keys[i] in _THREAD_LINKS)
    return found


def _marks(doc):
    """`_mark` of a line, each line looked at once: a line's mark depends on its text alone, so
    the marks are a "per-line" memo, kept for the engine's next pass."""
    replies = set(label_lines(doc).get("reply-button", ()))
    headers = _headers(doc)
    says, stamp = _line_facts(doc)
    return per_line(doc, "comment-mark", lambda i: _mark(doc, i, replies, headers, says, stamp))


def _threads(doc, mark):
    """(first line, last line) of each thread, in order; `mark` is `_marks(doc)`."""
    content = doc.content
    starts, bare = _starts(doc)
    stops = _stops(doc) if starts else set()
    done = -1
    for start in starts:
        if start <= done:
            continue
        k = bisect_left(content, start)
        last = start
        gap = 0
        kinds = set()
        # Walked by index: a slice would copy the rest of a long text for every start, and
        # islice would step over the lines above it for every start.
        for n in range(k + 1, len(content)):
            j = content[n]
            kind = mark(j)
            if not kind and j in stops and not any(mark(x) for x in content[n + 1:n + 1 + _BUTTON_PEEK]):
                # Another box (a teaser list, a tag list, the footer) ends the thread; a button
                # between two comments ("Like!", "Melden") has the next comment's mark below it.
                break
            if kind:
                last, gap = j, 0
                kinds.add(kind)
            else:
                gap += 1
                if gap > _MAX_GAP:
                    break
        # Under a bare "Diskussion", a dated line ("Stand: 23.06.2016, 16:14 Uhr") is the
        # article's: such a header needs a name line, a reply button or a pingback below it.
        if not kinds or start in bare and kinds <= {"comment time stamp"}:
            continue
        # The last comment runs on below its name line or time stamp, down to the comment form
        # or the end of the text.
        end = last
        if mark(last) in ("commenter's name line", "comment time stamp", "pingback"):
            k = bisect_left(content, last)
            run = content[k + 1:k + 1 + _MAX_GAP + 1]
            for n, j in enumerate(run):
                if j in stops or mark(j) == "reply button":
                    end = run[n - 1] if n else last
                    break
            else:
                if len(run) <= _MAX_GAP:
                    end = run[-1] if run else last
        yield start, end
        done = end


def _byline_prompt_end(line: str) -> int | None:
    """Where a byline ends before a prompt to comment run into it, or None."""
    if not _DIGIT.search(line):
        return None  # the byline holds a date
    m = p.BYLINE_COMMENT_PROMPT.match(line)
    return None if m is None else m.end("byline")


def _notice(line: str, n: int, header: bool) -> str | None:
    """What a line that holds a header needle says about the comments outside a thread, or None;
    `header`: whether it is a thread header."""
    if header and p.THREAD_NOTICE.search(line):
        return "comment thread notice"
    if n > _MAX_BYLINE_WORDS or not _DIGIT.search(line):
        return None
    if p.COUNT_BYLINE.match(line):
        return "byline with a link to the comments"
    if p.COMMENT_PROMPT_COUNT.match(line):
        return "prompt to comment with the count of comments"
    return None


def _entry(line: str, n: int) -> str | None:
    """The shape of a "Recent comments" widget's entry that a line has: "post" ("<name> on
    <post title>"), "excerpt" ("<name>: <first words> ..."), "short" ("<name>: <a short
    comment>"), or None."""
    if n > _MAX_ENTRY_WORDS:
        return None
    end = line.rstrip()
    if p.RECENT_COMMENT_EXCERPT.match(line):
        return "excerpt"
    if p.RECENT_COMMENT_ENTRY.match(line):
        # "Anna works on the new bridge.": an entry never ends like a sentence, nor with a quote
        # ("The mayor on the decision: “A good day.”").
        if (not end.endswith(".") or end.endswith(("...", "\u2026"))) and not _QUOTED.search(end):
            return "post"
    if n <= _MAX_SHORT_ENTRY_WORDS and _SHORT_ENTRY.match(line):
        return "short"
    return None


def _header_key(doc, i: int) -> str | None:
    key = doc.keys[i]
    return " ".join(_HEADER_MARKS.sub("", key).split()) if key else key


def _recent_comments(doc):
    """(line, evidence) for the lines of "Recent comments" widgets: their header ("Recent
    Comments", "Neueste Kommentare") and the entries right below it ("Anna on <post title>",
    "Jo: Thanks, I tried it ..."), down to the first other line. (Under a bare "Comments" the
    same lines may be an article's quotes: "Die Opposition zu dem Plan: „Zu teuer.“")"""
    lines, words = doc.lines, doc.words
    entry = per_line(doc, "comment-widget-entry", lambda i: _entry(lines[i], words[i]))
    for h in doc.lines_with(*p.RECENT_COMMENT_NEEDLES, lower=True, max_words=_MAX_HEADER_KEY_WORDS):
        if words[h] > _MAX_HEADER_KEY_WORDS or _header_key(doc, h) not in _RECENT_HEADERS:
            continue
        found, shaped = [], False
        j = doc.next_content(h)
        while j is not None:
            kind = entry(j)
            if kind is None:
                break
            found.append(j)
            shaped = shaped or kind != "short"
            j = doc.next_content(j)
        if shaped:
            header = lines[h].strip()
            yield h, "header of a recent-comments widget"
            for j in found:
                yield j, f"entry of the recent-comments widget under {header!r}"


def _excerpt_runs(doc):
    """(line, evidence) for a "Recent comments" widget under a bare "Comments" (or a header
    the theme decorates: "Komm{e}ntare"): a run of lines "<name>: <words>" right below it, of
    which at least _MIN_EXCERPTS are comments cut short at about one length, as a widget cuts
    them, by several names. A script's dialogue trailing off ("Anna: Well, I thought ...")
    runs to all lengths; teasers with a label ("Klappentext: ...", "BERLIN: ...") repeat it,
    or hold headlines between them."""
    lines, words, content = doc.lines, doc.words, doc.content
    entry = per_line(doc, "comment-widget-entry", lambda i: _entry(lines[i], words[i]))
    done = -1
    for i in doc.lines_with(*p.TRUNCATED_TEASER_NEEDLES, lower=True, max_words=_MAX_ENTRY_WORDS):
        # A cheap test first: the name's colon near the start, the ellipsis at the end.
        line = lines[i]
        if (i <= done or not 0 < line.find(": ") <= _MAX_NAME_CHARS
                or not line.rstrip().endswith(("...", "\u2026")) or entry(i) != "excerpt"):
            continue
        k = bisect_left(content, i)
        lo = hi = k
        while lo > 0 and entry(content[lo - 1]) in _NAMED:
            lo -= 1
        while hi + 1 < len(content) and entry(content[hi + 1]) in _NAMED:
            hi += 1
        run = content[lo:hi + 1]
        done = run[-1]
        if not lo or words[content[lo - 1]] > _MAX_HEADER_KEY_WORDS:
            continue
        header = content[lo - 1]
        if _header_key(doc, header) not in _WIDGET_HEADERS:
            continue
        names, cut = [], []
        for j in run:
            name, _, said = lines[j].partition(":")
            names.append(name.strip().lower())
            if entry(j) == "excerpt":
                cut.append(len(said.strip()))
        if (len(cut) >= _MIN_EXCERPTS and 3 * len(cut) >= 2 * len(run)
                and min(cut) >= _MIN_EXCERPT_CHARS and max(cut) <= _EXCERPT_SPREAD * min(cut)
                and len(set(names)) >= _MIN_EXCERPT_NAMES and 2 * max(map(names.count, names)) <= len(names)):
            yield header, "header of a recent-comments widget"
            for j in run:
                yield j, _EXCERPT


def _form_line(doc, i: int, mark, prompts: set[int], notice) -> str | None:
    """What line i is in a comment form or among a thread's buttons: "field" (a form notice
    or a field's label), "prompt" (a prompt to comment), "button" (a reply button, another
    prompt, a thread mark, a widget's notice), or None if it is neither. (`notice` is the
    "per-line" memo of `_form_notice`.)"""
    key = doc.keys[i]
    if i in prompts:
        return "prompt" if key and _FORM_PROMPT.search(key) else "button"
    if key and key in _FIELDS:
        return "field"
    if mark(i):
        return "button"
    return notice(i) if doc.words[i] <= _MAX_NOTE_WORDS else None


def _form_notice(line: str) -> str | None:
    """"field" for a comment form's notice (`patterns.COMMENT_FORM`), "button" for a blog
    widget's (`patterns.BLOG_WIDGET_NOTICE`), else None."""
    if p.COMMENT_FORM.match(line):
        return "field"
    if p.BLOG_WIDGET_NOTICE.match(line):
        return "button"
    return None


def _form_notes(doc, mark, ends: list[int]):
    """Blocks right below a comment form that speak to the commenter: the blog owner's note
    ("A kind word makes my day! Thanks for taking the time to leave your thoughts"), a hint on
    how to comment, the form's data notice. The form is walked down from a thread's end, over
    at least a prompt to comment, or from a prompt to comment in the last half of the text,
    over at least a form notice or a field (a "Kommentar schreiben" button under a headline
    is followed by the article). The block holds at most a few short lines."""
    hits = label_lines(doc)
    prompts = {*hits.get("call-to-action", ()), *hits.get("label-row:call-to-action", ()),
               *hits.get("reply-button", ())}
    keys, lines, words = doc.keys, doc.lines, doc.words
    tail = doc.tail_start(_THREAD_TAIL)
    starts = {end: ("prompt", "field") for end in ends}
    for i in prompts:
        if i >= tail and i not in starts and keys[i] and _FORM_PROMPT.search(keys[i]):
            starts[i] = ("field",)
    # What a line says to the commenter depends on its text alone: a "per-line" memo.
    notice = per_line(doc, "comment-form-notice", lambda i: _form_notice(lines[i]))
    done = -1
    for a in sorted(starts):
        if a <= done:
            continue
        form = False
        j = doc.next_content(a)
        while j is not None:
            kind = _form_line(doc, j, mark, prompts, notice)
            if kind is None:
                break
            form = form or kind in starts[a]
            j = doc.next_content(j)
        done = j if j is not None else len(lines)
        if j is None or not form:
            continue
        block = range(j, doc.block_end(j) + 1)
        if len(block) > _MAX_NOTE_LINES or sum(words[k] for k in block) > _MAX_NOTE_WORDS:
            continue
        text = " ".join(lines[k] for k in block)
        if p.FORM_NOTE_WORDS.search(text) and not p.REPORTED_SPEECH.search(text):
            for k in block:
                yield k, _NOTE


def _count_bylines(doc):
    """A post's time stamp right above the count of its comments ("Anna Berg | 29.07.2006 um
    14:26" over "1 Kommentar"): the meta row `patterns.COUNT_BYLINE` takes on one line, printed
    on two."""
    for i in _counts(doc):
        above = doc.prev_content(i)
        if above is not None and _CLOCK.search(doc.lines[above]) and _is_time(doc, above):
            yield above, "time stamp above the count of comments"


def _consents(doc):
    """Lines that open with a comment form's consent, data or moderation notice (a fact about
    the line alone: a "per-line" memo)."""
    lines = doc.lines
    consent = per_line(doc, "comment-consent",
                       lambda i: p.COMMENT_CONSENT.match(lines[i]) is not None and not p.REPORTED_SPEECH.search(lines[i]))
    for i in doc.lines_with(*p.COMMENT_CONSENT_NEEDLES, lower=True):
        if consent(i):
            yield i, _CONSENT


@rule("comment-thread", prose_evidence=(_CONSENT, _NOTE, _EXCERPT))
def comment_thread(doc, config):
    """Reader-comment threads below the article: the header that opens one ("14 thoughts on
    “<title>”", "2 Kommentare zu „<title>“", "5 comments:", "Comments"), the commenters' name
    lines and time stamps ("Anna sagt:", "23. Juni 2016 um 17:21 Uhr", "Iwona May 30, 2019 at
    1:06 PM"), reply buttons, pingbacks, and the short comments between them; also thread
    notices with no comment ("There are 0 comments. Add yours.", "Kommentare insgesamt: 0"),
    time stamps that count the comments ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91
    Ergänzungen"), rows of links to the thread's feeds ("Kommentarfeed | Trackback-URL"), and
    a prompt to comment at the end of a byline ("June 3, 2020 by Anna Post a Comment" keeps
    "June 3, 2020 by Anna"). Around the thread: "Recent comments" widgets, above or below the
    article ("Recent Comments" / "Anna on <post title>", "Jo bei <Beitrag>", "Jo: Danke, ich
    habe es ..."), the blog owner's note right below the comment form ("Thanks for taking the
    time to share your thoughts"), and the form's consent notices ("Please tick the box before
    posting your comment.").

    Avoids: an interview's "Name: question" lines and a quote's "Der Minister sagt:" (a name
    line needs the verb, and the comment's time on it or below it); dated lines of a chronology
    (a time stamp only counts below a thread's header or name line); the article above the
    thread (a thread starts in the last half of the text, and its marks stand at most a few
    paragraphs apart); long comments that read like prose stay (``prose-guard``); quotes
    under a subheading ("Latest comments" / "The mayor on the decision: “A good day.”") and a
    dialogue trailing off ("Anna: Well, I thought ...": a widget cuts its comments at one
    length, by several names).

    >>> from cleaner import clean
    >>> clean("The bridge opens in May.\\n\\n2 thoughts on “The new bridge”\\n\\nAnna says:\\n"
    ...       "May 3, 2021 at 4:11 pm\\nFinally!\\nReply")
    'The bridge opens in May.'
    """
    lines, words = doc.lines, doc.words
    mark = _marks(doc)
    taken: set[int] = set()
    previous_end = 0  # offset where the thread above ends: its names are commenters', not the author's
    ends = []
    for start, end in _threads(doc, mark):
        ends.append(end)
        header = lines[start].strip()
        # The author's name is looked for in the text above the thread, back to at most
        # _AUTHOR_WINDOW characters and not into a thread above: the page's own byline, not a
        # name anywhere in a long text.
        above_end = doc.starts[start]
        above_start = max(previous_end, above_end - _AUTHOR_WINDOW)
        previous_end = doc.starts[end] + len(lines[end])
        by_author = False
        above = {}  # name -> whether the text above the thread holds it
        comment = f"reader comment under {header!r}"
        for i in range(start, end + 1):
            if not words[i]:
                continue
            kind = mark(i) or ("comment thread header" if i == start else None)
            if kind is not None:
                # A comment signed with a name printed above the thread is the author's reply:
                # it completes the article ("We are working toward releasing version 0.2").
                name = _name(doc, i)
                if name is not None or kind not in ("comment time stamp",):
                    if name is None or len(name) < _MIN_NAME_CHARS:
                        by_author = False
                    else:
                        by_author = above.get(name)
                        if by_author is None:
                            by_author = above[name] = doc.text.find(name, above_start, above_end) != -1
                taken.add(i)
                yield i, kind
            elif not by_author:
                taken.add(i)
                yield i, comment
    # What a line outside the threads is depends on its text alone: "per-line" memos, kept
    # for the engine's next pass.
    headers = _headers(doc)
    notice = per_line(doc, "comment-notice", lambda i: _notice(lines[i], words[i], headers[i][0]))
    for i in _header_lines(doc):
        if i in taken:
            continue
        evidence = notice(i)
        if evidence is not None:
            yield i, evidence
    prompt = per_line(doc, "comment-prompt", lambda i: _byline_prompt_end(lines[i]))
    for i in sorted({*_header_lines(doc),
                     *doc.lines_with("reply", lower=True, max_words=_SEARCH_WORDS)}):
        if i not in taken and words[i] <= _MAX_BYLINE_WORDS:
            cut = prompt(i)
            if cut is not None:
                yield i, "prompt to comment at the end of a byline", cut
    for i, evidence in (*_recent_comments(doc), *_excerpt_runs(doc), *_form_notes(doc, mark, ends), *_count_bylines(doc), *_consents(doc)):
        if i not in taken:
            taken.add(i)
            yield i, evidence
    keys, rows = doc.keys, link_rows(doc)
    for i in _link_candidates(doc):
        if i in taken or words[i] > MAX_ROW_WORDS:
            continue
        if keys[i] in _THREAD_LINKS:
            yield i, "link to the comments"
        else:
            items = rows.get(i)
            if items and all(k in _ROW_ITEMS for k in items) and any(k in _THREAD_LINKS for k in items):
                yield i, "row of links to the comments"
