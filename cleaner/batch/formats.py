"""Readers and writers per file format.

Every format is read as a sequence of *chunks* (a list of documents) and written back chunk by
chunk, so a multi-GB file never sits in memory and its chunks can be cleaned by several
workers while the file is written in order:

- ``txt`` (``.txt``, ``.txt.gz``, ``.txt.zst``): one chunk holding the file's bytes, written
  back compressed like the input;
- ``html`` (``.html``, ``.htm``, also ``.gz``, ``.zst``): the same, written as ``<name>.txt``
  (compressed as the page was);
- ``jsonl`` (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``): chunks of raw lines, written back
  compressed like the input;
- ``parquet``: record batches read with pyarrow, the text column cleaned, written with a
  ``ParquetWriter`` keeping the input's schema (and its metadata) and compression.

Outputs go to a temporary file in the target folder and are renamed over the target only once
complete (`AtomicFile`), so a target is either absent, the previous version, or complete.
"""

from __future__ import annotations

import gzip
import io
import os
import uuid
from pathlib import Path
from typing import Iterator

TEMP_SUFFIX = ".cleaner-tmp"
"""Temporary outputs are named ``.<name>.<random>.cleaner-tmp`` next to their target; a later
run removes the ones a killed run left behind."""

JSONL_CHUNK_BYTES = 1 << 20
"""Lines are sent to workers in chunks of at most about 1 MiB: ~0.1 s of cleaning, so the cost
of shipping a chunk to a worker is negligible. A smaller file is cut into smaller chunks (see
`runner.chunk_bytes`) so that its last chunks do not leave workers idle."""

JSONL_CHUNK_LINES = 5000

PARQUET_BATCH_BYTES = 8 << 20
"""Parquet is read in record batches of about 8 MiB of text (estimated from the text column's
size in the file's metadata); each batch is written as one row group of the output. A batch
costs several times its size in memory (Arrow buffers, Python strings of up to 4 bytes a
character, the cleaned copy), so 8 MiB keeps a run well under 500 MB. A whole input row group
is read at a time, so files with huge row groups (over ~100 MB) need that much more."""

PARQUET_CHUNK_BYTES = 1 << 20
"""A batch is split into chunks of about 1 MiB of text for the workers."""

GZIP_LEVEL = 4

SUFFIXES = {
    ".txt": "txt",
    ".txt.gz": "txt",
    ".txt.zst": "txt",
    ".md": "txt",  # Markdown dumps are text (see cleaner.markdown)
    ".md.gz": "txt",
    ".md.zst": "txt",
    ".markdown": "txt",
    ".html": "html",
    ".htm": "html",
    ".html.gz": "html",
    ".htm.gz": "html",
    ".html.zst": "html",
    ".htm.zst": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jsonl.zst": "jsonl",
    ".parquet": "parquet",
}


def kind_of(path: Path) -> str | None:
    """The format of a file from its name, or None for a name no reader handles.

    >>> kind_of(Path("a/b.JSONL.gz")), kind_of(Path("page.htm")), kind_of(Path("x.csv"))
    ('jsonl', 'html', None)
    """
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def output_name(name: str, kind: str) -> str:
    """The output file name: the input's, except that cleaned HTML is text, compressed as the
    page was.

    >>> output_name("page.HTML", "html"), output_name("page.htm.gz", "html"), output_name("a.txt", "txt")
    ('page.txt', 'page.txt.gz', 'a.txt')
    """
    if kind == "html":
        compression = compression_of(Path(name))
        if compression is not None:
            stem, _, ext = name.rpartition(".")
            return stem.rsplit(".", 1)[0] + ".txt." + ext
        return name.rsplit(".", 1)[0] + ".txt"
    return name


COMPRESSION_SUFFIXES = (".gz", ".zst", ".bz2", ".xz", ".zip", ".lz4", ".br", ".7z")


def suffix_of(name: str) -> str:
    """The suffix that names a file's format, with its compression: for counting the files a
    folder holds that no reader takes.

    >>> suffix_of("a.jsonl.bz2"), suffix_of("report.2024.json"), suffix_of("NOTES")
    ('.jsonl.bz2', '.json', '')
    """
    suffixes = Path(name.lower()).suffixes
    if len(suffixes) >= 2 and suffixes[-1] in COMPRESSION_SUFFIXES:
        return suffixes[-2] + suffixes[-1]
    return suffixes[-1] if suffixes else ""


