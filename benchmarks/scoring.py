"""Reading a dataset in the bench format and scoring outputs with the bench's metric.

A dataset folder (see ../shared/bench/README.md) holds::

    gold.jsonl                     {"id", "url", "with": [...], "without": [...]} per line
    dumps/full/<id>.txt.gz         the page's full visible text
    dumps/container/<id>.txt.gz    the text of the page's article container
    pages/<id>.html.gz             the page's HTML

(plain ``.txt`` / ``.html`` files are read too). The metric is the trafilatura evaluation's
rule: output and snippets are whitespace-normalised (every run of whitespace becomes one
space, ends stripped); a ``with`` snippet found as a substring of the output is a true
positive (else a false negative), a ``without`` snippet found is a false positive (else a true
negative); counts are summed over all snippets of all documents. For a cleaner that takes a
dump, *retention* is the share of the ``with`` snippets present in the input that are still in
the output, and *chrome removed* the share of the ``without`` snippets present in the input
that are gone from the output.

Typical use (also what ``benchmarks/html_quality.py`` needs)::

    from benchmarks.scoring import load_gold, read_dump, read_page, score
    golds = load_gold(dataset)
    pairs = [(g, my_clean(read_dump(dataset, g["id"], "full"))) for g in golds]
    print(format_table([("mine", score(pairs))]))

``score`` takes ``(gold, output)`` pairs, or ``(gold, output, source)`` triples when the
output was made from a text ``source`` (then retention and chrome removed are computed).

>>> gold = {"id": "x", "url": "", "with": ["The vote is  on Friday."], "without": ["Share"]}
>>> s = score([(gold, "The vote is\\non Friday.", "Share\\nThe vote is on Friday.")])
>>> s.tp, s.fn, s.fp, s.tn, s.f1, s.retention, s.chrome_removed
(1, 0, 0, 1, 1.0, 1.0, 1.0)
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

KINDS = ("full", "container")
"""The two dump kinds of the bench format."""
MADE_KINDS = ("textnodes",)
"""Dump kinds made from the dataset's pages when read: ``textnodes``, every text node on a line
of its own (`benchmarks.textnodes`; needs selectolax)."""

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\S+")


class DatasetError(Exception):
    """A dataset folder or file that cannot be read; the message is a whole sentence."""


def normalize(text: str) -> str:
    """The metric's whitespace normalisation: every run of whitespace becomes one space, ends stripped.

    >>> normalize("  Most\\n\\n Read\\t ")
    'Most Read'
    """
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------- reading


def _gold_path(path: str | Path) -> Path:
    path = Path(path)
    return path / "gold.jsonl" if path.is_dir() else path


def load_gold(path: str | Path) -> list[dict]:
    """The gold records of a dataset, in file order.

    `path` is the dataset folder or its ``gold.jsonl``. Each record is the dict of one line:
    ``{"id": str, "url": str, "with": [str, ...], "without": [str, ...]}``.
    Raises `DatasetError` with a readable message when the file is missing or malformed.
    """
    file = _gold_path(path)
    if not file.is_file():
        raise DatasetError(f"There is no gold.jsonl at {file}; give a dataset folder in the bench format.")
    golds = []
    with file.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                golds.append({
                    "id": str(record["id"]),
                    "url": record.get("url", ""),
                    "with": list(record.get("with", [])),
                    "without": list(record.get("without", [])),
                })
            except (ValueError, KeyError, TypeError) as e:
                raise DatasetError(f"Line {n} of {file} is not a gold record ({e}).") from None
    return golds



def select(golds: list[dict], ids: list[str] | None) -> list[dict]:
    """The records of `golds` whose id is in `ids` (all of them when `ids` is empty), in file
    order; an id the dataset lacks is a `DatasetError`.

    >>> select([{"id": "a"}, {"id": "b"}], ["b"])
    [{'id': 'b'}]
    """
    if not ids:
        return golds
    wanted = set(ids)
    unknown = sorted(wanted - {g["id"] for g in golds})
    if unknown:
        raise DatasetError(f"The dataset has no document {unknown[0]!r}.")
    return [g for g in golds if g["id"] in wanted]

def _read_text(candidates: Sequence[Path]) -> str:
    for file in candidates:
        if file.is_file():
            data = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
            return data.decode("utf-8", errors="replace")
    raise DatasetError(f"The dataset has no file {candidates[0]} (nor {candidates[-1].name}).")


def read_dump(dataset: str | Path, doc_id: str, kind: str = "full") -> str:
    """The text dump of document `doc_id`; `kind` is ``"full"`` or ``"container"``, or one of
    `MADE_KINDS`, made from the page."""
    if kind == "textnodes":
        from benchmarks.textnodes import text_nodes

        return text_nodes(read_page(dataset, doc_id))
    if kind not in KINDS:
        raise DatasetError(f"Unknown dump kind {kind!r}; choose one of: {', '.join(KINDS + MADE_KINDS)}.")
    folder = Path(dataset) / "dumps" / kind
    return _read_text([folder / f"{doc_id}.txt.gz", folder / f"{doc_id}.txt"])


def read_page(dataset: str | Path, doc_id: str) -> str:
    """The HTML of document `doc_id` (already decoded to text by the dataset's builder)."""
    folder = Path(dataset) / "pages"
    return _read_text([folder / f"{doc_id}.html.gz", folder / f"{doc_id}.html"])


def load_dumps(dataset: str | Path, kind: str, golds: Iterable[dict] | None = None) -> list[tuple[dict, str]]:
    """``(gold, dump)`` for every document of the dataset (or of `golds`), in gold order."""
    golds = load_gold(dataset) if golds is None else golds
    return [(g, read_dump(dataset, g["id"], kind)) for g in golds]


# --------------------------------------------------------------------------- judging one document


@dataclass(frozen=True)
class Judgement:
    """How one output fares against one gold record.

    `found` / `missed`: ``with`` snippets in / not in the output. `leaked` / `dropped`:
    ``without`` snippets in / not in the output. With a source: `lost` are ``with`` snippets in
    the source but not in the output (over-stripping), `kept` are ``without`` snippets in both
    (chrome left), and the ``*_in_source`` tuples are the snippets the source contains.
    """

    id: str
    found: tuple[str, ...]
    missed: tuple[str, ...]
    leaked: tuple[str, ...]
    dropped: tuple[str, ...]
    with_in_source: tuple[str, ...] | None = None
    without_in_source: tuple[str, ...] | None = None
    lost: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def judge(gold: dict, output: str, source: str | None = None) -> Judgement:
    """Judge one document's `output` (and, if given, the `source` it was made from)."""
    out = normalize(output)
    found, missed, leaked, dropped = [], [], [], []
    for snippet in gold["with"]:
        (found if normalize(snippet) in out else missed).append(snippet)
    for snippet in gold["without"]:
        (leaked if normalize(snippet) in out else dropped).append(snippet)
    if source is None:
        return Judgement(gold["id"], tuple(found), tuple(missed), tuple(leaked), tuple(dropped))
    src = normalize(source)
    with_in = tuple(s for s in gold["with"] if normalize(s) in src)
    without_in = tuple(s for s in gold["without"] if normalize(s) in src)
    lost = tuple(s for s in with_in if s in missed)
    kept = tuple(s for s in without_in if s in leaked)
    return Judgement(gold["id"], tuple(found), tuple(missed), tuple(leaked), tuple(dropped),
                     with_in, without_in, lost, kept)


# --------------------------------------------------------------------------- summing up


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(frozen=True)
class Score:
    """Summed counts over a dataset and the figures the bench README defines.

    `retention` and `chrome_removed` are None when no sources were given.
    """

    documents: int
    tp: int
    fn: int
    fp: int
    tn: int
    with_in_source: int = 0
    without_in_source: int = 0
    lost: int = 0
    kept: int = 0
    has_source: bool = False
    judgements: tuple[Judgement, ...] = field(default=(), repr=False, compare=False)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def accuracy(self) -> float:
        return _ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn)

    @property
    def retention(self) -> float | None:
        if not self.has_source:
            return None
        return _ratio(self.with_in_source - self.lost, self.with_in_source)

    @property
    def chrome_removed(self) -> float | None:
        if not self.has_source:
            return None
        return _ratio(self.without_in_source - self.kept, self.without_in_source)

    def as_dict(self) -> dict:
        """The figures and counts as a plain dict (for JSON output)."""
        return {
            "documents": self.documents, "precision": self.precision, "recall": self.recall,
            "f1": self.f1, "accuracy": self.accuracy, "retention": self.retention,
            "chrome_removed": self.chrome_removed, "tp": self.tp, "fn": self.fn, "fp": self.fp,
            "tn": self.tn, "with_in_source": self.with_in_source,
            "without_in_source": self.without_in_source, "lost": self.lost, "kept": self.kept,
        }


