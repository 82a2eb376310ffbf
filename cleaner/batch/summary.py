"""The run's summary on stderr and the ``--stats`` JSON file, both made from one `Tally`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .work import Tally


@dataclass
class RunCounts:
    """Files by outcome, and time."""

    files: int = 0
    cleaned: int = 0
    up_to_date: int = 0
    failed: int = 0
    with_problems: int = 0
    seconds: float = 0.0
    jobs: int = 1
    failures: list = field(default_factory=list)
    left_out: dict = field(default_factory=dict)
    """Files in the input folders whose names no reader knows, by suffix ("" for none)."""


def left_out_line(left_out: dict) -> str | None:
    """The sentence about the files a run left out for their names, or None."""
    if not left_out:
        return None
    named = sorted(((suffix, n) for suffix, n in left_out.items() if suffix), key=lambda item: (-item[1], item[0]))
    parts = [f"{suffix} {n:,}" for suffix, n in named] + ([f"no suffix {left_out['']:,}"] if left_out.get("") else [])
    return (f"{sum(left_out.values()):,} file(s) in the input folders were left out: no format is known for their "
            f"names ({', '.join(parts)}).")


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} kB"


def removed_share(tally: Tally) -> float:
    return 1 - tally.bytes_out / tally.bytes_in if tally.bytes_in else 0.0


def summary_lines(tally: Tally, counts: RunCounts) -> list[str]:
    """Human-readable lines for stderr."""
    parts = [f"{counts.cleaned} cleaned"]
    if counts.with_problems:  # lines or records passed through unchanged
        parts.append(f"{counts.with_problems} of them with problems")
    if counts.up_to_date:
        parts.append(f"{counts.up_to_date} already up to date")
    if counts.failed:
        parts.append(f"{counts.failed} failed")
    rate = tally.bytes_in / 1e6 / counts.seconds if counts.seconds > 0 else 0.0
    lines = [
        f"cleaner: {counts.files} file(s) ({', '.join(parts)}), {tally.documents:,} document(s), "
        f"{_mb(tally.bytes_in)} in, {_mb(tally.bytes_out)} out, {removed_share(tally):.1%} removed, "
        f"{counts.seconds:.1f} s ({rate:.1f} MB/s, {counts.jobs} worker(s))."
    ]
    note = left_out_line(counts.left_out)
    if note:
        lines.append(note)
    if tally.rules:
        ranked = sorted(tally.rules.items(), key=lambda item: (-item[1], item[0]))
        lines.append("removals per rule: " + ", ".join(f"{rule} {n:,}" for rule, n in ranked))
    if tally.kept:
        lines.append("kept by guards: " + ", ".join(f"{guard} {n:,}" for guard, n in sorted(tally.kept.items())))
    if tally.encodings:
        lines.append("read in a legacy encoding: " + ", ".join(f"{enc} {n}" for enc, n in sorted(tally.encodings.items())))
    if tally.empty_pages:
        lines.append(f"{tally.empty_pages:,} page(s) gave no text (no article found, or no HTML markup) and were "
                     f"written empty; --stats lists them.")
    if tally.html_as_text:
        lines.append(f"{tally.html_as_text:,} document(s) look like HTML pages and were cleaned as text; give pages "
                     f"with --html-key KEY (JSONL, Parquet) or as .html files.")
    if tally.no_text:
        lines.append(f"{tally.no_text:,} record(s) with a null text were passed through unchanged.")
    if tally.no_source:
        lines.append(f"{tally.no_source:,} record(s) had no string under --source-key and got only the profile's "
                     f"common lines.")
    if tally.problems:
        files = len({p.path for p in tally.problems})
        lines.append(f"{len(tally.problems):,} problem(s) in {files} file(s), listed above; the exit status is 1.")
    return lines


def stats_record(tally: Tally, counts: RunCounts) -> dict:
    """The ``--stats`` JSON: summary figures, per-rule counts with examples, problems."""
    return {
        "files": {"total": counts.files, "cleaned": counts.cleaned, "up_to_date": counts.up_to_date,
                  "failed": counts.failed, "with_problems": counts.with_problems,
                  "left_out": dict(sorted(counts.left_out.items()))},
        "documents": tally.documents,
        "records_without_text": tally.no_text,
        "records_without_source": tally.no_source,
        "pages_without_text": {"count": tally.empty_pages, "where": tally.empty_page_names},
        "html_as_text": tally.html_as_text,
        "bytes_in": tally.bytes_in,
        "bytes_out": tally.bytes_out,
        "removed_share": round(removed_share(tally), 6),
        "seconds": round(counts.seconds, 3),
        "workers": counts.jobs,
        "rules": {
            rule: {"count": n, "examples": tally.examples.get(rule, [])}
            for rule, n in sorted(tally.rules.items(), key=lambda item: (-item[1], item[0]))
        },
        "kept_by_guard": dict(sorted(tally.kept.items())),
        "legacy_encodings": dict(sorted(tally.encodings.items())),
        "problems": [{"path": p.path, "line": p.line, "message": p.message} for p in tally.problems],
    }
