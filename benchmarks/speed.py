"""Throughput of `cleaner.clean` on one core, next to a plain C4-style line filter.

    python benchmarks/speed.py DATASET [--repeat N] [--big-mb 10] [--preset NAME] [--by-stage]

Reads every dump of the dataset into memory (full and container), pins the process to one CPU
where the OS allows it, and reports the best of N timings (the least disturbed run) of:

- ``clean()`` over all full dumps and over all container dumps, one call per dump;
- the C4-style line filter of ``benchmarks/c4.py`` on the same dumps, and clean()'s speed as a
  multiple of it (the issue's target: at least 0.5x, and at least 20 MB/s);
- ``clean()`` on one ~10 MB dump made by concatenating full dumps, and its cost per MB relative
  to the cost per MB of the normal pages (target: at most 2x, i.e. no super-linear path).

``--by-stage`` adds where the time goes on the full dumps: segmentation, the shared line
features, the shared vocabulary scan, each rule and the guards in the first pass, and the rest
(later passes and rendering), in ms per MB, and the same on the big dump beside it, so that a
stage whose cost grows faster than the text shows its ratio. MB are 10^6 bytes of UTF-8 input. The garbage collector is paused while a timing runs.

Times are the CPU time of the process (`time.process_time`), not wall-clock time: on a machine
that other work shares, wall-clock time also counts the moments another process held the core,
which made two runs of the same code differ by a third. The work is single-threaded, so its CPU
time is its time on one core.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sys
import time
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleaner
from benchmarks import run_script
from benchmarks.c4 import c4_filter
from benchmarks.scoring import KINDS, DatasetError, load_dumps, load_gold

TARGET_MBPS = 20.0
TARGET_C4_RATIO = 0.5
TARGET_BIG_COST = 2.0


def pin_one_core() -> str:
    """Run on a single CPU if the OS lets us; returns a description for the report."""
    if hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned (single-threaded anyway)"


def best_time(work: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs of `work`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            work()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best


def throughput(fn: Callable[[str], str], texts: list[str], repeat: int) -> tuple[float, float]:
    """(seconds, MB/s) of calling `fn` once per text, best of `repeat`."""
    mb = sum(len(t.encode()) for t in texts) / 1e6
    seconds = best_time(lambda: [fn(t) for t in texts], repeat)
    return seconds, mb / seconds


def big_dump(texts: list[str], megabytes: float) -> str:
    """Dumps joined by blank lines, cycled until the result holds at least `megabytes` MB."""
    parts, size, k = [], 0, 0
    while size < megabytes * 1e6 and texts:
        t = texts[k % len(texts)]
        parts.append(t)
        size += len(t.encode()) + 2
        k += 1
    return "\n\n".join(parts)


def by_stage(texts: list[str], config: cleaner.Config, repeat: int) -> list[tuple[str, float]]:
    """Seconds per stage over `texts` (best of `repeat` per stage): the first pass taken apart,
    then everything else `clean` does. Features are computed before the rules so that the rule
    that happens to ask first is not charged for them."""
    from cleaner.document import Document
    from cleaner.guards import GUARDS
    from cleaner.rules.labels import scan

    best: dict[str, float] = {}
    for _ in range(repeat):
        spent: dict[str, float] = {}

        def timed(name, work):
            t0 = time.process_time()
            result = work()
            spent[name] = spent.get(name, 0.0) + time.process_time() - t0
            return result

        gc.disable()
        try:
            for text in texts:
                doc = timed("segment (Document)", lambda: Document(text))
                timed("features (lower, words, keys)", lambda: (doc.lower, doc.words, doc.keys))
                timed("vocabulary scan", lambda: scan(doc))
                claims = {}
                for rule in cleaner.RULES.values():
                    if rule.id in config.disabled:
                        continue
                    for proposal in timed(f"rule {rule.id}", lambda: list(rule.decide(doc, config))):
                        claims.setdefault(proposal[0], (rule, proposal[1], proposal[2] if len(proposal) > 2 else None))
                for name, guard in GUARDS.items():
                    timed(f"guard {name}", lambda: guard(doc, dict(claims), config))
            first_pass = sum(spent.values())
            timed("clean() total", lambda: [cleaner.clean(t, config=config) for t in texts])
            spent["later passes, render"] = max(0.0, spent["clean() total"] - first_pass)
        finally:
            gc.enable()
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    return sorted(best.items(), key=lambda kv: -kv[1])


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", help="dataset folder in the bench format (gold.jsonl, dumps/)")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="timings per measure; the best counts (default 5)")
    parser.add_argument("--big-mb", type=float, default=10.0, metavar="MB", help="size of the concatenated dump (default 10)")
    parser.add_argument("--preset", default="balanced", help="config preset (default: balanced)")
    parser.add_argument("--by-stage", action="store_true", help="also print ms per MB per stage and rule")
    args = parser.parse_args(argv)
    try:
        config = cleaner.Config.preset(args.preset)
        golds = load_gold(args.dataset)
        dumps = {kind: [d for _, d in load_dumps(args.dataset, kind, golds)] for kind in KINDS}
    except (DatasetError, ValueError, OSError) as e:
        print(f"speed: {e}", file=sys.stderr)
        return 2

    def clean(text: str) -> str:
        return cleaner.clean(text, config=config)

    print(f"{args.dataset}: {len(golds)} documents; preset {args.preset}; best of {args.repeat} (CPU time); "
          f"{pin_one_core()}; Python {platform.python_version()}")
    clean(dumps["full"][0])  # warm-up: lazy imports and compiled patterns
    per_mb_cost = {}
    for kind in KINDS:
        mb = sum(len(t.encode()) for t in dumps[kind]) / 1e6
        secs, mbps = throughput(clean, dumps[kind], args.repeat)
        c4_secs, c4_mbps = throughput(c4_filter, dumps[kind], args.repeat)
        per_mb_cost[kind] = secs / mb
        ratio = mbps / c4_mbps
        print(f"{kind:9} dumps {mb:5.1f} MB: clean() {mbps:6.1f} MB/s ({secs:.3f} s) [{verdict(mbps >= TARGET_MBPS)}]"
              f" | c4 filter {c4_mbps:6.1f} MB/s ({c4_secs:.3f} s)"
              f" | clean/c4 {ratio:.2f}x [{verdict(ratio >= TARGET_C4_RATIO)}]")

    big = big_dump(dumps["full"], args.big_mb)
    big_mb = len(big.encode()) / 1e6
    big_secs = best_time(lambda: clean(big), max(1, min(args.repeat, 3)))
    relative = (big_secs / big_mb) / per_mb_cost["full"]
    print(f"one {big_mb:.1f} MB dump (full dumps concatenated): clean() {big_mb / big_secs:6.1f} MB/s ({big_secs:.2f} s);"
          f" cost per MB {relative:.2f}x that of single pages [{verdict(relative <= TARGET_BIG_COST)}]")
    if args.by_stage:
        mb = sum(len(t.encode()) for t in dumps["full"]) / 1e6
        on_big = dict(by_stage([big], config, max(1, min(args.repeat, 3))))
        print("\nwhere the time goes on the full dumps and on the big dump (ms per MB, best of each;"
              " a ratio well above 1 is a stage that grows faster than the text):")
        print(f"  {'stage':34} {'pages':>7} {'big':>7} {'ratio':>6}")
        for name, seconds in by_stage(dumps["full"], config, args.repeat):
            pages_ms, big_ms = seconds / mb * 1000, on_big.get(name, 0.0) / big_mb * 1000
            ratio = f"{big_ms / pages_ms:6.2f}" if pages_ms >= 0.5 else f"{'-':>6}"
            print(f"  {name:34} {pages_ms:7.1f} {big_ms:7.1f} {ratio}")
    return 0


if __name__ == "__main__":
    run_script(main)
