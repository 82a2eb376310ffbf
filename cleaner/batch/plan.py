"""Which files to clean, where each output goes, what a run refuses, and what it can resume.

Safety rules (each refusal is one sentence, exit status 2, before anything is written):

- the output folder may not be an input folder or lie inside one;
- no output may land on an input file, and no two inputs may map to the same output.

Resuming: after each output is renamed into place, a line is appended to
``OUT/.cleaner-done.jsonl`` with the input's path, size and modification time, the output's
size and a fingerprint of the settings (config, profile, keys). A later run skips an input
whose line matches and whose output still exists with that size; anything else (an output
deleted or truncated, an input edited, other settings, a temporary file left by a killed run)
is cleaned again. Files with problems are never recorded, so a rerun reports them again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .formats import TEMP_SUFFIX, kind_of, output_name

MANIFEST = ".cleaner-done.jsonl"


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
        self.key = self.key or _resolved(self.source)
        self.target_key = self.target_key or _resolved(self.target)


@lru_cache(maxsize=4096)
def _resolved_folder(folder: Path) -> Path:
    return folder.resolve()


def _resolved(path: Path) -> str:
    """`path` with its folder resolved (symlinks, ``..``); the last component is kept as it is:
    an output replaces a symlink standing at its place, never the file the symlink points to."""
    return str(_resolved_folder(path.parent) / path.name)


def discover(inputs: list[str], out: Path | None, glob: str | None = None,
             unreadable: list | None = None) -> list[Job]:
    """The files to clean, in a stable order, each with its output under `out`.

    A folder is walked recursively: files with a known suffix (``.txt``, ``.txt.gz``,
    ``.txt.zst``, ``.html``, ``.htm``, ``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``.parquet``) matching `glob` (``Path.match``
    against the path relative to the folder), hidden files and folders left out. A file named
    on the command line is always taken, as text when its suffix is unknown. With `out` None
    (commands that only read), targets are the inputs themselves and nothing is checked.
    A folder that cannot be listed is left out and appended to `unreadable` (when given) as a
    `Problem`: the caller reports it, so no files go missing in silence.
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
            for file in _walk(path, unreadable):
                rel = file.relative_to(path)
                if glob and not rel.match(glob):
                    continue
                kind = kind_of(file)
                jobs.append(_job(file, out / rel.parent / output_name(rel.name, kind), kind, str(file)))
        elif path.is_file():
            kind = kind_of(path) or "txt"
            jobs.append(_job(path, out / output_name(path.name, kind), kind, name))
        elif path.exists():
            raise Refusal(f"{name} is neither a file nor a folder.")
        else:
            raise Refusal(f"{name}: no such file or folder.")
    if reading:
        return _unique(jobs)
    sources = {job.key: job for job in jobs}
    targets: dict[str, Job] = {}
    for job in jobs:
        target = job.target_key
        if target in sources:
            raise Refusal(f"Refusing to overwrite the input file {sources[target].display}: choose another output folder.")
        if target in targets and targets[target].key != job.key:
            raise Refusal(f"{targets[target].display} and {job.display} would both be written to {job.target}; "
                          f"clean them into different output folders.")
        targets[target] = job
    return _unique(jobs)


def _unique(jobs: list[Job]) -> list[Job]:
    """The same file named twice (or by a file and its folder) is taken once."""
    unique: dict[str, Job] = {}
    for job in jobs:
        unique.setdefault(job.key, job)
    return list(unique.values())


def _walk(folder: Path, unreadable: list | None = None):
    def failed(error: OSError) -> None:
        if unreadable is not None:
            from .work import Problem

            reason = (error.strerror or str(error)).lower()
            unreadable.append(Problem(str(error.filename), None, f"skipped: the folder cannot be read ({reason})."))

    for root, dirs, files in os.walk(folder, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = Path(root) / name
            if kind_of(file) is not None and file.is_file():
                yield file


def _job(path: Path, target: Path, kind: str, display: str) -> Job:
    stat = path.stat()
    return Job(path, target, kind, display, stat.st_size, stat.st_mtime_ns)


def check_extra_output(path: Path | None, jobs: list[Job], what: str) -> None:
    """Refuse a ``--stats``/``--explain`` file that is an input or an output."""
    if path is None:
        return
    resolved = _resolved(path)
    for job in jobs:
        if resolved in (job.key, str(job.source.resolve())):
            raise Refusal(f"Refusing to write {what} over the input file {job.display}.")
        if resolved == job.target_key:
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

    def record(self, job: Job, size: int) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = open(self.path, "ab")
            if not self._ends_cleanly:  # a line cut short by a killed run: start a new one
                self._handle.write(b"\n")
        entry = self._entry(job, size)
        self.done[entry["output"]] = entry
        self._lines += 1
        self._handle.write(json.dumps(entry).encode("utf-8") + b"\n")
        self._handle.flush()

    def close(self) -> None:
        """Close; rewrite the file without superseded lines once they outnumber the live ones."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            if self._lines > 2 * len(self.done) + 1000:
                from .formats import AtomicFile

                with AtomicFile(self.path) as atomic:
                    atomic.raw.write(b"".join(json.dumps(e).encode("utf-8") + b"\n" for e in self.done.values()))
                    atomic.commit()


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
