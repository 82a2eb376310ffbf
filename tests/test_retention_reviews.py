"""The review file format of `benchmarks/retention.py --reviewed` and the reviews in the repo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks folder is not installed; it lives beside tests/
    sys.path.insert(0, str(ROOT))

from benchmarks.retention import VERDICTS, load_reviews  # noqa: E402


def test_reviews_are_keyed_by_page_and_normalised_text(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Foto:  dpa", "verdict": "chrome"}\n\n'
        '{"id": "a1", "text": "Environment variables", "verdict": "article"}\n',
        encoding="utf-8",
    )
    assert load_reviews(str(path)) == {("a1", "Foto: dpa"): "chrome", ("a1", "Environment variables"): "article"}


@pytest.mark.parametrize("line, message", [
    ('{"id": "a1", "text": "x"}', r"line 1: not a review entry with id, text and verdict"),
    ('{"id": "a1", "text": "x", "verdict": "maybe"}', r"line 1: the verdict is 'maybe', not one of chrome, article\."),
    ("not json", r"line 1: not a review entry"),
])
def test_a_bad_entry_names_its_line(tmp_path, line, message):
    path = tmp_path / "r.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_reviews(str(path))


def test_a_missing_file_is_a_sentence(tmp_path):
    with pytest.raises(ValueError, match=r"^Cannot read the review file .* \(No such file or directory\)\.$"):
        load_reviews(str(tmp_path / "missing.jsonl"))


def test_the_dev_set_reviews_parse():
    reviews = load_reviews(str(ROOT / "benchmarks" / "reviews" / "trafilatura-dev.jsonl"))
    assert reviews and set(reviews.values()) <= set(VERDICTS)
