"""`CleanStep`: clean ``doc.text`` in a datatrove pipeline, with per-rule stats.

Install with ``pip install "cleaner[datatrove]"``. A local run over a folder of JSONL files::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanStep

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("data/raw/"),
            CleanStep(preset="balanced", disable=["nav-menu"], profile="profile.json", drop_empty=True),
            JsonlWriter("data/clean/"),
        ],
        tasks=8, workers=4, logging_dir="logs/clean/",
    ).run()

``logs/clean/stats.json`` then holds, under the step's name, the counters ``removed/<rule-id>``
(lines removed per rule, with per-document mean/min/max), ``kept/<guard>`` (removals a guard
vetoed), ``chars_in`` / ``chars_out``, ``changed``, ``emptied`` and ``dropped``.

On a cluster the same pipeline runs under another executor; the step holds only its
configuration and the profile lines, so it pickles to the workers::

    from datatrove.executor import SlurmPipelineExecutor
    SlurmPipelineExecutor(
        pipeline=[JsonlReader("s3://bucket/raw/"), CleanStep(profile="profile.json"),
                  JsonlWriter("s3://bucket/clean/")],
        tasks=500, time="04:00:00", partition="cpu", cpus_per_task=1,
        logging_dir="s3://bucket/logs/clean/", job_name="clean",
    ).run()

    from datatrove.executor.ray import RayPipelineExecutor   # needs `pip install ray`
    RayPipelineExecutor(
        pipeline=[JsonlReader("s3://bucket/raw/"), CleanStep(), JsonlWriter("s3://bucket/clean/")],
        tasks=500, workers=64, logging_dir="s3://bucket/logs/clean/",
    ).run()

The profile file is read once, when the step is built, through datatrove's file layer (so an
``s3://`` or ``hf://`` path works too). With ``source_key="url"`` each document gets only the
lines its own source learned (`cleaner.learn.source_of` of that metadata field); without it, the
lines of every source in the file apply to every document.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Iterable

from datatrove.data import DocumentsPipeline
from datatrove.io import open_file
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.typeshelper import StatHints

from ..config import Config
from ..engine import explain
from ..learn import source_of
from ..profile import Profile

__all__ = ["CleanStep"]


class CleanStep(PipelineStep):
    """Remove page chrome from each document's text with `cleaner.explain`.

    Args:
        config: a `cleaner.Config`; default: the `preset`.
        preset: ``balanced`` (default), ``precision`` or ``recall``, when no `config` is given.
        disable: rule ids switched off on top of the config (the CLI's ``--disable``).
        profile: a site profile: a path to a profile JSON file (see `cleaner.learn`), a parsed
            profile dict, or a `cleaner.Profile`.
        source_key: metadata field holding each document's URL or path (e.g. ``"url"``); when
            set, only the profile lines of that document's source apply.
        drop_empty: drop documents whose cleaned text is empty (all chrome) instead of passing
            them on with ``text == ""``.
        exclusion_writer: a datatrove writer that receives the dropped documents (their
            original text, with ``metadata["filter_reason"] = "cleaner_empty"``).
        annotate: store the per-document removal counts, ``{rule id: lines}``, in
            ``metadata["cleaner_removed"]``. Other metadata is passed on untouched.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        *,
        preset: str | None = None,
        disable: Iterable[str] = (),
        profile: str | Path | dict | Profile | None = None,
        source_key: str | None = None,
        drop_empty: bool = False,
        exclusion_writer: DiskWriter | None = None,
        annotate: bool = False,
    ):
        super().__init__()
        if config is not None and preset is not None:
            raise ValueError("Give either a config or a preset, not both.")
        if config is not None and not isinstance(config, Config):  # else every task would fail on its first document
            hint = f" (or preset={config!r})" if isinstance(config, str) else ""
            raise TypeError(f"CleanStep takes config=Config{hint}, not {type(config).__name__}.")
        config = config if config is not None else Config.preset(preset or "balanced")
        disable = [disable] if isinstance(disable, str) else list(disable)
        self.config = config.disable(*disable) if disable else config
        self.source_key = source_key
        self.drop_empty = drop_empty
        self.exclusion_writer = exclusion_writer
        self.annotate = annotate
        self._profile_data: dict | None = None
        self._profile: Profile | None = None
        self._by_source: dict[str | None, Profile] = {}
        if isinstance(profile, Profile):
            if source_key is not None:
                raise ValueError("source_key needs a profile file or dict with sources, not a Profile.")
            self._profile = profile
        elif isinstance(profile, dict):
            self._profile_data = profile
        elif profile is not None:
            if not isinstance(profile, (str, Path)):
                raise TypeError(f"profile is a path, a parsed profile dict or a Profile, not {type(profile).__name__}.")
            try:
                with open_file(str(profile), "rt", encoding="utf-8") as handle:
                    self._profile_data = json.load(handle)
            except (OSError, ValueError) as exc:
                raise ValueError(f"Could not read the profile file {profile} ({exc}).") from None
        if self._profile_data is not None:
            self._profile = Profile.from_dict(self._profile_data)  # also validates the shape
            if source_key is None:
                self._profile_data = None  # the merged lines are all that is needed

    def profile_for(self, metadata: dict) -> Profile | None:
        """The profile that applies to a document with this metadata."""
        if self.source_key is None or self._profile_data is None:
            return self._profile
        sources = self._profile_data.get("sources") or {}
        source = source_of(str(metadata.get(self.source_key) or ""))
        key = source if source in sources else None  # None: a source the file does not name
        profile = self._by_source.get(key)
        if profile is None:
            # at most one Profile per source the file names (plus one for the others), built when needed
            chosen = {key: sources[key]} if key is not None else {}
            profile = self._by_source[key] = Profile.from_dict(
                {"lines": self._profile_data.get("lines", []), "sources": chosen}
            )
        return profile

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        writer_context = self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext()
        with writer_context as writer:
            for doc in data:
                self.stat_update(StatHints.total)
                text = doc.text if isinstance(doc.text, str) else ""
                with self.track_time():
                    result = explain(text, config=self.config, profile=self.profile_for(doc.metadata))
                counts = result.counts()
                for rule_id, n in counts.items():
                    self.stat_update(f"removed/{rule_id}", value=n)
                for kept in result.kept:
                    self.stat_update(f"kept/{kept.guard}")
                self.stat_update("chars_in", value=len(text))
                self.stat_update("chars_out", value=len(result.text))
                if counts:
                    self.stat_update("changed")
                if self.annotate:
                    doc.metadata["cleaner_removed"] = counts
                if not result.text.strip():
                    self.stat_update("emptied")
                    if self.drop_empty:
                        self.stat_update(StatHints.dropped)
                        if writer is not None:
                            doc.metadata["filter_reason"] = "cleaner_empty"
                            writer.write(doc, rank)
                        continue
                doc.text = result.text
                self.stat_update(StatHints.forwarded)
                yield doc