def score(pairs: Iterable[tuple]) -> Score:
    """Score ``(gold, output)`` pairs or ``(gold, output, source)`` triples (all of one shape)."""
    judgements = [judge(*item) for item in pairs]
    has_source = bool(judgements) and all(j.with_in_source is not None for j in judgements)
    total = dict(tp=0, fn=0, fp=0, tn=0, with_in_source=0, without_in_source=0, lost=0, kept=0)
    for j in judgements:
        total["tp"] += len(j.found)
        total["fn"] += len(j.missed)
        total["fp"] += len(j.leaked)
        total["tn"] += len(j.dropped)
        if has_source:
            total["with_in_source"] += len(j.with_in_source)
            total["without_in_source"] += len(j.without_in_source)
            total["lost"] += len(j.lost)
            total["kept"] += len(j.kept)
    return Score(len(judgements), has_source=has_source, judgements=tuple(judgements), **total)


def format_table(rows: Sequence[tuple[str, Score]]) -> str:
    """A text table of labelled scores: P, R, F1, accuracy, retention, chrome removed, counts."""
    def cell(x: float | None) -> str:
        return "     -" if x is None else f"{x:6.3f}"

    width = max([len(label) for label, _ in rows] + [10])
    head = f"{'':{width}}  {'prec':>6} {'recall':>6} {'F1':>6} {'acc':>6} {'retain':>6} {'chrome':>6}   TP/FN/FP/TN"
    lines = [head]
    for label, s in rows:
        lines.append(
            f"{label:{width}}  {cell(s.precision)} {cell(s.recall)} {cell(s.f1)} {cell(s.accuracy)}"
            f" {cell(s.retention)} {cell(s.chrome_removed)}   {s.tp}/{s.fn}/{s.fp}/{s.tn}"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- locating snippets


def locate(source: str, snippet: str) -> list[tuple[int, int]]:
    """Character spans in `source` of every occurrence of `snippet`, matched as the metric
    matches (whitespace-normalised); a span may run over line breaks.

    >>> src = "Most\\n  Read\\nMost Read"
    >>> [src[a:b] for a, b in locate(src, "Most Read")]
    ['Most\\n  Read', 'Most Read']
    """
    needle = normalize(snippet)
    if not needle:
        return []
    norm_parts: list[str] = []
    norm_starts: list[int] = []  # position in the normalised text of each token
    orig_starts: list[int] = []  # position in `source` of each token
    pos = 0
    for m in _TOKEN.finditer(source):
        norm_starts.append(pos)
        orig_starts.append(m.start())
        norm_parts.append(m.group())
        pos += len(m.group()) + 1
    norm = " ".join(norm_parts)

    def to_source(p: int) -> int:
        k = bisect_right(norm_starts, p) - 1
        return orig_starts[k] + min(p - norm_starts[k], len(norm_parts[k]) - 1)

    spans = []
    start = norm.find(needle)
    while start != -1:
        spans.append((to_source(start), to_source(start + len(needle) - 1) + 1))
        start = norm.find(needle, start + 1)
    return spans


def overlapping(spans: Iterable[tuple[int, int]], records: Iterable) -> list:
    """The records (anything with ``.start`` and ``.end``, e.g. `cleaner.Decision`) that
    overlap any of `spans`, in their order, without repeats."""
    spans = list(spans)
    return [r for r in records if any(r.start < b and r.end > a for a, b in spans)]
