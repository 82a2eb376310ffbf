"""The command line: formats, bad input, safety, resume, stats and explanations."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".expected.txt"))
ARTICLE = SEEDS[1].read_text(encoding="utf-8")  # ends with an author bio, "Most Read" and a handle
SHORT = ("The council approved the new budget on Tuesday after a long debate about school funding.\n\n"
         "Image: Reuters\n\nTags\nPolitics, Budget")


def tree_hash(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def outputs(folder: Path) -> dict[str, bytes]:
    """Output files, without the resume manifest."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != ".cleaner-done.jsonl"}


def expected_text(text: str) -> str:
    out = cleaner.clean(text)
    return out + "\n" if out else ""


def run_cli(*args, cwd=ROOT, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], capture_output=True, cwd=cwd,
                          timeout=120, **kwargs)


def write_jsonl(path: Path, records, opener=open) -> None:
    with opener(path, "wt", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(path: Path, opener=open) -> list:
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def zst_open(path, mode, encoding):
    import io

    import zstandard

    if "w" in mode:
        raw = open(path, "wb")
        return io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(raw), encoding=encoding)
    return io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(open(path, "rb")), encoding=encoding)


RECORDS = [{"id": i, "url": f"https://example.org/{i}", "text": text, "meta": {"lang": "en", "score": 0.5}}
           for i, text in enumerate([ARTICLE, SHORT, "", "Nur ein Satz ohne Chrom, der bleiben soll."])]


# --- formats ------------------------------------------------------------------------------

def test_txt_folder_is_mirrored_and_inputs_untouched(tmp_path):
    src = tmp_path / "in"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(SHORT, encoding="utf-8")
    (src / "sub" / "deeper" / "c.txt").write_text("", encoding="utf-8")
    (src / "notes.csv").write_text("not a supported format", encoding="utf-8")
    before = tree_hash(src)
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "2"]) == 0
    assert tree_hash(src) == before
    assert outputs(tmp_path / "out") == {
        "a.txt": expected_text(ARTICLE).encode(),
        "sub/b.txt": expected_text(SHORT).encode(),
        "sub/deeper/c.txt": b"",
    }


def test_seed_files_match_their_expected_output(tmp_path):
    assert main(["clean", *map(str, SEEDS), "-o", str(tmp_path), "-j", "1"]) == 0
    for seed in SEEDS:
        expected = seed.with_name(seed.name.replace(".txt", ".expected.txt")).read_text(encoding="utf-8")
        assert (tmp_path / seed.name).read_text(encoding="utf-8").strip() == expected.strip()


@pytest.mark.parametrize("suffix,opener", [(".jsonl", open), (".jsonl.gz", gzip.open), (".jsonl.zst", zst_open)])
def test_jsonl_records_keep_every_other_field(tmp_path, suffix, opener):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / f"data{suffix}", RECORDS, opener)
    assert main(["clean", str(src), "-o", str(tmp_path / "out")]) == 0
    got = read_jsonl(tmp_path / "out" / f"data{suffix}", opener)
    assert len(got) == len(RECORDS)
    for before, after in zip(RECORDS, got):
        assert list(after) == list(before)  # same keys, same order
        assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
        assert after["text"] == cleaner.clean(before["text"])
    assert "Most Read" not in got[0]["text"]


def test_compressed_text_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    with zst_open(src / "b.txt.zst", "wt", encoding="utf-8") as handle:
        handle.write(SHORT)
    assert main(["clean", str(src), "-o", str(tmp_path / "out")]) == 0
    assert gzip.decompress((tmp_path / "out" / "a.txt.gz").read_bytes()).decode() == expected_text(ARTICLE)
    with zst_open(tmp_path / "out" / "b.txt.zst", "rt", encoding="utf-8") as handle:
        assert handle.read() == expected_text(SHORT)
    assert main(["explain", "--no-color", str(src / "a.txt.gz")]) == 0


def test_text_key_names_the_field(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"body": SHORT, "text": "left alone"}])
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "--text-key", "body"]) == 0
    [record] = read_jsonl(tmp_path / "out" / "a.jsonl")
    assert record == {"body": cleaner.clean(SHORT), "text": "left alone"}


def test_parquet_keeps_schema_and_other_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({
        "id": pa.array([1, 2, 3, 4], pa.int64()),
        "text": pa.array([ARTICLE, SHORT, None, "Ein kurzer Satz."], pa.large_string()),
        "score": pa.array([0.1, 0.2, 0.3, 0.4], pa.float32()),
    }).replace_schema_metadata({"origin": "crawl"})
    pq.write_table(table, tmp_path / "d.parquet", row_group_size=2)
    assert main(["clean", str(tmp_path / "d.parquet"), "-o", str(tmp_path / "out")]) == 0
    out = pq.read_table(tmp_path / "out" / "d.parquet")
    assert out.schema == table.schema
    assert out.schema.metadata == table.schema.metadata
    assert out.column("id").to_pylist() == [1, 2, 3, 4]
    assert out.column("score").to_pylist() == table.column("score").to_pylist()
    assert out.column("text").to_pylist() == [cleaner.clean(ARTICLE), cleaner.clean(SHORT), None, "Ein kurzer Satz."]


def test_html_files_become_text(tmp_path):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    page = ("<html><body><nav>Home | News</nav><article><h1>Rain on Sunday in the north</h1>"
            "<p>Heavy rain is expected on Sunday across the north of the country, the weather service said.</p>"
            "<div class='share-buttons'>Share on Facebook</div></article></body></html>")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(page, encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "page.txt").read_text(encoding="utf-8")
    assert text == html_module.clean_html(page.encode()) + "\n"
    assert "Heavy rain" in text and "Share on Facebook" not in text


def test_html_gets_the_html_default_config_unless_a_preset_is_given(tmp_path, monkeypatch):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    seen = []
    real = html_module.explain_html

    def spy(page, *, config=None, **kwargs):
        seen.append(config or html_module.HTML_DEFAULT)
        return real(page, config=config, **kwargs)

    monkeypatch.setattr(html_module, "explain_html", spy)
    (tmp_path / "page.html").write_text("<html><body><article><p>Heavy rain is expected on Sunday.</p></article></body></html>",
                                        encoding="utf-8")
    for n, extra in enumerate([[], ["--disable", "nav-menu"], ["--preset", "balanced"]]):
        assert main(["clean", str(tmp_path / "page.html"), "-o", str(tmp_path / f"out{n}"), "-j", "1", "-q", *extra]) == 0
    assert [(c.classify, sorted(c.disabled)) for c in seen] == [(False, []), (False, ["nav-menu"]), (True, [])]
    assert seen[0] == html_module.HTML_DEFAULT  # what clean_html(page) uses


