"""Which files to clean, where each output goes, what a run refuses, and what it can resume.

Safety rules (each refusal is one sentence, exit status 2, before anything is written):

- the output folder may not be an input folder or lie inside one;
- no output may land on an input file, and no two inputs may map to the same output.

Resuming: after each output is renamed into place, a line is appended to
``OUT/.cleaner-done.jsonl`` with the input's path, size and modification time, the output's
size and a fingerprint of the settings (config, profile, keys). A later run skips an input
whose line matches and whose output still exists with that size; anything else (an output
deleted or truncated, an input edited, other settings, a temporary file left by a killed run)
is cleaned again. Files with problems are recorded as such and never skipped, so a rerun
reports them again. Before a run writes anything, the outputs no run recorded yet are recorded
as pending, so a run killed between writing an output and recording it leaves no output that
looks foreign to the next run.

Overwriting: a run never replaces a file in OUT that no run recorded in the manifest (an
unrelated ``page.txt`` next to the outputs), nor an output an earlier run made of another input:
it refuses, naming the files, unless ``--force``.

Locking: a run holds ``OUT/.cleaner-lock`` (an ``fcntl`` lock where available) from before it
looks at OUT until it ends, so two runs never write, resume or tidy up the same folder at once.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .formats import TEMP_SUFFIX, kind_of, output_name, suffix_of

MANIFEST = ".cleaner-done.jsonl"
LOCK = ".cleaner-lock"


class Refusal(Exception):
    """A run that must not start; the message is a whole sentence."""


@dataclass
class Job:
    """One input file and its output."""

    source: Path
    target: Path
    kind: str
    display: str
    size: int
    mtime_ns: int
    key: str = ""         # the input's path, its folder resolved
    target_key: str = ""  # the output's path, its folder resolved

    def __post_init__(self):
        self.display = printable(self.display)
        self.key = self.key or _resolved(self.source)
        self.target_key = self.target_key or _resolved(self.target)


def printable(name: str) -> str:
    """A path for messages and records: bytes of a file name that are not UTF-8 (kept by Python
    as lone surrogates, which no UTF-8 output can hold) shown as U+FFFD.

    >>> printable("caf\\udce9.txt")
    'caf\ufffd.txt'
    """
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # other lone surrogates
        return name.encode("utf-8", "replace").decode("utf-8")


@lru_cache(maxsize=4096)
def _resolved_folder(folder: Path) -> Path:
    return folder.resolve()


def _resolved(path: Path) -> str:
    """`path` with its folder resolved (symlinks, ``..``); the last component is kept as it is:
    an output replaces a symlink standing at its place, never the file the symlink points to."""
    return str(_resolved_folder(path.parent) / path.name)


def discover(inputs: list[str], out: Path | None, glob: str | None = None,
             unreadable: list | None = None, left_out: dict | None = None) -> list[Job]:
    """The files to clean, in a stable order, each with its output under `out`.

    A folder is walked recursively: files with a known suffix (``.txt``, ``.txt.gz``,
    ``.txt.zst``, ``.md`` (and ``.gz``, ``.zst``), ``.markdown``, ``.html``, ``.htm``, ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``.parquet``) matching `glob` (``Path.match``
    against the path relative to the folder), hidden files and folders left out. A file named
    on the command line is always taken, as text when its suffix is unknown. With `out` None
    (commands that only read), targets are the inputs themselves and nothing is checked.
    A folder that cannot be listed is left out and appended to `unreadable` (when given) as a
    `Problem`: the caller reports it, so no files go missing in silence. Files in folders that
    `glob` would take but whose names no reader knows are counted in `left_out` (when given),
    by suffix (`formats.suffix_of`).
    """
    reading = out is None
    out = out if out is not None else Path(".")
    out_resolved = out.resolve()
    if not reading and out_resolved.exists() and not out_resolved.is_dir():
        raise Refusal(f"The output {out} is a file; give a folder with -o.")
    jobs: list[Job] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            folder = path.resolve()
            if not reading and (out_resolved == folder or folder in out_resolved.parents):
                raise Refusal(f"Refusing to write into the input folder {name}: choose an output folder outside it.")
            def wanted(file: Path, path: Path = path) -> bool:
                return not glob or glob_match(file.relative_to(path), glob)

            for file in _walk(path, unreadable, None if reading else out_resolved, wanted, left_out):
                rel = file.relative_to(path)
                if not wanted(file):
                    continue
                kind = kind_of(file)
                jobs.append(_job(file, out / rel.parent / output_name(rel.name, kind), kind, str(file)))
        elif path.is_file():
            kind = kind_of(path) or "txt"
            jobs.append(_job(path, out / output_name(path.name, kind), kind, name))
        elif path.exists():
            raise Refusal(f"{name} is neither a file nor a folder.")
        elif any(c in name for c in "*?["):
            raise Refusal(f"{name}: no such file or folder; to take the files of a folder that match a pattern, "
                          f"give the folder and --glob PATTERN.")
        else:
            raise Refusal(f"{name}: no such file or folder.")
    if reading:
        return _unique(jobs)
    sources = {job.key: job for job in jobs}
    targets: dict[str, Job] = {}
    own = {_resolved(out / MANIFEST), _resolved(out / LOCK)}
    for job in jobs:
        target = job.target_key
        if target in own:
            raise Refusal(f"{job.display} would be written over {job.target}, which cleaner keeps for itself; "
                          f"rename the file.")
        if target in sources:
            raise Refusal(f"Refusing to overwrite the input file {sources[target].display}: choose another output folder.")
        if target in targets and targets[target].key != job.key:
            other = targets[target]
            common = os.path.commonpath([os.path.abspath(other.source), os.path.abspath(job.source)])
            apart = os.path.dirname(os.path.abspath(other.source)) != os.path.dirname(os.path.abspath(job.source))
            hint = (f"give the folder that holds them ({common}: its tree is mirrored in the output folder), or "
                    if apart and common not in ("", os.sep) else "")
            raise Refusal(f"{other.display} and {job.display} would both be written to {job.target}; "
                          f"{hint}clean them into different output folders.")
        targets[target] = job
    return _unique(jobs)


def glob_match(rel: Path, pattern: str) -> bool:
    """Whether the relative path `rel` matches `pattern` as ``Path.match`` has it (from the
    right: ``*.txt`` takes files at any depth), with ``**`` standing for any number of folders,
    none included, as in a shell with globstar (``Path.match`` reads it as ``*``, so
    ``**/*.txt`` left out the files at the top).

    >>> glob_match(Path("a.txt"), "**/*.txt"), glob_match(Path("x/y/a.txt"), "x/**/*.txt")
    (True, True)
    >>> glob_match(Path("a.txt"), "x/**/*.txt"), glob_match(Path("x/a.txt"), "y/*.txt"), glob_match(Path("x/a.txt"), "**")
    (False, False, True)
    """
    if "**" not in pattern:
        return rel.match(pattern)
    return _glob_regex(pattern).match(rel.as_posix()) is not None


@lru_cache(maxsize=64)
def _glob_regex(pattern: str):
    import re

    segments = pattern.strip("/").split("/")
    parts = []
    for n, segment in enumerate(segments, 1):
        last = n == len(segments)
        if segment == "**":
            parts.append(".*" if last else "(?:[^/]+/)*")
            continue
        out, i = "", 0
        while i < len(segment):
            c = segment[i]
            end = segment.find("]", i + 2) if c == "[" else -1
            if c == "*":
                out += "[^/]*"
            elif c == "?":
                out += "[^/]"
            elif end > 0:
                body = segment[i + 1:end]
                out += "[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\").replace("[", "\\[") + "]"
                i = end
            else:
                out += re.escape(c)
            i += 1
        parts.append(out if last else out + "/")
    anchor = "" if pattern.startswith("/") else "(?:.*/)?"
    return re.compile(anchor + "".join(parts) + r"\Z", re.DOTALL)


def _unique(jobs: list[Job]) -> list[Job]:
    """The same file named twice (or by a file and its folder) is taken once."""
    unique: dict[str, Job] = {}
    for job in jobs:
        unique.setdefault(job.key, job)
    return list(unique.values())


def _walk(folder: Path, unreadable: list | None = None, out: Path | None = None, wanted=None,
          left_out: dict | None = None):
    """The files to take under `folder`, in a stable order. Links to folders are followed (a
    corpus gathered by links is read like any other), each folder once (a link back up, or a
    second link to a folder already read, adds nothing); a link to the output folder, or to a
    folder holding it, is refused like an input folder that holds it. A link to nothing is
    appended to `unreadable` when its name is one `wanted` (a file it would have taken)."""
    def problem(path, message: str) -> None:
        if unreadable is not None:
            from .work import Problem

            unreadable.append(Problem(str(path), None, message))

    def failed(error: OSError) -> None:
        reason = (error.strerror or str(error)).lower()
        problem(error.filename, f"skipped: the folder cannot be read ({reason}).")

    seen = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, onerror=failed, followlinks=True):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if os.path.islink(path):
                real = Path(os.path.realpath(path))
                if out is not None and (real == out or real in out.parents):
                    raise Refusal(f"Refusing to write into the input folder {path} (a link to {real}): "
                                  f"choose an output folder outside it.")
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = Path(root) / name
            if kind_of(file) is None:
                if left_out is not None and (wanted is None or wanted(file)) and file.is_file():
                    suffix = suffix_of(name)
                    left_out[suffix] = left_out.get(suffix, 0) + 1
                continue
            if file.is_file():
                yield file
            elif os.path.islink(file) and not file.exists() and (wanted is None or wanted(file)):
                problem(file, f"skipped: it is a link to {os.readlink(file)}, which does not exist.")


def _job(path: Path, target: Path, kind: str, display: str) -> Job:
    stat = path.stat()
    return Job(path, target, kind, display, stat.st_size, stat.st_mtime_ns)


def check_extra_output(path: Path | None, jobs: list[Job], what: str) -> None:
    """Refuse a ``--stats``/``--explain`` file that is an input or an output."""
    if path is None:
        return
    resolved = _resolved(path)
    real = os.path.realpath(path)  # a link is written through: the file it points to counts
    for job in jobs:
        if resolved in (job.key, str(job.source.resolve())) or real == os.path.realpath(job.source):
            raise Refusal(f"Refusing to write {what} over the input file {job.display}.")
        if resolved == job.target_key or real == os.path.realpath(job.target):
            raise Refusal(f"Refusing to write {what} over the output {job.target}.")


def fingerprint(settings) -> str:
    """A short hash of everything that changes an output."""
    from .. import __version__

    def fields(config) -> dict | None:
        if config is None:
            return None
        return {
            f.name: sorted(value) if isinstance(value, frozenset) else value
            for f in dataclasses.fields(config)
            for value in [getattr(config, f.name)]
        }

    config = fields(settings.config)
    html_config = fields(getattr(settings, "html_config", None))
    profile = sorted(settings.profile.lines) if settings.profile is not None else None
    profiles = {name: sorted(p.lines) for name, p in (settings.profiles or {}).items()}
    data = json.dumps([__version__, config, profile, profiles, settings.text_key, settings.html_key, settings.source_key]
                      + ([html_config] if html_config is not None else []), sort_keys=True, default=str)
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:16]


class Manifest:
    """The record of finished outputs in ``OUT/.cleaner-done.jsonl`` (see the module docstring)."""

    def __init__(self, out: Path, settings_id: str):
        self.path = out / MANIFEST
        self.settings_id = settings_id
        self.done: dict[str, dict] = {}
        self._handle = None
        self._lines = 0
        self._ends_cleanly = True
        try:
            with open(self.path, "rb") as handle:
                for line in handle:
                    self._lines += 1
                    self._ends_cleanly = line.endswith(b"\n")
                    try:
                        entry = json.loads(line)
                        self.done[entry["output"]] = entry
                    except (ValueError, KeyError, TypeError):
                        continue  # a line cut short by a killed run
        except FileNotFoundError:
            pass

    def _entry(self, job: Job, size: int) -> dict:
        return {"output": job.target_key, "input": job.key, "size": job.size,
                "mtime_ns": job.mtime_ns, "settings": self.settings_id, "output_size": size}

    def wrote(self, job: Job) -> bool:
        """Whether a run recorded `job`'s output (finished or with problems, any settings)."""
        return job.target_key in self.done

    def is_done(self, job: Job) -> bool:
        entry = self.done.get(job.target_key)
        if entry is None:
            return False
        expected = self._entry(job, entry.get("output_size"))
        if entry != expected:
            return False
        try:
            return job.target.stat().st_size == entry["output_size"]
        except OSError:
            return False

    def claim(self, jobs: list[Job]) -> None:
        """Record, before any is written, the outputs of `jobs` that no run recorded yet: a run
        killed between writing an output and recording it still knows the output as its own."""
        new = [job for job in jobs if job.target_key not in self.done]
        if not new:
            return
        entries = [{"output": job.target_key, "input": job.key, "pending": True} for job in new]
        for entry in entries:
            self.done[entry["output"]] = entry
        self._lines += len(entries)
        self._write(b"".join(json.dumps(entry).encode("utf-8") + b"\n" for entry in entries))

    def _write(self, data: bytes) -> None:
        """Append to the file; a failure (a full disk) is a `WriteError` naming it."""
        from .formats import WriteError

        try:
            self._open()
            self._handle.write(data)
            self._handle.flush()
        except OSError as exc:
            handle, self._handle = self._handle, None  # its buffer holds what failed: not flushed again
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    pass
            raise WriteError(exc.errno, exc.strerror or str(exc), str(self.path)) from None

    def _open(self) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "ab")
            if not self._ends_cleanly:  # a line cut short by a killed run: start a new one
                self._handle.write(b"\n")

    def record(self, job: Job, size: int, problems: bool = False) -> None:
        """Record a finished output; one with `problems` is known as this tool's (a later run
        may overwrite it) but never skipped as done."""
        entry = self._entry(job, size)
        if problems:
            entry["problems"] = True
        self.done[entry["output"]] = entry
        self._lines += 1
        self._write(json.dumps(entry).encode("utf-8") + b"\n")

    def close(self) -> None:
        """Close; rewrite the file without superseded lines once they outnumber the live ones."""
        if self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                handle.close()
            except OSError as exc:
                from .formats import WriteError

                raise WriteError(exc.errno, exc.strerror or str(exc), str(self.path)) from None
            if self._lines > 2 * len(self.done) + 1000:
                from .formats import AtomicFile

                with AtomicFile(self.path) as atomic:
                    atomic.raw.write(b"".join(json.dumps(e).encode("utf-8") + b"\n" for e in self.done.values()))
                    atomic.commit()


