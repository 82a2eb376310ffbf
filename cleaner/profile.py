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
are ignored here. A file or data that cannot be read as a profile raises `ProfileError` (a
`ValueError`) whose message is a whole sentence naming the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .document import fold


class ProfileError(ValueError):
    """A profile file or profile data that cannot be used; the message is a whole sentence."""


def read_profile(path: str | Path) -> dict:
    """The parsed JSON of a profile file, or a `ProfileError` saying why it cannot be read."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise ProfileError(f"The profile file {path} does not exist.") from None
    except IsADirectoryError:
        raise ProfileError(f"The profile {path} is a folder; give the JSON file `cleaner learn` wrote.") from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ProfileError(f"The profile file {path} cannot be read ({reason}).") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProfileError(f"The profile file {path} is not UTF-8 text; give the JSON file `cleaner learn` wrote.") from None
    except json.JSONDecodeError as exc:
        raise ProfileError(f"The profile file {path} is not valid JSON ({exc.msg} at line {exc.lineno}, "
                           f"column {exc.colno}).") from None
    return data


def _texts(entries, where: str) -> list[str]:
    """The line texts of a profile's ``lines`` list (strings or ``{"text": ...}`` entries)."""
    if not entries:
        return []
    if not isinstance(entries, list):
        raise ProfileError(f"The {where} of a profile is a list of lines, not {type(entries).__name__}.")
    texts = [entry.get("text") if isinstance(entry, dict) else entry for entry in entries]
    if not all(isinstance(text, str) for text in texts):
        raise ProfileError(f"Each entry of the {where} of a profile is a line or an object with a 'text' line.")
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
            raise ProfileError("A profile is a JSON object with a 'lines' list or a 'sources' object.")
        if "lines" not in data and "sources" not in data:  # another JSON file given by mistake
            keys = ", ".join(map(str, list(data)[:6])) + (", ..." if len(data) > 6 else "")
            raise ProfileError("A profile is a JSON object with a 'lines' list or a 'sources' object; this one has "
                               f"neither ({'its keys: ' + keys if data else 'it is empty'}).")
        texts = _texts(data.get("lines"), "'lines'")
        sources = data.get("sources") or {}
        if not isinstance(sources, dict):
            raise ProfileError(f"The 'sources' of a profile is an object from source to lines, not {type(sources).__name__}.")
        for name, entry in sources.items():
            if source is None or name == source:
                texts += _texts(entry.get("lines") if isinstance(entry, dict) else entry, f"lines of source {name!r}")
        return cls.of(texts)

    @classmethod
    def load(cls, path: str | Path, source: str | None = None) -> "Profile":
        """Read a profile JSON file (either shape in the module docstring; extra fields ignored).
        A missing, unreadable or invalid file raises `ProfileError` with a sentence naming it."""
        return cls._checked(read_profile(path), path, source)

    @classmethod
    def load_sources(cls, path: str | Path) -> tuple["Profile", dict[str, "Profile"]]:
        """The top-level lines of a profile file, and each source's profile (its lines plus the
        top-level ones): what a run that knows each document's source applies."""
        data = read_profile(path)
        cls._checked(data, path, None)  # the whole file is checked, not only what is used
        common = cls._checked(data, path, None, top_only=True)
        return common, {name: cls._checked(data, path, name) for name in data.get("sources") or {}}

    @classmethod
    def _checked(cls, data, path, source: str | None, top_only: bool = False) -> "Profile":
        try:
            return cls.from_dict({"lines": data.get("lines")} if top_only else data, source)
        except ProfileError as exc:
            message = str(exc)
            raise ProfileError(f"The profile file {path} is not a valid profile: "
                               f"{message[:1].lower() + message[1:]}") from None
