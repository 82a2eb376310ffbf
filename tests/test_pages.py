"""Full-page dumps (fixtures/pages): every article line survives, the listed chrome goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.txt"))


def load(name: str) -> tuple[str, dict]:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8"), json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def test_there_are_pages_in_several_languages():
    assert {name.split("-")[0] for name in NAMES} >= {"en", "de", "fr", "es", "zh", "it", "nl", "pt", "pl", "sv", "ru"}


@pytest.mark.parametrize("name", NAMES)
def test_article_lines_survive_in_order(name):
    text, gold = load(name)
    out = [line.rstrip() for line in cleaner.clean(text).split("\n")]
    kept = [line for line in out if line in set(gold["keep"])]
    assert kept == [line.rstrip() for line in gold["keep"]]


@pytest.mark.parametrize("name", NAMES)
def test_listed_chrome_goes(name):
    text, gold = load(name)
    out = set(cleaner.clean(text).split("\n"))
    assert not [line for line in gold["remove"] if line in out]


@pytest.mark.parametrize("name", NAMES)
def test_the_classifier_takes_part_and_explains(name):
    text, _ = load(name)
    result = cleaner.explain(text)
    assert "boilerplate" in result.counts()
    assert cleaner.apply(text, result.decisions) == result.text == cleaner.clean(text)
