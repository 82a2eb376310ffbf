"""Command line: ``cleaner clean``, ``explain``, ``report`` and ``learn``.

Kept apart from the pure core: the core never imports this module. File formats, the parallel
runner and the run summary live in `cleaner.batch`.

Exit status: 0 when everything was cleaned; 1 when a file, line or record was skipped or passed
through unchanged (each is reported on stderr with its path and line); 2 when the command was
refused before starting (bad arguments, an output inside an input folder, a missing input, a
file in the output folder that cleaner did not write, another run writing into it);
130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import Config, __version__
from .profile import Profile
from .rules import RULES

EPILOG = """examples:
  cleaner clean seeds/0*.txt -o out             clean the bundled seed dumps into out/
  cleaner clean crawl/ -o clean/ -j 8 --stats stats.json
                                                many workers, counts per rule with examples
  cleaner clean data.jsonl.zst -o out --text-key content
                                                clean the "content" field of each record
  cleaner clean - < page.txt                    clean stdin to stdout
  cleaner explain seeds/001_0697b9875827136d.txt
  cleaner report crawl/ -o report.html --sample 50
  cleaner learn crawl/*.jsonl -o profile.json --source-key url
  cleaner clean crawl/ -o out --profile profile.json

Formats: .txt and .md (.gz, .zst), .html/.htm (.gz, .zst; written as .txt), .jsonl (.gz, .zst), .parquet.
Exit status: 0 all cleaned, 1 something skipped (reported on stderr), 2 refused, 130 interrupted.
"""

CLEAN_EPILOG = """examples:
  cleaner clean dumps/ -o out                   mirror dumps/ into out/, same file names
  cleaner clean a.jsonl.gz b.parquet -o out -j 4 --text-key body
  cleaner clean crawl/ -o out --glob '*.jsonl.zst' --stats stats.json --explain why.jsonl
  cleaner clean --stdin-format jsonl - < in.jsonl > out.jsonl

Outputs are written to a temporary file next to the target and renamed into place when
complete. OUT/.cleaner-done.jsonl records each finished output with its input's size and
modification time and the settings; run the same command again after an interruption and only
the unfinished files are cleaned (--force cleans everything again). A file already in OUT that
no run recorded there is not overwritten without --force. While a run writes into OUT it holds
OUT/.cleaner-lock: a second run into the same folder is refused.

A JSONL line that is not valid JSON, not an object, or has no string under --text-key is
written through unchanged (so output line N is input line N) and reported; a record whose text
is null passes through silently. Binary and unreadable files are reported and skipped. Files
that are not UTF-8 are read as windows-1252 or the encoding charset_normalizer detects, and
written as UTF-8.
"""


MAX_WORKERS_PER_CORE = 4
"""`-j` beyond this many workers per core is cut down: each worker holds the engine and its
chunks (about 50 MB), and more workers than cores clean no faster."""


class Failure(Exception):
    """A command that cannot run; the message is a whole sentence (exit status 2)."""


def _rule_ids() -> list[str]:
    from .htmlvocab import HTML_RULES

    return [*RULES, *HTML_RULES]


def _check_disable(ids: list[str]) -> None:
    """Refuse an unknown --disable id with a sentence that suggests the nearest known one."""
    import difflib

    known = _rule_ids()
    for rule_id in ids:
        if rule_id not in known:
            near = difflib.get_close_matches(rule_id, known, n=1)
            hint = f" Did you mean {near[0]}?" if near else ""
            raise Failure(f"--disable {rule_id}: there is no rule with that id.{hint} "
                          f"`cleaner clean --help` lists the rule ids.")


def _config(args: argparse.Namespace) -> Config:
    config = Config.preset(args.preset or "balanced")
    _check_disable(args.disable)
    return config.disable(*args.disable) if args.disable else config


def _html_config(args: argparse.Namespace) -> Config | None:
    """The config for HTML pages: without --preset, `cleaner.html`'s default (the block
    classifier off), as for `clean_html(page)`; None when that default applies unchanged."""
    if args.preset is not None:
        return _config(args)
    if not args.disable:
        return None
    _check_disable(args.disable)
    from .html import HTML_DEFAULT

    return HTML_DEFAULT.disable(*args.disable)


def _profile(args: argparse.Namespace) -> Profile | None:
    if not getattr(args, "profile", None):
        return None
    from .profile import ProfileError

    try:
        return Profile.load(args.profile)
    except ProfileError as exc:
        raise Failure(str(exc)) from None


def _source_profiles(args: argparse.Namespace) -> tuple[Profile | None, dict | None]:
    """(the profile for documents of unknown source, per-source profiles or None)."""
    from .profile import ProfileError

    if not getattr(args, "profile", None):
        return None, None
    if not args.source_key:
        return _profile(args), None
    try:
        return Profile.load_sources(args.profile)
    except ProfileError as exc:
        raise Failure(str(exc)) from None


def _file_output(path: str | None, what: str, args: argparse.Namespace | None = None) -> Path | None:
    """The path of a file the command writes (report, profile, --stats, --explain), refused
    before any work when it names a folder or the --profile it reads."""
    if path is None:
        return None
    if Path(path).is_dir():
        raise Failure(f"{what} {path} is a folder; give a file name.")
    profile = getattr(args, "profile", None)
    if profile and Path(profile).resolve() == Path(path).resolve():
        raise Failure(f"{what} {path} is the profile given with --profile; give another file name.")
    return Path(path)


def _print_problems(problems) -> None:
    for problem in problems:
        print(f"cleaner: {problem}", file=sys.stderr)


def _write_json(path: Path, data) -> None:
    from .batch.formats import single_output
    from .batch.work import json_bytes

    with single_output(path) as atomic:
        atomic.raw.write(json_bytes(data, indent=2) + b"\n")
        atomic.commit()


# --- clean ----------------------------------------------------------------------------------

def cmd_clean(args: argparse.Namespace) -> int:
    from .batch import plan
    from .batch.formats import WriteError
    from .batch.runner import Runner, default_jobs
    from .batch.summary import left_out_line, stats_record, summary_lines
    from .batch.work import Settings

    if args.source_key and not args.profile:
        raise Failure("--source-key chooses each record's lines of a --profile; give the profile too.")
    profile, profiles = _source_profiles(args)
    settings = Settings(config=_config(args), profile=profile, text_key=args.text_key, html_key=args.html_key,
                        explain=args.explain is not None, examples=args.stats is not None,
                        source_key=args.source_key, profiles=profiles, html_config=_html_config(args))
    stats_path = _file_output(args.stats, "The stats file", args)
    explain_path = _file_output(args.explain, "The explanations file", args)
    if stats_path is not None and explain_path is not None and stats_path.resolve() == explain_path.resolve():
        raise Failure(f"--stats and --explain both name {args.stats}; give them different files.")
    if "-" in args.inputs:
        if args.inputs != ["-"]:
            raise Failure("'-' (stdin) cannot be mixed with other inputs.")
        if args.output not in (None, "-"):
            raise Failure("Cleaned stdin goes to stdout; drop -o (or write -o -).")
        for name, hint in (("stdin", "pipe the text in (cleaner clean - < dump.txt)"),
                           ("stdout", "send it somewhere (cleaner clean - < dump.txt > clean.txt)")):
            if getattr(sys, name) is None:  # started with `<&-` or `>&-`
                raise Failure(f"{name} is closed: {hint}, or give files with -o OUT.")
        return _clean_stdin(args, settings)
    if not args.output or args.output == "-":
        raise Failure("Give an output folder with -o OUT (or '-' as the only input to read stdin).")
    out = Path(args.output)
    for path, what in ((stats_path, "The stats file"), (explain_path, "The explanations file")):
        if path is not None and path.resolve() == out.resolve():
            raise Failure(f"{what} {path} is the output folder; give a file name.")
    unreadable: list = []
    left_out: dict = {}
    try:
        jobs = plan.discover(args.inputs, out, args.glob, unreadable, left_out)
        plan.check_extra_output(stats_path, jobs, "the stats")
        plan.check_extra_output(explain_path, jobs, "the explanations")
    except plan.Refusal as exc:
        raise Failure(str(exc)) from None
    _print_problems(unreadable)
    if not jobs:
        print("cleaner: no .txt/.md(.gz/.zst), .html(.gz/.zst), .jsonl(.gz/.zst) or .parquet files found"
              + (f" matching {args.glob!r}" if args.glob else "") + ".", file=sys.stderr)
        if left_out:
            print(f"cleaner: {left_out_line(left_out)}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    try:
        lock = plan.OutputLock(out).acquire()
    except plan.Refusal as exc:
        raise Failure(str(exc)) from None
    try:  # the lock is released however the run ends (Ctrl-C, an error)
        manifest = plan.Manifest(out, plan.fingerprint(settings))
        if args.force:
            manifest.done.clear()
        else:
            try:
                plan.check_foreign_outputs(jobs, manifest)
            except plan.Refusal as exc:
                raise Failure(str(exc)) from None
        manifest.claim(jobs)
        plan.remove_stale_temps(jobs)
        cores = default_jobs()
        workers = args.jobs if args.jobs and args.jobs > 0 else cores
        if workers > MAX_WORKERS_PER_CORE * cores:  # cleaning is CPU-bound: a typo, not a wish (-j 80 for -j 8)
            print(f"cleaner: -j {workers} is more than four workers per core; using {MAX_WORKERS_PER_CORE * cores}.",
                  file=sys.stderr)
            workers = MAX_WORKERS_PER_CORE * cores
        progress = sys.stderr.isatty() and not args.quiet
        runner = Runner(settings, jobs, workers=workers, manifest=manifest, explain_path=explain_path,
                        progress=progress)
        try:
            tally, counts = runner.run()
        except KeyboardInterrupt:
            print("cleaner: interrupted; finished outputs are kept, run the same command again to resume.",
                  file=sys.stderr)
            return 130
    except WriteError as exc:  # the manifest or --explain on a full disk: the run cannot go on
        reason = exc.strerror or str(exc)
        print(f"cleaner: {exc.filename} cannot be written ({reason[:1].lower() + reason[1:]}); the run stopped. "
              f"Finished outputs are kept: run the same command again to resume once it can be written.",
              file=sys.stderr)
        return 2
    finally:
        lock.release()
    tally.problems[:0] = unreadable  # in the summary, the stats and the exit status
    counts.left_out = left_out
    if not args.quiet or tally.problems:
        for line in summary_lines(tally, counts):
            print(line, file=sys.stderr)
    if stats_path is not None:
        _write_json(stats_path, stats_record(tally, counts))
    return 1 if tally.problems or counts.failed else 0


def _clean_stdin(args: argparse.Namespace, settings) -> int:
    from .batch import formats
    from .batch.summary import RunCounts, stats_record
    from .batch.work import Tally, Worker

    from .batch.runner import MAX_PRINTED_PROBLEMS
    from .batch.work import Problem, describe

    worker = Worker(settings)
    tally = Tally()
    explained = []
    stdout = sys.stdout.buffer

    class _Out:  # stdout, whose failures (a full disk) are a sentence, not "<stdin>: stopped"
        @staticmethod
        def write(data: bytes) -> None:
            _to_stdout(stdout.write, data)

        @staticmethod
        def flush() -> None:
            _to_stdout(stdout.flush)

    out = _Out
    try:
        stream = formats.open_piped(sys.stdin.buffer)  # `zcat x.gz |` or `< x.gz`: the same
        binary = args.stdin_format == "jsonl" and formats.sniff_jsonl(stream)
    except Exception as exc:  # corrupt compressed data, zstandard missing
        binary, reason = True, describe(exc)
    else:
        reason = "it looks like binary data, not JSON lines"

    def stats(failed: bool) -> None:  # --explain and --stats, also when stdin was skipped
        if args.explain:
            with formats.single_output(Path(args.explain)) as atomic:
                atomic.raw.write(b"".join(explained))
                atomic.commit()
        if args.stats:
            counts = RunCounts(files=1, cleaned=0 if failed else 1, failed=1 if failed else 0,
                               with_problems=1 if tally.problems and not failed else 0)
            _write_json(Path(args.stats), stats_record(tally, counts))

    if binary:
        tally.problems.append(Problem("<stdin>", None, f"skipped: {reason}."))
        _print_problems(tally.problems)
        stats(failed=True)
        return 1
    if args.stdin_format == "jsonl":
        printed = 0
        try:
            for first, lines in formats.jsonl_chunks(stream):
                result = worker.jsonl_lines(lines, first, "<stdin>")
                out.write(result.output)
                out.flush()
                tally.merge(result.tally)
                _print_problems(result.tally.problems[:max(0, MAX_PRINTED_PROBLEMS - printed)])
                printed += len(result.tally.problems)
                explained.append(result.explained)
        except (OSError, EOFError) as exc:  # compressed data cut short
            if isinstance(exc, BrokenPipeError):
                raise
            tally.problems.append(Problem("<stdin>", None, f"stopped: {describe(exc)}."))
            _print_problems(tally.problems[-1:])
        if printed > MAX_PRINTED_PROBLEMS:
            print(f"cleaner: <stdin>: {printed - MAX_PRINTED_PROBLEMS} more problem(s) not shown"
                  + (f" (all are in {args.stats})" if args.stats else "") + ".", file=sys.stderr)
    else:
        try:
            data = stream.read()
        except (OSError, EOFError) as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            tally.problems.append(Problem("<stdin>", None, f"skipped: {describe(exc)}."))
            _print_problems(tally.problems)
            stats(failed=True)
            return 1
        result = worker.text_file(data, "<stdin>", args.stdin_format)
        tally.merge(result.tally)
        _print_problems(result.tally.problems)
        if result.failed:
            stats(failed=True)
            return 1
        explained.append(result.explained)
        if result.output is not None:
            out.write(result.output)  # "" for a text that is all chrome, as a file's output would be
    out.flush()
    if tally.empty_pages:
        print(f"cleaner: <stdin>: {tally.empty_pages:,} page(s) gave no text (no article found, or no HTML markup).",
              file=sys.stderr)
    if tally.html_as_text:
        print(f"cleaner: <stdin>: {tally.html_as_text:,} document(s) look like HTML pages and were cleaned as text; "
              f"give pages with {'--html-key KEY' if args.stdin_format == 'jsonl' else '--stdin-format html'}.",
              file=sys.stderr)
    stats(failed=False)
    return 1 if tally.problems else 0


def _to_stdout(call, *args) -> None:
    """`call(*args)` on stdout; an error other than a closed pipe is a `Failure`, after which
    stdout is pointed at /dev/null so that the exit does not try (and fail) to write again
    what it still buffers."""
    try:
        call(*args)
    except BrokenPipeError:
        raise
    except OSError as exc:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):
            pass
        reason = exc.strerror or str(exc)
        raise Failure(f"the cleaned text cannot be written to stdout ({reason[:1].lower() + reason[1:]}).") from None


# --- explain --------------------------------------------------------------------------------

def cmd_explain(args: argparse.Namespace) -> int:
    from .batch.decode import BinaryFile, decode
    from .batch.formats import kind_of, read_bytes
    from .engine import explain

    config, profile = _config(args), _profile(args)
    path = args.file
    kind = kind_of(Path(path)) if path != "-" else args.stdin_format
    if kind in ("jsonl", "parquet"):
        raise Failure(f"{path} holds records; explain one text or HTML file, or use "
                      f"`cleaner clean {path} -o OUT --explain E.jsonl` for every record.")
    if path == "-" and sys.stdin is None:
        raise Failure("stdin is closed: pipe the text in (cleaner explain - < dump.txt), or give a file.")
    try:
        data = sys.stdin.buffer.read() if path == "-" else read_bytes(Path(path))
    except FileNotFoundError:
        raise Failure(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise Failure(f"{path} is a folder; explain takes one file "
                      f"(`cleaner clean {path} -o OUT --explain E.jsonl` explains a whole folder).") from None
    except Exception as exc:  # unreadable, a corrupt .gz/.zst, a missing package: one sentence
        from .batch.work import describe

        raise Failure(f"{path}: {describe(exc)}.") from None
    html = kind == "html"
    color = args.color if args.color is not None else sys.stdout.isatty()
    if html:
        try:
            from .html import explain_html
        except ImportError:
            raise Failure('HTML support is not available; pip install "cleaner[html]".') from None
        from .html import HTML_DEFAULT

        config = _html_config(args) or HTML_DEFAULT
        try:
            result = explain_html(data, config=config, profile=profile)
        except ImportError:
            raise Failure('HTML support is not available; pip install "cleaner[html]".') from None
        text = None
        if color:
            from .html import extract_html

            text = extract_html(data, config=config)
    else:
        try:
            text, _ = decode(data, "" if path == "-" else Path(path).name)
        except (BinaryFile, LookupError) as exc:  # LookupError: a code page without charset_normalizer
            raise Failure(f"{path}: {exc}.") from None
        result = explain(text, config=config, profile=profile)
    if html and not result.text and data.strip() and not any(d.start >= 0 for d in result.decisions):
        print("cleaner: no text was found in the page (no article, or no HTML markup): clean gives an empty text.",
              file=sys.stderr)
    if color and text is not None:
        try:
            from .report import render_diff
        except ImportError:
            if args.color:
                raise Failure("The colored diff is not available in this version (cleaner.report is missing).") from None
        else:
            # The HTML pre-pass's removals are in no text the diff shows: listed first.
            for d in result.decisions:
                if d.start < 0:
                    print(f"\x1b[31m- [{d.rule}]\x1b[0m \x1b[2m\x1b[9m{d.text.strip()[:200]}\x1b[0m    ({d.evidence})")
            diff = render_diff(text, config=config, profile=profile, color=True)
            sys.stdout.write(diff if diff.endswith("\n") or not diff else diff + "\n")
            return 0
    for line in _plain_explanation(result, None if html else text):
        print(line)
    counts = ", ".join(f"{rule}: {n}" for rule, n in sorted(result.counts().items()))
    kept = f"; {len(result.kept)} kept by guards" if result.kept else ""
    print(f"{len(result.decisions)} removal(s){': ' + counts if counts else ''}{kept}", file=sys.stderr)

    return 0


def _plain_explanation(result, text: str | None) -> list[str]:
    """`cleaner explain`'s list: removals and guard vetoes in input order, each with its line in
    `text` (None for a page: its text rules' lines are lines of the extracted text, which the
    user does not have) and its reason; a cut from the end of a line is marked ``~``. The HTML
    pre-pass's removals, which are in no text, come first."""
    from bisect import bisect_right

    from .document import Document

    starts = Document(text).starts if text is not None else None
    entries = []
    for d in result.decisions:
        entries.append((d.start, 0, d, None))
    for k in result.kept:
        entries.append((k.start, 1, None, k))
    out = []
    for start, _, d, k in sorted(entries, key=lambda e: (e[0], e[1])):
        where, cut = "", False
        if starts is not None and start >= 0:
            i = bisect_right(starts, start) - 1
            cut = d is not None and text[starts[i]:start].strip() != ""
            where = f"line {i + 1}" + (", the end of the line" if cut else "") + ": "
        if d is not None:
            out.append(f"{'~' if cut else '-'} [{d.rule}] {d.text.strip()}    ({where}{d.evidence})")
        else:
            out.append(f"+ [kept by {k.guard}: {k.rule}] {k.text.strip()}    ({where}{k.evidence})")
    return out


# --- report and learn -----------------------------------------------------------------------

def _read_jobs(args: argparse.Namespace, problems: list, what: str):
    """The input files of a command that only reads them and writes `args.output` (`what`),
    which may not be one of them."""
    from .batch import plan

    unreadable: list = []
    try:
        jobs = plan.discover(args.inputs, None, getattr(args, "glob", None), unreadable)
        plan.check_extra_output(Path(args.output), jobs, what)
    except plan.Refusal as exc:
        raise Failure(str(exc)) from None
    problems.extend(unreadable)
    return jobs


def cmd_report(args: argparse.Namespace) -> int:
    try:
        from .report import render_report
    except ImportError:
        raise Failure("The HTML report is not available in this version (cleaner.report is missing).") from None
    import random

    from .batch.documents import iter_documents, read_pages
    from .batch.formats import single_output

    config, profile = _config(args), _profile(args)
    _file_output(args.output, "The report", args)
    problems: list = []
    html_config = _html_config(args)
    docs = iter_documents(_read_jobs(args, problems, "the report"), args.text_key, problems=problems,
                          html_config=html_config, defer_html=True)
    if args.sample > 0:  # reservoir sampling: a fixed seed, so a rerun shows the same documents
        rng = random.Random(args.seed)
        chosen: list = []
        for n, doc in enumerate(docs):
            if n < args.sample:
                chosen.append(doc)
            else:
                k = rng.randrange(n + 1)
                if k < args.sample:
                    chosen[k] = doc
        docs_list = chosen
    else:
        docs_list = list(docs)
    docs_list = read_pages(docs_list, problems, html_config)  # only the sampled pages are extracted
    _print_problems(problems)
    if not docs_list:
        raise Failure("No documents found to report on.")
    if args.preset is None and all(d.html for d in docs_list):
        # Pages are judged as `clean_html` judges them (the block classifier off).
        from .html import HTML_DEFAULT

        config = _html_config(args) or HTML_DEFAULT
    html = render_report([(d.name, d.text) for d in docs_list], config=config, profile=profile)
    with single_output(Path(args.output)) as atomic:
        atomic.raw.write(html.encode("utf-8", "replace"))  # a lone surrogate from a JSON escape: "?"
        atomic.commit()
    print(f"cleaner: wrote a report of {len(docs_list)} document(s) to {args.output}.", file=sys.stderr)
    return 1 if problems else 0


def cmd_learn(args: argparse.Namespace) -> int:
    try:
        from .learn import learn_profile, source_of
    except ImportError:
        raise Failure("Learning profiles is not available in this version (cleaner.learn is missing).") from None
    from .batch.documents import iter_documents

    _file_output(args.output, "The profile")
    problems: list = []
    docs = iter_documents(_read_jobs(args, problems, "the profile"), args.text_key, args.source_key,
                          problems=problems)
    options = {}
    if args.min_docs is not None:
        options["min_docs"] = args.min_docs
    if args.min_share is not None:
        options["min_share"] = args.min_share
    keyed = [0, 0]  # documents, documents with a source under --source-key

    def groups():
        for doc in docs:
            keyed[0] += 1
            keyed[1] += doc.keyed
            yield source_of(doc.source), doc.text

    try:
        profile = learn_profile(groups(), **options)
    except ValueError as exc:  # the message names the option as the function calls it
        message = str(exc).replace("min_docs", "--min-docs").replace("min_share", "--min-share")
        raise Failure(message) from None
    _print_problems(problems)
    totals = profile.get("totals", {}) if isinstance(profile, dict) else {}
    if totals and not totals.get("documents"):
        raise Failure("No documents found to learn from; no profile written.")
    if args.source_key and keyed[0] and not keyed[1]:
        print(f"cleaner: no record has a string under --source-key {args.source_key!r}; the documents "
              f"were grouped by the folder of their file.", file=sys.stderr)
    _write_json(Path(args.output), profile)
    print(f"cleaner: wrote a profile to {args.output}"
          + (f" ({totals.get('lines', 0)} line(s) from {totals.get('documents', 0)} document(s))" if totals else "")
          + ".", file=sys.stderr)
    return 1 if problems else 0


# --- parser ---------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """argparse with its errors as sentences that point to --help (exit status 2)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        sentence = message[:1].upper() + message[1:].rstrip(".")
        self.exit(2, f"{self.prog}: {sentence}. See `{self.prog} --help`.\n")


def _count(what: str):
    """An argparse type: a whole number, 0 or more (its error names `what`)."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = -1
        if number < 0:
            raise argparse.ArgumentTypeError(f"{value!r} is not {what} (a whole number, 0 or more)")
        return number

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cleaner", description="Strip page chrome from scraped article text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cleaner {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--preset", default=None, choices=["balanced", "precision", "recall"],
                        help="balanced (default; for HTML, balanced without the block classifier), "
                             "precision (vocabulary rules only) or recall")
    from .htmlvocab import HTML_RULES

    common.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="switch a rule off (repeatable): " + ", ".join(RULES)
                             + "; for HTML pages also the pre-pass's " + ", ".join(HTML_RULES))
    common.add_argument("--profile", metavar="P.json", help="a site profile (from `cleaner learn`) to apply")
    raw = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser("clean", parents=[common], help="clean files or folders (txt, html, jsonl[.gz|.zst], parquet)",
                       description="Clean files and folders of scraped text into OUT, mirroring the input tree.",
                       epilog=CLEAN_EPILOG, formatter_class=raw)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (recursive), or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="output folder (mirrors the input tree)")
    p.add_argument("-j", "--jobs", type=_count("a number of worker processes"), default=0, metavar="N",
                   help="worker processes (default, or 0: all cores; at most four per core)")
    p.add_argument("--text-key", default="text", metavar="KEY", help="JSONL key / Parquet column of the text (default: text)")
    p.add_argument("--html-key", metavar="KEY",
                   help="clean the HTML under this JSONL key / Parquet column; the text goes under --text-key")
    p.add_argument("--glob", metavar="PATTERN", help="only files in folders whose relative path matches, e.g. '*.jsonl.gz'")
    p.add_argument("--source-key", metavar="KEY",
                   help="with --profile: apply to each record only its source's lines (the source is the host of "
                        "the URL under KEY; for .txt/.html files, their folder); default: every source's lines")
    p.add_argument("--stats", metavar="S.json", help="write counts per rule (with examples) and the summary as JSON")
    p.add_argument("--explain", metavar="E.jsonl", help="write one record per document with its decisions")
    p.add_argument("--force", action="store_true", help="clean every file again, even those already done, and overwrite files in OUT "
                                                        "that cleaner did not write")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary unless something failed")
    p.add_argument("--stdin-format", default="txt", choices=["txt", "html", "jsonl"], help="format of stdin (default: txt)")
    p.set_defaults(run=cmd_clean)

    p = sub.add_parser("explain", parents=[common], help="show each removed line with its rule id",
                       description="Show what `clean` removes from one file and why.")
    p.add_argument("file", metavar="FILE", help=".txt or .html file, or - for stdin")
    p.add_argument("--stdin-format", default="txt", choices=["txt", "html"], help="format of stdin (default: txt)")
    color = p.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None,
                       help="a colored diff (the default on a terminal)")
    color.add_argument("--no-color", dest="color", action="store_false", help="the plain list of removals")
    p.set_defaults(run=cmd_explain)

    p = sub.add_parser("report", parents=[common], help="write an HTML page to review what would be removed",
                       description="Write an HTML review report of a sample of documents.",
                       epilog="example:\n  cleaner report crawl/ -o report.html --sample 50", formatter_class=raw)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    p.add_argument("-o", "--output", required=True, metavar="REPORT.html")
    p.add_argument("--sample", type=_count("a number of documents"), default=100, metavar="N",
                   help="documents to show, chosen at random (default 100; 0: all)")
    p.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    p.add_argument("--text-key", default="text", metavar="KEY")
    p.add_argument("--glob", metavar="PATTERN")
    p.set_defaults(run=cmd_report)

    p = sub.add_parser("learn", help="learn a site profile: lines repeated across a source's documents",
                       description="Learn the lines each source repeats across its documents.",
                       epilog="examples:\n  cleaner learn crawl.jsonl.gz -o profile.json --source-key url\n"
                              "  cleaner learn sites/ -o profile.json     (one folder per site)", formatter_class=raw)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    p.add_argument("-o", "--output", required=True, metavar="PROFILE.json")
    p.add_argument("--source-key", metavar="KEY",
                   help="record key naming the source (a URL counts by host); default: the file's folder")
    p.add_argument("--min-docs", type=int, metavar="N", help="documents a line must occur in")
    p.add_argument("--min-share", type=float, metavar="F", help="share of a source's documents a line must occur in")
    p.add_argument("--text-key", default="text", metavar="KEY")
    p.add_argument("--glob", metavar="PATTERN")
    p.set_defaults(run=cmd_learn)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    if not (sys.argv[1:] if argv is None else argv):  # no command: the help, not an argparse error
        parser.print_help(sys.stderr)
        return 2
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except Failure as exc:
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # an unknown preset or rule id from the API
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 1
    except OSError as exc:  # a file that cannot be read or written: one sentence, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        reason = exc.strerror or str(exc)
        print(f"cleaner: {where}{reason[:1].lower() + reason[1:]}.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cleaner: interrupted.", file=sys.stderr)
        return 130
