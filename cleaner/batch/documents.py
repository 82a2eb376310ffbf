"""Documents read one by one from files of any supported format, for commands that look at
texts rather than rewrite files (``cleaner report``, ``cleaner learn``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from . import formats
from .decode import BinaryFile, binary_reason, decode, looks_binary
from .plan import Job
from .work import Problem, _loads, describe, no_text, open_jsonl


@dataclass
class Doc:
    name: str       # "path", "path:line" (JSONL) or "path#row" (Parquet)
    text: str
    source: str     # the value under the source key, else the file's path
    html: bool = False  # text extracted from an HTML page
    keyed: bool = False  # `source` is the value under the source key
    page: Job | None = None  # a page not read yet (see `iter_documents`'s `defer_html`)


def iter_documents(jobs: list[Job], text_key: str = "text", source_key: str | None = None,
                   problems: list | None = None, html_config=None, defer_html: bool = False) -> Iterator[Doc]:
    """Every document of `jobs`, in order; what cannot be read is appended to `problems`.
    Pages are extracted with `html_config` (its disabled ``html-*`` rules); with `defer_html`
    they come unread (`Doc.page` set, no text) for `read_pages` to extract once a sample of
    them is chosen: extraction costs far more than reading."""
    problems = problems if problems is not None else []
    for job in jobs:
        if defer_html and job.kind == "html":
            yield Doc(job.display, "", job.display, html=True, page=job)
            continue
        try:
            if job.kind == "txt":
                text, _ = decode(formats.read_bytes(job.source), job.source.name)
                yield Doc(job.display, text, job.display)
            elif job.kind == "html":
                from ..html import extract_html

                data = formats.read_bytes(job.source)
                if looks_binary(data):
                    raise BinaryFile(binary_reason(data, "HTML", job.source.name))
                yield Doc(job.display, extract_html(data, config=html_config), job.display, html=True)
            elif job.kind == "jsonl":
                yield from _jsonl(job, text_key, source_key, problems)
            else:
                yield from _parquet(job, text_key, source_key)
        except ImportError as exc:
            reason = 'HTML support is not available (pip install "cleaner[html]")' if job.kind == "html" else describe(exc)
            problems.append(Problem(job.display, None, f"skipped: {reason}."))
        except Exception as exc:
            problems.append(Problem(job.display, None, f"skipped: {describe(exc)}."))


def read_pages(docs: list[Doc], problems: list, html_config=None) -> list[Doc]:
    """`docs` with their unread pages extracted; a page that cannot be read is left out and
    appended to `problems`."""
    out: list[Doc] = []
    for doc in docs:
        if doc.page is None:
            out.append(doc)
        else:
            out.extend(iter_documents([doc.page], problems=problems, html_config=html_config))
    return out


def _jsonl(job: Job, text_key: str, source_key: str | None, problems: list) -> Iterator[Doc]:
    stream, _ = open_jsonl(job.source)
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record, _, _ = _loads(line)
            except LookupError as exc:
                problems.append(Problem(job.display, n, f"{exc}; skipped."))
                continue
            except ValueError:
                problems.append(Problem(job.display, n, "not valid JSON; skipped."))
                continue
            if not isinstance(record, dict):
                problems.append(Problem(job.display, n, "not a JSON object; skipped."))
                continue
            text = record.get(text_key)
            if text is None and text_key in record:  # a null text, passed over as `clean` does
                continue
            if not isinstance(text, str):
                problems.append(Problem(job.display, n, f"{no_text(record, text_key)}; skipped."))
                continue
            source = record.get(source_key) if source_key else None
            keyed = isinstance(source, str)
            yield Doc(f"{job.display}:{n}", text, source if keyed else job.display, keyed=keyed)


def _parquet(job: Job, text_key: str, source_key: str | None) -> Iterator[Doc]:
    reader = formats.ParquetInput(job.source, text_key)
    columns = [text_key] + ([source_key] if source_key and source_key in reader.schema.names else [])
    row = 0
    for batch in reader.batches(columns):
        texts = batch.column(0).to_pylist()
        sources = batch.column(1).to_pylist() if len(columns) > 1 else [None] * len(texts)
        for i, (text, source) in enumerate(zip(texts, sources), row):
            if isinstance(text, str):
                keyed = isinstance(source, str)
                yield Doc(f"{job.display}#{i}", text, source if keyed else job.display, keyed=keyed)
        row += batch.num_rows
