"""CleanStep in a real datatrove pipeline: JsonlReader -> CleanStep -> JsonlWriter."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="the datatrove extra is not installed")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

import cleaner  # noqa: E402
from cleaner.integrations.datatrove import CleanStep  # noqa: E402

PROSE = [
    "The council voted on Tuesday to expand the river park after months of debate about cost and access.",
    "Residents asked for more trees, benches and a safer crossing near the old mill on the east bank.",
    "Engineers said the new bridge could open next spring if the budget holds and the weather allows work.",
    "The mayor said the plan would be paid for by a bond that voters approved in the autumn election.",
]
CHROME = ["Image: Reuters", "Share on Facebook", "Tags", "Politics, Local news", "Have a tip we should know?"]
FOOTER = "The Riverside Courier is owned by its readers"


def doc(n: int, host: str) -> dict:
    lines = [CHROME[0], PROSE[n % 4], "", PROSE[(n + 1) % 4], CHROME[1], "", FOOTER, "", CHROME[2], CHROME[3]]
    return {"id": f"{host}-{n}", "text": "\n".join(lines), "metadata": {"url": f"https://{host}/story/{n}", "lang": "en"}}


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    write_jsonl(raw / "a.jsonl", [doc(n, "www.courier.example") for n in range(3)]
                + [{"id": "all-chrome", "text": "\n".join(CHROME), "metadata": {"url": "https://courier.example/tag/x"}}])
    write_jsonl(raw / "b.jsonl", [doc(n, "other.example") for n in range(3, 6)])
    return raw


def read_output(folder: Path) -> dict[str, dict]:
    rows = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def total(stats: dict, key: str) -> int:
    """A counter from stats.json: a plain number when every update added 1, else a summary."""
    value = stats[key]
    return value if isinstance(value, (int, float)) else value["total"]


def run(tmp_path: Path, raw: Path, step: CleanStep, name: str, workers: int = 1) -> tuple[dict[str, dict], dict]:
    out, logs = tmp_path / f"out-{name}", tmp_path / f"logs-{name}"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(raw)), step, JsonlWriter(str(out))],
        tasks=2, workers=workers, logging_dir=str(logs),
    ).run()
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    mine = next(block for block in stats if block["name"] == repr(step))
    return read_output(out), mine["stats"]


def test_pipeline_cleans_keeps_metadata_and_counts_rules(tmp_path, corpus):
    rows, stats = run(tmp_path, corpus, CleanStep(annotate=True), "plain")
    assert len(rows) == 7  # nothing dropped: the all-chrome document passes on empty
    assert rows["all-chrome"].get("text", "") == ""  # datatrove's writer leaves out empty fields
    for n in range(6):
        row = rows[f"{'www.courier.example' if n < 3 else 'other.example'}-{n}"]
        text = row["text"]
        assert PROSE[n % 4] in text and PROSE[(n + 1) % 4] in text
        for chrome in CHROME:
            assert chrome not in text
        assert FOOTER in text  # no profile: a site's own line is not generic chrome
        assert row["metadata"]["lang"] == "en"
        assert row["metadata"]["url"].endswith(f"/story/{n}")
        assert row["metadata"]["cleaner_removed"]["image-credit"] == 1
        original = doc(n, "x")["text"]
        assert text == cleaner.clean(original)

    assert total(stats, "total") == 7
    assert total(stats, "emptied") == 1
    expected: dict[str, int] = {}
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for rule_id, n in cleaner.explain(json.loads(line)["text"]).counts().items():
                expected[rule_id] = expected.get(rule_id, 0) + n
    assert {"image-credit", "share-prompt", "tag-list"} <= set(expected)
    removed = {key.split("/", 1)[1]: total(stats, key) for key in stats if key.startswith("removed/")}
    assert removed == expected
    assert total(stats, "chars_in") > total(stats, "chars_out") > 0
    assert "dropped" not in stats


def test_drop_empty_and_profile_per_source(tmp_path, corpus):
    profile = {"sources": {"courier.example": {"lines": [{"text": FOOTER, "docs": 3}]}}}
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    excluded = tmp_path / "excluded"
    step = CleanStep(preset="precision", profile=str(path), source_key="url", drop_empty=True,
                     exclusion_writer=JsonlWriter(str(excluded)))
    rows, stats = run(tmp_path, corpus, step, "profile", workers=2)
    assert "all-chrome" not in rows
    dropped = read_output(excluded)
    assert list(dropped) == ["all-chrome"]
    assert dropped["all-chrome"]["text"] == "\n".join(CHROME)  # the original text
    assert dropped["all-chrome"]["metadata"]["filter_reason"] == "cleaner_empty"
    assert len(rows) == 6
    for n in range(3):
        assert FOOTER not in rows[f"www.courier.example-{n}"]["text"]
    for n in range(3, 6):
        assert FOOTER in rows[f"other.example-{n}"]["text"]  # another source keeps it
    assert total(stats, "removed/site-profile") == 3
    assert total(stats, "dropped") == 1
    assert total(stats, "emptied") == 1
    assert total(stats, "forwarded") == 6


def test_profile_without_source_key_applies_everywhere_and_rules_can_be_disabled(tmp_path, corpus):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"lines": [FOOTER]}), encoding="utf-8")
    rows, stats = run(tmp_path, corpus, CleanStep(profile=path, disable=["image-credit"]), "everywhere")
    for key, row in rows.items():
        assert FOOTER not in row["text"]
        if key != "all-chrome":
            assert row["text"].startswith("Image: Reuters")
    assert "removed/image-credit" not in stats
    assert total(stats, "removed/site-profile") == 6


def test_bad_arguments_are_sentences(tmp_path):
    with pytest.raises(ValueError, match="Unknown preset"):
        CleanStep(preset="fast")
    with pytest.raises(ValueError, match="Unknown rule id"):
        CleanStep(disable=["no-such-rule"])
    with pytest.raises(ValueError, match="Could not read the profile file"):
        CleanStep(profile=tmp_path / "missing.json")
    with pytest.raises(TypeError, match=r"^profile is a path, a parsed profile dict or a Profile, not int\.$"):
        CleanStep(profile=5)


def test_import_cleaner_does_not_import_datatrove():
    code = "import sys, cleaner; cleaner.clean('x'); print('datatrove' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
