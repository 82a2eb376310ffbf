"""Document: the shared searches give the same lines whichever way they are made."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
import cleaner.document as document
from cleaner.document import Document
from cleaner.rules.credits import _LOWER_NEEDLES, _NEEDLES

PAGES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.txt"))

TEXT = (
    "Crowds gathered in Seoul. REUTERS/Kim Hong-Ji\n"
    "Sie zeigte ein Foto: Es war ihr Vater.\r\n"
    "\u00a9 dpa \u2013 Bild: privat\r"
    "A fotografia da Getty (Fot. X)\n"
    "\n"
    "Zdj\u0119cie: Jan Kowalski / AFP via Getty Images\n"
    "getty images in lower case holds no needle as written\n"
    "Imagen de archivo, cr\u00e9dit photo: none\n"
)


@pytest.mark.parametrize("text", [TEXT, TEXT.replace("\r\n", "\n").replace("\r", "\n")])
def test_lines_matching_from_lower_case_needles_finds_the_same_lines(text):
    """Lines picked by the lower-case needles of the vocabulary search, then searched one by
    one, are the lines a scan of the text for the pattern finds."""
    assert Document(text).lines_matching(_NEEDLES, _LOWER_NEEDLES) == Document(text).lines_matching(_NEEDLES)


def test_lines_matching_from_lower_case_needles_on_pages():
    assert PAGES
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert Document(text).lines_matching(_NEEDLES, _LOWER_NEEDLES) == Document(text).lines_matching(_NEEDLES)


def test_lines_with_asks_give_the_same_lines_with_and_without_the_automaton(monkeypatch):
    """A document's vocabulary hits serve every ask, one needle or many, with or without a
    tier of short lines; a search per needle gives the same lines."""
    pytest.importorskip("ahocorasick_rs")
    text = PAGES[0].read_text(encoding="utf-8")
    asks = [(("share", "teile", "partager"), 20), (("omment", "ntwort"), 40), (("|", " / "), 30),
            (("newsletter",), None), (("no such needle in the page",), 20)]
    found = [Document(text).lines_with(*needles, lower=True, max_words=tier) for needles, tier in asks]
    assert any(found)
    monkeypatch.setattr(document, "_automaton", lambda: None)
    assert [Document(text).lines_with(*needles, lower=True, max_words=tier) for needles, tier in asks] == found


def test_lines_with_each_gives_each_needles_lines_with_and_without_the_automaton(monkeypatch):
    """`lines_with_each` keeps apart by needle the lines `lines_with` finds, for the needles the
    document holds, whichever way they are searched."""
    needles = ("share", "newsletter", "the", "no such needle in the page", "|")

    def each(text):
        return {needle: sorted(lines) for needle, lines in Document(text).lines_with_each(*needles).items()}

    for text in (PAGES[0].read_text(encoding="utf-8"), "Share this\nA stray \udcff byte.\nThe end."):
        expected = {n: Document(text).lines_with(n, lower=True) for n in needles}
        expected = {n: lines for n, lines in expected.items() if lines}
        assert expected and each(text) == expected
        with monkeypatch.context() as m:
            m.setattr(document, "_automaton", lambda: None)
            assert each(text) == expected


def test_lines_with_finds_needles_in_a_text_the_automaton_cannot_read():
    """A lone surrogate (bytes decoded with "surrogateescape") is no UTF-8: the needles of such
    a text are searched one by one, with the same lines found."""
    text = "Share this\nA line with a stray \udcff byte.\nSign up for our newsletter\nThe end."
    assert Document(text).lines_with("share", "newsletter", lower=True, max_words=20) == [0, 2]
    assert Document(text).lines_with("stray", lower=True) == [1]
    assert cleaner.clean(text) == "A line with a stray \udcff byte.\nThe end."


def test_per_line_memos_carried_by_subset_give_the_same_decisions():
    """The rules' per-line memos (thread marks, rows of links, counters) carried into the
    engine's next pass give the decisions of a fresh look at the remaining text."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        once = cleaner.clean(text)
        # The output is a text on which clean removes nothing: the carried memos missed nothing.
        assert cleaner.clean(once) == once
        assert cleaner.apply(text, cleaner.explain(text).decisions) == once


def test_subset_renumbers_the_carried_line_lists():
    text = "Share\nA line of prose about the vote.\nTweet\n\nComments (3)\nThe end of it all."
    doc = Document(text)
    share = doc.lines_with("share", "tweet", lower=True, max_words=20)
    assert share == [0, 2]
    sub = doc.subset([0, 1])
    assert sub.lines[0] == "Tweet"
    assert sub.lines_with("share", "tweet", lower=True, max_words=20) == [0]


def test_invisible_marks_of_direction_are_folded_away():
    from cleaner.document import fold, label_key
    assert label_key("Weitere \u2068Artikel\u2069") == "weitere artikel"
    assert fold("\ufeffNorth\u200e Korea\u2060") == "north korea"
