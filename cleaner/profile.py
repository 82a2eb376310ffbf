"""Site profiles: lines that repeat across many documents of one source, removed as `site-profile`.

A profile is learned data passed explicitly to `clean(text, profile=...)`; nothing is cached
between calls, so `clean` stays a pure function of (text, config, profile).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .document import fold


@dataclass(frozen=True)
class Profile:
    """Lines (compared after `fold`) that a source prints on many of its pages."""

    lines: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, lines) -> "Profile":
        """A profile removing these lines (any quotes, case and spacing)."""
        return cls(frozenset(fold(line) for line in lines if line.strip()))

    @classmethod
    def load(cls, path: str | Path) -> "Profile":
        """Read a profile JSON file: ``{"lines": [{"text": ...}, ...]}`` (extra fields ignored)."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls.of(entry["text"] if isinstance(entry, dict) else entry for entry in data.get("lines", []))
