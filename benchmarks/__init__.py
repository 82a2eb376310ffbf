"""Measurement tooling for `cleaner`: quality, speed and retention on datasets in the bench format.

Not part of the installed package. Run the scripts from a checkout, e.g.
``python benchmarks/quality.py ../shared/bench/dev/trafilatura-dev --input full``.
"""
