"""`patterns.Leftmost`: a pattern written as several parts finds the start that the one
alternation of its parts finds, which is all a rule reads from a match of `SITE_NOTICES`
(a kind's pattern may be split into parts for speed without changing a decision)."""

from __future__ import annotations

from pathlib import Path

import regex

from cleaner.patterns import SITE_NOTICES, Leftmost

PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.txt"))

# Lines that open with a notice, hold one further on, or both (the parts' matches race).
PROBES = [
    "No spam, we promise. You can unsubscribe at any time.",
    "Sign up to get the best stories in your inbox. Subscribe to our newsletter today.",
    "We respect your privacy. Sign up for our weekly newsletter!",
    "Unser Newsletter informiert Sie jede Woche. Jetzt kostenlos anmelden und Newsletter lesen.",
    "Slow Money Notes is a reader-supported publication. To receive new posts and support my work, subscribe.",
    "To receive new posts and support my work, consider becoming a subscriber.",
    "• No spam, we promise.",
    "Follow us on Twitter and join our Telegram channel.",
    "Folge uns auf Instagram!",
    "Entre no nosso canal do WhatsApp",
    "Receba as notícias do dia no WhatsApp",
    "The club said fans could follow the match on YouTube, where our YouTube channel streams it.",
]


def _alternation(pattern: Leftmost):
    flags = pattern.patterns[0].flags
    return regex.compile("|".join(f"(?:{part.pattern}\n)" for part in pattern.patterns), flags)


def _start(m) -> int | None:
    return None if m is None else m.start()


def test_a_leftmost_notice_pattern_finds_the_start_of_the_alternation_of_its_parts():
    lines = list(PROBES)
    for page in PAGES:
        lines += [line for line in page.read_text(encoding="utf-8").splitlines() if 0 < len(line.split()) <= 120]
    split = {kind: pattern for kind, pattern in SITE_NOTICES.items() if isinstance(pattern, Leftmost)}
    assert {"newsletter pitch", "social channel promotion"} <= set(split)
    found = 0
    for kind, pattern in split.items():
        whole = _alternation(pattern)
        for line in lines:
            start = _start(pattern.search(line))
            assert start == _start(whole.search(line)), (kind, line)
            found += start is not None
    assert found >= len(PROBES)


def test_a_part_that_opens_with_the_anchor_of_its_branches_finds_what_it_finds_without():
    """A part whose branches are all anchored at the line's start opens with "^" too, which
    spares the search the other positions: the anchor takes no match away. (A branch added
    without "^" fails here on the probes that put it after other words.)"""
    lines = [*PROBES, *(f"Heute: {probe}" for probe in PROBES), *(f"{probe} {probe}" for probe in PROBES)]
    for page in PAGES:
        lines += [line for line in page.read_text(encoding="utf-8").splitlines() if 0 < len(line.split()) <= 120]
    anchored = [part for pattern in SITE_NOTICES.values() if isinstance(pattern, Leftmost)
                for part in pattern.patterns if part.pattern.startswith("^\\b(?:^")]
    assert len(anchored) == 2
    found = 0
    for part in anchored:
        loose = regex.compile(part.pattern[1:], part.flags)
        for line in lines:
            assert _start(part.search(line)) == _start(loose.search(line)), (part.pattern[:40], line)
            found += part.search(line) is not None
    assert found >= 8
