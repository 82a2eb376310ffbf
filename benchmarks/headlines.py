"""Headline retention of `cleaner.clean` on the dumps of a dataset in the bench format.

    python benchmarks/headlines.py DATASET [--input full|container|textnodes] [--preset NAME]
                                   [--disable RULE ...] [--list N] [--json]

The annotators' snippets rarely name a headline, so a rule that takes headlines goes unnoticed
by `benchmarks/quality.py`. This script reads each page's title from its HTML
(``DATASET/pages/<id>.html.gz``, with trafilatura's metadata: the page's og:title, its first
heading or its <title>), looks for the title, or one of its parts of two words or more split at
" | ", " - ", " » " or ": " but the last (the headline without the site's name), as a whole
line of the dump,
and counts the pages where at least one such line survives `cleaner.clean`. The pages where
every copy went are listed with the rule that took it. Lines are compared with quotes and
dashes folded, whitespace-normalised and case-folded.

A figure of pages, not of headlines: the metadata title is sometimes a site's name or an SEO
title that the page never prints; such pages are not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleaner
from benchmarks import run_script
from benchmarks.scoring import KINDS, MADE_KINDS, DatasetError, load_gold, read_dump, read_page
from cleaner.document import fold

# The separators between a title's headline and the site's name.
_SEPARATORS = re.compile(r"\s+(?:[|\-–—»«·•:]|::)\s+")


def _norm(text: str) -> str:
    """A line as compared: quotes, dashes and odd spaces folded as the rules fold them (the
    HTML's title may write "'" where the page prints "’"), spaces collapsed, case-folded."""
    return fold(text).casefold()


def title_candidates(title: str) -> set[str]:
    """The normalised lines that print a page's headline: the title and its parts of two
    words or more but the last, which usually names the site.

    >>> sorted(title_candidates("Lithium aus dem Schredder | heise online"))
    ['lithium aus dem schredder', 'lithium aus dem schredder | heise online']
    """
    parts = _SEPARATORS.split(title)
    return {_norm(part) for part in [title, *parts[:-1]] if len(part.split()) >= 2}


def headline_kept(source: str, output: str, candidates: set[str]) -> bool | None:
    """True if a line of `output` prints the headline, False if the `source` printed it and the
    output no longer does, None if the source never printed it as a whole line."""
    if not candidates & {_norm(line) for line in source.splitlines()}:
        return None
    return bool(candidates & {_norm(line) for line in output.splitlines()})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", help="dataset folder in the bench format (gold.jsonl, pages/, dumps/)")
    parser.add_argument("--input", choices=KINDS + MADE_KINDS, default="full", help="which dumps to clean (default: full)")
    parser.add_argument("--preset", default="balanced", help="config preset (default: balanced)")
    parser.add_argument("--disable", nargs="+", default=[], metavar="RULE", help="rule ids to switch off")
    parser.add_argument("--list", type=int, default=20, metavar="N", help="list up to N pages that lost their headline")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args()
    try:
        import trafilatura
    except ImportError:
        print("This benchmark reads page titles with trafilatura: pip install -e '.[html]'", file=sys.stderr)
        return 2
    try:
        config = cleaner.Config.preset(args.preset).disable(*args.disable)
        golds = load_gold(args.dataset)
    except (DatasetError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2

    counted, lost = 0, []
    seconds = 0.0
    for gold in golds:
        try:
            html = read_page(args.dataset, gold["id"])
            source = read_dump(args.dataset, gold["id"], args.input)
        except DatasetError:
            continue
        metadata = trafilatura.extract_metadata(html)
        title = metadata.title if metadata is not None else None
        if not title:
            continue
        candidates = title_candidates(title)
        start = time.perf_counter()
        result = cleaner.explain(source, config=config)
        seconds += time.perf_counter() - start
        kept = headline_kept(source, result.text, candidates)
        if kept is None:
            continue
        counted += 1
        if not kept:
            took = [f"{d.rule}: {d.evidence}" for d in result.decisions if _norm(d.text) in candidates]
            lost.append((gold["id"], title, took[0] if took else "?"))

    share = 1 - len(lost) / counted if counted else 1.0
    if args.json:
        print(json.dumps({"dataset": args.dataset, "input": args.input, "preset": args.preset,
                          "disabled": args.disable, "pages": counted, "headline_lost": len(lost),
                          "headline_kept_share": share,
                          "lost": [{"id": i, "title": t, "by": b} for i, t, b in lost]}, indent=1, ensure_ascii=False))
        return 0
    print(f"{args.dataset}: {counted} pages whose {args.input} dump prints the page's title (or a part of it) as a line; "
          f"clean() took {seconds:.1f} s")
    print(f"headline kept on {counted - len(lost)} of {counted} pages ({share:.1%}); every copy removed on {len(lost)}")
    for doc_id, title, by in lost[: args.list]:
        print(f"  {doc_id}  {title[:70]!r}\n      by {by[:100]}")
    return 0


if __name__ == "__main__":
    run_script(main)
