"""Review what `clean` did: an HTML page for a sample of documents, a diff for one in a terminal.

Both are drawn from `explain`'s decisions, so they show exactly what `clean` removes: every
removed line struck through and labelled with its rule id and evidence, every line a guard kept
marked with the guard and the rule it stopped.

The HTML page is one self-contained file (inline CSS, no scripts, no external assets): send it
to a colleague or open it from disk.
"""

from __future__ import annotations

import html
import re
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from .config import Config
from .document import Document
from .engine import Cleaned, explain
from .profile import Profile
from .rules import RULES


@dataclass(frozen=True)
class _Line:
    """One input line as the review shows it."""

    text: str  # the kept part (the whole line unless a rule cut its end)
    removed: str = ""  # the removed part ("" when nothing was removed)
    rule: str = ""
    evidence: str = ""
    guard: str = ""  # a guard that kept the line against `rule`


def _lines(text: str, result: Cleaned) -> list[_Line]:
    """The input's lines with the decisions and guard vetoes of `result` attached."""
    doc = Document(text)
    marks: dict[int, _Line] = {}
    for d in result.decisions:
        i = bisect_right(doc.starts, d.start) - 1
        col = d.start - doc.starts[i]
        line = doc.lines[i]
        marks[i] = _Line(line[:col], line[col:], d.rule, d.evidence)
    for k in result.kept:
        i = bisect_right(doc.starts, k.start) - 1
        if i not in marks:
            marks[i] = _Line(doc.lines[i], "", k.rule, k.evidence, k.guard)
    return [marks.get(i) or _Line(line) for i, line in enumerate(doc.lines)]


def _pairs(docs) -> list[tuple[str, str]]:
    from .batch.pairs import text_pairs

    return [(str(name), text) for name, text in text_pairs(docs, "render_report", "name")]


