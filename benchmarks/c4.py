"""A plain C4-style line filter: the reference `cleaner` is compared with, for quality and speed.

The line rules of C4 (Raffel et al. 2020, "Exploring the Limits of Transfer Learning", §2.2;
the ``tensorflow_datasets`` ``c4_utils`` implementation), applied to each line of a dump:

- keep only lines that end in a terminal punctuation mark (``.``, ``!``, ``?``, ``"``),
  but not in an ellipsis;
- drop lines with fewer than 3 words;
- drop lines that mention "javascript" (C4's "please enable JavaScript" warnings);
- drop lines with a policy / cookie notice substring ("terms of use", "privacy policy", ...);
- drop lines with a word longer than 1000 characters.

C4's page-level rules (drop pages with fewer than 3 sentences, with "lorem ipsum" or a curly
brace, or with bad words) are not applied: this is a cleaner of text, not a filter of pages,
and a dropped page would score as a lost article. Output: the kept lines joined by newlines.

>>> c4_filter("Menu\\nThe vote is on Friday.\\nRead more...\\nWe use cookies. See our privacy policy.")
'The vote is on Friday.'
"""

from __future__ import annotations

END_MARKS = (".", "?", "!", '"')
ELLIPSIS = "..."
MIN_WORDS_PER_LINE = 3
MAX_WORD_LENGTH = 1000
POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)


def _keep(line: str) -> bool:
    if not line.endswith(END_MARKS) or line.endswith(ELLIPSIS):
        return False
    words = line.split()
    if len(words) < MIN_WORDS_PER_LINE:
        return False
    if max(map(len, words)) > MAX_WORD_LENGTH:
        return False
    lower = line.lower()
    if "javascript" in lower:
        return False
    return not any(p in lower for p in POLICY_SUBSTRINGS)


def c4_filter(text: str) -> str:
    """The lines of `text` (stripped) that pass C4's line rules, joined by newlines."""
    return "\n".join([line for line in map(str.strip, text.splitlines()) if _keep(line)])