def check_foreign_outputs(jobs: list[Job], manifest: Manifest) -> None:
    """Refuse a run that would replace files in OUT that no run wrote (see the module docstring)."""
    def replaced(path: Path) -> bool:  # a folder in the way is not replaced: its job reports it
        return os.path.islink(path) or (os.path.lexists(path) and not path.is_dir())

    foreign = [job for job in jobs if not manifest.wrote(job) and replaced(job.target)]
    if not foreign:
        # An output an earlier run made of another input (crawl-a/x.txt, now crawl-b/x.txt
        # into the same folder): replacing it would lose that input's output.
        for job in jobs:
            earlier = manifest.done.get(job.target_key, {}).get("input")
            if earlier not in (None, job.key) and replaced(job.target):
                raise Refusal(f"Refusing to replace {job.target}, the cleaned {printable(earlier)} of an earlier run, "
                              f"with the cleaned {job.display}; choose another output folder, or add --force.")
        return
    names = ", ".join(str(job.target) for job in foreign[:5])
    more = f" and {len(foreign) - 5} more" if len(foreign) > 5 else ""
    what = "a file" if len(foreign) == 1 else f"{len(foreign)} files"
    raise Refusal(f"Refusing to overwrite {what} that cleaner did not write: {names}{more}; move "
                  f"{'it' if len(foreign) == 1 else 'them'} away, choose another output folder, or add --force.")