def compression_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        return "gzip"
    if name.endswith(".zst"):
        return "zstd"
    return None


class CountingReader(io.RawIOBase):
    """A raw file that counts the bytes read from disk (for progress on compressed input)."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class CorruptFile(ValueError):
    """Compressed data that is not what its name says, or is cut short; the message is a
    sentence fragment ("it is empty (0 bytes), not gzip data")."""


class ZstdReader(io.RawIOBase):
    """The zstd frames of `raw` decompressed one after another, as ``zstd -d`` reads them.
    Data that ends inside a frame raises `CorruptFile`: zstandard's own stream reader returns
    what it has without a word, so a truncated ``.zst`` would pass for a shorter file."""

    INPUT_BYTES = 1 << 17

    def __init__(self, raw):
        import zstandard

        self._raw = raw
        self._dctx = zstandard.ZstdDecompressor()
        self._frame = None  # the frame being read, None between frames
        self._out = b""
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        import zstandard

        while self._pos >= len(self._out):
            self._out, self._pos = b"", 0
            data = self._raw.read(self.INPUT_BYTES)
            if not data:
                if self._frame is not None:
                    raise CorruptFile("the compressed data is cut short (it ends inside a zstd frame)")
                return 0
            try:
                while data:
                    if self._frame is None:
                        self._frame = self._dctx.decompressobj()
                    self._out += self._frame.decompress(data)
                    data = b""
                    if self._frame.eof:
                        data = self._frame.unused_data
                        self._frame = None
            except zstandard.ZstdError as exc:
                raise CorruptFile(f"the compressed data is corrupt ({exc})") from None
        n = min(len(buffer), len(self._out) - self._pos)
        buffer[:n] = memoryview(self._out)[self._pos:self._pos + n]
        self._pos += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _decompressed(buffered, compression: str | None) -> io.BufferedIOBase:
    if compression == "gzip":
        return io.BufferedReader(gzip.GzipFile(fileobj=buffered, mode="rb"), 1 << 20)
    if compression == "zstd":
        return io.BufferedReader(ZstdReader(buffered), 1 << 20)
    return buffered


def open_binary(path: Path) -> tuple[io.BufferedIOBase, CountingReader]:
    """A decompressed binary stream of `path` and the counter of bytes read from disk. A
    compressed file that is empty raises `CorruptFile` (gzip and zstd would read it as no data:
    a file cut off at 0 bytes would pass for an empty corpus)."""
    raw = open(path, "rb", buffering=0)
    compression = compression_of(path)
    if compression is not None and os.fstat(raw.fileno()).st_size == 0:
        raw.close()
        raise CorruptFile(f"it is empty (0 bytes), not {compression} data")
    counter = CountingReader(raw)
    return _decompressed(io.BufferedReader(counter, 1 << 20), compression), counter


_MAGIC = {b"\x1f\x8b": "gzip", b"\x28\xb5\x2f\xfd": "zstd"}


def open_piped(stream: io.BufferedReader) -> io.BufferedIOBase:
    """A stream without a name (stdin), decompressed when it starts like gzip or zstd data."""
    head = stream.peek(4)[:4]
    compression = next((name for magic, name in _MAGIC.items() if head.startswith(magic)), None)
    return _decompressed(stream, compression)


def read_bytes(path: Path) -> bytes:
    """A whole (small) file's bytes, decompressed when its name ends in .gz or .zst."""
    compression = compression_of(path)
    if compression is None:
        return path.read_bytes()
    stream, _ = open_binary(path)
    with stream:
        return stream.read()


class WriteError(OSError):
    """An output that cannot be created or put in place; `filename` is the output's path (not
    the temporary file's), so the message names the file the user asked for."""


def _write_error(exc: OSError, target: Path) -> WriteError:
    return WriteError(exc.errno, exc.strerror or str(exc), str(target))


