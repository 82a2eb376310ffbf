"""Score `cleaner.clean` on a dataset in the bench format, against the raw dump and a C4 line filter.

    python benchmarks/quality.py DATASET [--input full|container|textnodes] [--worst N]
                                 [--preset NAME] [--disable RULE ...] [--ids ID ...] [--json]

Prints precision, recall, F1, accuracy, retention and chrome removed (see
``benchmarks/scoring.py`` for the metric) for three outputs made from the same dumps:

- ``raw dump``: the dump itself, no cleaning (the baseline; retention 1, chrome removed 0);
- ``c4 line filter``: the reference C4-style filter of ``benchmarks/c4.py``;
- ``clean()``: `cleaner.clean` with the chosen preset and disabled rules.

Then, per rule id, how many ``with`` snippets it removed (over-stripping) and how many
``without`` snippets it removed (its useful work), found with `cleaner.explain`. ``--worst N``
lists the N worst documents (most lost ``with`` snippets, then most kept ``without`` snippets)
with each lost snippet and the rule that removed it, and each kept snippet with the guard that
vetoed its removal, if any.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleaner
from benchmarks import run_script
from benchmarks.c4 import c4_filter
from benchmarks.scoring import (KINDS, MADE_KINDS, DatasetError, Judgement, format_table, load_dumps, load_gold, select,
                                locate, normalize, overlapping, score)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def attribute(source: str, snippets, records) -> dict[str, list]:
    """For each snippet, the records (decisions or kept records) overlapping its occurrences in `source`."""
    return {s: overlapping(locate(source, s), records) for s in snippets}


def line_of(source: str, snippet: str) -> str:
    """The line(s) of `source` holding the first occurrence of `snippet`."""
    spans = locate(source, snippet)
    if not spans:
        return ""
    start, end = spans[0]
    first = source.rfind("\n", 0, start) + 1
    last = source.find("\n", end)
    return source[first: last if last != -1 else len(source)]


def build_config(preset: str, disable: list[str]) -> cleaner.Config:
    return cleaner.Config.preset(preset).disable(*disable)


def run(dataset: str, kind: str, config: cleaner.Config, ids: list[str] | None = None):
    """Clean every dump (or those of `ids`); returns the rows (label, Score), the cleaned items
    and the explanations."""
    golds = select(load_gold(dataset), ids)
    items = load_dumps(dataset, kind, golds)
    t0 = time.perf_counter()
    outputs = [cleaner.clean(dump, config=config) for _, dump in items]
    seconds = time.perf_counter() - t0
    explained = [cleaner.explain(dump, config=config) for _, dump in items]
    mismatches = [g["id"] for (g, _), out, ex in zip(items, outputs, explained) if ex.text != out]
    rows = [
        ("raw dump", score((g, dump, dump) for g, dump in items)),
        ("c4 line filter", score((g, c4_filter(dump), dump) for g, dump in items)),
        ("clean()", score((g, out, dump) for (g, dump), out in zip(items, outputs))),
    ]
    return rows, items, explained, seconds, mismatches


def per_rule(items, explained, judgements: list[Judgement]) -> tuple[Counter, Counter, Counter, Counter]:
    """Counts per rule id of lost ``with`` and removed ``without`` snippets, and counts per
    (guard, rule) of the vetoes that saved a ``with`` snippet or kept a ``without`` snippet."""
    lost_by, removed_by, saved_by, left_by = Counter(), Counter(), Counter(), Counter()
    for (_, dump), ex, j in zip(items, explained, judgements):
        for decisions in attribute(dump, j.lost, ex.decisions).values():
            for rule in sorted({d.rule for d in decisions}) or ["(unattributed)"]:
                lost_by[rule] += 1
        removed = [s for s in j.without_in_source if s not in j.kept]
        for decisions in attribute(dump, removed, ex.decisions).values():
            for rule in sorted({d.rule for d in decisions}) or ["(unattributed)"]:
                removed_by[rule] += 1
        if ex.kept:
            saved = [s for s in j.with_in_source if s not in j.lost]
            for counter, snippets in ((saved_by, saved), (left_by, j.kept)):
                for kept in attribute(dump, snippets, ex.kept).values():
                    for pair in sorted({(k.guard, k.rule) for k in kept}):
                        counter[pair] += 1
    return lost_by, removed_by, saved_by, left_by


def print_worst(n: int, items, explained, judgements: list[Judgement]) -> None:
    order = sorted(
        (k for k, j in enumerate(judgements) if j.lost or j.kept),
        key=lambda k: (-len(judgements[k].lost), -len(judgements[k].kept), judgements[k].id),
    )
    print(f"\nWorst {min(n, len(order))} of {len(order)} documents with a lost or kept snippet:")
    for rank, k in enumerate(order[:n], 1):
        (gold, dump), ex, j = items[k], explained[k], judgements[k]
        print(f"\n#{rank} {j.id}  lost {len(j.lost)}/{len(j.with_in_source)} with, "
              f"kept {len(j.kept)}/{len(j.without_in_source)} without  {gold['url']}")
        for snippet, decisions in attribute(dump, j.lost, ex.decisions).items():
            print(f"  LOST  {_short(snippet, 70)!r}")
            for d in decisions[:3] or []:
                print(f"        by {d.rule}: {_short(d.evidence, 60)} | line: {_short(d.text, 70)!r}")
            if not decisions:
                print("        by (no decision overlaps the snippet)")
        for snippet, kept in attribute(dump, j.kept, ex.kept).items():
            why = "; ".join(f"{r.guard} vetoed {r.rule}" for r in kept[:3]) or "no rule fired"
            print(f"  KEPT  {_short(snippet, 70)!r}  ({why})")
            context = line_of(dump, snippet)
            if normalize(context) != normalize(snippet):
                print(f"        in line: {_short(context, 90)!r}")
        absent = [s for s in gold["with"] if s not in j.with_in_source]
        if absent:
            print(f"  (with snippets not in the dump: {', '.join(repr(_short(s, 40)) for s in absent)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", help="dataset folder in the bench format (gold.jsonl, dumps/)")
    parser.add_argument("--input", choices=KINDS + MADE_KINDS, default="full",
                        help="which dumps to clean (default: full; textnodes: every text node of the page on a line "
                             "of its own, made from the pages)")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst documents")
    parser.add_argument("--preset", default="balanced", help="config preset (default: balanced)")
    parser.add_argument("--disable", nargs="+", default=[], metavar="RULE", help="rule ids to switch off")
    parser.add_argument("--ids", nargs="+", default=[], metavar="ID", help="score only these documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)

    try:
        config = build_config(args.preset, args.disable)
        rows, items, explained, seconds, mismatches = run(args.dataset, args.input, config, args.ids)
    except (DatasetError, ValueError, OSError) as e:
        print(f"quality: {e}", file=sys.stderr)
        return 2

    judgements = list(rows[-1][1].judgements)
    lost_by, removed_by, saved_by, left_by = per_rule(items, explained, judgements)
    if args.json:
        print(json.dumps({
            "dataset": args.dataset, "input": args.input, "preset": args.preset, "disabled": args.disable,
            "scores": {label: s.as_dict() for label, s in rows},
            "lost_by_rule": dict(lost_by), "removed_by_rule": dict(removed_by),
            "vetoes": [{"guard": g, "rule": r, "saved_with": saved_by[g, r], "kept_without": left_by[g, r]}
                       for g, r in sorted(set(saved_by) | set(left_by))],
            "clean_seconds": seconds,
        }, indent=1))
        return 0

    size = sum(len(dump.encode()) for _, dump in items) / 1e6
    disabled = f", disabled: {' '.join(args.disable)}" if args.disable else ""
    print(f"{args.dataset}: {len(items)} documents, {args.input} dumps ({size:.1f} MB), "
          f"preset {args.preset}{disabled}; clean() took {seconds:.2f} s")
    print(format_table(rows))
    s = rows[-1][1]
    print(f"\nclean(): lost {s.lost} of {s.with_in_source} `with` snippets present in the dumps, "
          f"removed {s.without_in_source - s.kept} of {s.without_in_source} `without` snippets")
    rules = sorted(set(lost_by) | set(removed_by), key=lambda r: (-lost_by[r], -removed_by[r], r))
    if rules:
        print("\nper rule (snippets inside the lines it removed):")
        print(f"  {'rule':24} {'lost with':>9} {'removed without':>15}")
        for rule in rules:
            print(f"  {rule:24} {lost_by[rule]:9d} {removed_by[rule]:15d}")
    vetoes = sorted(set(saved_by) | set(left_by), key=lambda k: (-left_by[k], -saved_by[k], k))
    if vetoes:
        print("\nguard vetoes (snippets inside the lines a guard kept):")
        print(f"  {'guard':16} {'against rule':24} {'saved with':>10} {'kept without':>12}")
        for guard, rule in vetoes:
            print(f"  {guard:16} {rule:24} {saved_by[guard, rule]:10d} {left_by[guard, rule]:12d}")
    if mismatches:
        print(f"\nWARNING: explain(x).text != clean(x) for {len(mismatches)} documents: {', '.join(mismatches[:5])}")
    if args.worst:
        print_worst(args.worst, items, explained, judgements)
    return 0


if __name__ == "__main__":
    run_script(main)