class OutputLock:
    """``OUT/.cleaner-lock``, held while a run writes into OUT; `acquire` refuses when another
    run holds it. The lock goes with the process (Ctrl-C, a crash): the kernel releases an
    ``fcntl`` lock when its holder dies, so a left-over file never blocks a later run. It is a
    POSIX record lock (``lockf``), which forked workers do not inherit (a worker outliving a
    killed run does not hold OUT) and which network file systems support. Without ``fcntl``
    (Windows) the file itself is the lock, created exclusively and removed on release."""

    def __init__(self, out: Path):
        self.path = out / LOCK
        self.fd: int | None = None

    def acquire(self) -> "OutputLock":
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX
            fcntl = None
        busy = Refusal(f"Another cleaner run is writing into {self.path.parent} (it holds {self.path}); "
                       f"wait for it to finish or choose another output folder.")
        while True:
            if fcntl is None:  # pragma: no cover - not on POSIX
                try:
                    self.fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
                except FileExistsError:
                    raise Refusal(f"{busy} If no run is writing there, delete {self.path}.") from None
                break
            fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o644)
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EAGAIN):
                    os.close(fd)
                    raise busy from None
                self.fd = fd  # a file system without locks: the run goes on unguarded
                break
            # The holder before us may have removed the file between our open and our lock:
            # then we locked a file nobody else sees, and must lock the one at the path.
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                break
            os.close(fd)
        try:  # the pid is for people looking at the folder; the lock holds without it (a full disk)
            os.ftruncate(self.fd, 0)
            os.write(self.fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        return self

    def release(self) -> None:
        """Remove the file, then unlock (in that order: a run that opened this file before it
        was removed, and locks it now, sees that it is gone and locks a new one)."""
        if self.fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        try:
            import fcntl

            fcntl.lockf(self.fd, fcntl.LOCK_UN)
        except (ImportError, OSError):  # pragma: no cover - not on POSIX
            pass
        os.close(self.fd)
        self.fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def remove_stale_temps(jobs: list[Job]) -> int:
    """Delete temporary files a killed run left next to the outputs; returns how many."""
    removed = 0
    for folder in sorted({job.target.parent for job in jobs}):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX) and entry.is_file():
                entry.unlink(missing_ok=True)
                removed += 1
    return removed
