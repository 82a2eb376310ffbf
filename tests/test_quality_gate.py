"""Quality gate: clean() on a fixed slice of the dev benchmark must not fall below pinned floors.

The slice (``fixtures/bench-slice/``, 60 documents chosen by rule) and its floors
(``floors.json``, which only ever move up) are described in ``fixtures/bench-slice/README.md``.
The metric is the bench's, from ``benchmarks/scoring.py``; a failure lists the snippets lost.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import cleaner

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks folder is not installed; it lives beside tests/
    sys.path.insert(0, str(ROOT))

from benchmarks.scoring import KINDS, load_dumps, load_gold, score  # noqa: E402

SLICE = ROOT / "fixtures" / "bench-slice"
FLOORS = json.loads((SLICE / "floors.json").read_text(encoding="utf-8"))
GOLDS = load_gold(SLICE)


def test_slice_is_complete():
    assert len(GOLDS) == 60
    assert len({g["id"] for g in GOLDS}) == 60
    for kind in KINDS:
        assert sorted(p.name for p in (SLICE / "dumps" / kind).iterdir()) == sorted(f"{g['id']}.txt.gz" for g in GOLDS)
        assert 0 < FLOORS[kind]["f1"] <= 1 and 0 < FLOORS[kind]["retention"] <= 1


@pytest.mark.parametrize("kind", KINDS)
def test_quality_floor(kind):
    items = load_dumps(SLICE, kind, GOLDS)
    result = score((gold, cleaner.clean(dump), dump) for gold, dump in items)
    floor = FLOORS[kind]
    lost = [f"{j.id}: {snippet!r}" for j in result.judgements for snippet in j.lost]
    assert result.retention >= floor["retention"], (
        f"{kind} dumps: retention {result.retention:.3f} < floor {floor['retention']}; "
        f"lost `with` snippets:\n" + "\n".join(lost)
    )
    assert result.f1 >= floor["f1"], (
        f"{kind} dumps: F1 {result.f1:.3f} < floor {floor['f1']} "
        f"(precision {result.precision:.3f}, recall {result.recall:.3f}); lost:\n" + "\n".join(lost)
    )