def test_binary_file_named_html_is_skipped_and_reported(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "in" / "a.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 1
    assert f"{tmp_path / 'in' / 'image.html'}: skipped: it looks like a binary file, not HTML." in capsys.readouterr().err
    assert not (tmp_path / "out" / "image.txt").exists() and (tmp_path / "out" / "a.txt").exists()
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "r.html")]) == 1
    assert "image.html: skipped: it looks like a binary file, not HTML." in capsys.readouterr().err


def test_html_without_the_html_extra_is_reported_not_emptied(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)  # as if cleaner[html] were not installed
    page = "<html><body><article><p>Heavy rain is expected on Sunday across the north.</p></article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with pytest.raises(ImportError, match=r'^clean_html\(\) needs the selectolax package: pip install "cleaner\[html\]"\.$'):
        cleaner.clean_html(page)
    assert main(["clean", str(tmp_path / "page.html"), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    assert "page.html: skipped: HTML support is not available" in capsys.readouterr().err
    assert not (tmp_path / "out" / "page.txt").exists()
    assert main(["explain", str(tmp_path / "page.html")]) == 2
    assert capsys.readouterr().err == 'cleaner: HTML support is not available; pip install "cleaner[html]".\n'


def test_stdin_to_stdout():
    done = run_cli("clean", "-", input=SHORT.encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == cleaner.clean(SHORT) + "\n"


def test_stdin_all_chrome_gives_empty_stdout_like_a_file():
    done = run_cli("clean", "-", input=b"Image: Reuters\nTags\nPolitics, Asia\n")
    assert (done.returncode, done.stdout) == (0, b"")
    assert run_cli("clean", "-", input=b"").stdout == b""


def test_stdin_jsonl_to_stdout():
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    done = run_cli("clean", "--stdin-format", "jsonl", "-", input=lines)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == [cleaner.clean(ARTICLE), cleaner.clean(SHORT)]


def test_stdin_jsonl_that_is_binary_is_one_problem():
    garbage = bytes(range(256)) * 40 + b"\n" + bytes(range(255, -1, -1)) * 40 + b"\n"
    done = run_cli("clean", "--stdin-format", "jsonl", "-", input=garbage)
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr.decode() == "cleaner: <stdin>: skipped: it looks like binary data, not JSON lines.\n"


def test_stdin_problems_are_capped_like_a_file_s():
    done = run_cli("clean", "--stdin-format", "jsonl", "-", input=b"not json\n" * 50)
    assert done.returncode == 1 and done.stdout == b"not json\n" * 50
    err = done.stderr.decode().splitlines()
    assert len(err) == 11 and err[-1] == "cleaner: <stdin>: 40 more problem(s) not shown."


def test_stdin_may_be_compressed():
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    done = run_cli("clean", "--stdin-format", "jsonl", "-", input=gzip.compress(lines))
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["text"] for line in done.stdout.splitlines()] == [cleaner.clean(ARTICLE), cleaner.clean(SHORT)]
    done = run_cli("clean", "-", input=gzip.compress(SHORT.encode())[:-12])
    assert done.returncode == 1 and done.stdout == b"" and b"Traceback" not in done.stderr
    assert done.stderr.decode().startswith("cleaner: <stdin>: skipped: the compressed data is corrupt")


def test_glob_filters_files_in_folders(tmp_path):
    src = tmp_path / "in"
    (src / "x").mkdir(parents=True)
    (src / "a.txt").write_text(SHORT, encoding="utf-8")
    write_jsonl(src / "x" / "b.jsonl", RECORDS[:1])
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--glob", "*.jsonl"]) == 0
    assert list(outputs(tmp_path / "out")) == ["x/b.jsonl"]


# --- bad input ------------------------------------------------------------------------------

def test_bad_files_are_reported_and_skipped_the_rest_written(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(SHORT, encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    legacy = "Le café était fermé – « c’est la grève », a dit le patron.\n\nImage: Reuters\n"
    (src / "legacy.txt").write_bytes(legacy.encode("cp1252"))
    good, bad = json.dumps({"id": 1, "text": SHORT}), '{"id": 2, "text": "cut off'
    missing = json.dumps({"id": 3, "body": "no text key"})
    (src / "mixed.jsonl").write_text("\n".join([good, bad, missing, good]) + "\n", encoding="utf-8")
    (src / "broken.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n' * 50)[:-20])
    before = tree_hash(src)

    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "2"]) == 1
    err = capsys.readouterr().err
    assert tree_hash(src) == before
    assert f"{src / 'binary.txt'}: skipped: it looks like a binary file" in err
    assert f"{src / 'mixed.jsonl'}:2: not valid JSON; passed through unchanged." in err
    assert f"{src / 'mixed.jsonl'}:3: the record has no key 'text' (its keys: id, body); passed through unchanged." in err
    assert f"{src / 'broken.jsonl.gz'}: skipped:" in err
    assert "Traceback" not in err

    out = tmp_path / "out"
    assert (out / "good.txt").read_text(encoding="utf-8") == expected_text(SHORT)
    assert not (out / "binary.txt").exists() and not (out / "broken.jsonl.gz").exists()
    assert (out / "legacy.txt").read_text(encoding="utf-8") == expected_text(legacy)  # decoded, written as UTF-8
    assert "café" in (out / "legacy.txt").read_text(encoding="utf-8")
    lines = (out / "mixed.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines[1] == bad and lines[2] == missing  # passed through unchanged, in place
    assert json.loads(lines[0])["text"] == json.loads(lines[3])["text"] == cleaner.clean(SHORT)
    assert not [p for p in out.rglob("*") if p.name.endswith(".cleaner-tmp")]


def _zst(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


LINES = b"".join(json.dumps({"text": f"Story {i}: {SHORT}"}).encode() + b"\n" for i in range(300))


@pytest.mark.parametrize("name,data,message", [
    ("empty.jsonl.gz", lambda: b"", "it is empty (0 bytes), not gzip data."),
    ("empty.jsonl.zst", lambda: b"", "it is empty (0 bytes), not zstd data."),
    ("empty.txt.gz", lambda: b"", "it is empty (0 bytes), not gzip data."),
    ("cut.jsonl.gz", lambda: gzip.compress(LINES)[:200], "the compressed data is corrupt"),
    ("cut.jsonl.zst", lambda: _zst(LINES)[:-40], "the compressed data is cut short (it ends inside a zstd frame)."),
    ("cut.txt.zst", lambda: _zst(SHORT.encode())[:-5], "the compressed data is cut short (it ends inside a zstd frame)."),
    ("junk.jsonl.zst", lambda: b"not zstd at all\n", "the compressed data is corrupt"),
])
@pytest.mark.parametrize("split", [False, True])
def test_empty_or_truncated_compressed_files_are_problems(tmp_path, monkeypatch, capsys, name, data, message, split):
    from cleaner.batch import runner

    if split:
        monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
    (tmp_path / name).write_bytes(data())
    (tmp_path / "good.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / name), str(tmp_path / "good.txt"), "-o", str(tmp_path / "out"), "-q",
                 "-j", "2" if split else "1"]) == 1
    err = capsys.readouterr().err
    assert f"cleaner: {tmp_path / name}: skipped: {message}" in err and "Traceback" not in err
    assert not (tmp_path / "out" / name).exists() and (tmp_path / "out" / "good.txt").exists()
    # The commands that only read say the same.
    assert main(["learn", str(tmp_path / name), "-o", str(tmp_path / "p.json")]) == 2  # nothing to learn from
    assert f"{tmp_path / name}: skipped: {message}" in capsys.readouterr().err


def test_a_zst_of_several_frames_is_read_whole(tmp_path):
    (tmp_path / "a.jsonl.zst").write_bytes(_zst(LINES[:len(LINES) // 2].rsplit(b"\n", 3)[0] + b"\n")
                                           + _zst(b"\n".join(LINES[:len(LINES) // 2].rsplit(b"\n", 3)[1:]) + LINES[len(LINES) // 2:]))
    assert main(["clean", str(tmp_path / "a.jsonl.zst"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert len(read_jsonl(tmp_path / "out" / "a.jsonl.zst", zst_open)) == 300


def test_a_skipped_file_adds_no_documents_to_the_counts(tmp_path):
    lines = "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(800)).encode()  # ~4 MB: several chunks
    data = gzip.compress(lines)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 9 // 10])  # chunks are cleaned, then the end is missing
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "cut.jsonl.gz"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                 "-q", "--stats", str(tmp_path / "s.json"), "--explain", str(tmp_path / "e.jsonl")]) == 1
    stats = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert (stats["files"]["failed"], stats["documents"]) == (1, 1)
    assert stats["bytes_in"] == len(SHORT.encode())
    assert [json.loads(line)["file"] for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()] \
        == [str(tmp_path / "a.txt")]


def test_unchanged_records_are_copied_byte_for_byte(tmp_path):
    line = '{"id": 1,  "text": "Nur ein Satz ohne Chrom, der bleiben soll.", "n": 1.50}'
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8") == line + "\n"


def test_jsonl_with_bom_crlf_and_no_final_newline(tmp_path, capsys):
    unchanged = json.dumps({"text": "Nur ein Satz ohne Chrom, der bleiben soll."})
    lines = [json.dumps({"id": 1, "text": SHORT}), unchanged, json.dumps({"id": 3, "text": 42}),
             json.dumps({"id": 4, "text": None}), json.dumps({"id": 5, "text": SHORT})]
    data = b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8")  # no line end after the last record
    (tmp_path / "a.jsonl").write_bytes(data)
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-q"]) == 1
    assert (tmp_path / "a.jsonl").read_bytes() == data
    assert f"{tmp_path / 'a.jsonl'}:3: the record has a number, not a string, under key 'text'" in capsys.readouterr().err
    out = (tmp_path / "out" / "a.jsonl").read_bytes()
    assert out.split(b"\r\n")[1:4] == [line.encode() for line in lines[1:4]]  # passed through as they were
    assert out.count(b"\r\n") == 4 and out.endswith(b"}\n")  # CRLF kept on changed lines too
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert records[0]["text"] == records[4]["text"] == cleaner.clean(SHORT)
    assert [r["id"] for r in records if "id" in r] == [1, 3, 4, 5]


def test_legacy_encoded_jsonl_line_is_cleaned(tmp_path):
    line = json.dumps({"text": "Der Bürgermeister sagte, die Brücke werde im Mai eröffnet.\nFoto: dpa"}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_bytes(line.encode("cp1252") + b"\n")
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out")]) == 0
    [record] = read_jsonl(tmp_path / "out" / "a.jsonl")
    assert record["text"] == "Der Bürgermeister sagte, die Brücke werde im Mai eröffnet."
    unchanged = json.dumps({"text": "Die Brücke wird im Mai eröffnet."}, ensure_ascii=False)
    (tmp_path / "b.jsonl").write_bytes(unchanged.encode("cp1252") + b"\n")
    assert main(["clean", str(tmp_path / "b.jsonl"), "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "b.jsonl").read_text(encoding="utf-8") == unchanged + "\n"  # written as UTF-8


def test_unreadable_folder_is_reported_not_silently_skipped(tmp_path, monkeypatch, capsys):
    crawl = tmp_path / "crawl"
    (crawl / "locked").mkdir(parents=True)
    (crawl / "locked" / "a.txt").write_text(SHORT, encoding="utf-8")
    (crawl / "b.txt").write_text(SHORT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does (even to root)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert main(["clean", str(crawl), "-o", str(tmp_path / "out"), "-j", "1",
                 "--stats", str(tmp_path / "s.json")]) == 1
    err = capsys.readouterr().err
    assert "locked: skipped: the folder cannot be read (permission denied)." in err
    assert (tmp_path / "out" / "b.txt").exists()
    stats = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert [p["path"] for p in stats["problems"]] == [str(crawl / "locked")]
    assert main(["learn", str(crawl), "-o", str(tmp_path / "p.json")]) == 1
    assert "the folder cannot be read" in capsys.readouterr().err


def test_bad_profile_and_folder_arguments_are_one_sentence(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    out = str(tmp_path / "out")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", out, "--profile", str(tmp_path / "list.json")]) == 2
    assert capsys.readouterr().err == (f"cleaner: The profile file {tmp_path / 'list.json'} is not a valid profile: "
                                       "a profile is a JSON object with a 'lines' list or a 'sources' object.\n")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", out, "--profile", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"cleaner: The profile {tmp_path} is a folder; give the JSON file `cleaner learn` wrote.\n"
    assert main(["explain", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"cleaner: {tmp_path} is a folder; explain takes one file")
    assert not (tmp_path / "out").exists()


def test_a_folder_where_a_file_is_written_is_one_sentence(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    folder = tmp_path / "taken"
    (folder / "a.txt").mkdir(parents=True)  # where the output of a.txt would go
    (tmp_path / "p.json").write_text('{"lines": ["Tags"]}', encoding="utf-8")
    for args, message in [
        (["clean", "a.txt", "-o", "out", "--stats", "taken"], "The stats file taken is a folder; give a file name."),
        (["clean", "a.txt", "-o", "out", "--explain", "taken"], "The explanations file taken is a folder; give a file name."),
        (["report", "a.txt", "-o", "taken"], "The report taken is a folder; give a file name."),
        (["learn", "a.txt", "-o", "taken"], "The profile taken is a folder; give a file name."),
        (["clean", "a.txt", "-o", "out", "--stats", "x.json", "--explain", "./x.json"],
         "--stats and --explain both name x.json; give them different files."),
        (["clean", "a.txt", "-o", "out", "--profile", "p.json", "--stats", "p.json"],
         "The stats file p.json is the profile given with --profile; give another file name."),
        (["clean", "a.txt", "-o", "out", "--source-key", "url"],
         "--source-key chooses each record's lines of a --profile; give the profile too."),
    ]:
        done = run_cli(*args, cwd=tmp_path)
        assert (done.returncode, done.stderr.decode()) == (2, f"cleaner: {message}\n")
    assert not (tmp_path / "out").exists()
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(folder), "-q"]) == 1
    err = capsys.readouterr().err
    assert f"a.txt: skipped: its output {folder / 'a.txt'} cannot be written (is a directory)." in err
    assert not [p for p in folder.iterdir() if p.name.startswith(".") and "cleaner-tmp" in p.name]


def test_explain_on_a_corrupt_compressed_file_is_one_sentence(tmp_path, capsys):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(SHORT.encode() * 20)[:-30])
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"text": "a"}\n' * 50)[:-20])
    assert main(["explain", str(tmp_path / "a.txt.gz")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"cleaner: {tmp_path / 'a.txt.gz'}: the compressed data is corrupt") and "Traceback" not in err
    assert main(["explain", str(tmp_path / "b.jsonl.gz")]) == 2
    assert "b.jsonl.gz holds records; explain one text or HTML file" in capsys.readouterr().err


def test_report_and_learn_never_write_over_an_input(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "page.html").write_text("<html><body><p>Rain on Sunday.</p></body></html>", encoding="utf-8")
    write_jsonl(src / "a.jsonl", RECORDS)
    before = tree_hash(src)
    assert main(["report", str(src), "-o", str(src / "page.html")]) == 2
    assert capsys.readouterr().err == f"cleaner: Refusing to write the report over the input file {src / 'page.html'}.\n"
    assert main(["learn", str(src / "a.jsonl"), "-o", str(src / "a.jsonl")]) == 2
    assert capsys.readouterr().err == f"cleaner: Refusing to write the profile over the input file {src / 'a.jsonl'}.\n"
    assert tree_hash(src) == before


def test_missing_input_is_refused(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "*.txt"), "-o", str(tmp_path / "out")]) == 2  # a pattern the shell left alone
    assert capsys.readouterr().err == (f"cleaner: {tmp_path / '*.txt'}: no such file or folder; to take the files of a "
                                       "folder that match a pattern, give the folder and --glob PATTERN.\n")


# --- safety ---------------------------------------------------------------------------------

def test_refuses_to_write_into_an_input_folder(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SHORT, encoding="utf-8")
    before = tree_hash(src)
    for out in (src, src / "cleaned", src / "x" / "y"):
        assert main(["clean", str(src), "-o", str(out)]) == 2
        assert "Refusing to write into the input folder" in capsys.readouterr().err
    assert tree_hash(src) == before
    assert run_cli("clean", src, "-o", src / "out").returncode == 2


def test_refuses_to_overwrite_an_input_file(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path)]) == 2
    assert "Refusing to overwrite the input file" in capsys.readouterr().err
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == SHORT


def test_refuses_stats_over_an_input(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--stats", str(tmp_path / "in" / "a.txt")]) == 2
    assert (tmp_path / "in" / "a.txt").read_text(encoding="utf-8") == SHORT


# --- resume ---------------------------------------------------------------------------------

def make_corpus(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"doc{i:04d}.txt").write_text(f"Story number {i} begins.\n\n" + (ARTICLE if i % 2 else SHORT), encoding="utf-8")


def test_second_run_skips_finished_outputs_and_redoes_broken_ones(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 6)
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    reference = outputs(out)
    capsys.readouterr()
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    assert "0 cleaned, 6 already up to date" in capsys.readouterr().err

    (out / "doc0001.txt").unlink()                                  # deleted
    (out / "doc0002.txt").write_bytes(reference["doc0002.txt"][:10])  # truncated
    stale = out / ".doc0003.txt.0123abcd.cleaner-tmp"                 # left by a killed run
    stale.write_text("partial")
    time.sleep(0.01)
    (src / "doc0004.txt").write_text(SHORT + "\nFollow @daily:", encoding="utf-8")  # input edited
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    assert "3 cleaned, 3 already up to date" in capsys.readouterr().err
    assert not stale.exists()
    now = outputs(out)
    assert now["doc0004.txt"] == expected_text(SHORT + "\nFollow @daily:").encode()
    assert {k: v for k, v in now.items() if k != "doc0004.txt"} == {k: v for k, v in reference.items() if k != "doc0004.txt"}

    # Other settings: everything again.
    assert main(["clean", str(src), "-o", str(out), "-j", "1", "--disable", "image-credit"]) == 0
    assert "6 cleaned" in capsys.readouterr().err


def test_files_with_problems_are_redone_and_reported_again(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    for _ in range(2):
        assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out")]) == 1
        assert "a.jsonl:2: not valid JSON" in capsys.readouterr().err


def _default_sigint():
    # Ctrl-C as a terminal delivers it: a test run started in the background by a shell script
    # (CI) ignores SIGINT, and a child inherits that, so a Ctrl-C would never reach the run.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_resumes_to_the_same_outputs(tmp_path, how):
    src = tmp_path / "in"
    make_corpus(src, 300)
    reference = tmp_path / "reference"
    assert run_cli("clean", src, "-o", reference, "-j", "1", "-q").returncode == 0

    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "-j", "2", "-q"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_default_sigint)
    manifest = out / ".cleaner-done.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and manifest.read_bytes().count(b'"output_size"') >= 20:  # 20 outputs finished
            break
        time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, how)  # the run and its workers (SIGKILL), or Ctrl-C, mid-way
    err = proc.communicate(timeout=60)[1].decode()
    if killed:
        assert len(outputs(out)) < 300
        if how == signal.SIGINT:
            assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
            assert not [p for p in out.rglob("*.cleaner-tmp")]
    done = run_cli("clean", src, "-o", out, "-j", "2")
    assert done.returncode == 0, done.stderr
    assert outputs(out) == outputs(reference)
    assert not [p for p in out.rglob("*.cleaner-tmp")]


def test_ctrl_c_while_the_workers_start_stops_the_run(tmp_path):
    # Ctrl-C right after a worker is forked, before the pool has recorded it: the run must stop,
    # not wait at exit for a worker nobody stops.
    script = tmp_path / "interrupted.py"
    script.write_text(
        "import os, signal, sys\n"
        "import multiprocessing.process as mpp\n"
        "start = mpp.BaseProcess.start\n"
        "def start_then_ctrl_c(self):\n"
        "    start(self)\n"
        "    if not os.environ.get('INTERRUPTED'):\n"
        "        os.environ['INTERRUPTED'] = '1'\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "mpp.BaseProcess.start = start_then_ctrl_c\n"
        "from cleaner.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n", encoding="utf-8")
    make_corpus(tmp_path / "in", 4)
    done = subprocess.run([sys.executable, str(script), "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                           "-j", "2", "-q"], capture_output=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=_default_sigint)
    assert done.returncode == 130 and b"interrupted" in done.stderr and b"Traceback" not in done.stderr
    assert not (tmp_path / "out" / ".cleaner-lock").exists()


def test_a_stopped_pool_leaves_no_thread_for_the_exit_to_wake():
    # Python 3.11 wakes a pool's manager thread once more at exit; one that is closing its
    # wake-up pipe at that moment makes the exit print a "Bad file descriptor" traceback.
    from cleaner.batch import runner
    from cleaner.batch.work import Settings

    pool = runner._pool(Settings(cleaner.Config()), 2)
    manager = pool._executor_manager_thread
    runner._stop(pool)
    assert not manager.is_alive()


# --- parallel chunks of one big file ----------------------------------------------------------

def test_no_more_workers_than_files_when_none_is_split(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "-j", "8",
                 "-q", "--stats", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["workers"] == 2


def test_large_jsonl_is_split_across_workers_with_identical_output(tmp_path, monkeypatch):
    from cleaner.batch import formats, runner

    monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(formats, "JSONL_CHUNK_LINES", 7)
    records = [{"id": i, "text": f"Story {i} opens here.\n\n" + (ARTICLE if i % 3 else SHORT)} for i in range(60)]
    write_jsonl(tmp_path / "big.jsonl.gz", records, gzip.open)
    args = [str(tmp_path / "big.jsonl.gz"), "--stats", "s.json", "--explain", "e.jsonl"]
    assert main(["clean", args[0], "-o", str(tmp_path / "j1"), "-j", "1",
                 "--stats", str(tmp_path / "s1.json"), "--explain", str(tmp_path / "e1.jsonl")]) == 0
    assert main(["clean", args[0], "-o", str(tmp_path / "j2"), "-j", "2",
                 "--stats", str(tmp_path / "s2.json"), "--explain", str(tmp_path / "e2.jsonl")]) == 0
    # The same records; -j 2 writes one gzip member per chunk, so compare them decompressed.
    assert read_jsonl(tmp_path / "j1" / "big.jsonl.gz", gzip.open) == read_jsonl(tmp_path / "j2" / "big.jsonl.gz", gzip.open)
    assert [r["text"] for r in read_jsonl(tmp_path / "j2" / "big.jsonl.gz", gzip.open)] == [cleaner.clean(r["text"]) for r in records]
    assert subprocess.run(["gzip", "-t", str(tmp_path / "j2" / "big.jsonl.gz")]).returncode == 0
    assert (tmp_path / "e1.jsonl").read_bytes() == (tmp_path / "e2.jsonl").read_bytes()
    s1, s2 = (json.loads((tmp_path / n).read_text()) for n in ("s1.json", "s2.json"))
    assert s1["rules"] == s2["rules"] and s2["workers"] == 2


def test_large_parquet_is_split_across_workers(tmp_path, monkeypatch):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from cleaner.batch import formats, runner

    monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(formats, "PARQUET_CHUNK_BYTES", 5000)
    texts = [f"Story {i} opens here.\n\n" + (ARTICLE if i % 3 else SHORT) for i in range(40)]
    pq.write_table(pa.table({"text": texts, "n": list(range(40))}), tmp_path / "big.parquet", row_group_size=16)
    assert main(["clean", str(tmp_path / "big.parquet"), "-o", str(tmp_path / "out"), "-j", "2"]) == 0
    out = pq.read_table(tmp_path / "out" / "big.parquet")
    assert out.column("text").to_pylist() == [cleaner.clean(t) for t in texts]
    assert out.column("n").to_pylist() == list(range(40))


# --- stats and explanations -------------------------------------------------------------------

def test_stats_and_explain_files(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(src / "b.jsonl", RECORDS[:2])
    stats, why = tmp_path / "stats.json", tmp_path / "why.jsonl"
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--stats", str(stats), "--explain", str(why)]) == 0
    data = json.loads(stats.read_text(encoding="utf-8"))
    assert data["documents"] == 3 and data["files"]["cleaned"] == 2
    assert 0 < data["removed_share"] < 1 and data["bytes_out"] < data["bytes_in"]
    assert data["rules"]["most-read-list"]["count"] > 0
    assert "Most Read" in data["rules"]["most-read-list"]["examples"]
    assert all(len(r["examples"]) <= 5 for r in data["rules"].values())
    assert data["problems"] == []

    records = [json.loads(line) for line in why.read_text(encoding="utf-8").splitlines()]
    assert [(r["file"], r.get("line")) for r in records] == [(str(src / "a.txt"), None), (str(src / "b.jsonl"), 1), (str(src / "b.jsonl"), 2)]
    first = records[0]
    assert first["decisions"] == [{"rule": d.rule, "start": d.start, "end": d.end, "text": d.text, "evidence": d.evidence}
                                  for d in cleaner.explain(ARTICLE).decisions]
    assert all(ARTICLE[d["start"]:d["end"]] == d["text"] for d in first["decisions"])
    assert "kept" in first


def test_summary_on_stderr(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_cli("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert done.returncode == 0
    err = done.stderr.decode()
    assert "1 file(s) (1 cleaned), 1 document(s)" in err and "removed" in err
    assert "removals per rule: most-read-list" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


# --- other commands -------------------------------------------------------------------------------

def test_explain_lists_removals(capsys):
    assert main(["explain", "--no-color", str(SEEDS[1])]) == 0
    out = capsys.readouterr().out
    assert "- [most-read-list] Most Read" in out and "- [social-handle] Follow @rushhourdaily:" in out


def test_explain_color_uses_the_diff(capsys):
    report = pytest.importorskip("cleaner.report")
    assert main(["explain", "--color", str(SEEDS[1])]) == 0
    out = capsys.readouterr().out
    assert out.rstrip("\n") == report.render_diff(ARTICLE, color=True).rstrip("\n")
    assert "\x1b[" in out


def test_report_writes_html(tmp_path):
    pytest.importorskip("cleaner.report")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    write_jsonl(tmp_path / "in" / "b.jsonl", RECORDS)
    assert main(["report", str(tmp_path / "in"), "-o", str(tmp_path / "r.html"), "--sample", "3"]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "most-read-list" in page


def test_learn_writes_a_profile_that_clean_uses(tmp_path):
    pytest.importorskip("cleaner.learn")
    footer = "The Valley Courier is an independent newsroom."
    records = [{"url": f"https://www.courier.example/{i}", "text": f"Story {i} is about the harbour and its {i} boats.\n{footer}"}
               for i in range(8)]
    write_jsonl(tmp_path / "crawl.jsonl", records)
    profile = tmp_path / "profile.json"
    assert main(["learn", str(tmp_path / "crawl.jsonl"), "-o", str(profile), "--source-key", "url", "--min-docs", "3"]) == 0
    data = json.loads(profile.read_text(encoding="utf-8"))
    assert footer in [entry["text"] for entry in data["sources"]["courier.example"]["lines"]]


def test_learn_without_documents_writes_no_profile(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    assert main(["learn", str(tmp_path / "in"), "-o", str(tmp_path / "p.json")]) == 2
    assert capsys.readouterr().err == "cleaner: No documents found to learn from; no profile written.\n"
    assert not (tmp_path / "p.json").exists()


def test_help_has_examples():
    done = run_cli("clean", "--help")
    assert done.returncode == 0
    assert b"examples:" in done.stdout and b"--stats" in done.stdout and b"--glob" in done.stdout


def test_bad_arguments_are_a_sentence_pointing_to_help():
    done = run_cli("clean", "seeds", "-o", "out", "--preset", "fastest")
    assert done.returncode == 2
    last = done.stderr.decode().strip().splitlines()[-1]
    assert last.startswith("cleaner clean: Argument --preset: invalid choice: 'fastest'")
    assert last.endswith(". See `cleaner clean --help`.") and "balanced" in last
    done = run_cli("clean", "seeds", "-o", "out", "--disable", "nav-menus")
    assert (done.returncode, done.stderr.decode()) == (2, "cleaner: --disable nav-menus: there is no rule with that "
                                                          "id. Did you mean nav-menu? `cleaner clean --help` lists the rule ids.\n")


def test_numbers_and_outputs_that_cannot_work_are_refused_before_starting(tmp_path):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    for args, message in [
        (["clean", "a.txt", "-o", "out", "-j", "-3"],
         "cleaner clean: Argument -j/--jobs: '-3' is not a number of worker processes (a whole number, 0 or more)."),
        (["report", "a.txt", "-o", "r.html", "--sample", "-1"],
         "cleaner report: Argument --sample: '-1' is not a number of documents (a whole number, 0 or more)."),
        (["clean", "a.txt", "-o", "out", "--stats", "out"], "cleaner: The stats file out is the output folder; give a file name."),
        (["clean", "a.txt", "-o", "out", "--explain", "./out"],
         "cleaner: The explanations file out is the output folder; give a file name."),
        (["learn", "a.txt", "-o", "p.json", "--min-share", "2"],
         "cleaner: --min-share must be a number between 0.0 and 1.0, not 2.0."),
    ]:
        done = run_cli(*args, cwd=tmp_path)
        assert done.returncode == 2
        assert done.stderr.decode().strip().splitlines()[-1].startswith(message)
    assert not (tmp_path / "out").exists() and not (tmp_path / "r.html").exists()


def test_a_missing_text_key_names_the_keys_the_record_has(tmp_path, capsys):
    write_jsonl(tmp_path / "a.jsonl", [{"url": "u", "content": SHORT}, {}])
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "a.jsonl:1: the record has no key 'text' (its keys: url, content); passed through unchanged." in err
    assert "a.jsonl:2: the record has no key 'text'; passed through unchanged." in err


def test_version_prints_the_package_version():
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"cleaner {cleaner.__version__}"


def test_no_command_prints_the_help(capsys):
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "usage: cleaner" in err and "examples:" in err and "Traceback" not in err


def test_profile_per_source(tmp_path):
    footer_a, footer_b = "The Valley Courier is an independent newsroom.", "Harbour Times, news since 1901."
    profile = {"sources": {"courier.example": {"lines": [{"text": footer_a}]}, "harbour.example": {"lines": [{"text": footer_b}]}}}
    (tmp_path / "p.json").write_text(json.dumps(profile), encoding="utf-8")
    body = "The harbour reopened on Monday after repairs."
    records = [{"url": "https://www.courier.example/1", "text": f"{body}\n{footer_a}\n{footer_b}"},
               {"url": "https://harbour.example/2", "text": f"{body}\n{footer_a}\n{footer_b}"}]
    write_jsonl(tmp_path / "a.jsonl", records)
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "all"), "--profile", str(tmp_path / "p.json")]) == 0
    assert [r["text"] for r in read_jsonl(tmp_path / "all" / "a.jsonl")] == [body, body]
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "each"), "--profile", str(tmp_path / "p.json"),
                 "--source-key", "url"]) == 0
    assert [r["text"] for r in read_jsonl(tmp_path / "each" / "a.jsonl")] == [f"{body}\n{footer_b}", f"{body}\n{footer_a}"]


PAGE = ("<html><body><nav>Home | News</nav><article><h1>Rain on Sunday in the north</h1>"
        "<p>Heavy rain is expected on Sunday across the north of the country, the weather service said.</p>"
        "<div class='share-buttons'>Share on Facebook</div></article></body></html>")


def test_html_key_in_jsonl_and_parquet(tmp_path):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    expected = html_module.clean_html(PAGE, url="https://example.org/rain")
    write_jsonl(tmp_path / "p.jsonl", [{"url": "https://example.org/rain", "html": PAGE}])
    pq.write_table(pa.table({"url": ["https://example.org/rain", None], "html": [PAGE, None]}), tmp_path / "p.parquet")
    assert main(["clean", str(tmp_path / "p.jsonl"), str(tmp_path / "p.parquet"), "-o", str(tmp_path / "out"),
                 "--html-key", "html"]) == 0
    [record] = read_jsonl(tmp_path / "out" / "p.jsonl")
    assert record == {"url": "https://example.org/rain", "html": PAGE, "text": expected}
    table = pq.read_table(tmp_path / "out" / "p.parquet")
    assert table.column_names == ["url", "html", "text"]
    assert table.column("html").to_pylist() == [PAGE, None]
    assert table.column("text").to_pylist() == [html_module.clean_html(PAGE), None]


def test_manifest_survives_a_line_cut_short(tmp_path, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    manifest = out / ".cleaner-done.jsonl"
    lines = manifest.read_bytes().splitlines(keepends=True)
    manifest.write_bytes(b"".join(lines[:-1]) + lines[-1][:15])  # killed while writing the last line
    capsys.readouterr()
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    assert "1 cleaned, 2 already up to date" in capsys.readouterr().err
    assert main(["clean", str(src), "-o", str(out), "-j", "1"]) == 0
    assert "0 cleaned, 3 already up to date" in capsys.readouterr().err


def test_counts_without_stats_match_the_explained_counts(tmp_path, capsys):
    """Without --stats/--explain the counts come from the engine's inner pass; they must be
    those of `explain`."""
    make_corpus(tmp_path / "in", 4)
    (tmp_path / "in" / "seed.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    summaries = []
    for extra in ([], ["--stats", str(tmp_path / "s.json")]):
        assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / f"out{len(extra)}"), "-j", "1", *extra]) == 0
        summaries.append([line for line in capsys.readouterr().err.splitlines() if line.startswith(("removals", "kept"))])
    assert summaries[0] == summaries[1] and summaries[0]


def test_a_worker_that_dies_costs_only_its_own_file(tmp_path, monkeypatch, capsys):
    from cleaner.batch import runner, work

    document = work.Worker.document

    def crashing(self, text, *args, **kwargs):
        if isinstance(text, str) and "CRASH" in text:
            os._exit(3)  # a worker killed mid-document (a segfault, the OOM killer)
        return document(self, text, *args, **kwargs)

    monkeypatch.setattr(work.Worker, "document", crashing)
    monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
    src = tmp_path / "in"
    make_corpus(src, 12)
    (src / "doc0005.txt").write_text("CRASH\n" + SHORT, encoding="utf-8")
    write_jsonl(src / "records.jsonl", [{"text": SHORT}] * 3 + [{"text": "CRASH"}])
    why = tmp_path / "out" / "why.jsonl"  # next to the outputs: its temporary file must survive the tidying
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-j", "2", "--explain", str(why)]) == 1
    assert why.exists()
    why.unlink()
    err = capsys.readouterr().err
    assert f"{src / 'doc0005.txt'}: skipped: the worker process cleaning it died." in err
    assert f"{src / 'records.jsonl'}: skipped:" in err
    assert sorted(outputs(tmp_path / "out")) == [f"doc{i:04d}.txt" for i in range(12) if i != 5]


def test_large_zst_jsonl_split_across_workers(tmp_path, monkeypatch):
    from cleaner.batch import formats, runner

    monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
    monkeypatch.setattr(formats, "JSONL_CHUNK_LINES", 5)
    records = [{"id": i, "text": f"Story {i} opens here.\n\n" + SHORT} for i in range(30)]
    write_jsonl(tmp_path / "big.jsonl.zst", records, zst_open)
    assert main(["clean", str(tmp_path / "big.jsonl.zst"), "-o", str(tmp_path / "out"), "-j", "2"]) == 0
    got = read_jsonl(tmp_path / "out" / "big.jsonl.zst", zst_open)
    assert got == [dict(r, text=cleaner.clean(r["text"])) for r in records]


def test_report_on_pages_judges_them_as_clean_html_does(tmp_path, monkeypatch):
    report = pytest.importorskip("cleaner.report")
    pytest.importorskip("trafilatura")
    seen = []
    real = report.render_report
    monkeypatch.setattr(report, "render_report", lambda docs, **kw: seen.append(kw["config"]) or real(docs, **kw))
    page = Path(__file__).resolve().parent.parent / "fixtures" / "html" / "news_article.html"
    assert main(["report", str(page), "-o", str(tmp_path / "r.html")]) == 0
    assert seen and seen[0].classify is False
    seen.clear()
    assert main(["report", str(page), "-o", str(tmp_path / "r2.html"), "--preset", "balanced"]) == 0
    assert seen[0].classify is True


def test_an_output_is_either_complete_or_absent(tmp_path):
    from cleaner.batch.formats import AtomicFile

    with pytest.raises(RuntimeError):
        with AtomicFile(tmp_path / "out.txt") as atomic:
            atomic.raw.write(b"half of it")
            raise RuntimeError("killed mid-write")
    assert list(tmp_path.iterdir()) == []
    with AtomicFile(tmp_path / "out.txt") as atomic:
        atomic.raw.write(b"all of it")
        assert atomic.commit() == 9
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def spy_urls(html_module, monkeypatch) -> list:
    """The `url` each call of `explain_html` gets, in order (calls in this process only)."""
    urls = []
    real = html_module.explain_html

    def spy(page, *, url=None, **kwargs):
        urls.append(url)
        return real(page, url=url, **kwargs)

    monkeypatch.setattr(html_module, "explain_html", spy)
    return urls


@pytest.mark.parametrize("arrow_type", ["string", "large_string", "binary", "large_binary", "dictionary"])
@pytest.mark.parametrize("split", [False, True])
def test_html_key_on_any_parquet_page_column_with_the_row_url(tmp_path, monkeypatch, arrow_type, split):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from cleaner.batch import formats, runner

    if split:
        monkeypatch.setattr(runner, "SPLIT_MIN_BYTES", 1)
        monkeypatch.setattr(formats, "PARQUET_CHUNK_BYTES", 200)
    urls = spy_urls(html_module, monkeypatch)
    pages = [PAGE, None, PAGE.replace("Sunday", "Monday")]
    typ = {"dictionary": pa.dictionary(pa.int32(), pa.string())}.get(arrow_type) or getattr(pa, arrow_type)()
    values = [p.encode("utf-8") if p is not None and "binary" in arrow_type else p for p in pages]
    pq.write_table(pa.table({"url": pa.array(["https://example.org/rain", None, "https://example.org/monday"],
                                             type=pa.large_string()),
                             "html": pa.array(values, type=typ)}), tmp_path / "p.parquet")
    assert main(["clean", str(tmp_path / "p.parquet"), "-o", str(tmp_path / "out"), "--html-key", "html", "-q",
                 "-j", "2" if split else "1"]) == 0
    table = pq.read_table(tmp_path / "out" / "p.parquet")
    assert table.column_names == ["url", "html", "text"]
    assert table.column("html").to_pylist() == values
    assert table.column("text").to_pylist() == [html_module.clean_html(p) if p else None for p in pages]
    if not split:  # (split: the workers are other processes)
        assert urls == ["https://example.org/rain", "https://example.org/monday"]


def test_html_key_gets_the_url_from_the_source_key_too(tmp_path, monkeypatch):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    urls = spy_urls(html_module, monkeypatch)
    (tmp_path / "p.json").write_text('{"lines": []}', encoding="utf-8")
    write_jsonl(tmp_path / "p.jsonl", [{"link": "https://example.org/rain", "html": PAGE},
                                       {"url": "https://example.org/u", "link": "https://example.org/l", "html": PAGE}])
    assert main(["clean", str(tmp_path / "p.jsonl"), "-o", str(tmp_path / "out"), "--html-key", "html", "-q",
                 "-j", "1", "--profile", str(tmp_path / "p.json"), "--source-key", "link"]) == 0
    assert urls == ["https://example.org/rain", "https://example.org/u"]


def test_html_key_cleaned_in_place_of_a_binary_column(tmp_path):
    html_module = pytest.importorskip("cleaner.html", reason="the HTML module is not installed")
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"body": pa.array([PAGE.encode("utf-8")], type=pa.large_binary())}), tmp_path / "p.parquet")
    assert main(["clean", str(tmp_path / "p.parquet"), "-o", str(tmp_path / "out"), "--html-key", "body",
                 "--text-key", "body", "-q"]) == 0
    assert pq.read_table(tmp_path / "out" / "p.parquet").column("body").to_pylist() == [html_module.clean_html(PAGE)]


def test_html_key_with_a_text_column_that_is_not_text(tmp_path, capsys):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.table({"html": [PAGE], "text": [3]}), tmp_path / "p.parquet")
    assert main(["clean", str(tmp_path / "p.parquet"), "-o", str(tmp_path / "out"), "--html-key", "html", "-q"]) == 1
    err = capsys.readouterr().err
    assert "its column 'text', where the cleaned text would go, holds int64, not strings; choose another --text-key." in err
    assert "Traceback" not in err


def test_a_lone_surrogate_escape_in_jsonl_is_kept_not_fatal(tmp_path, capsys):
    line = '{"text": "Rain on Sunday \\ud800 in the north.\\nImage: Reuters", "n": 1}'
    (tmp_path / "a.jsonl").write_text(line + "\n" + json.dumps({"text": SHORT}) + "\n", encoding="utf-8")
    for args in (["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out")], ["clean", "--stdin-format", "jsonl", "-"]):
        stats, explain = tmp_path / "s.json", tmp_path / "e.jsonl"
        if args[1] == "--stdin-format":
            done = run_cli(*args, "--stats", stats, "--explain", explain, input=(tmp_path / "a.jsonl").read_bytes())
            assert done.returncode == 0, done.stderr
            written = done.stdout
        else:
            assert main([*args, "--stats", str(stats), "--explain", str(explain), "-q"]) == 0
            written = (tmp_path / "out" / "a.jsonl").read_bytes()
        records = [json.loads(line) for line in written.splitlines()]
        assert records[0] == {"text": "Rain on Sunday \ud800 in the north.", "n": 1}
        assert records[1]["text"] == cleaner.clean(SHORT)
        assert json.loads(stats.read_text(encoding="utf-8"))["rules"]["image-credit"]["count"] == 2
        assert len(explain.read_text(encoding="utf-8").splitlines()) == 2


def test_file_names_that_are_not_utf8(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (src / name).write_text(SHORT, encoding="utf-8")
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "--explain", str(tmp_path / "e.jsonl"),
                 "--stats", str(tmp_path / "s.json"), "-q"]) == 0
    assert (tmp_path / "out" / name).read_text(encoding="utf-8") == expected_text(SHORT)
    [record] = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["file"] == str(src / "caf\ufffd.txt")
    assert main(["report", str(src), "-o", str(tmp_path / "r.html")]) == 0
    assert "caf\ufffd.txt" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_records_without_the_source_key_are_counted(tmp_path, capsys):
    (tmp_path / "p.json").write_text(json.dumps({"sources": {"example.org": {"lines": ["Footer of example"]}}}),
                                     encoding="utf-8")
    write_jsonl(tmp_path / "a.jsonl", [{"url": "https://example.org/1", "text": "Rain on Sunday.\nFooter of example"},
                                       {"text": "Rain on Monday.\nFooter of example"}])
    assert main(["clean", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "--profile", str(tmp_path / "p.json"),
                 "--source-key", "url", "--stats", str(tmp_path / "s.json")]) == 0
    assert [r["text"] for r in read_jsonl(tmp_path / "out" / "a.jsonl")] == ["Rain on Sunday.", "Rain on Monday.\nFooter of example"]
    assert "1 record(s) had no string under --source-key and got only the profile's common lines." in capsys.readouterr().err
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["records_without_source"] == 1
