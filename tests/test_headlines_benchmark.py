"""The matching rules of `benchmarks/headlines.py` (the benchmark itself needs the dataset)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks folder is not installed; it lives beside tests/
    sys.path.insert(0, str(ROOT))

from benchmarks.headlines import headline_kept, title_candidates  # noqa: E402


def test_the_site_name_after_the_last_separator_is_no_headline():
    assert title_candidates("Lithium from the shredder | Example News") == {
        "lithium from the shredder | example news", "lithium from the shredder"}
    assert title_candidates("Floods - Rail line closed - Example News") == {
        "floods - rail line closed - example news", "rail line closed"}


def test_a_headline_counts_only_where_the_dump_prints_it_as_a_line():
    candidates = title_candidates("Lithium from the shredder | Example News")
    source = "Example News\nLithium  from the Shredder\nThe plant opened on Monday."
    assert headline_kept(source, "Lithium from the shredder\nThe plant opened on Monday.", candidates) is True
    assert headline_kept(source, "The plant opened on Monday.", candidates) is False
    assert headline_kept("Example News\nThe plant opened on Monday.", "", candidates) is None


def test_quotes_and_dashes_are_folded_before_lines_are_compared():
    """The HTML's title writes "'" and "-" where the page prints "\u2019" and "\u2013"."""
    candidates = title_candidates("The mayor's plan -- step one | Example News")
    source = "Example News\nThe mayor\u2019s plan \u2013\u2013 step one\nBy Jane Roe"
    assert headline_kept(source, "The mayor\u2019s plan \u2013\u2013 step one\nBy Jane Roe", candidates) is True
    assert headline_kept(source, "By Jane Roe", candidates) is False
