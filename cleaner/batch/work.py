"""The work done in each worker process: clean one chunk of documents, or one whole file.

A worker receives the `Settings` once (the pool's initializer); a task carries only the
documents or the path of a file. Results carry the cleaned chunk, a `Tally` of what was
removed and, when asked for, the explanation records as JSON lines, all in input order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..engine import explain

try:  # the engine's inner pass: the cleaned text with the claims per line, without building
    # the Decision records (about 15% cheaper than `explain`); counts per rule come from it.
    from ..engine import _run
except ImportError:  # pragma: no cover - an engine without it: `explain` does the same
    _run = None
from ..profile import Profile
from . import formats
from .decode import BinaryFile, binary_reason, decode, decode_legacy, looks_binary

try:  # orjson parses JSONL about 6x faster than the json module; optional.
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None

MAX_EXAMPLES = 5
"""Removed lines kept per rule as examples in ``--stats``."""

MAX_EMPTY_PAGE_NAMES = 1000
"""Pages that gave no text named in ``--stats`` (all are counted)."""


# JSON's names for the values a record can hold under the text key instead of a string.
_JSON_TYPES = {int: "a number", float: "a number", bool: "true or false", list: "a list", dict: "an object"}


@dataclass(frozen=True)
class Settings:
    """What every worker needs, sent once per worker process."""

    config: Config
    profile: Profile | None = None
    text_key: str = "text"
    html_key: str | None = None
    explain: bool = False
    examples: bool = False
    """Collect example lines per rule (for ``--stats``); without it and without `explain`,
    documents go through the engine's cheaper path that only counts removals per rule."""
    source_key: str | None = None
    """With per-source profiles: the record key naming a document's source (a URL counts by
    its host, see `cleaner.learn.source_of`); files are counted by their folder."""
    profiles: dict | None = None
    """Per-source profiles (source -> Profile); a source not in it gets `profile`."""
    html_config: Config | None = None
    """The config for HTML documents; None: `cleaner.html`'s default (the block classifier off,
    trafilatura has left the menus out)."""


