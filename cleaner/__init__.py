"""cleaner: strip page chrome from scraped article text, keep every word of the article.

>>> import cleaner
>>> cleaner.clean("Most Read\\n1. Markets rally\\n2 hours ago")
''
"""

from __future__ import annotations

from .config import PRESETS, Config
from .engine import Cleaned, Decision, Kept, apply, clean, explain
from .profile import Profile
from .rules import RULES

__all__ = [
    "clean", "explain", "apply", "Cleaned", "Decision", "Kept", "Config", "PRESETS", "RULES", "Profile",
    "clean_html", "explain_html",
]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The HTML stack (selectolax, trafilatura) loads only when HTML is cleaned.
    if name in ("clean_html", "explain_html"):
        from . import html

        return getattr(html, name)
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
