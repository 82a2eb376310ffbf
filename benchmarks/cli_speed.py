"""Throughput of ``cleaner clean`` (the batch command line) with 1 and 2 workers, next to
``clean()`` in a plain loop over the same texts, in the same run.

    python benchmarks/cli_speed.py DATASET [--repeat 3] [--jobs 1,2] [--formats txt,jsonl]

The full dumps (``DATASET/dumps/full/*.txt.gz``) are decompressed into a temporary folder, as
one ``.txt`` file per page and as one ``pages.jsonl`` holding every page. Each timing runs
``cleaner.cli.main(["clean", INPUT, "-o", OUT, "-j", N, "-q", "--force"])`` in this process
(workers are forked from it) into a new output folder each time (all deleted at the end), so it includes discovery, reading,
decoding, writing each output atomically and the resume manifest; the loop is
``for t in texts: clean(t)`` on the texts already in memory. Best of ``--repeat`` timings (the
least disturbed). MB are 10^6 bytes of UTF-8 input text.

Printed: MB/s of the loop and of each CLI run; for ``-j 2`` the speed-up over ``-j 1``
(target >= 1.7 on a 2-core machine) and, for every run, the per-worker CLI throughput over the
loop throughput (target >= 0.70). Run it when the machine is otherwise quiet: other processes
on the cores lower the parallel figures first. The CPU seconds (this process and the workers)
are printed too (user and system: the system time is mostly creating files, which costs
from 0.05 to over 1 ms a file depending on the disk and on what else writes to it), with the
loop's CPU time over the CLI's: the share of the CLI's CPU spent cleaning, which other load on
the machine disturbs much less than wall time.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cleaner
from cleaner.cli import main as cli_main

TARGET_SPEEDUP = 1.7
TARGET_PER_WORKER = 0.70


def load(dataset: Path) -> list[tuple[str, str]]:
    folder = dataset / "dumps" / "full"
    files = sorted(folder.glob("*.txt.gz"))
    if not files:
        raise SystemExit(f"cli_speed: no dumps in {folder}; give a dataset folder in the bench format.")
    return [(f.name[: -len(".gz")], gzip.decompress(f.read_bytes()).decode("utf-8")) for f in files]


def cpu_seconds() -> tuple[float, float]:
    """(user, system) CPU time of this process and of its finished children (the workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + kids.ru_utime, me.ru_stime + kids.ru_stime


def best(fn, repeat: int, setup=None) -> tuple[float, float, float]:
    """(wall seconds, user CPU seconds, system CPU seconds) of the fastest of `repeat` runs."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        user, system = cpu_seconds()
        start = time.perf_counter()
        fn()
        wall = time.perf_counter() - start
        user2, system2 = cpu_seconds()
        times.append((wall, user2 - user, system2 - system))
    return min(times)


def _burn(n: int) -> float:
    start = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - start


def machine_speedup(n: int = 5_000_000) -> float:
    """How much faster two CPU-bound processes get through two equal tasks than one does, right
    now: ~2.0 on an idle 2-core machine, less when other work shares the cores. The ceiling for
    the CLI's j2/j1 at the time of the run."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_burn, [1000, 1000]))  # start the workers
        start = time.perf_counter()
        list(pool.map(_burn, [n, n]))
        two = time.perf_counter() - start
    one = _burn(n) + _burn(n)
    return one / two


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="worker counts to time (default 1,2)")
    parser.add_argument("--formats", default="txt,jsonl", help="inputs to time: txt (a folder), jsonl (one file)")
    parser.add_argument("--tmp", type=Path, default=None,
                        help="where to put inputs and outputs (default: the system temp folder); "
                             "file creation costs differ a lot between disks and tmpfs")
    args = parser.parse_args(argv)
    docs = load(args.dataset)
    texts = [text for _, text in docs]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    jobs = [int(j) for j in args.jobs.split(",")]
    formats = args.formats.split(",")

    with tempfile.TemporaryDirectory(prefix="cli_speed_", dir=args.tmp) as tmp:
        root = Path(tmp)
        inputs = {}
        if "txt" in formats:
            folder = root / "txt"
            folder.mkdir()
            for name, text in docs:
                (folder / name).write_text(text, encoding="utf-8")
            inputs["txt"] = folder
        if "jsonl" in formats:
            path = root / "pages.jsonl"
            with open(path, "w", encoding="utf-8") as handle:
                for name, text in docs:
                    handle.write(json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n")
            inputs["jsonl"] = path

        loop, loop_user, loop_sys = best(lambda: [cleaner.clean(t) for t in texts], args.repeat)
        loop_cpu = loop_user + loop_sys
        loop_rate = megabytes / loop
        print(f"{len(texts)} documents, {megabytes:.2f} MB; {os.cpu_count()} CPU(s); best of {args.repeat}; "
              f"load average {os.getloadavg()[0]:.2f}; files in {root}")
        print(f"machine: two busy processes run {machine_speedup():.2f}x faster than one right now "
              f"(2.00 when the cores are free; the ceiling for j2/j1)")
        print(f"{'clean() loop':<22} {loop:7.3f} s {loop_rate:7.2f} MB/s   (CPU {loop_cpu:.3f} s)")

        for fmt, source in inputs.items():
            rates = {}
            for n in jobs:
                runs = iter(range(10**6))

                def run() -> None:
                    # A new output folder each time: deleting a folder of fresh files right before
                    # a timing makes the file system slow down the next run's file creation.
                    out = root / f"out-{fmt}-j{n}-{next(runs)}"
                    status = cli_main(["clean", str(source), "-o", str(out), "-j", str(n), "-q", "--force"])
                    if status != 0:
                        raise SystemExit(f"cli_speed: cleaner clean exited with status {status}.")

                seconds, user, system = best(run, args.repeat)
                cpu = user + system
                rates[n] = megabytes / seconds
                per_worker = rates[n] / n / loop_rate
                line = (f"{'cli ' + fmt + ' -j ' + str(n):<22} {seconds:7.3f} s {rates[n]:7.2f} MB/s   (CPU {user:.3f} s "
                        f"user + {system:.3f} s system, loop CPU / CLI CPU {loop_cpu / cpu:.2f})  "
                        f"per worker / loop {per_worker:.2f}")
                if n != 1 and 1 in rates:
                    line += f"  j{n}/j1 {rates[n] / rates[1]:.2f}"
                print(line)
            if 1 in rates and 2 in rates:
                speedup = rates[2] / rates[1]
                worker = rates[1] / loop_rate
                print(f"  {fmt}: j2/j1 {speedup:.2f} (target >= {TARGET_SPEEDUP}), "
                      f"j1 / loop {worker:.2f} (target >= {TARGET_PER_WORKER})")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:
        sys.stderr.close()
