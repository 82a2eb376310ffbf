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
