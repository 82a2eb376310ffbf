"""The two dumps the project was created from come out exactly as a reader would cut them."""

from pathlib import Path

import pytest

import cleaner

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NAMES = sorted(p.name[: -len(".expected.txt")] for p in SEEDS.glob("*.expected.txt"))


def test_seeds_are_present():
    assert len(NAMES) == 2


@pytest.mark.parametrize("name", NAMES)
def test_seed_cleans_to_expected(name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    expected = (SEEDS / f"{name}.expected.txt").read_text(encoding="utf-8")
    assert cleaner.clean(text) == expected.rstrip("\n")


@pytest.mark.parametrize("name", NAMES)
def test_seed_decisions_replay(name):
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    result = cleaner.explain(text)
    assert result.text == cleaner.clean(text)
    assert cleaner.apply(text, result.decisions) == result.text
    for d in result.decisions:
        assert text[d.start:d.end] == d.text
        assert d.rule in cleaner.RULES
