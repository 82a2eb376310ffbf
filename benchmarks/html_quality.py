"""Score `cleaner.clean_html` on the HTML pages of a dataset in the bench format, next to trafilatura.

    python benchmarks/html_quality.py DATASET [--worst N] [--preset NAME] [--ids ID ...]
                                      [--repeat N] [--json]

Prints, from one run over ``pages/<id>.html.gz``:

- precision, recall, F1 and accuracy (the metric of ``benchmarks/scoring.py``) of
  ``trafilatura.extract(html)`` with its defaults and of ``clean_html(html)``;
- the throughput of each on one core, pages/s and MB/s of HTML, and the ratio
  clean_html / trafilatura. The two run page by page in alternation (each page once with
  each, the order flipping every page) so that load from other processes hits both alike;
  ``--repeat N`` times each call N times and keeps the fastest;
- per pre-pass concept (rule ``html-<concept>``), the number of elements with text it
  removed, and the ``with`` snippets missing from the output / ``without`` snippets absent
  from it whose text lies inside them; per text rule, the same for the lines it removed from
  the extracted text (found with `explain_html`, outside the timed run);
- ``--worst N``: the N documents where clean_html loses most ``with`` snippets (then leaks
  most ``without`` snippets), each lost snippet with where it went: removed by a pre-pass
  concept, never extracted, or removed by a text rule (with the line).
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
from benchmarks.quality import _short, attribute, line_of
from benchmarks.scoring import DatasetError, format_table, load_gold, normalize, read_page, score, select


def _timed(fn, page: str, repeat: int) -> tuple[str, float]:
    best, out = float("inf"), ""
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(page)
        best = min(best, time.perf_counter() - t0)
    return out, best


def run(dataset: str, config: cleaner.Config | None, ids: list[str] | None, repeat: int):
    import trafilatura

    from cleaner.html import _explain

    golds = select(load_gold(dataset), ids)
    pages = [read_page(dataset, g["id"]) for g in golds]

    def baseline(html: str) -> str:
        return trafilatura.extract(html) or ""

    def mine(html: str) -> str:
        return cleaner.clean_html(html, config=config)

    # Warm both up (imports, trafilatura's lazy setup) outside the timed run.
    if pages:
        baseline(pages[0]), mine(pages[0])
    base_out, mine_out = [], []
    base_s = mine_s = 0.0
    for k, page in enumerate(pages):
        if k % 2:
            out_m, t_m = _timed(mine, page, repeat)
            out_b, t_b = _timed(baseline, page, repeat)
        else:
            out_b, t_b = _timed(baseline, page, repeat)
            out_m, t_m = _timed(mine, page, repeat)
        base_out.append(out_b)
        mine_out.append(out_m)
        base_s += t_b
        mine_s += t_m
    explained = [_explain(page, None, config, None) for page in pages]
    return golds, pages, base_out, mine_out, base_s, mine_s, explained


def per_concept(golds, explained, judgements):
    """Elements removed per rule, and the with/without snippets inside the removed text."""
    elements, lost_by, removed_by = Counter(), Counter(), Counter()
    for gold, (source, ex), j in zip(golds, explained, judgements):
        pre = [d for d in ex.decisions if d.start < 0]
        text_decisions = [d for d in ex.decisions if d.start >= 0]
        for d in pre:
            elements[d.rule] += 1
        for snippets, counter in ((j.missed, lost_by), (j.dropped, removed_by)):
            for snippet in snippets:
                needle = normalize(snippet)
                rules = {d.rule for d in pre if needle in normalize(d.text)}
                if normalize(snippet) in normalize(source):
                    rules |= {d.rule for ds in attribute(source, [snippet], text_decisions).values() for d in ds}
                for rule in rules:
                    counter[rule] += 1
    return elements, lost_by, removed_by


def print_worst(n, golds, base_out, explained, judgements) -> None:
    order = sorted(
        (k for k, j in enumerate(judgements) if j.missed or j.leaked),
        key=lambda k: (-len(judgements[k].missed), -len(judgements[k].leaked), judgements[k].id),
    )
    print(f"\nWorst {min(n, len(order))} of {len(order)} documents with a lost `with` or a leaked `without` snippet:")
    for rank, k in enumerate(order[:n], 1):
        gold, (source, ex), j = golds[k], explained[k], judgements[k]
        base = normalize(base_out[k])
        print(f"\n#{rank} {j.id}  lost {len(j.missed)}/{len(gold['with'])} with, "
              f"leaked {len(j.leaked)}/{len(gold['without'])} without  {gold['url']}")
        pre = [d for d in ex.decisions if d.start < 0]
        for snippet in j.missed:
            needle = normalize(snippet)
            found_by_base = "trafilatura has it" if needle in base else "trafilatura misses it too"
            print(f"  LOST  {_short(snippet, 70)!r}  ({found_by_base})")
            where = [d for d in pre if needle in normalize(d.text)]
            for d in where[:2]:
                print(f"        pre-pass {d.rule}: {_short(d.evidence, 50)} | {_short(d.text, 60)!r}")
            if needle in normalize(source):
                for decisions in attribute(source, [snippet], [d for d in ex.decisions if d.start >= 0]).values():
                    for d in decisions[:3]:
                        print(f"        text rule {d.rule}: {_short(d.evidence, 50)} | line: {_short(d.text, 70)!r}")
            elif not where:
                print("        not in the extracted text")
        for snippet in j.leaked:
            print(f"  LEAK  {_short(snippet, 70)!r}")
            context = line_of(source, snippet)
            if context and normalize(context) != normalize(snippet):
                print(f"        in line: {_short(context, 90)!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", help="dataset folder in the bench format (gold.jsonl, pages/)")
    parser.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst documents")
    parser.add_argument("--preset", default=None,
                        help="config preset of the text rules (default: clean_html's own, balanced without the block classifier)")
    parser.add_argument("--ids", nargs="+", default=[], metavar="ID", help="score only these documents")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="time each call N times, keep the fastest")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)

    try:
        config = cleaner.Config.preset(args.preset) if args.preset else None
        golds, pages, base_out, mine_out, base_s, mine_s, explained = run(
            args.dataset, config, args.ids, max(1, args.repeat))
    except (DatasetError, ValueError, OSError) as e:
        print(f"html_quality: {e}", file=sys.stderr)
        return 2
    except ImportError as e:
        print(f"html_quality: the HTML stack is not installed ({e}); run pip install 'cleaner[html]'.", file=sys.stderr)
        return 2

    rows = [("trafilatura", score(zip(golds, base_out))), ("clean_html", score(zip(golds, mine_out)))]
    judgements = list(rows[1][1].judgements)
    elements, lost_by, removed_by = per_concept(golds, explained, judgements)
    mismatches = [g["id"] for g, out, (_, ex) in zip(golds, mine_out, explained) if ex.text != out]
    mb = sum(len(p.encode()) for p in pages) / 1e6
    n = len(pages)

    def speed(seconds: float) -> tuple[float, float]:
        return (n / seconds, mb / seconds) if seconds else (0.0, 0.0)

    if args.json:
        print(json.dumps({
            "dataset": args.dataset, "documents": n, "megabytes": mb, "preset": args.preset,
            "scores": {label: s.as_dict() for label, s in rows},
            "seconds": {"trafilatura": base_s, "clean_html": mine_s},
            "throughput_ratio": base_s / mine_s if mine_s else None,
            "prepass_elements": dict(elements), "lost_with_by_rule": dict(lost_by),
            "removed_without_by_rule": dict(removed_by),
        }, indent=1))
        return 0

    print(f"{args.dataset}: {n} pages ({mb:.1f} MB of HTML), text preset {args.preset or 'clean_html default'}")
    print(format_table(rows))
    (bp, bm), (cp, cm) = speed(base_s), speed(mine_s)
    print(f"\nthroughput (one core, pages interleaved, best of {max(1, args.repeat)}):")
    print(f"  trafilatura  {bp:7.1f} pages/s {bm:6.2f} MB/s  ({base_s:.1f} s)")
    print(f"  clean_html   {cp:7.1f} pages/s {cm:6.2f} MB/s  ({mine_s:.1f} s)")
    print(f"  ratio clean_html / trafilatura: {base_s / mine_s if mine_s else 0:.2f}x")
    rules = sorted(set(elements) | set(lost_by) | set(removed_by),
                   key=lambda r: (not r.startswith("html-"), -elements[r], -removed_by[r], r))
    if rules:
        print("\nper rule (pre-pass html-* elements removed; snippets inside what each rule removed):")
        print(f"  {'rule':22} {'elements':>8} {'lost with':>9} {'removed without':>15}")
        for rule in rules:
            count = f"{elements[rule]:8d}" if rule.startswith("html-") else f"{'':8}"
            print(f"  {rule:22} {count} {lost_by[rule]:9d} {removed_by[rule]:15d}")
    if mismatches:
        print(f"\nWARNING: explain_html(x).text != clean_html(x) for {len(mismatches)} pages: {', '.join(mismatches[:5])}")
    if args.worst:
        print_worst(args.worst, golds, base_out, explained, judgements)
    return 0


if __name__ == "__main__":
    run_script(main)
