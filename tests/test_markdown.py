"""Markdown dumps: the rules read the words a reader sees, the output keeps the Markdown."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner.markdown import shown
from test_properties import SETTINGS, article, chrome_block


@pytest.mark.parametrize("text, view", [
    ("* [Home](https://example.com/)", "* Home"),
    ("[Facebook](https://facebook.com/sharer?u=x) [Email](mailto:?subject=a)", "Facebook Email"),
    ('See [the report](https://example.org/r.pdf "PDF, 2 MB") for details.', "See the report for details."),
    ("![Harbour at dawn](https://cdn.example.com/a.jpg)", "Harbour at dawn"),
    ("[![Logo](https://example.com/logo.png)](https://example.com/)", "Logo"),
    ("[Boston](https://en.wikipedia.org/wiki/Boston_(disambiguation)) is a city.", "Boston is a city."),
    ("**Read more:** [Traders fear two lost years](https://example.com/a)", "Read more: Traders fear two lost years"),
    ("Line one [a](b)\r\nLine **two**\rthree [c](d)", "Line one a\r\nLine two\rthree c"),
])
def test_the_view_shows_link_texts_and_bold_words_on_the_same_lines(text, view):
    assert shown(text).text == view


@pytest.mark.parametrize("text", [
    "A plain dump.\n\nNo links here.",
    "Censored: 'go f**k yourself', said the a**e.",  # stars inside words are not emphasis
    "def __init__(self): pass  # a comment",
    "[1] A footnote and [brackets] without a link (and parentheses).",
    "*sigh* and **\n** do not close on another line",
])
def test_plain_text_has_no_view(text):
    assert shown(text) is None


def test_a_cut_maps_back_to_the_input_columns():
    text = "The pier at dawn, seen from [the harbour](https://example.com/h). Photo: [Jane Doe](https://example.com/jd)/Reuters"
    result = cleaner.explain(text)
    assert result.text == "The pier at dawn, seen from [the harbour](https://example.com/h)."
    [decision] = result.decisions
    assert decision.text == text[decision.start:decision.end] == "Photo: [Jane Doe](https://example.com/jd)/Reuters"


def test_a_cut_inside_a_link_keeps_no_half_link():
    view = shown("Caption [two words](u) tail")
    assert [view.column(0, c) for c in (0, 8, 10, 17, 18)] == [0, 8, 8, 22, 23]


PAGE = """[Skip to main content](#main)

* [Home](https://news.example.com/)
* [Subscribe](https://news.example.com/subscribe)

# Council approves plan to rebuild the old harbour bridge

The bridge has been closed to lorries since 2019, when engineers found corrosion in two of its main girders, and the council says repairs would cost more than a new bridge.

Read the [engineers' report](https://news.example.com/report.pdf) and the [council's decision](https://news.example.com/decision) for the details of the plan.

**Read more:** [Harbour traders fear two years of lost business](https://news.example.com/traders)

Share this article

[Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet?url=x) [Email](mailto:?subject=x)

Tags: [Transport](https://news.example.com/tags/transport), [Council](https://news.example.com/tags/council)

© 2025 Example News Ltd. All rights reserved."""


def test_a_markdown_page_keeps_its_article_and_its_markdown():
    result = cleaner.explain(PAGE)
    assert result.text == (
        "# Council approves plan to rebuild the old harbour bridge\n\n"
        "The bridge has been closed to lorries since 2019, when engineers found corrosion in two of its main girders, "
        "and the council says repairs would cost more than a new bridge.\n\n"
        "Read the [engineers' report](https://news.example.com/report.pdf) and the "
        "[council's decision](https://news.example.com/decision) for the details of the plan."
    )
    assert cleaner.apply(PAGE, result.decisions) == result.text == cleaner.clean(PAGE)
    assert cleaner.clean(result.text) == result.text
    for d in result.decisions:
        assert PAGE[d.start:d.end] == d.text


PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "markdown"


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.txt")))
def test_markdown_pages_keep_every_article_line_and_lose_the_listed_chrome(name):
    text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    out = cleaner.clean(text).split("\n")
    assert [line for line in out if line in set(gold["keep"])] == gold["keep"]
    assert not [line for line in gold["remove"] if line in out]


# Words of a line wrapped in Markdown links or bold: the reader sees the same line.
_WORD = re.compile(r"[^\s\[\]()*]+")


def _as_markdown(line: str, rnd) -> str:
    def wrap(m: re.Match) -> str:
        word = m.group()
        roll = rnd.random()
        if roll < 0.15:
            return f"[{word}](https://example.com/{rnd.randint(1, 999)})"
        if roll < 0.2 and not word.startswith("*") and not word.endswith("*"):
            return f"**{word}**"
        return word
    return _WORD.sub(wrap, line)


@SETTINGS
@given(article(), st.lists(chrome_block(), max_size=5), st.randoms(use_true_random=False))
def test_a_page_in_markdown_loses_the_lines_it_loses_in_plain_text(paragraphs, chrome, rnd):
    blocks = [[p] for p in paragraphs]
    for _, lines in chrome:
        blocks.insert(rnd.randint(1, len(blocks)), lines)
    plain = [line for block in blocks for line in (*block, "")]
    marked = [_as_markdown(line, rnd) for line in plain]
    text = "\n".join(marked)
    assert (shown(text).text if shown(text) else text) == "\n".join(plain)
    kept_plain = [i for i, d in enumerate(_kept_lines(plain)) if d]
    kept_marked = [i for i, d in enumerate(_kept_lines(marked)) if d]
    assert kept_marked == kept_plain
    result = cleaner.explain(text)
    assert cleaner.apply(text, result.decisions) == result.text == cleaner.clean(text)
    assert cleaner.clean(result.text) == result.text


def _kept_lines(lines: list[str]) -> list[bool]:
    """Which input lines survive, from the decisions (a cut line counts as kept)."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    gone = {starts.index(d.start) for d in cleaner.explain(text).decisions if d.start in starts}
    return [bool(line.strip()) and i not in gone for i, line in enumerate(lines)]


def test_the_command_line_cleans_a_folder_of_markdown_files(tmp_path):
    from cleaner.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.md").write_text(PAGE, encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "page.md").read_text(encoding="utf-8") == cleaner.clean(PAGE) + "\n"