class AtomicFile:
    """A binary file written to a temporary name in the target folder, renamed over the target
    by `commit()`; `discard()`, or an exception inside ``with AtomicFile(path) as atomic:``,
    removes it."""

    def __init__(self, target: Path):
        self.target = target
        self.temp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
        try:
            try:
                self.raw = open(self.temp, "wb")
            except FileNotFoundError:  # the first file of its folder
                target.parent.mkdir(parents=True, exist_ok=True)
                self.raw = open(self.temp, "wb")
        except OSError as exc:
            raise _write_error(exc, target) from None
        self.stream = self.raw
        self.size = 0

    def commit(self) -> int:
        """Close, rename over the target, return the target's size.

        No fsync: the rename makes outputs safe against a killed process (the guarantee a
        resumable run needs), not against a power cut, and an fsync per file would cost more
        than cleaning a small file."""
        if self.stream is not self.raw:
            self.stream.close()
        if self.raw.closed:  # written by another writer (Parquet)
            size = os.stat(self.temp).st_size
        else:
            size = self.raw.tell()
            self.raw.close()
        try:
            os.replace(self.temp, self.target)
        except OSError as exc:  # the target is a folder, say
            raise _write_error(exc, self.target) from None
        return size

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()

    def discard(self) -> None:
        for handle in (self.stream, self.raw):
            try:
                handle.close()
            except Exception:
                pass
        try:
            os.unlink(self.temp)
        except FileNotFoundError:
            pass


class DirectFile:
    """`AtomicFile`'s interface for a target no rename may replace: a device or a pipe
    (``/dev/stdout``, ``/dev/null``, a FIFO), written in place."""

    def __init__(self, target: Path):
        self.target = target
        try:
            self.raw = open(target, "wb")
        except OSError as exc:
            raise _write_error(exc, target) from None
        self.stream = self.raw

    def commit(self) -> int:
        try:
            size = self.raw.tell()
        except OSError:  # a pipe
            size = 0
        try:
            self.raw.close()
        except OSError as exc:
            raise _write_error(exc, self.target) from None
        return size

    def __enter__(self) -> "DirectFile":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.discard()

    def discard(self) -> None:
        try:
            self.raw.close()
        except Exception:
            pass


def single_output(path: Path) -> "AtomicFile | DirectFile":
    """The writer of a file a command writes whole (``--stats``, ``--explain``, a report, a
    profile): atomic for a file, and through a symbolic link for the file it points to (the
    link stays); in place for a device or a pipe, which a rename would replace with a file
    (``--stats /dev/stdout``, a FIFO)."""
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        return DirectFile(path)
    if os.path.islink(path):
        return AtomicFile(Path(os.path.realpath(path)))
    return AtomicFile(path)


def compressed_writer(atomic: AtomicFile) -> io.BufferedIOBase:
    """A stream writing into `atomic`, compressed like the target's name says. The gzip header
    carries no name or time, so the same input always gives the same bytes."""
    compression = compression_of(atomic.target)
    if compression == "gzip":
        # Level 4: about 3.5x faster than Python's default 9 for ~4% more bytes; the main
        # process compresses split files and must keep up with all the workers.
        return gzip.GzipFile(filename="", fileobj=atomic.raw, mode="wb", mtime=0, compresslevel=GZIP_LEVEL)
    if compression == "zstd":
        import zstandard

        return zstandard.ZstdCompressor().stream_writer(atomic.raw, closefd=False)
    return atomic.raw


# --- JSONL -------------------------------------------------------------------------------

def jsonl_chunks(stream: io.BufferedIOBase, chunk_bytes: int | None = None) -> Iterator[tuple[int, list[bytes]]]:
    """(number of the chunk's first line, counting from 1, raw lines) for a JSONL stream."""
    chunk_bytes = chunk_bytes or JSONL_CHUNK_BYTES
    lines: list[bytes] = []
    size = 0
    first = 1
    for line in stream:
        lines.append(line)
        size += len(line)
        if size >= chunk_bytes or len(lines) >= JSONL_CHUNK_LINES:
            yield first, lines
            first += len(lines)
            lines, size = [], 0
    if lines:
        yield first, lines


def sniff_jsonl(stream: io.BufferedIOBase) -> bool:
    """True when the start of a (decompressed) JSONL stream looks binary."""
    from .decode import looks_binary

    return looks_binary(stream.peek(4096)[:4096])


# --- Parquet -----------------------------------------------------------------------------

def _is_text(arrow_type, binary: bool = False) -> bool:
    """A string column (plain, large or dictionary-encoded), or with `binary` also bytes (HTML
    pages stored undecoded)."""
    import pyarrow as pa

    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    kinds = [pa.types.is_string, pa.types.is_large_string]
    if binary:
        kinds += [pa.types.is_binary, pa.types.is_large_binary]
    return any(kind(arrow_type) for kind in kinds)


