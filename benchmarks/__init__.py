"""Measurement tooling for `cleaner`: quality, speed and retention on datasets in the bench format.

Not part of the installed package. Run the scripts from a checkout, e.g.
``python benchmarks/quality.py ../shared/bench/dev/trafilatura-dev --input full``.
"""

import os
import sys


def run_script(main) -> None:
    """Run a script's `main()` and exit with its status; quietly when the output was piped into
    `head` or a pager that quit."""
    try:
        sys.exit(main())
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
