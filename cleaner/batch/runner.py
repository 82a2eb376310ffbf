"""The parallel runner: files and chunks of large files go to worker processes, results come
back in input order and are written by the main process.

Work units:

- a small file (any text file; a JSONL or Parquet file under the split threshold) is one task:
  the worker reads it, cleans it and renames its output into place, so the main process only
  hands out paths;
- a large JSONL or Parquet file is read by the main process and sent to the workers in chunks
  of about 1 MiB; the main process writes the cleaned chunks in order into the output's
  temporary file. One big file therefore keeps every worker busy.

At most `INFLIGHT_PER_WORKER` tasks per worker are pending at any time, and results are taken
in submission order, so memory stays bounded whatever the input size and ``--explain``, the
stats examples and the progress are the same for any ``-j``.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

from . import formats, work
from .plan import Job, Manifest
from .summary import RunCounts
from .work import Problem, Result, Settings, Tally, describe

INFLIGHT_PER_WORKER = 4
"""Chunks of large files pending per worker (each holds about 1 MiB): enough to keep a worker
busy while the main process writes, little memory."""

FILES_PER_WORKER = 8
"""Tasks of whole files (groups of small files) pending per worker: they carry only paths, and
a deep queue keeps one slow group at the head from idling the other workers."""

FILES_PER_TASK = 64
"""Small files go to a worker in groups of up to this many files (and about `chunk_bytes` of
input): one round trip per group instead of per file keeps the main process, which shares the
cores with the workers, nearly idle."""

SPLIT_MIN_BYTES = 1 << 20
SPLIT_MAX_BYTES = 16 << 20
"""A JSONL or Parquet file is split into chunks when it is larger than a quarter of a worker's
share of the run (at least 1 MiB, at most 16 MiB): a folder of many small files is spread file
by file, a few big files chunk by chunk."""

MIN_CHUNK_BYTES = 64 << 10
CHUNKS_PER_WORKER = 16


def chunk_bytes(size: int, workers: int) -> int:
    """Chunk size for `size` bytes of input: about 16 chunks per worker (the last chunks then
    leave a worker idle for at most ~1/16 of the run), 64 KiB to 1 MiB.

    >>> chunk_bytes(5_000_000, 2), chunk_bytes(10**9, 2)
    (156250, 1048576)
    """
    return max(MIN_CHUNK_BYTES, min(formats.JSONL_CHUNK_BYTES, size // (CHUNKS_PER_WORKER * workers)))


MAX_PRINTED_PROBLEMS = 10
"""Problems printed per file; the rest are counted (all are in ``--stats``)."""


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


class InlineExecutor:
    """Runs tasks in this process (``-j 1``): same code path, no process overhead."""

    def __init__(self, settings: Settings):
        work.init(settings)

    def submit(self, fn, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except BaseException as exc:
            future.set_exception(exc)
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass

    _processes: dict = {}


def _pool(settings: Settings, jobs: int) -> ProcessPoolExecutor:
    """A started pool. Ctrl-C is held back while the workers start: one that lands between a
    worker's fork and the pool's record of it leaves a worker nobody stops, and the exit waits
    for it forever. It is raised once the pool is complete, and the pool is then stopped."""
    import multiprocessing
    import signal

    methods = multiprocessing.get_all_start_methods()
    # fork: workers start in milliseconds with the engine already imported.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    hold = hasattr(signal, "pthread_sigmask")
    pool = None
    try:
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hold else None
        try:
            pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=work.init,
                                       initargs=(settings, True))
            pool.submit(int).result()  # start the workers now, before the progress bar starts its thread
        finally:
            if hold:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a Ctrl-C held back is raised here
    except BaseException:
        if pool is not None:
            _stop(pool)
        raise
    return pool


# How long a stopped pool's manager thread may take to see its killed workers and end.
STOP_JOIN_SECONDS = 5.0


def _stop(executor) -> None:
    """Stop a pool now (Ctrl-C, an error): kill its workers, drop pending tasks, and wait for
    the pool's manager thread to end. Python 3.11 wakes that thread once more at exit, and
    when the thread closes its wake-up pipe at the same moment, the exit prints an "Exception
    ignored ... Bad file descriptor" traceback after "interrupted"."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        try:
            process.terminate()
        except Exception:
            pass
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown forgets it
    executor.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(STOP_JOIN_SECONDS)


