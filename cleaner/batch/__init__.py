"""Batch cleaning of files and folders: the engine behind ``cleaner clean``.

The pure core (`cleaner.clean`, `cleaner.explain`) never imports this package. Modules, in the
order a run uses them:

- `plan`: find the input files, map each to its output, refuse unsafe runs, skip finished
  outputs (resume);
- `formats`: read and write each format chunk by chunk (txt, html, jsonl[.gz|.zst], parquet),
  atomically;
- `decode`: bytes to text (binary files refused, legacy encodings recovered);
- `work`: what a worker process does with a chunk or a file;
- `runner`: the worker pool, results in input order, progress;
- `summary`: the summary on stderr and the ``--stats`` JSON;
- `documents`: documents one by one for the commands that only read (report, learn).
- `pairs`: the check of the ``(key, text)`` pairs `render_report` and `learn_profile` take.
"""
