"""What a corpus builder meets on real data: fields that must survive a rewrite, files in
mixed encodings, links in a crawl folder, pages without text, and API misuse."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import main

SHORT = ("The council approved the new budget on Tuesday after a long debate about school funding.\n\n"
         "Image: Reuters\n\nTags\nPolitics, Budget")
CLEANED = cleaner.clean(SHORT)


# --- JSONL: every other field as it was ---------------------------------------------------

@pytest.mark.parametrize("field", [
    '"id": 12345678901234567890123',       # beyond 64 bits: a float in orjson, a rounded number after
    '"big": -98765432109876543210',
    '"n": 1e999',                           # valid JSON; Python reads inf and would write Infinity
    '"f": 1.0000000000000000001',
    '"g": 1E2',
    '"z": -0.0',
    '"s": "caf\\u00e9 \\"quoted\\""',       # escapes as they were
])
@pytest.mark.parametrize("changed", [True, False])
def test_a_rewritten_record_keeps_every_other_field_byte_for_byte(tmp_path, field, changed):
    text = json.dumps(SHORT if changed else CLEANED)
    line = '{"url": "https://example.org/1",  ' + field + ', "text": ' + text + ', "tail": [1, 2.50]}'
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-q"]) == 0
    out = (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8")
    assert out == line.replace(text, json.dumps(CLEANED, ensure_ascii=False)) + "\n"
    json.loads(out)  # still JSON, whatever Python makes of its numbers


def test_html_key_adds_the_text_field_and_keeps_the_rest(tmp_path):
    pytest.importorskip("trafilatura")
    page = ("<html><body><article><h1>Floods</h1><p>The river rose by two metres overnight and the "
            "town hall opened its doors to the families who had to leave their homes.</p>"
            "<div class='share-bar'>Share on Facebook</div></article></body></html>")
    line = '{"id": 12345678901234567890123, "html": ' + json.dumps(page) + '}'
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "--html-key", "html", "-q"]) == 0
    out = (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8")
    assert out.startswith(line[:-1]) and out.endswith("}\n")
    record = json.loads(out)
    assert record["text"] == cleaner.clean_html(page) and "river rose" in record["text"]


# --- mixed encodings ----------------------------------------------------------------------

FRENCH = "La crème brûlée du café « Chez Zoé » est servie à 18 € – “un délice”, dit-elle.\n"


def test_utf8_with_a_few_legacy_bytes_keeps_its_utf8_letters():
    from cleaner.batch.decode import decode

    data = FRENCH.encode("utf-8") * 10 + "Un octet égaré.\n".encode("cp1252") + FRENCH.encode("utf-8")
    text, encoding = decode(data)
    assert text == FRENCH * 10 + "Un octet égaré.\n" + FRENCH
    assert encoding == "utf-8+cp1252"


def test_a_legacy_file_is_still_read_whole_in_its_encoding():
    from cleaner.batch.decode import decode

    assert decode(FRENCH.encode("cp1252") * 5) == (FRENCH * 5, "cp1252")


def test_mixed_encodings_in_files_and_jsonl_lines(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(FRENCH.encode("utf-8") * 3 + "Dernière ligne.\n".encode("cp1252"))
    line = json.dumps({"id": 1, "text": FRENCH * 3 + "Un octet égaré.\nImage: Reuters"}, ensure_ascii=False)
    legacy = json.dumps({"id": 2, "text": "Le café est fermé.\nImage: Reuters"}, ensure_ascii=False)
    (src / "b.jsonl").write_bytes(line.encode("utf-8").replace("égaré".encode("utf-8"), "égaré".encode("cp1252"))
                                  + b"\n" + legacy.encode("cp1252") + b"\n")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "1", "--stats", str(tmp_path / "s.json")]) == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == cleaner.clean(FRENCH * 3 + "Dernière ligne.") + "\n"
    records = [json.loads(line) for line in (tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records == [{"id": 1, "text": cleaner.clean(FRENCH * 3 + "Un octet égaré.")},
                       {"id": 2, "text": "Le café est fermé."}]
    # Every legacy encoding met is counted, the JSONL lines too.
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["legacy_encodings"] == {
        "cp1252": 1, "utf-8+cp1252": 2}
    assert "read in a legacy encoding: cp1252 1, utf-8+cp1252 2" in capsys.readouterr().err


def test_report_and_learn_read_jsonl_in_mixed_encodings(tmp_path):
    line = json.dumps({"url": "https://example.org/1", "text": FRENCH + "Un octet égaré."}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_bytes(line.encode("utf-8").replace("égaré".encode("utf-8"), "égaré".encode("cp1252"))
                                       + b"\n")
    assert main(["report", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "r.html")]) == 0
    assert "égaré" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert main(["learn", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "p.json"), "--source-key", "url"]) == 0


# --- links in a crawl folder --------------------------------------------------------------

def test_links_to_folders_are_followed_once_and_broken_links_reported(tmp_path, capsys):
    crawl, elsewhere = tmp_path / "crawl", tmp_path / "elsewhere"
    (crawl / "2024").mkdir(parents=True)
    elsewhere.mkdir()
    (crawl / "2024" / "a.txt").write_text(SHORT, encoding="utf-8")
    (elsewhere / "b.txt").write_text(SHORT, encoding="utf-8")
    (crawl / "more").symlink_to(elsewhere, target_is_directory=True)   # a corpus gathered by links
    (crawl / "latest").symlink_to("2024", target_is_directory=True)    # the same files again
    (crawl / "2024" / "loop").symlink_to("..", target_is_directory=True)
    (crawl / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert main(["clean", str(crawl), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    err = capsys.readouterr().err
    out = tmp_path / "out"
    assert (out / "2024" / "a.txt").read_text(encoding="utf-8") == CLEANED + "\n"
    assert (out / "more" / "b.txt").read_text(encoding="utf-8") == CLEANED + "\n"
    assert not (out / "latest").exists() and not (out / "2024" / "loop").exists()  # each file once
    assert f"{crawl / 'gone.txt'}: skipped: it is a link to {tmp_path / 'nowhere.txt'}, which does not exist." in err
    assert "1 problem(s) in 1 file(s)" in err


def test_a_link_in_the_input_to_the_output_folder_is_refused(tmp_path, capsys):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (crawl / "results").symlink_to(tmp_path / "out", target_is_directory=True)
    assert main(["clean", str(crawl), "-o", str(tmp_path / "out")]) == 2
    assert "Refusing to write into the input folder" in capsys.readouterr().err
    assert list((tmp_path / "out").iterdir()) == []


# --- stdin --------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_stats_of_a_skipped_stdin_say_it_failed(tmp_path, fmt):
    import subprocess
    import sys

    stats = tmp_path / "s.json"
    done = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-", "--stdin-format", fmt, "--stats", str(stats)],
                          input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), capture_output=True, timeout=60)
    assert done.returncode == 1 and done.stdout == b""
    assert b"<stdin>: skipped: it looks like binary data" in done.stderr or b"<stdin>: skipped: it looks like a binary" in done.stderr
    record = json.loads(stats.read_text(encoding="utf-8"))
    assert record["files"]["cleaned"] == 0 and record["files"]["failed"] == 1
    assert [p["path"] for p in record["problems"]] == ["<stdin>"]


# --- the summary --------------------------------------------------------------------------

def test_the_summary_says_how_many_cleaned_files_had_problems(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps({"text": SHORT}) + "\nnot json\n", encoding="utf-8")
    (tmp_path / "in" / "c.txt").write_bytes(b"\x00\x01\x02 binary")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    assert "3 file(s) (2 cleaned, 1 of them with problems, 1 failed)" in capsys.readouterr().err


# --- pages that give no text --------------------------------------------------------------

def test_pages_that_give_no_text_are_counted_and_named(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    src = tmp_path / "in"
    src.mkdir()
    article = ("<html><body><article><h1>Floods</h1><p>The river rose by two metres overnight and the town hall "
               "opened its doors to the families who had to leave their homes.</p></article></body></html>")
    (src / "good.html").write_text(article, encoding="utf-8")
    (src / "script.html").write_text("<html><body><div id='app'></div><script>render()</script></body></html>",
                                     encoding="utf-8")
    (src / "dump.html").write_text(SHORT, encoding="utf-8")  # a text dump saved under a page's name
    (src / "empty.html").write_text("", encoding="utf-8")    # nothing to lose
    stats = tmp_path / "s.json"
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "1", "--stats", str(stats)]) == 0
    err = capsys.readouterr().err
    assert (tmp_path / "out" / "dump.txt").read_text(encoding="utf-8") == ""
    assert "2 page(s) gave no text (no article found, or no HTML markup) and were written empty; " \
           "--stats lists them." in err
    record = json.loads(stats.read_text(encoding="utf-8"))
    assert record["pages_without_text"] == {"count": 2, "where": [str(src / "dump.html"), str(src / "script.html")]}
    # The same for pages under --html-key in JSONL, named by line.
    lines = [{"html": article}, {"html": "<div id='app'></div>"}, {"html": None}]
    (src / "p.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    assert main(["clean", str(src / "p.jsonl"), "-o", str(tmp_path / "out2"), "--html-key", "html",
                 "--stats", str(stats), "-q"]) == 0
    assert json.loads(stats.read_text(encoding="utf-8"))["pages_without_text"] == {
        "count": 1, "where": [f"{src / 'p.jsonl'}:2"]}


# --- API misuse: a sentence, never a wrong result ---------------------------------------------

@pytest.mark.parametrize("call,error,message", [
    (lambda: cleaner.clean_html("<p>Rain.</p>", config="recall"), TypeError,
     r"clean_html\(\) takes config=Config \(Config.preset\('recall'\)\), not str."),
    (lambda: cleaner.explain_html("<p>Rain.</p>", profile={"lines": []}), TypeError,
     r"explain_html\(\) takes profile=Profile .*, not dict."),
    (lambda: cleaner.Config().disable(["nav-menu", "ad-label"]), TypeError,
     r"Config.disable\(\) takes rule ids as separate arguments, not a list: write .disable\(\*\['nav-menu', 'ad-label'\]\)"),
    (lambda: cleaner.apply("Rain.", None), TypeError, r"apply\(\) takes the decisions of explain\(\)"),
    (lambda: cleaner.apply("Rain.", [1]), TypeError, r"apply\(\) takes the decisions of explain\(\).*not int"),
    (lambda: cleaner.apply(b"Rain.", []), TypeError, r"apply\(\) takes the text the decisions were made for, a str, not bytes."),
])
def test_api_misuse_is_a_sentence(call, error, message):
    with pytest.raises(error, match=message):
        call()


# --- cleaner explain ----------------------------------------------------------------------

def test_explain_names_the_line_of_each_removal_and_why_a_guard_kept_one(capsys):
    root = Path(__file__).resolve().parents[1]
    page = root / "fixtures" / "pages" / "de-liveticker-page.txt"
    assert main(["explain", "--no-color", str(page)]) == 0
    out = capsys.readouterr().out.splitlines()
    # "Politik" goes twice: each removal says which line it is.
    politik = [line for line in out if line.startswith("- [boilerplate] Politik ")]
    assert len(politik) == 2 and politik[0] != politik[1] and all("(line " in line for line in politik)
    # A guard's veto says why, in input order among the removals, in the colored diff's words.
    kept = [line for line in out if line.startswith("+ [kept by ")]
    assert any(line.startswith("+ [kept by source-guard: image-credit] Quelle: Infratest dimap    (line ")
               and "the source of the rows of figures above it" in line for line in kept)
    lines = [line for line in out if line.startswith(("- [", "~ [", "+ ["))]
    numbers = [int(line.rsplit("(line ", 1)[1].split(":")[0].split(",")[0]) for line in lines]
    assert numbers == sorted(numbers)


def test_explain_marks_a_cut_from_the_end_of_a_line(capsys):
    root = Path(__file__).resolve().parents[1]
    assert main(["explain", "--no-color", str(root / "seeds" / "000_f7ce3464ce6fddcb.txt")]) == 0
    out = capsys.readouterr().out
    assert "~ [image-credit] JEON HEON-KYUN/POOL/AFP via Getty Images    (line 6, the end of the line: credit after " in out


# --- profiles and the datatrove step ------------------------------------------------------

def test_a_json_file_that_is_not_a_profile_is_refused(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    stats = tmp_path / "stats.json"  # an easy file to give by mistake: JSON, but no profile
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o1"), "--stats", str(stats), "-q"]) == 0
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o2"), "--profile", str(stats)]) == 2
    err = capsys.readouterr().err
    assert f"The profile file {stats} is not a valid profile: a profile is a JSON object with a 'lines' list or a " \
           f"'sources' object; this one has neither (its keys: files, documents" in err
    assert not (tmp_path / "o2").exists()
    with pytest.raises(ValueError, match="has neither"):
        cleaner.Profile.from_dict({"bad": 1})
    assert cleaner.Profile.from_dict({"sources": {}}).lines == frozenset()  # a profile that learned nothing


def test_the_datatrove_step_checks_its_config_when_built():
    pytest.importorskip("datatrove")
    from cleaner.integrations.datatrove import CleanStep

    with pytest.raises(TypeError, match=r"CleanStep takes config=Config \(or preset='recall'\), not str."):
        CleanStep(config="recall")
    with pytest.raises(ValueError, match="has neither"):
        CleanStep(profile={"bad": 1})


def test_report_and_learn_say_what_is_wrong_with_a_record_as_clean_does(tmp_path, capsys):
    lines = [json.dumps({"text": SHORT}), "[1, 2]", json.dumps({"content": SHORT}), json.dumps({"text": None}),
             json.dumps({"text": 5})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["report", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    path = tmp_path / "a.jsonl"
    assert f"{path}:2: not a JSON object; skipped." in err
    assert f"{path}:3: the record has no key 'text' (its keys: content); skipped." in err
    assert f"{path}:4" not in err  # a null text, silent as in `cleaner clean`
    assert f"{path}:5: the record has a number, not a string, under key 'text'; skipped." in err


# --- HTML given as text -------------------------------------------------------------------

PAGE = ("<!DOCTYPE html>\n<html><head><title>Floods</title></head><body><article><h1>Floods</h1>"
        "<p>The river rose by two metres overnight and the town hall opened its doors.</p></article></body></html>")


@pytest.mark.parametrize("stats_too", [False, True])  # the engine's fast path and the explaining one
def test_html_cleaned_as_text_is_pointed_out(tmp_path, capsys, stats_too):
    lines = [{"url": "https://example.org/1", "text": PAGE}, {"text": SHORT},
             {"text": "  <html lang='en'><body><p>Rain.</p></body></html>"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Use <b>bold</b> and <html> in a sentence about tags.\n" + SHORT, encoding="utf-8")
    extra = ["--stats", str(tmp_path / "s.json")] if stats_too else []
    assert main(["clean", str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
                 "-o", str(tmp_path / "out"), "-j", "1", *extra]) == 0
    assert ("3 document(s) look like HTML pages and were cleaned as text; give pages with --html-key KEY (JSONL, "
            "Parquet) or as .html files.") in capsys.readouterr().err
    if stats_too:
        assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["html_as_text"] == 3


def test_html_on_stdin_cleaned_as_text_is_pointed_out():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-"], input=PAGE.encode(), capture_output=True,
                          timeout=60)
    assert done.returncode == 0
    assert b"<stdin>: 1 document(s) look like HTML pages and were cleaned as text; give pages with --stdin-format html." \
        in done.stderr


# --- a full disk --------------------------------------------------------------------------

def test_a_full_disk_names_the_file_that_cannot_be_written_and_leaves_no_lock(tmp_path, monkeypatch, capsys):
    import errno

    from cleaner.batch import plan

    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    class FullFile:
        write = staticmethod(full)

        def flush(self):
            pass

        def close(self):
            pass

    monkeypatch.setattr(plan.os, "write", full)  # the lock's pid cannot be written: the lock holds all the same
    monkeypatch.setattr(plan.Manifest, "_open", lambda self: setattr(self, "_handle", self._handle or FullFile()))
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"cleaner: {out / '.cleaner-done.jsonl'} cannot be written (no space left on device); " in err
    assert "Traceback" not in err
    assert not (out / ".cleaner-lock").exists()


def test_a_full_disk_under_explain_names_the_explanations_file(tmp_path, monkeypatch, capsys):
    import errno

    from cleaner.batch import formats, runner

    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    real = formats.AtomicFile

    class FullAtomic(real):
        def __init__(self, target):
            super().__init__(target)
            if target.name == "e.jsonl":
                self.raw.close()
                self.raw = self.stream = self

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        closed = False

        def close(self):
            pass

    monkeypatch.setattr(runner.formats, "AtomicFile", FullAtomic)
    explain = tmp_path / "e.jsonl"
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-j", "1", "--explain", str(explain)]) == 2
    err = capsys.readouterr().err
    assert f"cleaner: {explain} cannot be written (no space left on device); the run stopped." in err
    assert not (tmp_path / "out" / ".cleaner-lock").exists()


# --- -j -----------------------------------------------------------------------------------

def test_more_workers_than_four_per_core_are_not_started(tmp_path, monkeypatch, capsys):
    from cleaner.batch import runner

    started = []
    real_pool = runner._pool
    monkeypatch.setattr(runner, "_pool", lambda settings, jobs: started.append(jobs) or real_pool(settings, jobs))
    monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)  # a split file: every worker gets chunks
    monkeypatch.setattr(runner, "default_jobs", lambda: 1)  # one core
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": f"{i}. {SHORT}"}) + "\n" for i in range(200)),
                                      encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-j", "500"]) == 0
    err = capsys.readouterr().err
    assert "cleaner: -j 500 is more than four workers per core; using 4." in err
    assert started == [4] and "(" in err and "4 worker(s))" in err


# --- --glob -------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern,taken", [
    ("**/*.txt", ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]),   # '**' also stands for no folder, as in a shell
    ("sub/**/*.txt", ["sub/b.txt", "sub/deeper/c.txt"]),
    ("*.txt", ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]),      # as before: matched from the right
    ("deeper/*.txt", ["sub/deeper/c.txt"]),
])
def test_glob_with_a_double_star(tmp_path, pattern, taken):
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    for name in ("a.txt", "sub/b.txt", "sub/deeper/c.txt", "sub/d.jsonl"):
        (src / name).write_text(SHORT if name.endswith(".txt") else json.dumps({"text": SHORT}) + "\n", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--glob", pattern, "-q"]) == 0
    out = tmp_path / "out"
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")) == taken


# --- outputs of another input -------------------------------------------------------------

def test_an_output_of_another_input_is_not_replaced_without_force(tmp_path, capsys):
    a, b, out = tmp_path / "crawl-a", tmp_path / "crawl-b", tmp_path / "out"
    a.mkdir()
    b.mkdir()
    (a / "x.txt").write_text(SHORT, encoding="utf-8")
    (b / "x.txt").write_text("Another article entirely, with its own first sentence about the harbour.", encoding="utf-8")
    assert main(["clean", str(a), "-o", str(out), "-q"]) == 0
    first = (out / "x.txt").read_bytes()
    assert main(["clean", str(b), "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert (f"Refusing to replace {out / 'x.txt'}, the cleaned {a / 'x.txt'} of an earlier run, with the cleaned "
            f"{b / 'x.txt'}; choose another output folder, or add --force.") in err
    assert (out / "x.txt").read_bytes() == first and not (out / ".cleaner-lock").exists()
    # The same input again is ours to redo (edited, other settings); --force replaces the other's.
    (a / "x.txt").write_text(SHORT + "\n\nA last paragraph added since, about the school budget.", encoding="utf-8")
    assert main(["clean", str(a), "-o", str(out), "-q", "--preset", "precision"]) == 0
    assert main(["clean", str(b), "-o", str(out), "-q", "--force"]) == 0
    assert "harbour" in (out / "x.txt").read_text(encoding="utf-8")


# --- files a folder holds that are not taken ----------------------------------------------

def test_compressed_pages_are_pages(tmp_path):
    pytest.importorskip("trafilatura")
    import gzip

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.html.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    (src / "b.htm.gz").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-q"]) == 0
    for name in ("a.txt.gz", "b.txt.gz"):
        assert gzip.decompress((tmp_path / "out" / name).read_bytes()).decode("utf-8") == cleaner.clean_html(PAGE) + "\n"
    assert main(["report", str(src), "-o", str(tmp_path / "r.html")]) == 0
    assert "river rose" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert main(["explain", "--no-color", str(src / "a.html.gz")]) == 0


def test_files_left_out_for_their_suffix_are_counted(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(SHORT, encoding="utf-8")
    for name in ("b.json", "sub/c.json", "d.jsonl.bz2", "notes"):
        (src / name).write_text("{}", encoding="utf-8")
    (src / ".hidden.json").write_text("{}", encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out")]) == 0
    assert ("4 file(s) in the input folders were left out: no format is known for their names (.json 2, "
            ".jsonl.bz2 1, no suffix 1).") in capsys.readouterr().err
    assert main(["clean", str(src), "-o", str(tmp_path / "out2"), "--glob", "*.txt"]) == 0
    assert "left out" not in capsys.readouterr().err  # what --glob leaves out is what was asked for


# --- without the batch extra --------------------------------------------------------------

RUSSIAN = "Мост через реку откроют в мае, сообщила во вторник мэр города. Жители ждали этого долго.\n"


def test_a_non_western_code_page_without_charset_normalizer_is_skipped_not_garbled(tmp_path, monkeypatch, capsys):
    import builtins

    real_import = builtins.__import__

    def no_charset_normalizer(name, *args, **kwargs):
        if name.startswith("charset_normalizer"):
            raise ImportError("No module named 'charset_normalizer'", name="charset_normalizer")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_charset_normalizer)
    src = tmp_path / "in"
    src.mkdir()
    (src / "ru.txt").write_bytes((RUSSIAN * 3).encode("cp1251"))
    (src / "de.txt").write_bytes("Die Brücke über den Fluss wird im Mai eröffnet.\n".encode("cp1252"))
    line = json.dumps({"text": RUSSIAN}, ensure_ascii=False).encode("cp1251")
    (src / "ru.jsonl").write_bytes(line + b"\n" + json.dumps({"text": SHORT}).encode() + b"\n")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    err = capsys.readouterr().err
    needs = 'reading it needs the charset_normalizer package (pip install "cleaner[batch]")'
    assert f"{src / 'ru.txt'}: skipped: it is not UTF-8 and not a Western code page; {needs}." in err
    assert f"{src / 'ru.jsonl'}:1: it is not UTF-8 and not a Western code page; {needs}; passed through unchanged." in err
    assert not (tmp_path / "out" / "ru.txt").exists()
    assert (tmp_path / "out" / "de.txt").read_text(encoding="utf-8").startswith("Die Brücke")  # windows-1252 needs nothing
    assert (tmp_path / "out" / "ru.jsonl").read_bytes().split(b"\n")[0] == line
    assert "Traceback" not in err
    assert main(["explain", "--no-color", str(src / "ru.txt")]) == 2
    assert f"cleaner: {src / 'ru.txt'}: it is not UTF-8 and not a Western code page; {needs}." in capsys.readouterr().err
    assert main(["report", str(src), "-o", str(tmp_path / "r.html")]) == 1
    assert f"{src / 'ru.txt'}: skipped: it is not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("closed,message", [
    ("stdin", b"cleaner: stdin is closed: pipe the text in (cleaner clean - < dump.txt), or give files with -o OUT."),
    ("stdout", b"cleaner: stdout is closed: send it somewhere (cleaner clean - < dump.txt > clean.txt), or give files with -o OUT."),
])
def test_a_closed_stdin_or_stdout_is_a_sentence(closed, message):
    import subprocess
    import sys

    code = ("import sys, os; os.close({fd}); sys.{name} = None; from cleaner.cli import main; sys.exit(main(['clean', '-']))"
            .format(fd=0 if closed == "stdin" else 1, name=closed))
    done = subprocess.run([sys.executable, "-c", code], input=None if closed == "stdin" else SHORT.encode(),
                          stdout=subprocess.PIPE if closed == "stdin" else None, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 2 and message in done.stderr and b"Traceback" not in done.stderr


def test_a_full_stdout_is_a_sentence():
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-"], input=SHORT.encode(), stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 2
    assert b"cleaner: the cleaned text cannot be written to stdout (no space left on device)." in done.stderr


# --- --stats, --explain, reports and profiles written to links, pipes and devices ----------

def test_single_file_outputs_write_through_links_and_into_pipes(tmp_path):
    import threading

    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    real = tmp_path / "real-stats.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "stats.json"
    link.symlink_to(real)
    fifo = tmp_path / "explain.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q", "--stats", str(link),
                 "--explain", str(fifo)]) == 0
    reader.join(30)
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["documents"] == 1
    assert fifo.is_fifo() and json.loads(got[0].decode("utf-8"))["file"] == str(tmp_path / "a.txt")
    # A report and a profile the same way.
    got.clear()
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert main(["report", str(tmp_path / "a.txt"), "-o", str(fifo)]) == 0
    reader.join(30)
    assert fifo.is_fifo() and got[0].startswith(b"<!DOCTYPE html>")
    assert main(["learn", str(tmp_path / "a.txt"), "-o", str(link)]) == 0
    assert link.is_symlink() and "cleaner_profile" in real.read_text(encoding="utf-8")


def test_compressed_data_under_a_plain_name_says_what_to_rename(tmp_path, capsys):
    import gzip

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(gzip.compress(SHORT.encode("utf-8")))
    (src / "b.jsonl").write_bytes(gzip.compress(json.dumps({"text": SHORT}).encode("utf-8") + b"\n"))
    (src / "c.html").write_bytes(gzip.compress(PAGE.encode("utf-8")))
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    for name, what in (("a.txt", "text"), ("b.jsonl", "JSON lines"), ("c.html", "HTML")):
        assert (f"{src / name}: skipped: it is gzip-compressed, not {what}; with .gz at the end of its name "
                f"({name}.gz) it is read.") in err


# --- the JSONL splice, on any record ------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-10**30, max_value=10**30) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(record=st.dictionaries(st.text(max_size=6), _VALUES, max_size=5), text=st.sampled_from([SHORT, CLEANED, "", "Tags\nx"]),
       where=st.integers(min_value=0, max_value=5), ascii_only=st.booleans(), spaced=st.booleans(), crlf=st.booleans())
def test_a_cleaned_record_is_the_record_with_its_text_cleaned(record, text, where, ascii_only, spaced, crlf):
    from cleaner.batch.work import Settings, Worker

    items = list(record.items())
    items.insert(min(where, len(items)), ("text", text))
    record = dict(items)
    line = json.dumps(record, ensure_ascii=ascii_only, separators=(", ", ": ") if spaced else (",", ":"))
    line = line.encode("utf-8", "surrogatepass") + (b"\r\n" if crlf else b"\n")
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return  # a lone surrogate written raw is not UTF-8: not a JSONL line
    result = Worker(Settings(config=cleaner.Config())).jsonl_lines([line], 1, "a.jsonl")
    assert not result.tally.problems
    out = result.output
    assert out.endswith(b"\r\n" if crlf else b"\n") and out.count(b"\n") == 1
    got = json.loads(out)
    assert got == {**record, "text": cleaner.clean(text)} and list(got) == list(record)


def test_a_link_to_an_input_is_not_written_through(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    link = tmp_path / "stats.json"
    link.symlink_to(tmp_path / "a.txt")
    for args in (["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--stats", str(link)],
                 ["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--explain", str(link)],
                 ["report", str(tmp_path / "a.txt"), "-o", str(link)],
                 ["learn", str(tmp_path / "a.txt"), "-o", str(link)]):
        assert main(args) == 2
        assert "over the input file" in capsys.readouterr().err
        assert (tmp_path / "a.txt").read_text(encoding="utf-8") == SHORT and link.is_symlink()


def test_two_folders_with_the_same_names_are_refused_with_the_way_out(tmp_path, capsys):
    for shard in ("d0", "d1"):
        (tmp_path / "crawl" / shard).mkdir(parents=True)
        (tmp_path / "crawl" / shard / "f0.txt").write_text(SHORT, encoding="utf-8")
    crawl = tmp_path / "crawl"
    assert main(["clean", str(crawl / "d0"), str(crawl / "d1"), "-o", str(tmp_path / "out")]) == 2
    assert (f"{crawl / 'd0' / 'f0.txt'} and {crawl / 'd1' / 'f0.txt'} would both be written to "
            f"{tmp_path / 'out' / 'f0.txt'}; give the folder that holds them ({crawl}: its tree is mirrored in the "
            f"output folder), or clean them into different output folders.") in capsys.readouterr().err
    assert main(["clean", str(crawl), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "d1" / "f0.txt").exists()


def test_a_page_on_stdin_that_gives_no_text_says_so():
    import subprocess
    import sys

    pytest.importorskip("trafilatura")
    done = subprocess.run([sys.executable, "-m", "cleaner", "clean", "-", "--stdin-format", "html"],
                          input=b"<html><body><div id='app'></div><script>render()</script></body></html>",
                          capture_output=True, timeout=60)
    assert done.returncode == 0 and done.stdout == b""
    assert b"cleaner: <stdin>: 1 page(s) gave no text (no article found, or no HTML markup)." in done.stderr


def test_explain_on_a_page_that_gives_no_text_says_so(tmp_path, capsys):
    pytest.importorskip("trafilatura")
    (tmp_path / "js.html").write_text("<html><body><div id='app'></div><script>render()</script></body></html>",
                                      encoding="utf-8")
    assert main(["explain", "--no-color", str(tmp_path / "js.html")]) == 0
    assert "no text was found in the page (no article, or no HTML markup): clean gives an empty text." \
        in capsys.readouterr().err
