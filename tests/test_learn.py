"""Learning site profiles: boilerplate shared by a source's documents is learned, prose is not."""

from __future__ import annotations

import json
import random

import pytest

import cleaner
from cleaner import Profile
from cleaner.learn import learn_profile, source_of

WORDS = """the council voted on tuesday to expand the river park after months of debate about cost
    and access while residents asked for more trees benches and a safer crossing near the old mill
    which engineers said could open next spring if the budget holds and the weather allows work""".split()

CHROME = {
    "daily.example": [
        "The Daily Example is an independent newsroom funded by readers.",
        "Daily Example Media Group | Contact | Careers",
        "Views expressed in letters are those of their authors alone and not of the paper.",
    ],
    "forum.example.org": [
        "Forum Weekly, published every Thursday since 1921",
        "Send corrections to the desk",
    ],
}


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, source: str) -> str:
    head = sentence(rng, 8)[:-1]
    body = [sentence(rng, rng.randint(14, 40)) for _ in range(rng.randint(3, 6))]
    return "\n\n".join([head, *body, *CHROME[source]])


def corpus(seed: int = 7, per_source: int = 12) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(source, article(rng, source)) for source in CHROME for _ in range(per_source)]


def learned(profile: dict, source: str) -> list[str]:
    return [entry["text"] for entry in profile["sources"].get(source, {}).get("lines", [])]


def test_boilerplate_is_learned_per_source_and_prose_is_not():
    docs = corpus()
    profile = learn_profile(docs)
    for source, lines in CHROME.items():
        assert sorted(learned(profile, source)) == sorted(lines)
        for entry in profile["sources"][source]["lines"]:
            assert entry["docs"] == 12 and entry["share"] == 1.0
    prose = {line for _, text in docs for line in text.split("\n") if line and not any(line in c for c in CHROME.values())}
    every = {line for source in CHROME for line in learned(profile, source)}
    assert not prose & every
    assert profile["totals"]["documents"] == 24
    assert profile["totals"]["lines"] == 5
    assert profile["thresholds"] == {"min_docs": 5, "min_share": 0.3, "max_words": 20, "prose_share": 0.8}


def test_thresholds_are_respected():
    rng = random.Random(3)
    docs = []
    for n in range(20):
        lines = [sentence(rng, 20), sentence(rng, 25)]
        if n < 4:
            lines.append("Seen on four pages only")  # below min_docs=5
        if n < 5:
            lines.append("Seen on five pages of twenty")  # 25% < min_share 0.3
        if n < 7:
            lines.append("Seen on seven pages of twenty")  # 35%: learned
        docs.append(("site", "\n\n".join(lines)))
    profile = learn_profile(docs)
    assert learned(profile, "site") == ["Seen on seven pages of twenty"]
    looser = learn_profile(docs, min_docs=4, min_share=0.2)
    assert set(learned(looser, "site")) == {"Seen on four pages only", "Seen on five pages of twenty", "Seen on seven pages of twenty"}
    assert learned(learn_profile(docs, min_docs=8), "site") == []
    assert learned(learn_profile(docs, min_share=0.5), "site") == []


def test_long_prose_lines_need_a_very_high_share():
    rng = random.Random(5)
    shared = sentence(rng, 30)  # a long paragraph a series of articles shares
    disclaimer = ("This article is for information only and is not financial advice; always consult a "
                  "licensed adviser before you invest any money in the products we mention.")
    docs = []
    for n in range(10):
        lines = [sentence(rng, 22), sentence(rng, 18)]
        if n < 6:
            lines.append(shared)
        lines.append(disclaimer)
        docs.append(("site", "\n\n".join(lines)))
    profile = learn_profile(docs)
    assert learned(profile, "site") == [disclaimer]
    held = profile["sources"]["site"]["held"]
    assert [entry["text"] for entry in held] == [shared]
    assert "prose" in held[0]["reason"]


def test_repeated_subheadings_between_paragraphs_are_held_not_learned():
    rng = random.Random(11)
    docs = [("recipes", "\n\n".join([sentence(rng, 20), "Ingredients", sentence(rng, 16), "Method",
                                     sentence(rng, 24), "Print this recipe"])) for _ in range(8)]
    profile = learn_profile(docs)
    assert learned(profile, "recipes") == ["Print this recipe"]
    assert {entry["text"] for entry in profile["sources"]["recipes"]["held"]} == {"Ingredients", "Method"}


def test_copies_of_one_page_do_not_teach_its_article():
    rng = random.Random(13)
    story = [sentence(rng, 12), sentence(rng, 15)]
    docs = [("mirror", "\n\n".join([*story, f"Fetched at {n}:00 from the archive"])) for n in range(6)]
    docs += [("mirror", "\n\n".join(story))] * 3  # exact duplicates count once
    profile = learn_profile(docs)
    assert profile["totals"]["duplicates"] == 2
    assert profile["sources"]["mirror"]["documents"] == 7
    assert learned(profile, "mirror") == []
    assert {entry["text"] for entry in profile["sources"]["mirror"]["held"]} == set(story)


def test_json_round_trip_then_clean_removes_the_boilerplate_and_keeps_the_prose(tmp_path):
    docs = corpus()
    profile = learn_profile(docs)
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile, indent=2, ensure_ascii=False), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8")) == profile

    loaded = Profile.load(path)
    source, text = docs[0]
    result = cleaner.explain(text, profile=loaded)
    removed = [d.text for d in result.decisions if d.rule == "site-profile"]
    assert sorted(removed) == sorted(CHROME[source])
    for line in text.split("\n"):
        if line and line not in CHROME[source]:
            assert line in result.text
    assert cleaner.clean(text, profile=loaded) == result.text

    # one source's lines only
    only = Profile.load(path, source="forum.example.org")
    assert cleaner.clean(text, profile=only) == cleaner.clean(text)