# -- HTML ----------------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; --ink: #1d2327; --muted: #6b7378; --rule: #d9dee2; --bg: #fbfbfa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header, main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; }
h2 { font-size: 1.1rem; margin: 0 0 .25rem; word-break: break-all; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
nav ol { columns: 2 22rem; padding-left: 1.5rem; }
nav li { break-inside: avoid; }
.muted, .counts { color: var(--muted); font-size: .9rem; }
section.doc { background: #fff; border: 1px solid var(--rule); border-radius: 6px; margin: 1.25rem 0; padding: 1rem 1.25rem; }
.lines { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-top: .75rem; }
.ln { display: grid; grid-template-columns: 11rem 1fr; column-gap: .75rem; min-height: 1.45em; }
.ln > .txt { white-space: pre-wrap; overflow-wrap: anywhere; }
.ln > .tag { font-size: 11px; text-align: right; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tag { color: hsl(var(--h, 0) 55% 35%); }
del.rm { color: #8a8f93; text-decoration: line-through; text-decoration-color: hsl(var(--h, 0) 60% 45%); background: hsl(var(--h, 0) 70% 95%); }
.ln.kept > .txt { background: #eef7ee; box-shadow: inset 3px 0 0 #3c9a45; padding-left: 4px; }
.ln.kept > .tag { color: #2d7a35; }
.badge { display: inline-block; white-space: nowrap; border-radius: 3px; padding: 0 .35rem; margin: 0 .25rem .2rem 0; font-size: .8rem; background: hsl(var(--h, 0) 70% 94%); color: hsl(var(--h, 0) 55% 30%); }
details { margin-top: .75rem; }
details pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f5f6; padding: .75rem; font-size: 13px; }
a { color: #1f5fa8; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _hue(rule_id: str) -> int:
    """A stable colour per rule id (the same in every report)."""
    return zlib.crc32(rule_id.encode("utf-8")) % 360


def _slug(rule_id: str) -> str:
    return re.sub(r"[^a-z0-9-]", "-", rule_id.lower())


def _line_html(line: _Line) -> str:
    if line.guard:
        label = f"kept by {line.guard}"
        title = f"kept by {line.guard} against {line.rule}: {line.evidence}"
        return (f'<div class="ln kept" data-guard="{_e(line.guard)}" data-rule="{_e(line.rule)}" title="{_e(title)}">'
                f'<span class="tag">{_e(label)}</span><span class="txt">{_e(line.text)}</span></div>')
    if not line.removed:
        return f'<div class="ln"><span class="tag"></span><span class="txt">{_e(line.text)}</span></div>'
    title = f"{line.rule}: {line.evidence}"
    style = f' style="--h:{_hue(line.rule)}"'
    return (f'<div class="ln cut r-{_slug(line.rule)}"{style}><span class="tag">{_e(line.rule)}</span>'
            f'<span class="txt">{_e(line.text)}<del class="rm" data-rule="{_e(line.rule)}" title="{_e(title)}">'
            f"{_e(line.removed)}</del></span></div>")


def render_report(
    docs: Iterable[tuple[str, str]],
    *,
    config: Config | None = None,
    profile: Profile | None = None,
    title: str = "cleaner report",
) -> str:
    """One self-contained HTML page to review what `clean` removes from `docs`, a list of
    ``(name, text)`` pairs: a summary of removals per rule, a list of the documents, and each
    document with its removed lines struck through and labelled (rule id, and the evidence on
    hover), and the lines a guard kept marked.

    >>> page = render_report([("a.txt", "Rain on Sunday.\\nImage: Reuters")])
    >>> page.startswith("<!DOCTYPE html>"), 'data-rule="image-credit"' in page
    (True, True)
    """
    pairs = _pairs(docs)
    results = [explain(text, config=config, profile=profile) for _, text in pairs]

    per_rule: dict[str, list[int]] = {}  # rule -> [lines, chars, documents]
    per_guard: dict[tuple[str, str], int] = {}
    chars_in = chars_out = emptied = 0
    for (_, text), result in zip(pairs, results):
        chars_in += len(text)
        chars_out += len(result.text)
        emptied += bool(text.strip()) and not result.text.strip()
        seen = set()
        for d in result.decisions:
            row = per_rule.setdefault(d.rule, [0, 0, 0])
            row[0] += 1
            row[1] += len(d.text)
            if d.rule not in seen:
                row[2] += 1
                seen.add(d.rule)
        for k in result.kept:
            per_guard[(k.guard, k.rule)] = per_guard.get((k.guard, k.rule), 0) + 1

    order = {rule_id: n for n, rule_id in enumerate(RULES)}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f'<header id="top"><h1>{_e(title)}</h1><p class="muted">{len(pairs)} document(s); '
        f"{chars_in:,} characters in, {chars_out:,} out "
        f"({(chars_in - chars_out) / chars_in if chars_in else 0:.1%} removed); "
        f"{emptied} document(s) emptied. Struck-through text is removed; hover it for the evidence. "
        "Green lines are ones a guard kept.</p>",
        '<section class="summary"><h2>Removals per rule</h2>',
    ]
    if per_rule:
        out.append('<table><thead><tr><th>rule</th><th class="n">lines</th><th class="n">characters</th>'
                   '<th class="n">documents</th><th>removes</th></tr></thead><tbody>')
        for rule_id in sorted(per_rule, key=lambda r: (-per_rule[r][0], order.get(r, len(order)), r)):
            lines, chars, ndocs = per_rule[rule_id]
            summary = RULES[rule_id].summary if rule_id in RULES else ""
            out.append(f'<tr><td><span class="badge" style="--h:{_hue(rule_id)}">{_e(rule_id)}</span></td>'
                       f'<td class="n">{lines}</td><td class="n">{chars:,}</td><td class="n">{ndocs}</td>'
                       f'<td class="muted">{_e(summary)}</td></tr>')
        out.append("</tbody></table>")
    else:
        out.append('<p class="muted">Nothing was removed.</p>')
    if per_guard:
        out.append('<h2>Removals a guard kept</h2><table><thead><tr><th>guard</th><th>against rule</th>'
                   '<th class="n">lines</th></tr></thead><tbody>')
        for (guard, rule_id), n in sorted(per_guard.items(), key=lambda item: (-item[1], item[0])):
            out.append(f'<tr><td>{_e(guard)}</td><td>{_e(rule_id)}</td><td class="n">{n}</td></tr>')
        out.append("</tbody></table>")
    out.append("</section>")

    out.append('<nav><h2>Documents</h2><ol>')
    for n, ((name, _), result) in enumerate(zip(pairs, results)):
        removed = len(result.decisions)
        out.append(f'<li><a href="#doc-{n}">{_e(name)}</a> <span class="muted">{removed} removed'
                   f'{f", {len(result.kept)} kept by guards" if result.kept else ""}</span></li>')
    out.append("</ol></nav></header><main>")

    for n, ((name, text), result) in enumerate(zip(pairs, results)):
        counts = result.counts()
        badges = "".join(f'<span class="badge" style="--h:{_hue(r)}">{_e(r)} {c}</span>'
                         for r, c in sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        out.append(f'<section class="doc" id="doc-{n}"><h2>{_e(name)}</h2>')
        out.append(f'<p class="counts">{len(result.decisions)} line(s) removed, {len(result.kept)} kept by guards; '
                   f"{len(text):,} characters in, {len(result.text):,} out. "
                   f'<a href="#doc-{n - 1 if n else 0}">previous</a> · <a href="#doc-{min(n + 1, len(pairs) - 1)}">next</a> · '
                   '<a href="#top">top</a></p>')
        if badges:
            out.append(f"<div>{badges}</div>")
        out.append('<div class="lines">')
        out.extend(_line_html(line) for line in _lines(text, result))
        out.append("</div>")
        out.append(f"<details><summary>cleaned text</summary><pre>{_e(result.text)}</pre></details></section>")
    out.append("</main></body></html>")
    return "\n".join(out) + "\n"


# -- terminal ------------------------------------------------------------------------------------

_DIM, _STRIKE, _RED, _GREEN, _RESET = "\x1b[2m", "\x1b[9m", "\x1b[31m", "\x1b[32m", "\x1b[0m"
# Control characters in a scraped text could drive the terminal; they are shown as symbols.
_CONTROLS = {c: chr(0x2400 + c) for c in range(0x20) if c != 0x09}
_CONTROLS[0x7F] = "\u2421"
_CONTROLS.update({c: "\ufffd" for c in range(0x80, 0xA0)})


def _safe(text: str) -> str:
    return text.translate(_CONTROLS)


def render_diff(text: str, *, config: Config | None = None, profile: Profile | None = None, color: bool = True) -> str:
    """A terminal view of what `clean` does to one document: kept lines as they are (indented by
    two spaces), removed lines prefixed with ``- [rule-id]`` (dimmed and struck through when
    `color`), the removed end of a cut line after ``~ [rule-id]``, and lines a guard kept after
    ``+ [kept by guard: rule-id]``.

    >>> print(render_diff("Rain on Sunday.\\nImage: Reuters", color=False))
      Rain on Sunday.
    - [image-credit] Image: Reuters
    """
    if not isinstance(text, str):
        raise ValueError(f"render_diff() takes a str, not {type(text).__name__}.")
    result = explain(text, config=config, profile=profile)
    out = []
    for line in _lines(text, result):
        kept, removed = _safe(line.text), _safe(line.removed)
        if line.guard:
            tag = f"+ [kept by {line.guard}: {line.rule}]"
            out.append(f"{_GREEN}{tag}{_RESET} {kept}" if color else f"{tag} {kept}")
        elif not line.removed:
            out.append(f"  {kept}".rstrip() if kept.strip() else "")
        elif not line.text.strip():
            tag = f"- [{line.rule}]"
            out.append(f"{_RED}{tag}{_RESET} {_DIM}{_STRIKE}{removed}{_RESET}" if color else f"{tag} {removed}")
        else:
            tag = f"~ [{line.rule}]"
            out.append(f"{_RED}{tag}{_RESET} {kept}{_DIM}{_STRIKE}{removed}{_RESET}" if color else f"{tag} {kept}[-{removed}-]")
    return "\n".join(out)
