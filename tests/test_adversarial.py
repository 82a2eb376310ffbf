"""Adversarial inputs: no catastrophic regex backtracking, no super-linear path, always a str.

Each case builds its input (about 1 MB, or a single line of 10^5 to 10^6 characters) and
cleans it in a subprocess with a generous time limit, so that a hang fails the test instead of
blocking the run. Normal pages clean at 10+ MB/s; every case here takes well under a second on
a linear path, so the limit only catches quadratic (or worse) behaviour.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# CPU seconds clean() may take on a case: a super-linear path or catastrophic backtracking takes
# minutes. (CPU time, not wall time: a loaded machine stretches wall time several times over.)
TIME_LIMIT = 20.0
# Wall seconds per case, start-up included, after which the case is stopped.
WALL_LIMIT = 5 * TIME_LIMIT
ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000

ARTICLE = "The council voted on Friday to keep the library open, after a long debate about costs.\n\n"


def _numbered(pattern: str, n: int) -> str:
    return "\n".join(pattern.format(i=i) for i in range(n))


def _embedded(line: str) -> str:
    """`line` as one line between two paragraphs of article text."""
    return ARTICLE + line + "\n\n" + ARTICLE


# name -> function building the input. Functions, so the parent process builds nothing.
CASES = {
    # 1 MB of one character.
    "one-char-letter": lambda: "a" * MB,
    "one-char-dot": lambda: "." * MB,
    "one-char-space": lambda: " " * MB,
    "one-char-nbsp": lambda: "\u00a0" * MB,
    "one-char-newline": lambda: "\n" * MB,
    "one-char-at": lambda: "@" * MB,
    "one-char-non-latin": lambda: "\u00fc" * MB,
    # 1 MB with no newline, made of words.
    "words-no-newline": lambda: "The quick brown Fox jumps over the lazy Dog, said Reuters. " * (MB // 58),
    "chrome-words-no-newline": lambda: "Most Read Photo: Getty Images Share Follow @news Tags: " * (MB // 56),
    # Long runs of punctuation, after a chrome keyword that sends the line to a rule's pattern.
    "dots-run": lambda: _embedded("Read more " + "." * 200_000),
    "slash-run": lambda: _embedded("Photo: " + "/" * 200_000),
    "at-run": lambda: _embedded("Follow " + "@" * 200_000),
    "paren-run": lambda: _embedded("(Photo by " + "(" * 200_000),
    "bracket-space-run": lambda: _embedded("[ " * 100_000 + "AFP"),
    "pipe-run": lambda: _embedded("Home " + "| " * 100_000),
    "dash-run": lambda: _embedded("Tags: " + "- " * 100_000),
    "comma-list-run": lambda: _embedded("Tags: " + "a, " * 100_000),
    "copyright-run": lambda: _embedded("\u00a9 " * 100_000),
    # 100 000 short lines.
    "short-lines-same": lambda: ARTICLE + "Home\n" * 100_000 + ARTICLE,
    "short-lines-numbered": lambda: ARTICLE + _numbered("{i}. News", 100_000) + "\n" + ARTICLE,
    "short-lines-ranked-list": lambda: ARTICLE + "Most Read\n" + _numbered("{i}\nHeadline number {i}\n3 years ago", 33_000),
    "short-lines-blank-separated": lambda: _numbered("Item {i}\n", 100_000),
    # A line of 200 000 capitalised words with slashes (a photo credit gone wrong).
    "capitalised-words-slashes": lambda: _embedded(" ".join(f"Name{i % 97}/AGENCY/POOL" for i in range(200_000))),
    # Every ". " starts a possible trailing credit (the search for one runs from each sentence end).
    "sentence-ends-then-agency": lambda: _embedded("A. " * 300_000 + "AFP x"),
    "caption-with-endless-credit": lambda: _embedded(
        "A caption ends here. " + " ".join("JEON/HEON-KYUN/POOL" for _ in range(200_000)) + " via Getty Images"),
    # A labelled credit whose tail fails at the end: its tokens may be grouped across the slashes
    # in many ways unless a token never holds a separator.
    "credit-label-slash-groups": lambda: _embedded("A caption ends here. Foto: " + "a/" * 120 + "a!x)"),
    "credit-paren-slash-run": lambda: _embedded("A caption ends here. (" + "a / " * 20_000 + "x)"),
    # Odd characters and line ends.
    "control-characters": lambda: ("".join(map(chr, range(32))) + "\x7f\x85\u2028\u2029 Share\n") * 20_000,
    "lone-surrogates": lambda: ("Photo: \udc80\udcff Reuters \ud800 text \udfff.\n" + ARTICLE) * 10_000,
    "cr-only": lambda: (ARTICLE.replace("\n", "\r") + "Share\rMost Read\r1.\rHeadline\r") * 10_000,
    "crlf": lambda: (ARTICLE.replace("\n", "\r\n") + "Tags:\r\nPolitics\r\n") * 10_000,
    "long-url": lambda: _embedded("https://example.com/" + "a/" * 300_000),
    # Site notices, filing lines, footers and bios: a few words around one endless token, so the
    # line passes the rules' word caps and reaches their patterns.
    "newsletter-pitch-long-token": lambda: _embedded("Abonnieren Sie unseren " + "x" * 200_000 + " Newsletter"),
    "consent-long-token": lambda: _embedded("Ich bin mit " + "x" * 200_000 + " einverstanden"),
    "licence-long-token": lambda: _embedded("All content " + "x" * 200_000 + " licensed under " + "y" * 200_000),
    "filing-line-long-token": lambda: _embedded("Dieser Beitrag wurde in " + "x" * 200_000 + " veröffentlicht"),
    "page-history-long-token": lambda: _embedded("Diese Seite wurde zuletzt am " + "x" * 200_000 + " geändert"),
    "bio-beat-long-token": lambda: _embedded("Evan Halper writes about " + "x" * 200_000),
    "paywall-long-token": lambda: _embedded("To read the full story, please " + "x" * 200_000),
    # The long notices (disclaimers, copyright footers with terms, terms of use, licences): a few
    # words around endless tokens, then the same with runs of spaces.
    "disclaimer-long-token": lambda: _embedded("Disclaimer: " + "x" * 200_000 + " this site"),
    "named-disclaimer-long-token": lambda: _embedded("Example " * 4 + "does not provide medical advice " + "x" * 200_000 + " we"),
    "copyright-footer-long-token": lambda: _embedded("\u00a9 2020 " + "x " * 40 + "y" * 200_000 + " all rights reserved"),
    "terms-long-token": lambda: _embedded("By using this site " + "x" * 200_000 + " you agree"),
    "licence-chooser-long-token": lambda: _embedded("is licensed under a Creative Commons " + "1.0" * 100_000 + " License."),
    "loose-legal-row-long-token": lambda: _embedded(" \u2013 ".join(["x" * 20_000] * 10 + ["Impressum", "Datenschutz"])),
    # A short heading over a sentence, again and again: one run of terms of a glossary, walked
    # once, not once per heading.
    "heading-over-sentence-repeated": lambda: ("* Home\n" + ARTICLE) * 20_000,
    # One label on every line of one long block: each asks for the block's end or the run's start.
    "author-header-every-line": lambda: "About the author\n" * 20_000,
    "network-name-every-line": lambda: "E-mail\nInstagram\n" * 10_000,
    # A dump that indents every line (a text browser's): each indented label looks up for the
    # line that introduces its block.
    "indented-every-line": lambda: ("    Home\n    " + ARTICLE.strip() + "\n    Share\n") * 20_000,
    # Markdown syntax that opens and never closes, or nests: every "[" starts a possible link.
    "markdown-open-links": lambda: _embedded("[a](x" * 200_000),
    "markdown-nested-images": lambda: _embedded("[![" * 300_000 + "](x)"),
    "markdown-bold-runs": lambda: _embedded("**a " * 250_000),
    "markdown-links-everywhere": lambda: ("* [Home](https://example.com/)\n" + ARTICLE) * 20_000,
    # Thousands of comment threads in one text (pages concatenated): each thread is walked from
    # its own start, never over the rest of the text.
    "many-comment-threads": lambda: (
        ARTICLE * 20 + "2 thoughts on \u201cThe bridge\u201d\n\nAnna Berg says:\nMay 3, 2021 at 4:11 pm\nFinally!\nReply\n\n"
    ) * 4_000,
}

# Long whitespace runs inside a short line that names a photo agency (a few words, so it is
# tried against the agency-credit pattern). `patterns.AGENCY_LINE` backtracks quadratically
# over such runs: adjacent quantifiers that both match whitespace ("[\s(\[]*" then "\s*", and
# "\s*(?:[/|,&]\s*|\s+)" inside the name repeat) can split one run in O(n) ways, each retried.
WHITESPACE_RUN_CASES = {
    "agency-after-space-run": lambda: _embedded("Photo" + " " * 100_000 + "Reuters x"),
    "agency-then-nbsp-run": lambda: _embedded("Reuters" + "\u00a0" * 100_000 + "!"),
    "agency-credit-then-tab-run": lambda: _embedded("REUTERS/Kim Lee" + "\t" * 100_000 + "x"),
    "space-run-before-slash": lambda: _embedded("Wir " + " " * 100_000 + "sind hier. /"),
    # The same at the end of share and follow prompts and inside a credit's parenthesis.
    "share-button-then-space-run": lambda: _embedded("Share on Facebook" + " " * 100_000 + "x"),
    "follow-prompt-then-space-run": lambda: _embedded("Follow us" + " " * 100_000 + "x"),
    "credit-paren-space-run": lambda: _embedded("(Foto:" + " " * 100_000 + "(x)"),
    "link-row-space-run": lambda: _embedded("Impressum" + " " * 100_000 + "x | Datenschutz"),
    "follow-blog-space-run": lambda: _embedded("Gib deine E-Mail-Adresse" + " " * 100_000 + "ein, um diesem Blog x"),
    "footer-credit-space-run": lambda: _embedded("Powered by" + " " * 100_000 + "x | Powered by WordPress"),
    "site-notice-space-run": lambda: _embedded("Subscribe to our" + " " * 100_000 + "x newsletter"),
    "disclaimer-space-run": lambda: _embedded("Disclaimer:" + " " * 100_000 + "x this site"),
    "copyright-footer-space-run": lambda: _embedded("\u00a9 2020 X" + " " * 100_000 + "x all rights reserved " + "y " * 30),
    "reuse-terms-space-run": lambda: _embedded("x." + " " * 100_000 + "reproduction of material from this site without written permission"),
}

_CHILD = """
import json, sys, time
sys.path[:0] = [{tests!r}, {root!r}]
from test_adversarial import CASES, WHITESPACE_RUN_CASES
import cleaner
text = {{**CASES, **WHITESPACE_RUN_CASES}}[sys.argv[1]]()
start = time.process_time()
out = cleaner.clean(text)
seconds = time.process_time() - start
print(json.dumps({{"type": type(out).__name__, "seconds": seconds, "chars_in": len(text),
                   "chars_out": len(out) if isinstance(out, str) else -1}}))
"""


def run_case(name: str) -> dict:
    code = _CHILD.format(tests=str(ROOT / "tests"), root=str(ROOT))
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, name], capture_output=True, text=True, timeout=WALL_LIMIT,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"clean() did not finish on case {name!r} within {WALL_LIMIT:.0f} s: "
                    "a super-linear path or catastrophic backtracking")
    assert proc.returncode == 0, f"case {name!r} crashed:\n{proc.stderr[-3000:]}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _check(name: str) -> None:
    result = run_case(name)
    assert result["type"] == "str", f"clean() returned {result['type']} on case {name!r}"
    assert result["seconds"] <= TIME_LIMIT, (f"clean() took {result['seconds']:.1f} s of CPU on case {name!r}: "
                                             "a super-linear path or catastrophic backtracking")
    # clean() only removes: lines, line ends, trailing spaces, credit tails.
    assert result["chars_out"] <= result["chars_in"]


@pytest.mark.parametrize("name", list(CASES))
def test_adversarial_input_is_cleaned_in_time(name):
    _check(name)


def test_whitespace_runs_in_agency_lines_are_cleaned_in_time():
    # The first slow input fails the test: while the pattern is quadratic, this costs one time-out.
    for name in WHITESPACE_RUN_CASES:
        _check(name)