class ParquetInput:
    """A Parquet file read batch by batch: the strings of column `read` are cleaned into column
    `write` (the same column, or with ``--html-key`` the text column, appended when missing).
    With `html`, column `read` holds pages (strings or bytes) and `urls` gives each row's
    ``url`` column, when the file has one."""

    def __init__(self, path: Path, read: str, source_key: str | None = None, write: str | None = None,
                 html: bool = False):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.file = pq.ParquetFile(path)
        self.input_schema = self.schema = self.file.schema_arrow
        index = self.schema.get_field_index(read)
        if index < 0:
            raise ValueError(f"it has no column {read!r} (columns: {', '.join(self.schema.names)})")
        field = self.schema.field(index)
        if not _is_text(field.type, binary=html):
            raise ValueError(f"its column {read!r} holds {field.type}, not {'pages' if html else 'strings'}")
        self.index = index
        self.out_index = index
        if write and write != read:
            self.out_index = self.schema.get_field_index(write)
            if self.out_index < 0:
                self.schema = self.schema.append(pa.field(write, pa.large_string()))
                self.out_index = len(self.schema) - 1
            elif not _is_text(self.schema.field(self.out_index).type):
                raise ValueError(f"its column {write!r}, where the cleaned text would go, holds "
                                 f"{self.schema.field(self.out_index).type}, not strings; choose another --text-key")
        elif not _is_text(field.type):  # pages cleaned in place: their column becomes text
            self.schema = self.schema.set(index, pa.field(read, pa.large_string(), field.nullable, field.metadata))
        self.source_index = self.schema.get_field_index(source_key) if source_key else -1
        url_index = self.schema.get_field_index("url") if html else -1
        self.url_index = url_index if url_index >= 0 and _is_text(self.schema.field(url_index).type) else -1
        meta = self.file.metadata
        rows = max(meta.num_rows, 1)
        size = sum(meta.row_group(i).column(index).total_uncompressed_size for i in range(meta.num_row_groups))
        self.batch_rows = max(1, min(1 << 16, int(PARQUET_BATCH_BYTES * rows / max(size, 1))))
        self.compression = "snappy"
        if meta.num_row_groups and meta.num_columns:
            codec = meta.row_group(0).column(0).compression
            self.compression = "none" if codec == "UNCOMPRESSED" else codec.lower()

    def batches(self, columns: list[str] | None = None):
        """Record batches of at most `batch_rows` rows, row group by row group (pyarrow's
        `iter_batches` keeps buffers of the row groups it has read, so memory would grow with
        the file)."""
        for group in range(self.file.metadata.num_row_groups):
            table = self.file.read_row_group(group, columns=columns, use_threads=False)
            parts = -(-table.num_rows // self.batch_rows)  # even batches: 1000 rows -> 2 x 500, not 750 + 250
            yield from table.to_batches(max_chunksize=max(1, -(-table.num_rows // max(parts, 1))))
            del table

    def texts(self, batch) -> list:
        return batch.column(self.index).to_pylist()

    def sources(self, batch) -> list | None:
        """The source column's values, when there is one."""
        return batch.column(self.source_index).to_pylist() if self.source_index >= 0 else None

    def urls(self, batch) -> list | None:
        """The pages' ``url`` column, when pages are read and there is one."""
        return batch.column(self.url_index).to_pylist() if self.url_index >= 0 else None

    def with_texts(self, batch, texts: list):
        import pyarrow as pa

        columns = list(batch.columns)
        array = pa.array(texts, type=self.schema.field(self.out_index).type)
        if self.out_index < len(columns):
            columns[self.out_index] = array
        else:
            columns.append(array)
        return pa.RecordBatch.from_arrays(columns, schema=self.schema)

    def writer(self, atomic: AtomicFile):
        """A ParquetWriter on `atomic`'s temporary file (close the writer before committing)."""
        import pyarrow.parquet as pq

        atomic.raw.close()
        return pq.ParquetWriter(str(atomic.temp), self.schema, compression=self.compression)


def split_texts(texts: list, chunk_bytes: int | None = None) -> Iterator[tuple[int, list]]:
    """(offset, texts) chunks of about `chunk_bytes` characters (`PARQUET_CHUNK_BYTES`)."""
    chunk_bytes = min(chunk_bytes or PARQUET_CHUNK_BYTES, PARQUET_CHUNK_BYTES)
    start = size = 0
    for i, text in enumerate(texts):
        size += len(text) if isinstance(text, (str, bytes)) else 0
        if size >= chunk_bytes:
            yield start, texts[start:i + 1]
            start, size = i + 1, 0
    if start < len(texts):
        yield start, texts[start:]
