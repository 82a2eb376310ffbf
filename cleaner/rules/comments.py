"""comment-thread: reader comments below the article, with their headers and meta lines.

A thread is found by its marks, the lines a comment system prints around each comment (see
`cleaner.patterns`, section "Reader-comment threads"): a header that opens it ("14 thoughts on
“<title>”", "Kommentare"), the commenter's name line ("Anna sagt:"), the time stamp ("23. Juni
2016 um 17:21 Uhr"), reply buttons, pingbacks. The comments themselves are the lines between
those marks; they go only inside a thread found that way, below the article.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import islice

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
_CLOCK = regex.compile(r"\d\s?(?:[:.]\d\d|h\s?\d|[ap]\.?m)", regex.IGNORECASE)
# The searches for headers, pingbacks and links look at the lines up to this many words (at
# least the longest line the rule takes, a header or a pingback): the text of those short
# lines is shared with the rules that search for notices.
_SEARCH_WORDS = 40
# The author's byline is looked for this far above a thread (characters): a long article page.
_AUTHOR_WINDOW = 200_000
# A commenter's name shorter than this ("Jo", "to") is no evidence of who wrote the comment.
_MIN_NAME_CHARS = 4
# Line families whose lines end the last comment of a thread (the comment form, the footer).
_STOPS = (*(name for name, _ in FAMILIES), "related-header", "tag-header", "author-header", "comment-header")


def _is_time(doc, i: int) -> bool:
    return doc.words[i] <= _MAX_META_WORDS and p.COMMENT_TIME.match(doc.lines[i]) is not None


def _says(doc, i: int):
    """The `COMMENTER_SAYS` match of line i, or None."""
    if doc.words[i] > _MAX_META_WORDS:
        return None
    return p.COMMENTER_SAYS.match(doc.lines[i])


def _headers(doc) -> dict[int, tuple[bool, bool]]:
    """Whether a line is a thread header (`patterns.THREAD_HEADER`) and whether it is a
    pingback, for the lines that hold a header needle (no other line is either: every header
    and pingback holds one). Facts about single lines: a "per-line" memo, which the engine's
    next pass keeps for the lines that stay uncut, so each line is matched once."""
    facts = doc.memo.setdefault(("per-line", "comment-header"), {})
    lines, words = doc.lines, doc.words
    for i in doc.lines_with(*p.THREAD_HEADER_NEEDLES, lower=True, max_words=_SEARCH_WORDS):
        if i not in facts:
            n, line = words[i], lines[i]
            facts[i] = (
                n <= _MAX_HEADER_WORDS and p.THREAD_HEADER.match(line) is not None,
                n <= _MAX_PINGBACK_WORDS and p.PINGBACK.match(line) is not None,
            )
    return facts


_NEITHER = (False, False)


def _mark(doc, i: int, replies: set[int], headers: dict[int, tuple[bool, bool]]) -> str | None:
    """What kind of thread mark line i is, or None; `headers` is `_headers(doc)`."""
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
    line = lines[i]
    says = p.COMMENTER_SAYS.match(line) if ":" in line else None
    if says is not None and (not says["time"].strip() or p.COMMENT_TIME.match(says["time"])):
        return "commenter's name line"
    if _CLOCK.search(line) and p.COMMENT_TIME.match(line):
        return "comment time stamp"
    return None


def _name(doc, i: int) -> str | None:
    """The commenter's name on a name line or a time stamp, or None."""
    if doc.words[i] > _MAX_META_WORDS:
        return None
    line = doc.lines[i]
    m = p.COMMENTER_SAYS.match(line) or p.COMMENT_TIME.match(line)
    name = m["name"] if m is not None else None
    return name.strip(" |,-\u2013\u2014\u00b7") if name else None


def _confirmed_says(doc, i: int) -> bool:
    """Line i is "<Name> says:" with the comment's time on it or on the next line."""
    says = _says(doc, i)
    if says is None:
        return False
    if says["time"].strip():
        return p.COMMENT_TIME.match(says["time"]) is not None
    nxt = doc.next_content(i)
    return nxt is not None and _is_time(doc, nxt)


def _starts(doc) -> tuple[list[int], set[int]]:
    """Lines that may open a thread, in order, and those of them that are a bare header
    ("Comments", "Diskussion"), which may also be an article's subheading."""
    hits = label_lines(doc)
    tail = doc.tail_start(_THREAD_TAIL)
    keys = doc.keys
    below = doc.tail_start(_BELOW_TOP)
    bare = {i for i in hits.get("comment-header", ()) if i >= tail}
    starts = set(bare)
    starts.update(i for i in hits.get("number", ()) if i >= tail and _COMMENT_COUNT.match(keys[i]))
    # The platforms' own wording opens a thread wherever it stands below the top: a long thread
    # starts in the upper half of the text. A pingback starts one too.
    starts.update(i for i, (header, pingback) in _headers(doc).items() if i >= below and (header or pingback))
    # A thread without a header starts at its first comment or pingback.
    starts.update(
        i for i in doc.lines_with(*p.COMMENTER_SAYS_NEEDLES, lower=True, max_words=_MAX_META_WORDS)
        if i >= below and _confirmed_says(doc, i)
    )
    return sorted(starts), bare


