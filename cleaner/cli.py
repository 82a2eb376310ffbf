"""Command line: ``cleaner clean`` and ``cleaner explain``.

Kept apart from the pure core: the core never imports this module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import Config, explain
from .engine import clean
from .rules import RULES

EPILOG = """examples:
  cleaner clean seeds -o out            clean every .txt under seeds/ into out/
  cleaner clean - < page.txt            clean stdin to stdout
  cleaner explain seeds/001_0697b9875827136d.txt
"""


def _config(args: argparse.Namespace) -> Config:
    config = Config.preset(args.preset)
    return config.disable(*args.disable) if args.disable else config


def _inputs(paths: list[str]) -> list[tuple[Path, Path]]:
    """(file, path relative to the output folder) for every .txt file named or under a folder."""
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += [(f, f.relative_to(path)) for f in sorted(path.rglob("*.txt")) if f.is_file()]
        elif path.is_file():
            found.append((path, Path(path.name)))
        else:
            raise SystemExit(f"cleaner: {name}: no such file or folder.")
    return found


def cmd_clean(args: argparse.Namespace) -> int:
    config = _config(args)
    if args.inputs == ["-"]:
        sys.stdout.write(clean(sys.stdin.read(), config=config))
        sys.stdout.write("\n")
        return 0
    if not args.output:
        raise SystemExit("cleaner: give an output folder with -o OUT (or '-' to read stdin).")
    out = Path(args.output)
    files = _inputs(args.inputs)
    sources = {f.resolve() for f, _ in files}
    failed = 0
    for path, rel in files:
        target = (out / rel).resolve()
        if target in sources:
            raise SystemExit(f"cleaner: refusing to overwrite input file {path}.")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cleaner: skipped {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(clean(text, config=config) + "\n", encoding="utf-8")
    print(f"cleaned {len(files) - failed} file(s) into {out}" + (f", {failed} skipped" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


def cmd_explain(args: argparse.Namespace) -> int:
    config = _config(args)
    path = args.file
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    result = explain(text, config=config)
    for d in result.decisions:
        print(f"- [{d.rule}] {d.text.strip()}    ({d.evidence})")
    for k in result.kept:
        print(f"+ kept by {k.guard} against [{k.rule}] {k.text.strip()[:80]}")
    counts = ", ".join(f"{rule}: {n}" for rule, n in sorted(result.counts().items()))
    print(f"{len(result.decisions)} removal(s){': ' + counts if counts else ''}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner", description="Strip page chrome from scraped article text.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--preset", default="balanced", choices=["balanced", "precision", "recall"])
    common.add_argument("--disable", action="append", default=[], metavar="RULE", choices=list(RULES),
                        help="switch a rule off (repeatable): " + ", ".join(RULES))
    p = sub.add_parser("clean", parents=[common], help="clean files or folders of .txt dumps")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="output folder (mirrors the input tree)")
    p.set_defaults(run=cmd_clean)
    p = sub.add_parser("explain", parents=[common], help="show each removed line with its rule id")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_explain)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"cleaner: {exc}", file=sys.stderr)
        return 2