def test_edited_profile_is_what_clean_uses(tmp_path):
    profile = learn_profile(corpus())
    profile["sources"]["daily.example"]["lines"] = [
        entry for entry in profile["sources"]["daily.example"]["lines"] if "newsroom" not in entry["text"]
    ]
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    text = corpus()[0][1]
    out = cleaner.clean(text, profile=Profile.load(path))
    assert "independent newsroom" in out
    assert "Contact | Careers" not in out


def test_source_of():
    assert source_of("https://www.example.com/a/b?c=1") == "example.com"
    assert source_of("http://News.Example.co.uk:8080/") == "news.example.co.uk"
    assert source_of("//cdn.example.net/x") == "cdn.example.net"
    assert source_of("https://web.archive.org/web/20190101000000/https://www.example.de/a") == "example.de"
    assert source_of("https://web.archive.org/") == "web.archive.org"
    assert source_of("corpus/site-b/2024/page.txt") == "2024"
    assert source_of("corpus/site-b/") == "site-b"
    assert source_of("page.txt") == ""


def test_bad_arguments_are_sentences(tmp_path):
    with pytest.raises(ValueError, match=r"min_share must be a number between 0.0 and 1.0"):
        learn_profile([], min_share=3)
    with pytest.raises(ValueError, match=r"min_docs must be a whole number"):
        learn_profile([], min_docs=0)
    with pytest.raises(ValueError, match=r"\(source, text\) pairs"):
        learn_profile(["just text"])
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"is not valid JSON"):
        Profile.load(bad)


def test_empty_input():
    profile = learn_profile([])
    assert profile["sources"] == {}
    assert profile["totals"]["documents"] == 0
    assert Profile.from_dict(profile).lines == frozenset()


# --- loading profile files -----------------------------------------------------------------

def test_profile_files_that_cannot_be_read_are_a_profile_error(tmp_path):
    from cleaner.profile import Profile, ProfileError

    (tmp_path / "bad.json").write_text('{"lines": ["Footer",]}', encoding="utf-8")
    (tmp_path / "latin.json").write_bytes('{"lines": ["Fußzeile"]}'.encode("latin-1"))
    (tmp_path / "shape.json").write_text('{"sources": {"a.org": {"lines": 3}}}', encoding="utf-8")
    cases = {
        tmp_path / "missing.json": f"The profile file {tmp_path / 'missing.json'} does not exist.",
        tmp_path: f"The profile {tmp_path} is a folder; give the JSON file `cleaner learn` wrote.",
        tmp_path / "bad.json": f"The profile file {tmp_path / 'bad.json'} is not valid JSON (Expecting value at line 1, column 21).",
        tmp_path / "latin.json": f"The profile file {tmp_path / 'latin.json'} is not UTF-8 text; give the JSON file `cleaner learn` wrote.",
        tmp_path / "shape.json": f"The profile file {tmp_path / 'shape.json'} is not a valid profile: the lines of source "
                                 "'a.org' of a profile is a list of lines, not int.",
    }
    for path, message in cases.items():
        for load in (Profile.load, Profile.load_sources):
            with pytest.raises(ProfileError) as caught:
                load(path)
            assert str(caught.value) == message
            assert isinstance(caught.value, ValueError)


def test_profile_load_sources(tmp_path):
    from cleaner.profile import Profile

    path = tmp_path / "p.json"
    path.write_text(json.dumps({"lines": ["All"], "sources": {"a.org": {"lines": [{"text": "A"}]}, "b.org": ["B"]}}),
                    encoding="utf-8")
    common, sources = Profile.load_sources(path)
    assert common.lines == {"all"}
    assert {name: sorted(p.lines) for name, p in sources.items()} == {"a.org": ["a", "all"], "b.org": ["all", "b"]}
    assert sources["a.org"] == Profile.load(path, source="a.org")


def test_cli_prints_profile_errors_without_a_traceback(tmp_path, capsys):
    from cleaner.cli import main

    (tmp_path / "a.txt").write_text("Rain on Sunday.\n", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    for extra in ([], ["--source-key", "url"]):
        assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--profile",
                     str(tmp_path / "bad.json"), *extra]) == 2
        assert capsys.readouterr().err == (f"cleaner: The profile file {tmp_path / 'bad.json'} is not valid JSON "
                                           "(Expecting property name enclosed in double quotes at line 1, column 2).\n")
    assert main(["explain", str(tmp_path / "a.txt"), "--profile", str(tmp_path / "nope.json")]) == 2
    assert capsys.readouterr().err == f"cleaner: The profile file {tmp_path / 'nope.json'} does not exist.\n"


def test_cli_says_when_no_record_has_the_source_key(tmp_path, capsys):
    from cleaner.cli import main

    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"url": f"https://a.org/{n}", "text": f"Story {n}.\nFooter"}) + "\n"
                                              for n in range(6)), encoding="utf-8")
    assert main(["learn", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "p.json"), "--source-key", "link"]) == 0
    assert "no record has a string under --source-key 'link'; the documents were grouped by the folder of their file." \
        in capsys.readouterr().err
    assert main(["learn", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "p.json"), "--source-key", "url"]) == 0
    assert "--source-key" not in capsys.readouterr().err
    assert list(json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["sources"]) == ["a.org"]
