"""Dumps that put every text node on a line of its own (`cleaner.joined`): the pieces of a
sentence are read as one line, a line of a few words as a block of its own, and the decisions
fall on the input's lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner.joined import groups
from marked import check_marked
from test_properties import SETTINGS, article, chrome_block

PAGES = Path(__file__).parent.parent / "fixtures" / "textnodes"

MENU = ["Skip to content", "Home", "News", "Local", "Politics", "Business", "Opinion", "Sport", "Culture",
        "Travel", "Weather", "Podcasts", "Subscribe", "Sign in"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "Most read", "Police appeal after bike thefts in city centre",
          "New bus lanes open on Monday", "Schools to stay open over the summer", "About us", "Contact us", "Advertise",
          "Careers", "Terms of use", "Privacy policy", "Cookie settings", "© 2026 City Herald. All rights reserved."]


# The rest of the article under the lines a test is about: a page with less prose is no full
# page to the block classifier, which then leaves its menus alone.
BODY = [
    "The plan was first put to the council in March, when officials said the town could no longer afford it.",
    "Residents collected more than four thousand signatures in six weeks, and a packed public meeting in April "
    "asked the council to think again.",
    "The final decision is expected after the summer, once the budget for next year has been agreed.",
]


def page(article_lines: list[str]) -> str:
    """A page of text nodes: a menu, the article over `BODY`, a footer; no blank line."""
    return "\n".join(MENU + article_lines + BODY + FOOTER)


@pytest.mark.parametrize("name", [p.name for p in sorted(PAGES.glob("*.txt"))])
def test_a_text_node_page_keeps_its_article_and_loses_its_chrome(name):
    check_marked((PAGES / name).read_text(encoding="utf-8").rstrip("\n").split("\n"))


def test_there_are_text_node_pages():
    assert len(list(PAGES.glob("*.txt"))) >= 2


def test_the_menu_and_footer_of_the_test_page_go():
    article_lines = ["The vote is on Friday, and the count follows on Saturday morning in the town hall."]
    assert cleaner.clean(page(article_lines)).split("\n") == article_lines + BODY


def test_the_pieces_of_a_sentence_and_the_headline_stay():
    # Alone, "and the" in a run of short lines under a menu is a menu item, and the headline
    # right under the menu is its last item: read with the lines it continues, "and the" is
    # part of a paragraph, and the headline of seven words is a block of its own. (A piece in
    # capitals after a line without a final mark, "University of Leeds", is a line of its own;
    # inside the article, it stays.)
    article_lines = [
        "Why your gut thinks along under stress",
        "Your gut and the",
        "brain are closely linked, say researchers at the",
        "University of Leeds",
        ", who have published a new",
        "study",
        "on the subject.",
        "People who eat plenty of fibre often feel calmer, according to their results.",
    ]
    assert cleaner.clean(page(article_lines)).split("\n") == article_lines + BODY


def test_a_dump_with_blank_lines_is_read_line_by_line():
    lines = ["The vote is on Friday and", "the count on Saturday.", ""] * 12
    assert groups(lines) is None
    assert groups(lines[:2] * 20) == [(i, i + 2) for i in range(0, 40, 2)]
    assert groups(["One line only, with no line to join"]) is None
    # Blank lines are counted as the output prints them: none at the ends, a run once.
    assert groups(["", ""] + ["The vote is on Friday and", "the count on Saturday."] * 15 + ["", ""]) is not None
    assert groups((["The vote is on Friday and", "the count on Saturday."] * 15 + ["", "", ""]) * 2) is not None
    assert groups((["The vote is on Friday and", "the count on Saturday."] * 5 + [""]) * 6) is None


def test_a_menu_in_lower_case_stays_lines():
    assert groups(["home", "news", "sport", "about us"] * 10) == [(i, i + 1) for i in range(40)]


def test_a_line_that_ends_with_a_function_word_or_an_open_mark_is_carried_on():
    lines = MENU + ["Dass der Darm", "eng mit der Psyche verbunden ist, sagen Forscher der", "Universität Bonn",
                    "KOBE –", "A total of 6,000 masks arrived on Monday."] + FOOTER
    n = len(MENU)
    assert groups(lines)[n:n + 2] == [(n, n + 3), (n + 3, n + 5)]
    # Two words are a menu's item as often: "Sign in" over a headline.
    assert groups(MENU + ["Sign in", "Warum der Bauch mitdenkt"] + FOOTER)[n:n + 2] == [(n, n + 1), (n + 1, n + 2)]


def test_a_mark_that_continues_a_sentence_joins_whatever_the_case():
    assert groups(MENU + ["The report", "(PDF)", ", published on Monday, says so."] + FOOTER)[len(MENU):len(MENU) + 2] \
        == [(len(MENU), len(MENU) + 1), (len(MENU) + 1, len(MENU) + 3)]


def test_a_cut_falls_on_the_piece_it_is_in():
    article_lines = [
        "The minister arrived in Seoul on Monday for talks with",
        "the president",
        "about trade. JEON HEON-KYUN/POOL/AFP via Getty Images",
        "Both sides said the talks had gone well and would go on in the spring.",
    ]
    text = page(article_lines)
    result = cleaner.explain(text)
    assert result.text.split("\n") == article_lines[:2] + ["about trade."] + article_lines[3:] + BODY
    assert [d.text for d in result.decisions if d.rule == "image-credit"] == ["JEON HEON-KYUN/POOL/AFP via Getty Images"]
    assert cleaner.apply(text, result.decisions) == result.text
    assert cleaner.clean(result.text) == result.text


def test_a_claim_on_a_joined_line_removes_each_of_its_lines():
    article_lines = [
        "The council voted on Friday to keep the library open after a long debate.",
        "Opening hours will be cut on Sundays, the council said.",
    ]
    prompt = ["Sign up for our newsletter", "and get the", "news of the day", "in your inbox every morning."]
    result = cleaner.explain("\n".join(MENU + article_lines + BODY + prompt + FOOTER))
    assert result.text.split("\n") == article_lines + BODY
    assert {d.text: d.rule for d in result.decisions if d.text in prompt} == dict.fromkeys(prompt, "newsletter-prompt")


def _split(paragraph: str, rnd) -> list[str]:
    """The paragraph cut into pieces of three words or more at spaces before a word in lower
    case after a word that ends no sentence: as a scraper that writes each link on a line of
    its own would cut it."""
    words = paragraph.split(" ")
    pieces, start = [], 0
    for i in range(3, len(words) - 2):
        if i - start >= 3 and words[i][:1].islower() and not words[i - 1].endswith((".", "!", "?")) and rnd.random() < 0.4:
            pieces.append(" ".join(words[start:i]))
            start = i
    pieces.append(" ".join(words[start:]))
    return pieces


@SETTINGS
@given(article(), st.lists(chrome_block(), min_size=1, max_size=5), st.randoms(use_true_random=False))
def test_a_text_node_dump_keeps_the_words_the_same_dump_keeps_with_whole_lines(paragraphs, chrome, rnd):
    """A page with no blank line, cleaned with its paragraphs whole and cleaned with them cut
    into pieces of a line each, keeps the same words in the same order; the cut one's output is
    its own lines, cleaned once and for all."""
    blocks = [[p] for p in paragraphs]
    for _, lines in chrome:
        blocks.insert(rnd.randint(1, len(blocks)), [line for line in lines if line.strip()])
    whole = MENU + [line for block in blocks for line in block] + FOOTER
    cut = [piece for line in whole for piece in (_split(line, rnd) if line in paragraphs else [line])]
    text, pieces = "\n".join(whole), "\n".join(cut)
    result = cleaner.explain(pieces)
    assert result.text.split() == cleaner.clean(text).split()
    assert cleaner.apply(pieces, result.decisions) == result.text
    assert cleaner.clean(result.text) == result.text
    assert all(any(c.startswith(line) for c in cut) for line in result.text.split("\n") if line)