@dataclass
class Problem:
    """A file, or one line/record of it, that was skipped or passed through unchanged."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


@dataclass
class Tally:
    """Counts for a chunk, a file or a run; `merge` adds another tally in input order."""

    documents: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    no_text: int = 0
    no_source: int = 0
    """Records without a string under ``--source-key`` (they get the profile's common lines)."""
    rules: dict = field(default_factory=dict)
    kept: dict = field(default_factory=dict)
    examples: dict = field(default_factory=dict)
    encodings: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    empty_pages: int = 0
    """HTML pages with text in which no article text was found (or no markup at all): written
    empty. Not a problem (a page rendered by scripts has nothing to give), but counted and named."""
    empty_page_names: list = field(default_factory=list)
    html_as_text: int = 0
    """Texts that are HTML pages (a doctype, an <html> or <body> tag at the start): cleaned as
    text, which leaves their markup and takes their lines of tags as menus; the summary says
    how to give them as pages."""

    def merge(self, other: "Tally") -> None:
        self.documents += other.documents
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        self.no_text += other.no_text
        self.no_source += other.no_source
        for mine, theirs in ((self.rules, other.rules), (self.kept, other.kept), (self.encodings, other.encodings)):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n
        for rule, texts in other.examples.items():
            mine = self.examples.setdefault(rule, [])
            for text in texts:
                if len(mine) < MAX_EXAMPLES and text not in mine:
                    mine.append(text)
        self.problems.extend(other.problems)
        self.empty_pages += other.empty_pages
        self.html_as_text += other.html_as_text
        room = MAX_EMPTY_PAGE_NAMES - len(self.empty_page_names)
        if room > 0:
            self.empty_page_names.extend(other.empty_page_names[:room])


@dataclass
class Result:
    """A cleaned chunk (`output`: bytes or a list of texts) or a finished file (`size`)."""

    output: object = None
    tally: Tally = field(default_factory=Tally)
    explained: bytes = b""
    size: int = 0
    failed: bool = False


def page_url(url, source) -> str | None:
    """The URL to give `clean_html` for a record: its ``url`` field, else its source (under
    ``--source-key``) when that is a URL."""
    if isinstance(url, str) and url:
        return url
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        return source
    return None


def _utf8_size(text: str) -> int:
    """Bytes of `text` in UTF-8; a lone surrogate (from a ``\\ud800`` escape in JSON) counts 3."""
    return len(text.encode("utf-8", "surrogatepass"))


def json_bytes(record, exact: bool = False, **options) -> bytes:
    """`record` as UTF-8 JSON (with orjson when `exact`: it parsed the record, so it can write
    it). A text holding a lone surrogate, as JSON escapes such as ``\\ud800`` in scraped data
    give, is written with that escape instead of failing: UTF-8 cannot carry it."""
    if exact and orjson is not None and not options:
        try:
            return orjson.dumps(record)
        except TypeError:  # integers beyond 64 bits, lone surrogates
            pass
    try:
        return json.dumps(record, ensure_ascii=False, **options).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(record, **options).encode("ascii")


def _dumps(record: dict) -> bytes:
    return json_bytes(record, exact=True)


def _loads(line: bytes) -> tuple[object, str | None, str]:
    """The parsed line, its text when it is not UTF-8 (None when it is), and its encoding
    (see `decode_legacy`)."""
    if line.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark on the first line
        line = line[3:]
    if orjson is not None:
        try:
            return orjson.loads(line), None, "utf-8"
        except orjson.JSONDecodeError:
            pass  # NaN, big integers or a legacy encoding: the json module decides
    try:
        return json.loads(line.decode("utf-8")), None, "utf-8"
    except UnicodeDecodeError:
        text, encoding = decode_legacy(line)
        return json.loads(text), text, encoding


_SPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder().scan_once  # the C scanner: (value, end) of the JSON value at an index


def _value_span(line: str, key: str) -> tuple[tuple[int, int] | None, int]:
    """Where the value under the top-level `key` of the JSON object `line` is (the last one, as
    parsers read duplicate keys; None when absent), and where the object's closing brace is.
    Raises ValueError on a line that is not one JSON object."""
    i = _SPACE.match(line).end()
    if line[i:i + 1] != "{":
        raise ValueError("not an object")
    i = _SPACE.match(line, i + 1).end()
    span = None
    if line[i:i + 1] == "}":
        return span, i
    try:
        while True:
            if line[i:i + 1] != '"':
                raise ValueError("a key is not a string")
            name, i = json.decoder.scanstring(line, i + 1)
            i = _SPACE.match(line, i).end()
            if line[i:i + 1] != ":":
                raise ValueError("no colon after a key")
            i = _SPACE.match(line, i + 1).end()
            _, end = _SCAN(line, i)
            if name == key:
                span = (i, end)
            i = _SPACE.match(line, end).end()
            if line[i:i + 1] == ",":
                i = _SPACE.match(line, i + 1).end()
            elif line[i:i + 1] == "}":
                return span, i
            else:
                raise ValueError("no comma or brace after a value")
    except StopIteration:
        raise ValueError("not a JSON value") from None


def _with_text(line: bytes, legacy: str | None, key: str, text: str, record: dict) -> bytes:
    """`line` with the value under `key` replaced by `text` (added at the end of the object when
    missing) and every other byte as it was: numbers beyond 64 bits, ``1e999``, ``1E2``,
    escapes and spacing survive, as no parse and re-serialization of the record would keep
    them. A line that is not UTF-8 (`legacy`: its text) is written as UTF-8."""
    if line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    source = line.decode("utf-8") if legacy is None else legacy
    value = json_bytes(text, exact=True)
    try:
        span, close = _value_span(source, key)
    except ValueError:  # cannot happen for a line a parser read as an object; to be safe
        body, end = json_bytes(record, exact=legacy is None), b"\n"
    else:
        if span is not None:
            body = source[:span[0]].encode("utf-8") + value
            rest = source[span[1]:]
        else:
            head = source[:close].rstrip()
            comma = b"" if head.endswith("{") else b","
            body = head.encode("utf-8") + comma + json_bytes(key) + b":" + value
            rest = source[close:]
        tail = rest.rstrip("\r\n")
        body += tail.encode("utf-8")
        end = rest[len(tail):].encode("utf-8") or b"\n"
    return body + (b"\r\n" if end.endswith(b"\r\n") else b"\n")


_PAGE_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_a_page(text: str) -> bool:
    """Whether a text is an HTML page: it opens with a doctype or an <html>, <head> or <body> tag.

    >>> looks_like_a_page("<!DOCTYPE html><html>..."), looks_like_a_page("Use <html> to start a page.")
    (True, False)
    """
    return _PAGE_START.match(text, 0, 4096) is not None


def no_text(record: dict, key: str) -> str:
    """Why a record has no text to clean under `key` (not None), as a sentence's start."""
    value = record.get(key)
    if key in record:
        what = f"{_JSON_TYPES.get(type(value), 'a value')}, not a string, under key {key!r}"
    else:  # the keys it has: a wrong --text-key shows at once
        keys = ", ".join(map(str, list(record)[:8])) + (", ..." if len(record) > 8 else "")
        what = f"no key {key!r} (its keys: {keys})" if record else f"no key {key!r}"
    return f"the record has {what}"


class Worker:
    """Cleans documents with one `Settings`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._html = None

    # --- one document -----------------------------------------------------------------

    def _html_module(self):
        if self._html is None:
            try:
                from .. import html

                html._check("")  # the HTML stack is importable
            except ImportError as exc:
                raise LookupError(f'HTML support is not available: no {exc.name} package (pip install "cleaner[html]")') from None
            self._html = html
        return self._html

    def source_profile(self, source) -> Profile | None:
        """The profile for a document whose source (a URL, a path) is `source`."""
        s = self.settings
        if not s.profiles:
            return s.profile
        from ..learn import source_of

        return s.profiles.get(source_of(source if isinstance(source, str) else ""), s.profile)

    def document(self, text, tally: Tally, where: dict, html: bool = False, url: str | None = None,
                 source=None) -> str:
        """Clean one document (a str, or HTML as str/bytes), counting into `tally`."""
        s = self.settings
        profile = s.profile
        if s.profiles:
            profile = self.source_profile(source)
            if not isinstance(source, str):
                tally.no_source += 1
        if html:
            module = self._html_module()
            explain_html = getattr(module, "explain_html", None)
            if explain_html is not None:
                result = explain_html(text, url=url, config=s.html_config, profile=profile)
            else:
                result = None
                out = module.clean_html(text, url=url, config=s.html_config, profile=profile)
            size_in = len(text) if isinstance(text, bytes) else _utf8_size(text)
        elif not (s.explain or s.examples) and _run is not None:
            tally.html_as_text += looks_like_a_page(text)
            out, removed, vetoed = _run(text, s.config, profile)
            tally.documents += 1
            tally.bytes_in += _utf8_size(text)
            tally.bytes_out += _utf8_size(out)
            rules = tally.rules
            for claim in removed.values():
                rules[claim[0].id] = rules.get(claim[0].id, 0) + 1
            for i, veto in vetoed.items():
                if i not in removed:
                    tally.kept[veto[0]] = tally.kept.get(veto[0], 0) + 1
            return out
        else:
            tally.html_as_text += looks_like_a_page(text)
            result = explain(text, config=s.config, profile=profile)
            size_in = _utf8_size(text)
        if result is not None:
            out = result.text
            decisions = getattr(result, "decisions", ())
            kept = getattr(result, "kept", ())
        else:
            decisions = kept = ()
        tally.documents += 1
        tally.bytes_in += size_in
        tally.bytes_out += _utf8_size(out)
        if html and not out and text.strip() and not any(d.start >= 0 for d in decisions):
            tally.empty_pages += 1  # nothing to clean was found, unlike a page that was all chrome
            if len(tally.empty_page_names) < MAX_EMPTY_PAGE_NAMES:
                name = where["file"]
                if "line" in where:
                    name += f":{where['line']}"
                elif "record" in where:
                    name += f" (record {where['record']})"
                tally.empty_page_names.append(name)
        rules, examples = tally.rules, tally.examples
        for d in decisions:
            rules[d.rule] = rules.get(d.rule, 0) + 1
            sample = examples.setdefault(d.rule, [])
            line = d.text.strip()
            if len(sample) < MAX_EXAMPLES and line and line not in sample:
                sample.append(line[:300])
        for k in kept:
            tally.kept[k.guard] = tally.kept.get(k.guard, 0) + 1
        if s.explain:
            record = dict(where)
            record["decisions"] = [
                {"rule": d.rule, "start": d.start, "end": d.end, "text": d.text, "evidence": d.evidence}
                for d in decisions
            ]
            record["kept"] = [
                {"guard": k.guard, "rule": k.rule, "start": k.start, "end": k.end, "text": k.text, "evidence": k.evidence}
                for k in kept
            ]
            self._explained.append(_dumps(record))
        return out

    # --- chunks -----------------------------------------------------------------------

    def text_file(self, data: bytes, path: str, kind: str) -> Result:
        """A .txt or .html file's bytes -> its cleaned text as UTF-8 bytes."""
        result = Result()
        self._explained = []
        try:
            if kind == "html":
                if looks_binary(data):  # a binary file named .html: skipped and reported, as for .txt
                    raise BinaryFile(binary_reason(data, "HTML", Path(path).name))
                out = self.document(data, result.tally, {"file": path}, html=True, source=path)
            else:
                text, encoding = decode(data, Path(path).name)
                if encoding != "utf-8":
                    result.tally.encodings[encoding] = result.tally.encodings.get(encoding, 0) + 1
                out = self.document(text, result.tally, {"file": path}, source=path)
        except (BinaryFile, LookupError) as exc:
            result.tally.problems.append(Problem(path, None, f"skipped: {exc}."))
            result.failed = True
            return result
        result.output = (out + "\n").encode("utf-8") if out else b""
        result.explained = b"".join(line + b"\n" for line in self._explained)
        return result

    def jsonl_lines(self, lines: list[bytes], first: int, path: str, gzip_member: bool = False) -> Result:
        """Raw JSONL lines -> the same lines with the text cleaned. A line that cannot be
        cleaned (not JSON, not an object, no string under the text key) is passed through
        unchanged and reported, so output line N is always input line N. With `gzip_member`
        the output is compressed as one gzip member (members concatenated make one valid
        ``.gz`` file), so the workers, not the main process, do the compressing."""
        s = self.settings
        key, html_key = s.text_key, s.html_key
        source_key = html_key or key
        result = Result()
        tally = result.tally
        self._explained = []
        out = []
        for n, line in enumerate(lines, first):
            if not line.strip():
                out.append(line)
                continue
            try:
                record, legacy, encoding = _loads(line)
            except LookupError as exc:  # a code page only charset_normalizer can tell, without it
                tally.problems.append(Problem(path, n, f"{exc}; passed through unchanged."))
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            except ValueError:
                tally.problems.append(Problem(path, n, "not valid JSON; passed through unchanged."))
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            if not isinstance(record, dict):
                tally.problems.append(Problem(path, n, "not a JSON object; passed through unchanged."))
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            value = record.get(source_key)
            if value is None and source_key in record:
                tally.no_text += 1
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            if not isinstance(value, str):
                tally.problems.append(Problem(path, n, f"{no_text(record, source_key)}; passed through unchanged."))
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            source = record.get(s.source_key) if s.source_key else None
            try:
                if html_key:
                    url = page_url(record.get("url"), source)
                    record[key] = self.document(value, tally, {"file": path, "line": n}, html=True, url=url, source=source)
                else:
                    record[key] = self.document(value, tally, {"file": path, "line": n}, source=source)
            except LookupError as exc:
                tally.problems.append(Problem(path, n, f"{exc}; passed through unchanged."))
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            if legacy is not None:
                tally.encodings[encoding] = tally.encodings.get(encoding, 0) + 1
            elif not html_key and record[key] == value:  # nothing removed: the line as it was
                out.append(line if line.endswith(b"\n") else line + b"\n")
                continue
            # Only the text changes; the line keeps its other fields and its own line end (a
            # CRLF file stays CRLF throughout).
            out.append(_with_text(line, legacy, key, record[key], record))
        result.output = b"".join(out)
        if gzip_member:
            import gzip

            result.output = gzip.compress(result.output, compresslevel=formats.GZIP_LEVEL, mtime=0)
        result.explained = b"".join(line + b"\n" for line in self._explained)
        return result

    def texts(self, texts: list, offset: int, path: str, sources: list | None = None,
              urls: list | None = None) -> Result:
        """Parquet column values -> cleaned values (None stays None); with ``--html-key`` the
        values are pages (str or bytes), each cleaned with its row's URL (see `page_url`)."""
        result = Result()
        self._explained = []
        out = []
        html = self.settings.html_key is not None
        for i, text in enumerate(texts, offset):
            if text is None:
                result.tally.no_text += 1
                out.append(None)
                continue
            source = sources[i - offset] if sources is not None else None
            url = page_url(urls[i - offset] if urls is not None else None, source) if html else None
            try:
                out.append(self.document(text, result.tally, {"file": path, "record": i}, html=html, url=url,
                                         source=source))
            except LookupError as exc:
                result.tally.problems.append(Problem(path, None, f"{exc}; records passed through unchanged."))
                out.append(text)
        result.output = out
        result.explained = b"".join(line + b"\n" for line in self._explained)
        return result

    # --- whole files ------------------------------------------------------------------

    def file(self, source: Path, target: Path, kind: str, path: str) -> Result:
        """Clean a whole file into `target` (atomically). Problems are reported, not raised."""
        total = Result()
        try:
            if kind in ("txt", "html"):
                data = formats.read_bytes(source)
                chunk = self.text_file(data, path, kind)
                if chunk.failed:
                    return chunk
                with formats.AtomicFile(target) as atomic:
                    atomic.stream = formats.compressed_writer(atomic)
                    atomic.stream.write(chunk.output)
                    chunk.size = atomic.commit()
                chunk.output = None
                return chunk
            if kind == "jsonl":
                return self._jsonl_file(source, target, path, total)
            return self._parquet_file(source, target, path, total)
        except Exception as exc:  # unreadable, corrupt, disk full: one sentence, next file
            total.tally.problems.append(Problem(path, None, f"skipped: {describe(exc)}."))
            total.failed = True
            total.explained = b""
            return total

    def files(self, items: list[tuple]) -> list[Result]:
        """`file` for each (source, target, kind, path) of a group of small files."""
        return [self.file(*item) for item in items]

    def _jsonl_file(self, source: Path, target: Path, path: str, total: Result) -> Result:
        stream, _ = open_jsonl(source)
        explained = []
        with stream:
            with formats.AtomicFile(target) as atomic:
                atomic.stream = formats.compressed_writer(atomic)
                for first, lines in formats.jsonl_chunks(stream):
                    chunk = self.jsonl_lines(lines, first, path)
                    atomic.stream.write(chunk.output)
                    total.tally.merge(chunk.tally)
                    explained.append(chunk.explained)
                total.size = atomic.commit()
        total.explained = b"".join(explained)
        return total

    def _parquet_file(self, source: Path, target: Path, path: str, total: Result) -> Result:
        s = self.settings
        reader = formats.ParquetInput(source, s.html_key or s.text_key, s.source_key, s.text_key,
                                      html=s.html_key is not None)
        explained = []
        with formats.AtomicFile(target) as atomic:
            writer = reader.writer(atomic)
            row = 0
            for batch in reader.batches():
                chunk = self.texts(reader.texts(batch), row, path, reader.sources(batch), reader.urls(batch))
                row += batch.num_rows
                writer.write_batch(reader.with_texts(batch, chunk.output))
                total.tally.merge(chunk.tally)
                explained.append(chunk.explained)
            writer.close()
            total.size = atomic.commit()
        total.explained = b"".join(explained)
        return total


def open_jsonl(source: Path):
    """Open a JSONL file (decompressing); raises BinaryFile when its start is binary."""
    stream, counter = formats.open_binary(source)
    try:
        if formats.sniff_jsonl(stream):
            raise BinaryFile(binary_reason(stream.peek(4)[:4], "JSON lines", source.name))
    except BaseException:
        stream.close()
        raise
    return stream, counter


def describe(exc: BaseException) -> str:
    """A sentence fragment for an error reading or writing a file."""
    if isinstance(exc, (BinaryFile, formats.CorruptFile)):
        return str(exc)
    if isinstance(exc, formats.WriteError):
        reason = exc.strerror or str(exc)
        return f"its output {exc.filename} cannot be written ({reason[:1].lower() + reason[1:]})"
    if isinstance(exc, ImportError):
        return f"reading it needs the {exc.name or 'missing'} package (pip install \"cleaner[batch]\")"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "the file disappeared"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    if type(exc).__name__ in ("BadGzipFile", "ZstdError", "EOFError") or isinstance(exc, EOFError):
        return f"the compressed data is corrupt ({exc})"
    name = type(exc).__name__
    if name in ("ArrowInvalid", "ArrowIOError"):
        return f"it is not a readable Parquet file ({exc})"
    return str(exc) or name


# --- the worker process's entry points ------------------------------------------------------

_WORKER: Worker | None = None


PARENT_CHECK_SECONDS = 1.0
"""How often a pool worker checks that the main process is still there."""


def init(settings: Settings, pool: bool = False) -> None:
    """Pool initializer: the settings arrive once per worker process. Workers of a pool ignore
    Ctrl-C: the main process stops them and tidies up. A worker whose main process is gone
    (killed with SIGKILL, by the OOM killer) exits instead of waiting for tasks forever."""
    global _WORKER
    if pool:
        import os
        import signal
        import threading
        import time

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        parent = os.getppid()

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(PARENT_CHECK_SECONDS)
            os._exit(1)

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    _WORKER = Worker(settings)


def call(method: str, *args):
    """Run `Worker.<method>(*args)` in this process's worker."""
    return getattr(_WORKER, method)(*args)