class _Split:
    """A large file being cleaned chunk by chunk by the workers."""

    def __init__(self, job: Job):
        self.job = job
        self.atomic: formats.AtomicFile | None = None
        self.tally = Tally()
        self.error: str | None = None
        self.writer = None


class _Progress:
    """A tqdm bar on a terminal (bytes with rate and ETA, files and documents), else nothing."""

    def __init__(self, total: int, files: int, enabled: bool):
        self.bar = None
        self.files = files
        self.done = 0
        self.docs = 0
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr,
                            dynamic_ncols=True, smoothing=0.1, desc="cleaning")

    def advance(self, nbytes: int, docs: int, files: int = 0) -> None:
        self.docs += docs
        self.done += files
        if self.bar is not None:
            self.bar.set_postfix_str(f"files {self.done}/{self.files}, docs {self.docs:,}", refresh=False)
            self.bar.update(nbytes)

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class Runner:
    """Cleans `jobs` with `settings` on `workers` processes; see the module docstring."""

    def __init__(self, settings: Settings, jobs: list[Job], *, workers: int, manifest: Manifest | None,
                 explain_path: Path | None = None, progress: bool = False):
        self.settings = settings
        self.jobs = jobs
        self.workers = max(1, workers)
        self.manifest = manifest
        self.explain_path = explain_path
        self.show_progress = progress
        self.tally = Tally()
        self.counts = RunCounts(files=len(jobs), jobs=self.workers)
        self.pending: deque = deque()
        self.open_splits: list[_Split] = []
        self.explain_file: formats.AtomicFile | formats.DirectFile | None = None
        self.renewed = 0

    # --- the loop ---------------------------------------------------------------------

    def run(self) -> tuple[Tally, RunCounts]:
        start = time.perf_counter()
        todo = []
        for job in self.jobs:
            if self.manifest is not None and self.manifest.is_done(job):
                self.counts.up_to_date += 1
            else:
                todo.append(job)
        total = sum(job.size for job in todo)
        threshold = min(SPLIT_MAX_BYTES, max(SPLIT_MIN_BYTES, total // (4 * self.workers)))
        split = {id(job) for job in todo if job.kind in ("jsonl", "parquet") and job.size > threshold}
        if not split:  # whole files only: a worker beyond one per file would sit idle
            self.workers = max(1, min(self.workers, len(todo)))
        parallel = self.workers > 1 and (len(todo) > 1 or split)
        self.counts.jobs = self.workers if parallel else 1
        self.inflight = FILES_PER_WORKER * self.workers if parallel else 1
        self.chunks_inflight = INFLIGHT_PER_WORKER * self.workers if parallel else 1
        self.chunks_pending = 0
        self.executor = _pool(self.settings, self.workers) if parallel else InlineExecutor(self.settings)
        self.progress = _Progress(total, len(todo), self.show_progress)
        if self.explain_path is not None:
            self.explain_file = formats.single_output(self.explain_path)
        try:
            group: list[Job] = []
            group_bytes = 0
            limit = chunk_bytes(total, self.workers)
            for job in todo:
                if id(job) in split:
                    self._files(group)
                    group, group_bytes = [], 0
                    self._split(job)
                    continue
                group.append(job)
                group_bytes += job.size
                if group_bytes >= limit or len(group) >= FILES_PER_TASK or not parallel:
                    self._files(group)
                    group, group_bytes = [], 0
            self._files(group)
            while self.pending:
                self._drain_one()
            if self.explain_file is not None:
                try:
                    self.explain_file.commit()
                except OSError as exc:
                    raise formats.WriteError(exc.errno, exc.strerror or str(exc), str(self.explain_path)) from None
                self.explain_file = None
            if self.renewed:  # dead workers left temporary files; nothing else is writing now
                from .plan import remove_stale_temps

                remove_stale_temps(self.jobs)
        except BaseException:
            _stop(self.executor)
            for state in self.open_splits:
                if state.atomic is not None:
                    state.atomic.discard()
            if self.explain_file is not None:
                self.explain_file.discard()
            from .plan import remove_stale_temps

            time.sleep(0.05)  # let killed workers go before removing their temporary files
            remove_stale_temps(self.jobs)
            raise
        finally:
            self.progress.close()
            if self.manifest is not None:
                self.manifest.close()
        self.executor.shutdown()
        self.counts.seconds = time.perf_counter() - start
        return self.tally, self.counts

    def _submit(self, on_done, method: str, *args) -> None:
        chunk = method != "files"
        while len(self.pending) >= self.inflight or (chunk and self.chunks_pending >= self.chunks_inflight):
            self._drain_one()
        self.chunks_pending += chunk
        future = self.executor.submit(work.call, method, *args)
        self.pending.append((future, on_done, chunk, method, args, self.executor))

    def _then(self, on_done) -> None:
        """Run `on_done` once every task submitted so far has been handled."""
        self.pending.append((None, on_done, False, None, None, None))

    def _drain_one(self) -> None:
        future, on_done, chunk, method, args, executor = self.pending.popleft()
        self.chunks_pending -= chunk
        if future is None:
            on_done()
            return
        try:
            result = future.result()
        except BrokenProcessPool:
            # A worker died (a crash in an extension, the OOM killer). Every task pending in
            # that pool failed with it; each is run again, alone, on a new pool, so that only
            # the one that kills a worker again is lost.
            if executor is self.executor:
                self._renew_pool()
            result, error = self._alone(method, args)
            on_done(result, error)
            return
        except Exception as exc:  # a bug: the callback reports it
            on_done(Result(failed=True), exc)
            return
        on_done(result, None)

    def _renew_pool(self) -> None:
        self.renewed += 1
        _stop(self.executor)
        self.executor = _pool(self.settings, self.workers)

    def _alone(self, method: str, args: tuple):
        """Run one task by itself on a fresh pool: (result, None) or (None, error). A group of
        files that kills a worker is run file by file, and only the culprit fails."""
        try:
            return self.executor.submit(work.call, method, *args).result(), None
        except BrokenProcessPool as exc:
            self._renew_pool()
            if method != "files":
                return Result(failed=True), exc
            results = []
            for item in args[0]:
                if len(args[0]) > 1:
                    result, error = self._alone("files", ([item],))
                    if error is None:
                        results.append(result[0])
                        continue
                results.append(Result(failed=True, tally=Tally(problems=[
                    Problem(item[3], None, "skipped: the worker process cleaning it died.")])))
            return results, None

    # --- results ----------------------------------------------------------------------

    def _report(self, tally: Tally) -> None:
        printed: dict[str, int] = {}
        for problem in tally.problems:
            n = printed[problem.path] = printed.get(problem.path, 0) + 1
            if n <= MAX_PRINTED_PROBLEMS:
                self.progress.write(f"cleaner: {problem}")
        for path, n in printed.items():
            if n > MAX_PRINTED_PROBLEMS:
                self.progress.write(f"cleaner: {path}: {n - MAX_PRINTED_PROBLEMS} more problem(s) not shown.")

    def _explained(self, data: bytes) -> None:
        if self.explain_file is not None and data:
            try:
                self.explain_file.raw.write(data)
            except OSError as exc:  # a full disk: the run stops, naming the file
                raise formats.WriteError(exc.errno, exc.strerror or str(exc), str(self.explain_path)) from None

    def _files(self, jobs: list[Job]) -> None:
        """Send small files to a worker as one task (fewer round trips than one per file)."""
        if jobs:
            items = [(job.source, job.target, job.kind, job.display) for job in jobs]
            self._submit(partial(self._files_done, jobs), "files", items)

    def _files_done(self, jobs: list[Job], results: list[Result] | None, error: BaseException | None) -> None:
        for i, job in enumerate(jobs):
            self._file_done(job, results[i] if error is None else Result(failed=True), error)

    def _file_done(self, job: Job, result: Result, error: BaseException | None) -> None:
        if error is not None:
            result.tally.problems = [Problem(job.display, None, f"skipped after an internal error: {error!r}.")]
        self._finish(job, result.tally, result.size, result.failed or error is not None, result.explained)
        self.progress.advance(job.size, result.tally.documents, 1)

    def _finish(self, job: Job, tally: Tally, size: int, failed: bool, explained: bytes = b"") -> None:
        self._report(tally)
        self.tally.merge(Tally(problems=tally.problems) if failed else tally)  # a skipped file's documents do not count
        self._explained(explained)
        if failed:
            self.counts.failed += 1
            return
        self.counts.cleaned += 1
        if tally.problems:
            self.counts.with_problems += 1
        if self.manifest is not None:
            self.manifest.record(job, size, problems=bool(tally.problems))

    # --- large files, chunk by chunk --------------------------------------------------

    def _split(self, job: Job) -> None:
        state = _Split(job)
        self.open_splits.append(state)
        try:
            if job.kind == "jsonl":
                self._split_jsonl(state)
            else:
                self._split_parquet(state)
        except Exception as exc:  # reading the input failed (corrupt, unreadable)
            state.error = describe(exc)
        self._then(partial(self._split_done, state))

    def _split_jsonl(self, state: _Split) -> None:
        job = state.job
        stream, counter = work.open_jsonl(job.source)
        with stream:
            state.atomic = formats.AtomicFile(job.target)
            # gzip: each chunk comes back as a gzip member compressed by its worker; zstd is
            # fast enough to compress here (and one frame reads everywhere).
            members = formats.compression_of(job.target) == "gzip"
            if not members:
                state.atomic.stream = formats.compressed_writer(state.atomic)
            seen = 0
            for first, lines in formats.jsonl_chunks(stream, chunk_bytes(job.size, self.workers)):
                read, seen = counter.count - seen, counter.count
                self._submit(partial(self._jsonl_done, state, read), "jsonl_lines", lines, first, job.display, members)
                if state.error:
                    return

    def _jsonl_done(self, state: _Split, read: int, result: Result, error) -> None:
        self.progress.advance(read, result.tally.documents)
        if state.error:
            return
        if error is not None:
            state.error = f"internal error: {error!r}"
            return
        state.atomic.stream.write(result.output)
        state.tally.merge(result.tally)
        self._report(result.tally)
        result.tally.problems = []
        self._explained(result.explained)

    def _split_parquet(self, state: _Split) -> None:
        job = state.job
        s = self.settings
        reader = formats.ParquetInput(job.source, s.html_key or s.text_key, s.source_key, s.text_key,
                                      html=s.html_key is not None)
        state.atomic = formats.AtomicFile(job.target)
        state.writer = reader.writer(state.atomic)
        rows = max(reader.file.metadata.num_rows, 1)
        row = 0
        for batch in reader.batches():
            texts = reader.texts(batch)
            sources = reader.sources(batch)
            urls = reader.urls(batch)
            slot = {"batch": batch, "texts": texts, "left": 0, "read": job.size * batch.num_rows // rows}
            pieces = list(formats.split_texts(texts, chunk_bytes(job.size, self.workers)))
            slot["left"] = len(pieces)
            if not pieces:
                state.writer.write_batch(reader.with_texts(batch, []))
            for offset, part in pieces:
                self._submit(partial(self._texts_done, state, reader, slot, offset), "texts", part, row + offset,
                             job.display, sources[offset:offset + len(part)] if sources is not None else None,
                             urls[offset:offset + len(part)] if urls is not None else None)
                if state.error:
                    return
            row += batch.num_rows

    def _texts_done(self, state: _Split, reader, slot: dict, offset: int, result: Result, error) -> None:
        slot["left"] -= 1
        if slot["left"] == 0:
            self.progress.advance(slot["read"], 0)
        self.progress.advance(0, result.tally.documents)
        if state.error:
            return
        if error is not None:
            state.error = f"internal error: {error!r}"
            return
        texts = slot["texts"]
        texts[offset:offset + len(result.output)] = result.output
        state.tally.merge(result.tally)
        self._report(result.tally)
        result.tally.problems = []
        self._explained(result.explained)
        if slot["left"] == 0:
            state.writer.write_batch(reader.with_texts(slot["batch"], texts))
            slot.clear()

    def _split_done(self, state: _Split) -> None:
        self.open_splits.remove(state)
        job = state.job
        size = 0
        if state.error is None:
            try:
                if state.writer is not None:
                    state.writer.close()
                size = state.atomic.commit()
            except Exception as exc:
                state.error = describe(exc)
        if state.error is not None:
            if state.atomic is not None:
                state.atomic.discard()
            problem = Problem(job.display, None, f"skipped: {state.error}.")
            state.tally.problems.append(problem)
            self._report(Tally(problems=[problem]))
            self.tally.merge(Tally(problems=state.tally.problems))  # no output: its documents do not count
            self.counts.failed += 1
            self.progress.advance(0, 0, 1)
            return
        # Problems of this file were already printed chunk by chunk.
        problems = state.tally.problems
        self.tally.merge(state.tally)
        self.counts.cleaned += 1
        if problems:
            self.counts.with_problems += 1
        if self.manifest is not None:
            self.manifest.record(job, size, problems=bool(problems))
        self.progress.advance(0, 0, 1)
