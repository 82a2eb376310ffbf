"""The public API: purity, configuration, explanations, profiles, import cost."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner
from cleaner import Config
from cleaner.profile import Profile

DUMP = """Rates held steady

The central bank left its key rate unchanged on Thursday, as expected by most economists.
Image: Reuters

Tags
Economy, Rates"""


def test_clean_is_explain_text_and_counts_match():
    result = cleaner.explain(DUMP)
    assert result.text == cleaner.clean(DUMP)
    assert result.counts() == {"image-credit": 1, "tag-list": 2}
    assert [d.start for d in result.decisions] == sorted(d.start for d in result.decisions)


def test_same_input_same_output_and_no_state_between_calls():
    first = cleaner.clean(DUMP)
    cleaner.clean("Most Read\n1. Something else\n" * 50)
    assert cleaner.clean(DUMP) == first


def test_non_str_is_a_clear_type_error():
    with pytest.raises(TypeError, match="takes a str"):
        cleaner.clean(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^clean\(\) takes a str, not NoneType\.$"):
        cleaner.clean(None)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode_or_use_clean_html():
    with pytest.raises(TypeError, match=r"not bytes; decode it first .* cleaner\.clean_html\.$"):
        cleaner.clean(b"Image: Reuters")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^explain\(\) takes a str, not bytes; .* cleaner\.explain_html\.$"):
        cleaner.explain(b"Image: Reuters")  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs, message", [
    ({"config": "precision"}, r"takes config=Config \(Config\.preset\('precision'\)\), not str\.$"),
    ({"profile": {"lines": ["Footer"]}}, r"takes profile=Profile \(Profile\.load\(path\) or Profile\.from_dict\(data\)\), not dict\.$"),
])
def test_wrong_config_or_profile_type_is_a_sentence(kwargs, message):
    for function in (cleaner.clean, cleaner.explain):
        with pytest.raises(TypeError, match=message):
            function("Footer\nRain on Sunday.", **kwargs)


def test_a_leading_byte_order_mark_is_not_part_of_the_first_line():
    text = "\ufeff" + DUMP.replace("Rates held steady", "Image: Reuters", 1)
    assert cleaner.clean(text) == cleaner.clean(text[1:])
    result = cleaner.explain(text)
    assert result.text == cleaner.clean(text) and not result.text.startswith("\ufeff")
    first = result.decisions[0]
    assert (first.rule, first.start, first.text) == ("image-credit", 1, "Image: Reuters")
    assert all(text[d.start:d.end] == d.text for d in result.decisions)
    assert cleaner.apply(text, result.decisions) == result.text


def test_apply_skips_pre_pass_decisions_and_refuses_another_texts():
    result = cleaner.explain(DUMP)
    pre_pass = cleaner.Decision("html-nav", -1, -1, "Home News", "<nav>")
    assert cleaner.apply(DUMP, (pre_pass, *result.decisions)) == result.text  # the last line is not taken for it
    far = cleaner.Decision("image-credit", len(DUMP) + 5, len(DUMP) + 19, "Image: Reuters", "credit")
    with pytest.raises(ValueError, match=r"^A decision of rule image-credit starts at \d+, past the end of the text"):
        cleaner.apply(DUMP, [far])


@pytest.mark.parametrize("data, message", [
    ({"lines": 5}, r"^The 'lines' of a profile is a list of lines, not int\.$"),
    ({"lines": [{"txt": "Footer"}]}, r"^Each entry of the 'lines' of a profile is a line or an object with a 'text' line\.$"),
    ({"sources": {"a.org": {"lines": "Footer"}}}, r"^The lines of source 'a.org' of a profile is a list of lines, not str\.$"),
    ({"sources": [["Footer"]]}, r"^The 'sources' of a profile is an object from source to lines, not list\.$"),
])
def test_malformed_profile_data_is_a_sentence(data, message):
    with pytest.raises(ValueError, match=message):
        Profile.from_dict(data)


def test_empty_and_blank_give_empty_string():
    assert cleaner.clean("") == ""
    assert cleaner.clean("\n \r\n\t\n") == ""


def test_config_is_frozen_and_disable_switches_rules_off():
    config = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.prose_words = 3  # type: ignore[misc]
    out = cleaner.clean(DUMP, config=config.disable("image-credit"))
    assert "Image: Reuters" in out and "Economy, Rates" not in out


def test_disabled_given_to_the_constructor_is_checked_like_disable():
    assert Config(disabled={"nav-menu"}) == Config().disable("nav-menu")  # a set becomes a frozenset
    hash(Config(disabled=["nav-menu"]))
    with pytest.raises(ValueError, match=r"^Unknown rule id 'nav-menus'; known rules: .*\.$"):
        Config(disabled={"nav-menus"})
    with pytest.raises(TypeError, match=r"not a str; write disabled=\{'nav-menu'\}"):
        Config(disabled="nav-menu")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Unknown rule id"):
        dataclasses.replace(Config(), disabled=frozenset({"nope"}))


@pytest.mark.parametrize("kwargs, error, message", [
    ({"prose_words": "20"}, TypeError, r"^Config\.prose_words is a whole number of words, not '20'\.$"),
    ({"entry_words": 0}, ValueError, r"^Config\.entry_words is a number of words, at least 1, not 0\.$"),
    ({"prose_budget": None}, TypeError, r"^Config\.prose_budget is a share between 0\.0 and 1\.0, not None\.$"),
    ({"prose_budget": 50}, ValueError, r"^Config\.prose_budget is a share between 0\.0 and 1\.0, not 50\.$"),
    ({"classify": "no"}, TypeError, r"^Config\.classify is True or False, not 'no'\.$"),
])
def test_config_fields_of_the_wrong_type_or_range_are_sentences(kwargs, error, message):
    with pytest.raises(error, match=message):
        Config(**kwargs)


def test_unknown_rule_and_preset_are_explained():
    with pytest.raises(ValueError, match="Unknown rule id 'nope'"):
        Config().disable("nope")
    with pytest.raises(ValueError, match="Unknown preset 'fast'"):
        Config.preset("fast")


def test_presets_exist_and_precision_keeps_at_least_what_balanced_keeps():
    assert set(cleaner.PRESETS) >= {"balanced", "precision", "recall"}
    lines = set(cleaner.clean(DUMP).split("\n"))
    assert lines <= set(cleaner.clean(DUMP, config=Config.preset("precision")).split("\n"))


def test_profile_removes_a_sites_own_boilerplate_only_when_given():
    text = DUMP + "\n\nThe Daily Planet is an independent newsroom."
    profile = Profile.of(["The Daily Planet is an independent newsroom."])
    assert "independent newsroom" in cleaner.clean(text)
    result = cleaner.explain(text, profile=profile)
    assert "independent newsroom" not in result.text
    assert result.counts()["site-profile"] == 1


def test_kept_records_name_guard_and_rule():
    text = ("The minister spoke for an hour about the budget and the new tax rules.\n\nJobs\n\n"
            "The opposition said the plan would cost too many people their homes.")
    kept = cleaner.explain(text).kept
    assert [(k.guard, k.rule, k.text) for k in kept] == [("heading-guard", "legal-notice", "Jobs")]


def test_import_is_light():
    code = "import sys, cleaner; heavy = [m for m in ('trafilatura', 'selectolax', 'lxml', 'pyarrow', 'datatrove', 'tqdm') if m in sys.modules]; print(heavy)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_vocabulary_search_finds_the_same_lines_with_and_without_the_automaton(monkeypatch):
    """The one-pass search of the vocabulary (ahocorasick-rs) is a speed-up only: every rule's
    candidate lines, and so every decision, are the same with a search per substring."""
    import cleaner.document as document

    pytest.importorskip("ahocorasick_rs")
    pages = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "pages").glob("*.txt"))
    texts = [page.read_text(encoding="utf-8") for page in pages]
    assert texts
    with_automaton = [cleaner.explain(text).decisions for text in texts]
    assert document._automaton() is not None  # the one-pass search did run
    monkeypatch.setattr(document, "_automaton", lambda: None)
    assert [cleaner.explain(text).decisions for text in texts] == with_automaton
