"""The chrome that the common publishing platforms print around a post (blog engines, newsletter
and member platforms, news sites' reading aids and paywalls, forums, shops), and article prose
that uses the same words, which must stay.

Pages and lines are made up; each family is checked in several languages.
"""

from __future__ import annotations

import pytest

import cleaner

PARA = "The senior envoys met in Seoul on Friday for the first time in four months to discuss the talks."
PARA_DE = "Die Regierung hat am Dienstag angekündigt, dass sie ihre Pläne noch vor dem Sommer vorlegen werde."


def removed(text: str) -> dict[str, str]:
    """Removed text (stripped) -> rule id."""
    return {d.text.strip(): d.rule for d in cleaner.explain(text).decisions}


def kept_lines(text: str) -> set[str]:
    return {line.strip() for line in cleaner.clean(text).split("\n") if line.strip()}


# ---------------------------------------------------------------------------------------------
# A sidebar printed above the post: the walk down a widget's list stops at the headline.
# ---------------------------------------------------------------------------------------------

SIDEBAR_FIRST = [
    # (page without a title line, headline)
    ("Menü\nStartseite\nÜber uns\nKategorien\nKuchen\nBrot\nSuppen\n\nKürbissuppe mit Ingwer\n\n"
     "Diese Suppe koche ich jeden Herbst, sobald die ersten Hokkaido-Kürbisse auf dem Markt liegen, und "
     "jedes Jahr ein wenig anders.\n\nDer Ingwer gibt ihr die Schärfe, die Kokosmilch die Ruhe.",
     "Kürbissuppe mit Ingwer"),
    ("Categorieën\nBalkon\nGroente\n\nMijn moestuin op het balkon\n\n"
     "Tomaten kweken op het balkon lukt ook in Amsterdam, als je geduld hebt, een grote pot en een plek "
     "waar de zon de hele middag staat.",
     "Mijn moestuin op het balkon"),
]


@pytest.mark.parametrize("page,headline", SIDEBAR_FIRST)
def test_headline_below_a_category_widget_stays(page, headline):
    out = kept_lines(page)
    assert headline in out
    assert "Kuchen" not in out and "Balkon" not in out


def test_headline_named_by_the_title_below_a_category_widget_stays():
    page = ("Slow-cooked beans – The Quiet Kitchen\n\nSkip to content\nHome\nCategories\nBread\nBeans\n\n"
            "Slow-cooked beans\n\nMay 3, 2023 by Tess\n\n"
            "Beans are the cheapest protein there is, and the most patient. Soak them overnight and they will "
            "forgive almost anything.")
    out = kept_lines(page)
    assert "Slow-cooked beans" in out
    assert "Bread" not in out and "Categories" not in out


def test_tags_below_the_post_still_go():
    page = f"{PARA}\n\nTags\nSeoul\nDiplomacy\n\nShare this:\nFacebook"
    gone = removed(page)
    assert gone.get("Seoul") == "tag-list" and gone.get("Diplomacy") == "tag-list"
