"""Golden fixtures: realistic dumps cleaned to what a reader would cut, and clean articles that
must come through unchanged.

`fixtures/index.json` lists every case with its language, the rule ids that must fire on it
(the chrome families it holds, so a case fails when the wrong rule does the job) and the
article structures it must keep (survival categories). Expected files are written by judgement
of what the article is, never copied from the output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import cleaner
from cleaner.profile import Profile

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CASES_DIR = FIXTURES / "cases"
NEGATIVE_DIR = FIXTURES / "negative"
INDEX = json.loads((FIXTURES / "index.json").read_text(encoding="utf-8"))
CASES = INDEX["cases"]
NEGATIVES = INDEX["negatives"]

#: What an article is made of and a cleaner must keep; every category has at least one case.
SURVIVAL = (
    "headline-standfirst",  # the headline and the standfirst under it
    "subheading",  # short lines without final punctuation between paragraphs
    "unpunctuated-body-line",  # a body line that runs on without a final stop
    "one-line-paragraph",  # "He declined to comment."
    "bullets",  # "  • key point" lists
    "quote",  # quoted speech
    "numbered-steps",  # "1. Heat the oil ..."
    "ingredients",  # "250 g red lentils, rinsed"
    "table",  # tab- or pipe-separated rows
    "poem",  # verse lines without punctuation
    "dateline",  # "BERLIN (dpa) –"
    "code",  # indented code blocks
    "chrome-word-prose",  # "Follow the money", "tags on luggage", "most read books of 2023"
)
#: Cases whose exact output is a known gap, pinned as strict xfails; each says why in the index.
MAX_XFAILS = 3
_BLANK_RUNS = re.compile(r"\n{3,}")


def _name(entry: dict) -> str:
    return entry["file"][: -len(".txt")]


def _params(entries, *, pinned: bool = False):
    """One parameter per entry; with `pinned`, a case whose exact output is a known gap is a
    strict xfail (it fails the day the gap closes, so that its mark is removed)."""
    params = []
    for entry in entries:
        marks = [pytest.mark.xfail(strict=True, reason=entry["xfail"])] if pinned and entry.get("xfail") else []
        params.append(pytest.param(entry, id=_name(entry), marks=marks))
    return params


def _read(path: Path) -> str:
    """A fixture's text as stored: bytes decoded without newline translation, so that a case
    with CR LF line ends reaches `clean` with them."""
    return path.read_bytes().decode("utf-8")


def _load(entry: dict) -> tuple[str, Profile | None]:
    text = _read(CASES_DIR / entry["file"])
    profile = Profile.load(CASES_DIR / entry["profile"]) if entry.get("profile") else None
    return text, profile


def normalised(text: str) -> str:
    """The engine's output conventions applied to an input: LF line ends, trailing spaces
    stripped, blank runs collapsed to one blank line, blank ends trimmed."""
    lines = re.split(r"\r\n|\r|\n", text)
    return _BLANK_RUNS.sub("\n\n", "\n".join(line.rstrip() for line in lines)).strip("\n")


@pytest.mark.parametrize("entry", _params(CASES, pinned=True))
def test_case_cleans_to_expected(entry):
    text, profile = _load(entry)
    expected = _read(CASES_DIR / entry["expected"])
    assert cleaner.clean(text, profile=profile) == expected.rstrip("\n")


@pytest.mark.parametrize("entry", _params(CASES))
def test_expected_article_is_left_alone(entry):
    """The article a case cuts down to is itself a clean article: cleaning it again, and
    cleaning the output again, removes nothing."""
    text, profile = _load(entry)
    expected = _read(CASES_DIR / entry["expected"]).rstrip("\n")
    assert [(d.rule, d.text) for d in cleaner.explain(expected, profile=profile).decisions] == []
    output = cleaner.clean(text, profile=profile)
    assert cleaner.clean(output, profile=profile) == output


@pytest.mark.parametrize("entry", _params(CASES))
def test_case_is_cleaned_by_its_rules(entry):
    text, profile = _load(entry)
    result = cleaner.explain(text, profile=profile)
    fired = {d.rule for d in result.decisions}
    missing = [rule for rule in entry["rules"] if rule not in fired]
    assert not missing, f"rules listed for the case did not fire: {missing}; fired: {sorted(fired)}"
    assert result.text == cleaner.clean(text, profile=profile)
    assert cleaner.apply(text, result.decisions) == result.text


@pytest.mark.parametrize("entry", _params(NEGATIVES))
def test_negative_comes_through_unchanged(entry):
    text = _read(NEGATIVE_DIR / entry["file"])
    result = cleaner.explain(text)
    assert [(d.rule, d.text) for d in result.decisions] == []
    assert result.text == normalised(text)


@pytest.mark.parametrize("preset", sorted(cleaner.PRESETS))
def test_articles_survive_every_preset(preset):
    """Negatives and the expected articles of the cases are clean text under every preset: the
    recall preset trades keeping chrome for removing more, never article lines."""
    config = cleaner.Config.preset(preset)
    texts = {e["file"]: _read(NEGATIVE_DIR / e["file"]) for e in NEGATIVES}
    texts.update({e["expected"]: _read(CASES_DIR / e["expected"]) for e in CASES})
    touched = {
        name: [(d.rule, d.text) for d in cleaner.explain(text, config=config).decisions]
        for name, text in texts.items()
    }
    assert {name: found for name, found in touched.items() if found} == {}


def test_index_lists_every_fixture_file():
    cases = {p.name for p in CASES_DIR.glob("*.txt") if not p.name.endswith(".expected.txt")}
    assert cases == {e["file"] for e in CASES}
    assert {p.name for p in CASES_DIR.glob("*.expected.txt")} == {e["expected"] for e in CASES}
    assert {p.name for p in NEGATIVE_DIR.glob("*.txt")} == {e["file"] for e in NEGATIVES}
    for entry in CASES:
        assert entry["language"] and entry["rules"] and entry["survival"], entry["file"]
        assert set(entry["rules"]) <= set(cleaner.RULES), entry["file"]
        assert set(entry["survival"]) <= set(SURVIVAL), entry["file"]


def test_every_rule_has_a_fixture():
    covered = {rule for entry in CASES for rule in entry["rules"]}
    assert [rule for rule in cleaner.RULES if rule not in covered] == []


def test_every_survival_category_has_a_fixture():
    covered = {category for entry in CASES for category in entry["survival"]}
    assert [category for category in SURVIVAL if category not in covered] == []


def test_fixture_set_size_and_pinned_gaps():
    assert len(CASES) >= 34 and len(NEGATIVES) >= 12
    languages = {entry["language"] for entry in CASES}
    assert {"en", "de", "fr", "es", "it", "nl", "pl"} <= languages
    assert len([entry for entry in CASES if entry.get("xfail")]) <= MAX_XFAILS
