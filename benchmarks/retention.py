"""Word retention of `cleaner.clean` on chrome-free article text taken from real pages.

    python benchmarks/retention.py DATASET [--reviewed FILE] [--preset NAME] [--disable RULE ...]
                                   [--max-lines N] [--json]

The target (issue 2): run over the article text of real pages that has no chrome, clean()
keeps >= 99.8% of the words. The article text of each page in ``DATASET/pages/`` is extracted
with trafilatura, tuned to leave chrome out: ``favor_precision=True``, no comments, tables kept.
trafilatura still lets some chrome through (a paywall notice, an affiliate disclosure), so the
lines of its text made up mostly of a snippet the annotators marked as chrome (``without`` in
gold.jsonl) are dropped before cleaning: the target is judged on what is left, and the share
kept of trafilatura's whole text is printed beside it. Each article is cleaned with `cleaner.explain`, and the script prints the share of words kept,
overall and per page, the words removed per rule, and then every removed line with its rule id
and evidence, so that a person can judge whether it was article text (an over-strip) or chrome
that trafilatura let through (then the removal is right and the figure understates retention).

``--reviewed FILE`` reads such judgements: JSON lines ``{"id": ..., "text": ..., "verdict":
"chrome" | "article"}``, one per removed text (whitespace-normalised), written by a person who
read the line in its page. The words of removals judged ``chrome`` leave the article text, and
the target is judged on what is left; removals judged ``article`` and removals nobody judged
yet count as losses, and the script lists the ones not judged yet first.

Words are ``\\w+`` runs, except that each Han, Hiragana, Katakana or Thai character counts as a
word (those scripts do not separate words with spaces).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import regex

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleaner
from benchmarks import run_script
from benchmarks.scoring import DatasetError, load_gold, read_page

TARGET = 0.998

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}"
_WORD = regex.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


def count_words(text: str) -> int:
    """Words in `text` (see the module docstring).

    >>> count_words("It rained in Zürich. 北京")
    6
    """
    return sum(1 for _ in _WORD.finditer(text))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _marked(line: str, snippets: list[str]) -> bool:
    """Whether a snippet makes up most of the line (or holds it): a one-word snippet ("Weiter",
    "Kontakt") does not mark the sentence of the article that happens to contain the word."""
    line = _norm(line)
    return bool(line) and any(s in line and 2 * len(s) >= len(line) or line in s for s in snippets)


def without_marked_chrome(text: str, chrome: list[str]) -> tuple[str, int]:
    """`text` without the lines made up mostly of one of the `chrome` snippets
    (whitespace-normalised), and the number of lines dropped.

    >>> without_marked_chrome("Rain fell.\\nSubscribe  to read more.\\nWeiterhin fiel Regen.", ["Subscribe to read", "Weiter"])
    ('Rain fell.\\nWeiterhin fiel Regen.', 1)
    """
    snippets = [_norm(s) for s in chrome if _norm(s)]
    kept = [line for line in text.split("\n") if not _marked(line, snippets)]
    return "\n".join(kept), text.count("\n") + 1 - len(kept)


VERDICTS = ("chrome", "article")


def load_reviews(path: str) -> dict[tuple[str, str], str]:
    """The verdicts of a review file (see the module docstring), by (page id, normalised text)."""
    reviews = {}
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        raise ValueError(f"Cannot read the review file {path} ({e.strerror}).") from None
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                key, verdict = (entry["id"], _norm(entry["text"])), entry["verdict"]
            except (ValueError, KeyError, TypeError) as e:
                raise ValueError(f"{path}, line {n}: not a review entry with id, text and verdict ({e}).") from None
            if verdict not in VERDICTS:
                raise ValueError(f"{path}, line {n}: the verdict is {verdict!r}, not one of {', '.join(VERDICTS)}.")
            reviews[key] = verdict
    return reviews


def article_text(html: str) -> str | None:
    """The main text of a page as trafilatura extracts it when asked to leave chrome out."""
    import trafilatura

    return trafilatura.extract(html, favor_precision=True, include_comments=False, include_tables=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", help="dataset folder in the bench format (gold.jsonl, pages/)")
    parser.add_argument("--reviewed", metavar="FILE", help="JSON lines of a person's verdicts on removed lines")
    parser.add_argument("--preset", default="balanced", help="config preset (default: balanced)")
    parser.add_argument("--disable", nargs="+", default=[], metavar="RULE", help="rule ids to switch off")
    parser.add_argument("--max-lines", type=int, default=400, metavar="N", help="removed lines to list (default 400)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    try:
        config = cleaner.Config.preset(args.preset).disable(*args.disable)
        golds = load_gold(args.dataset)
        pages = [(g["id"], read_page(args.dataset, g["id"])) for g in golds]
        marked = {g["id"]: g.get("without", []) for g in golds}
        reviews = load_reviews(args.reviewed) if args.reviewed else None
    except (DatasetError, ValueError, OSError) as e:
        print(f"retention: {e}", file=sys.stderr)
        return 2
    try:
        import trafilatura  # noqa: F401
    except ImportError as e:
        print(f"retention: trafilatura is needed to extract the article text ({e}); "
              "install it with: pip install -e '.[html]'", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    articles = [(doc_id, article_text(html)) for doc_id, html in pages]
    extract_seconds = time.perf_counter() - t0
    empty = [doc_id for doc_id, text in articles if not text]
    articles = [(doc_id, text) for doc_id, text in articles if text]

    words_in = words_out = 0
    raw_in = raw_out = dropped = 0
    judged_chrome = unjudged = 0  # words of removals judged chrome, words of removals not judged
    by_rule: Counter = Counter()
    per_page = []
    removed_lines = []
    for doc_id, whole in articles:
        raw_in += count_words(whole)
        raw_out += count_words(cleaner.clean(whole, config=config))
        text, n_dropped = without_marked_chrome(whole, marked[doc_id])
        dropped += n_dropped
        result = cleaner.explain(text, config=config)
        n_in, n_out = count_words(text), count_words(result.text)
        words_in += n_in
        words_out += n_out
        per_page.append((n_out / n_in if n_in else 1.0, n_in - n_out, doc_id))
        for d in result.decisions:
            n = count_words(d.text)
            by_rule[d.rule] += n
            verdict = reviews.get((doc_id, _norm(d.text))) if reviews is not None else None
            judged_chrome += n if verdict == "chrome" else 0
            unjudged += n if verdict is None else 0
            removed_lines.append((doc_id, d, verdict))
    share = words_out / words_in if words_in else 1.0
    reviewed_in = words_in - judged_chrome
    reviewed_share = words_out / reviewed_in if reviewed_in else 1.0
    judged = reviewed_share if reviews is not None else share
    raw_share = raw_out / raw_in if raw_in else 1.0

    if args.json:
        print(json.dumps({
            "dataset": args.dataset, "preset": args.preset, "disabled": args.disable,
            "pages": len(articles), "no_article": len(empty), "words_in": words_in,
            "words_out": words_out, "kept_share": share, "marked_chrome_lines_dropped": dropped,
            "raw_words_in": raw_in, "raw_words_out": raw_out, "raw_kept_share": raw_share, "removed_words_by_rule": dict(by_rule),
            "reviewed": args.reviewed, "judged_chrome_words": judged_chrome if reviews is not None else None,
            "reviewed_kept_share": reviewed_share if reviews is not None else None,
            "unjudged_words": unjudged if reviews is not None else None,
            "removed_lines": [{"id": i, "rule": d.rule, "text": d.text, "evidence": d.evidence, "verdict": v}
                              for i, d, v in removed_lines],
        }, indent=1, ensure_ascii=False))
        return 0

    touched = sorted(p for p in per_page if p[1] > 0)
    print(f"{args.dataset}: {len(articles)} articles extracted by trafilatura (favor_precision, no comments, "
          f"tables kept) in {extract_seconds:.1f} s; {len(empty)} pages gave no text")
    print(f"{dropped} lines of that text are mostly a snippet the annotators marked as chrome and are left out")
    verdict = f" [{'ok' if judged >= TARGET else 'BELOW TARGET'} {TARGET:.1%}]"
    print(f"clean() kept {words_out} of {words_in} words: {share:.4%}{'' if reviews is not None else verdict}; "
          f"{len(removed_lines)} removals on {len(touched)} pages")
    if reviews is not None:
        print(f"less the {judged_chrome} words of removals a person judged chrome ({args.reviewed}): "
              f"{words_out} of {reviewed_in} words, {reviewed_share:.4%}{verdict}; {unjudged} words removed "
              f"in lines nobody judged yet (listed first below)")
    print(f"(of trafilatura's whole text, marked chrome included: {raw_out} of {raw_in} words, {raw_share:.4%})")
    if by_rule:
        print("\nwords removed per rule:")
        for rule, n in by_rule.most_common():
            print(f"  {rule:24} {n:7d}")
    if touched:
        print("\npages with the lowest share kept:")
        for kept, lost, doc_id in touched[:10]:
            print(f"  {doc_id}  {kept:.2%}  ({lost} words removed)")
    if removed_lines:
        # Not judged yet first, then judged article, then judged chrome.
        order = {None: 0, "article": 1, "chrome": 2}
        shown = sorted(removed_lines, key=lambda r: order[r[2]])[: args.max_lines]
        print(f"\nremoved lines ({len(shown)} of {len(removed_lines)}): id, rule, evidence, [verdict,] text")
        for doc_id, d, v in shown:
            text = " ".join(d.text.split())
            mark = "" if reviews is None else f" ({v or 'not judged'})"
            print(f"  {doc_id} {d.rule:18} [{d.evidence[:60]}]{mark}\n      {text[:200]!r}")
    return 0


if __name__ == "__main__":
    run_script(main)
