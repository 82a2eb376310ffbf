"""Review reports: a self-contained HTML page and a terminal diff, both drawn from `explain`."""

from __future__ import annotations

import random
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import cleaner
from cleaner import Profile
from cleaner.report import render_diff, render_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".expected.txt"))

PROSE = [
    "The council voted on Tuesday to expand the river park after months of debate about cost and access.",
    "Residents asked for more trees, benches and a safer crossing near the old mill on the east bank.",
    "Engineers said the new bridge could open next spring if the budget holds and the weather allows work.",
]
CHROME = [
    ["Image: Reuters"],
    ["Share on Facebook"],
    ["Advertisement"],
    ["Tags", "Politics, Local news"],
    ["Sign up for our newsletter"],
    ["Have a tip we should know?"],
    ["\u00a9 2024 Riverside Media. All rights reserved."],
]


def generated(seed: int) -> str:
    rng = random.Random(seed)
    blocks = [rng.choice(CHROME)[:], [PROSE[0]], [PROSE[1]], rng.choice(CHROME)[:], [PROSE[2]], rng.choice(CHROME)[:]]
    return "\n\n".join("\n".join(block) for block in blocks)


def sample() -> list[tuple[str, str]]:
    docs = [(p.name, p.read_text(encoding="utf-8")) for p in SEEDS]
    docs += [(f"generated-{n}.txt", generated(n)) for n in range(4)]
    docs.append(("hostile <name>.txt", "<script>alert('x')</script>\n\n" + PROSE[0] + "\nImage: <img src=x onerror=alert(1)>"))
    docs.append(("kept.txt", f"{PROSE[0]}\n\nJobs\n\n{PROSE[1]}"))
    docs.append(("empty.txt", ""))
    return docs


class Page(HTMLParser):
    """Collects what the tests check: removed spans per document, guard marks, links, scripts."""

    VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.section: str | None = None
        self.removed: dict[str, list[list[str]]] = {}  # section id -> [[rule, text], ...]
        self.kept: dict[str, list[tuple[str, str]]] = {}
        self.links: list[tuple[str, str, str]] = []
        self.tags: set[str] = set()
        self.in_del: list[str] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        for name in ("src", "href", "srcset", "poster", "data", "action"):
            if name in attrs:
                self.links.append((tag, name, attrs[name] or ""))
        if tag == "section" and (attrs.get("id") or "").startswith("doc-"):
            self.section = attrs["id"]
            self.removed[self.section] = []
            self.kept[self.section] = []
        if tag == "del" and "rm" in (attrs.get("class") or "").split():
            self.in_del = [attrs.get("data-rule") or "", ""]
            assert attrs.get("title", "").startswith(self.in_del[0] + ": ")
            self.removed[self.section].append(self.in_del)
        if tag == "div" and "kept" in (attrs.get("class") or "").split():
            self.kept[self.section].append((attrs.get("data-guard") or "", attrs.get("data-rule") or ""))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()
        if tag == "del":
            self.in_del = None
        if tag == "section":
            self.section = None

    def handle_data(self, data):
        self.text.append(data)
        if self.in_del is not None:
            self.in_del[1] += data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed elements: {parser.stack}"
    return parser


def test_report_is_valid_self_contained_html_with_every_decision_labelled():
    docs = sample()
    page = render_report(docs, title="Sample <review>")
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "link" not in parsed.tags
    assert all(value.startswith("#") for _, _, value in parsed.links), parsed.links
    assert "http://" not in page and "https://" not in page
    assert "<style>" in page
    text = "".join(parsed.text)
    assert "Sample <review>" in text  # the title, escaped and shown as text
    assert "<script>alert('x')</script>" in text
    assert "hostile <name>.txt" in text

    total = 0
    for n, (name, source) in enumerate(docs):
        result = cleaner.explain(source)
        expected = [[d.rule, d.text] for d in result.decisions]
        assert parsed.removed[f"doc-{n}"] == expected, name
        assert parsed.kept[f"doc-{n}"] == [(k.guard, k.rule) for k in result.kept], name
        assert f'href="#doc-{n}"' in page
        total += len(expected)
    assert total > 20
    assert any(parsed.kept.values())
    for rule_id in {d.rule for _, source in docs for d in cleaner.explain(source).decisions}:
        assert f'>{rule_id}</span></td>' in page  # a row of the summary table