def _link_candidates(doc) -> list[int]:
    """Lines that may hold a link to the thread's feed or trackbacks (see `patterns.THREAD_LINKS`)."""
    return sorted({
        *doc.lines_with(*p.THREAD_HEADER_NEEDLES, lower=True, max_words=_SEARCH_WORDS),
        *doc.lines_with(*_LINK_NEEDLES, lower=True, max_words=_SEARCH_WORDS),
    })


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
    return per_line(doc, "comment-mark", lambda i: _mark(doc, i, replies, headers))


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
        # Walked with islice: a slice would copy the rest of a long text for every start.
        for j in islice(content, k + 1, None):
            kind = mark(j)
            if not kind and j in stops:
                # Another box (a teaser list, a tag list, the footer) ends the thread.
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
    m = p.BYLINE_COMMENT_PROMPT.match(line)
    return None if m is None else m.end("byline")


def _notice(line: str, n: int, header: bool) -> str | None:
    """What a line that holds a header needle says about the comments outside a thread, or None;
    `header`: whether it is a thread header."""
    if header and p.THREAD_NOTICE.search(line):
        return "comment thread notice"
    if n <= _MAX_BYLINE_WORDS and p.COUNT_BYLINE.match(line):
        return "byline with a link to the comments"
    if n <= _MAX_BYLINE_WORDS and p.COMMENT_PROMPT_COUNT.match(line):
        return "prompt to comment with the count of comments"
    return None


@rule("comment-thread")
def comment_thread(doc, config):
    """Reader-comment threads below the article: the header that opens one ("14 thoughts on
    “<title>”", "2 Kommentare zu „<title>“", "5 comments:", "Comments"), the commenters' name
    lines and time stamps ("Anna sagt:", "23. Juni 2016 um 17:21 Uhr", "Iwona May 30, 2019 at
    1:06 PM"), reply buttons, pingbacks, and the short comments between them; also thread
    notices with no comment ("There are 0 comments. Add yours.", "Kommentare insgesamt: 0"),
    time stamps that count the comments ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91
    Ergänzungen"), rows of links to the thread's feeds ("Kommentarfeed | Trackback-URL"), and
    a prompt to comment at the end of a byline ("June 3, 2020 by Anna Post a Comment" keeps
    "June 3, 2020 by Anna").

    Avoids: an interview's "Name: question" lines and a quote's "Der Minister sagt:" (a name
    line needs the verb, and the comment's time on it or below it); dated lines of a chronology
    (a time stamp only counts below a thread's header or name line); the article above the
    thread (a thread starts in the last half of the text, and its marks stand at most a few
    paragraphs apart); long comments that read like prose stay (``prose-guard``).

    >>> from cleaner import clean
    >>> clean("The bridge opens in May.\\n\\n2 thoughts on “The new bridge”\\n\\nAnna says:\\n"
    ...       "May 3, 2021 at 4:11 pm\\nFinally!\\nReply")
    'The bridge opens in May.'
    """
    lines, words = doc.lines, doc.words
    mark = _marks(doc)
    taken: set[int] = set()
    previous_end = 0  # offset where the thread above ends: its names are commenters', not the author's
    for start, end in _threads(doc, mark):
        header = lines[start].strip()
        # The author's name is looked for in the text above the thread, back to at most
        # _AUTHOR_WINDOW characters and not into a thread above: the page's own byline, not a
        # name anywhere in a long text.
        above_end = doc.starts[start]
        above_start = max(previous_end, above_end - _AUTHOR_WINDOW)
        previous_end = doc.starts[end] + len(lines[end])
        by_author = False
        for i in range(start, end + 1):
            if not words[i]:
                continue
            kind = mark(i) or ("comment thread header" if i == start else None)
            if kind is not None:
                # A comment signed with a name printed above the thread is the author's reply:
                # it completes the article ("We are working toward releasing version 0.2").
                name = _name(doc, i)
                if name is not None or kind not in ("comment time stamp",):
                    by_author = (
                        name is not None and len(name) >= _MIN_NAME_CHARS
                        and doc.text.find(name, above_start, above_end) != -1
                    )
                taken.add(i)
                yield i, kind
            elif not by_author:
                taken.add(i)
                yield i, f"reader comment under {header!r}"
    # What a line outside the threads is depends on its text alone: "per-line" memos, kept
    # for the engine's next pass.
    headers = _headers(doc)
    notice = per_line(doc, "comment-notice", lambda i: _notice(lines[i], words[i], headers[i][0]))
    for i in doc.lines_with(*p.THREAD_HEADER_NEEDLES, lower=True, max_words=_SEARCH_WORDS):
        if i in taken:
            continue
        evidence = notice(i)
        if evidence is not None:
            yield i, evidence
    prompt = per_line(doc, "comment-prompt", lambda i: _byline_prompt_end(lines[i]))
    for i in sorted({*doc.lines_with(*p.THREAD_HEADER_NEEDLES, lower=True, max_words=_SEARCH_WORDS),
                     *doc.lines_with("reply", lower=True, max_words=_SEARCH_WORDS)}):
        if i not in taken and words[i] <= _MAX_BYLINE_WORDS:
            cut = prompt(i)
            if cut is not None:
                yield i, "prompt to comment at the end of a byline", cut
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
