"""Copy a fixed, small slice of a bench dataset into the repo (``fixtures/bench-slice/``).

    python benchmarks/make_slice.py DATASET fixtures/bench-slice [--count 60] [--stride 8]

The slice is chosen by a rule, not by hand: the documents' ids sorted, then every
``stride``-th one from the first, ``count`` of them. Ids are SHA-1 prefixes of the URLs, so
this is a deterministic pseudo-random sample that mixes sites and languages in the dataset's
proportions. The slice keeps the bench format (``gold.jsonl`` and ``dumps/{full,container}/``,
gzipped) so every benchmark script runs on it too; pages are not copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import run_script
from benchmarks.scoring import KINDS, DatasetError, load_gold, read_dump


def choose(ids: list[str], count: int, stride: int) -> list[str]:
    """Every `stride`-th id of the sorted ids, `count` of them.

    >>> choose(["c", "a", "d", "b"], 2, 2)
    ['a', 'c']
    """
    return sorted(ids)[::stride][:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset")
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--stride", type=int, default=8)
    args = parser.parse_args(argv)
    try:
        golds = {g["id"]: g for g in load_gold(args.dataset)}
        chosen = choose(list(golds), args.count, args.stride)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        with (out / "gold.jsonl").open("w", encoding="utf-8") as f:
            for doc_id in chosen:
                f.write(json.dumps(golds[doc_id], ensure_ascii=False) + "\n")
        for kind in KINDS:
            folder = out / "dumps" / kind
            folder.mkdir(parents=True, exist_ok=True)
            for doc_id in chosen:
                data = read_dump(args.dataset, doc_id, kind).encode("utf-8")
                # mtime=0: the same input gives byte-identical files.
                (folder / f"{doc_id}.txt.gz").write_bytes(gzip.compress(data, 9, mtime=0))
    except (DatasetError, OSError) as e:
        print(f"make_slice: {e}", file=sys.stderr)
        return 2
    print(f"wrote {len(chosen)} documents to {out}")
    return 0


if __name__ == "__main__":
    run_script(main)