def test_summary_counts_and_profile():
    footer = "The Riverside Courier is owned by its readers"
    docs = [("a", f"{PROSE[0]}\n\n{footer}\nImage: Reuters"), ("b", f"{PROSE[1]}\n\n{footer}")]
    page = render_report(docs, profile=Profile.of([footer]))
    parsed = parse(page)
    assert parsed.removed["doc-0"] == [["site-profile", footer], ["image-credit", "Image: Reuters"]]
    assert parsed.removed["doc-1"] == [["site-profile", footer]]
    assert '>site-profile</span></td><td class="n">2</td>' in page
    assert render_report(docs, config=cleaner.Config().disable("image-credit")).count('data-rule="image-credit"') == 0


def test_report_of_nothing_removed_and_bad_input():
    page = render_report([("clean.txt", PROSE[0])])
    assert "Nothing was removed." in page
    parse(page)
    with pytest.raises(ValueError, match="pairs"):
        render_report(["just a text"])
    with pytest.raises(ValueError, match="not a str"):
        render_report([("a", None)])


def test_diff_marks_each_removed_line_with_its_rule():
    text = generated(1) + "\n\nThe mayor said the old mill would stay. (Photo by Jane Doe/Getty Images)"
    result = cleaner.explain(text)
    plain = render_diff(text, color=False)
    assert "\x1b" not in plain
    removed = [line for line in plain.split("\n") if line.startswith(("- [", "~ ["))]
    assert len(removed) == len(result.decisions)
    for line, d in zip(removed, result.decisions):
        assert line.startswith(f"- [{d.rule}] " if line[0] == "-" else f"~ [{d.rule}] ")
        assert d.text.strip() in line
    for sentence in PROSE:
        assert f"  {sentence}" in plain.split("\n")
    assert any(line.startswith("~ [image-credit] ") and "[-" in line for line in removed)

    colored = render_diff(text)
    assert "\x1b[9m" in colored and "\x1b[2m" in colored
    assert colored.count("\x1b[9m") == len(result.decisions)


def test_diff_shows_guards_and_neutralises_terminal_controls():
    plain = render_diff(f"{PROSE[0]}\n\nJobs\n\n{PROSE[1]}", color=False)
    assert "+ [kept by heading-guard: " in plain
    hostile = render_diff("Rain on Sunday.\n\x1b[31mred\x1b]0;title\x07\nImage: Reuters", color=True)
    assert "\x1b[31mred" not in hostile and "\x07" not in hostile
    assert "\u241b[31mred" in hostile


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium) for the browser check")
def test_report_renders_in_a_headless_browser(tmp_path):
    docs = sample()
    path = tmp_path / "report.html"
    path.write_text(render_report(docs), encoding="utf-8")
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = parse(proc.stdout)  # the DOM as the browser built it
    for n, (name, source) in enumerate(docs):
        assert dom.removed[f"doc-{n}"] == [[d.rule, d.text] for d in cleaner.explain(source).decisions], name
    assert "script" not in dom.tags and "img" not in dom.tags


def test_report_and_learn_check_their_input_alike():
    from cleaner.learn import learn_profile

    for call, key in ((render_report, "name"), (learn_profile, "source")):
        name = call.__name__
        for bad, message in [
            ("text", f"{name}() takes ({key}, text) pairs, not one str."),
            (5, f"{name}() takes ({key}, text) pairs, not int."),
            (["ab"], f"{name}() takes ({key}, text) pairs; item 1 is a str."),  # not ("a", "b")
            ([("a", "Rain."), ("b", "x", "y")], f"{name}() takes ({key}, text) pairs; item 2 is a tuple of 3."),
            ([("a", None)], f"The text of item 1 ({key} 'a') is None, not a str."),
            ((pair for pair in [("a", b"bytes")]), f"The text of item 1 ({key} 'a') is a bytes, not a str."),
        ]:
            with pytest.raises(ValueError) as caught:
                call(bad)
            assert str(caught.value) == message
    assert "Rain" in render_report([["a.txt", "Rain on Sunday."]])


def test_report_extracts_only_the_sampled_pages(tmp_path, monkeypatch, capsys):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    from cleaner.cli import main

    extracted = []
    real = html_module.extract_html

    def spy(page, **kwargs):
        extracted.append(page)
        return real(page, **kwargs)

    monkeypatch.setattr(html_module, "extract_html", spy)
    for n in range(12):
        (tmp_path / f"p{n:02}.html").write_text(
            f"<html><body><article><h1>Story {n}</h1><p>The council met on day {n} to vote on the harbour plan "
            f"after a long debate about the quay walls.</p></article></body></html>", encoding="utf-8")
    (tmp_path / "p99.html").write_bytes(b"\x00\x01binary" * 50)
    assert main(["report", str(tmp_path), "-o", str(tmp_path / "r.html"), "--sample", "3"]) in (0, 1)
    assert len(extracted) <= 3
    assert "wrote a report of" in capsys.readouterr().err
