"""Site profiles: lines that repeat across many documents of one source, removed as `site-profile`.

A profile is learned data passed explicitly to `clean(text, profile=...)`; nothing is cached
between calls, so `clean` stays a pure function of (text, config, profile).

A profile file is JSON. Two shapes are read:

- ``{"lines": [{"text": ...}, ...]}`` (or plain strings): one set of lines;
- ``{"sources": {"example.com": {"lines": [{"text": ..., "docs": 41}, ...]}, ...}}``: what
  `cleaner.learn.learn_profile` writes, lines per source (site or folder). Loading it without a
  `source` takes the lines of every source; with one, only that source's (plus any top-level
  ``lines``).

Extra fields (counts, thresholds, held-back candidates) are for the person reviewing the file and
are ignored here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .document import fold


def _texts(entries, where: str) -> list[str]:
    """The line texts of a profile's ``lines`` list (strings or ``{"text": ...}`` entries)."""
    if not entries:
        return []
    if not isinstance(entries, list):
        raise ValueError(f"The {where} of a profile is a list of lines, not {type(entries).__name__}.")
    texts = [entry.get("text") if isinstance(entry, dict) else entry for entry in entries]
    if not all(isinstance(text, str) for text in texts):
        raise ValueError(f"Each entry of the {where} of a profile is a line or an object with a 'text' line.")
    return texts


@dataclass(frozen=True)
class Profile:
    """Lines (compared after `fold`) that a source prints on many of its pages."""

    lines: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, lines) -> "Profile":
        """A profile removing these lines (any quotes, case and spacing)."""
        return cls(frozenset(fold(line) for line in lines if line.strip()))

    @classmethod
    def from_dict(cls, data: dict, source: str | None = None) -> "Profile":
        """A profile from parsed profile JSON (see the module docstring): the top-level
        ``lines`` plus the lines of `source`, or of every source when `source` is None.

        >>> data = {"sources": {"a.org": {"lines": [{"text": "A footer"}]}, "b.org": {"lines": ["B footer"]}}}
        >>> sorted(Profile.from_dict(data).lines), sorted(Profile.from_dict(data, "b.org").lines)
        (['a footer', 'b footer'], ['b footer'])
        """
        if not isinstance(data, dict):
            raise ValueError("A profile is a JSON object with a 'lines' list or a 'sources' object.")
        texts = _texts(data.get("lines"), "'lines'")
        sources = data.get("sources") or {}
        if not isinstance(sources, dict):
            raise ValueError(f"The 'sources' of a profile is an object from source to lines, not {type(sources).__name__}.")
        for name, entry in sources.items():
            if source is None or name == source:
                texts += _texts(entry.get("lines") if isinstance(entry, dict) else entry, f"lines of source {name!r}")
        return cls.of(texts)

    @classmethod
    def load(cls, path: str | Path, source: str | None = None) -> "Profile":
        """Read a profile JSON file (either shape in the module docstring; extra fields ignored)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls.from_dict(data, source)
        except (json.JSONDecodeError, UnicodeDecodeError, AttributeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} is not a readable profile file ({exc}).") from None
