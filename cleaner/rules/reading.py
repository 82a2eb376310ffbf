"""reading-time: how long the article takes to read."""

from __future__ import annotations

from .. import patterns as p
from .base import rule

# "Estimated reading time: 6 minutes" has 5 words, "21 minutes - 4312 words" 5, "Ten tekst
# przeczytasz w mniej niż minutę" 7.
_MAX_WORDS = 7


@rule("reading-time", local=True)
def reading_time(doc, config):
    """Reading-time stamps alone on their line: "5 min read", "Lesezeit: 3 Minuten", "3 Min.
    Lesedauer", "Temps de lecture : 4 min", "11 minut czytania", "21 minutes - 4312 words",
    "Less than a minute read", "Artykuł przeczytasz w 3 minuty".

    Avoids: the article's own durations: the line must be the stamp and nothing more ("The
    walk takes 5 minutes." and a recipe's "5 Minuten" stay), with a reading word ("read",
    "Lesezeit", "de lecture") or "words" next to the minutes; "przeczytasz w" (you will read
    it in) only with the minutes and nothing after them ("Przeczytasz w 5 minut cały raport,
    a potem ..." stays).

    >>> from cleaner import clean
    >>> clean("5 min read\\nThe vote is on Friday.\\n5 minutes")
    'The vote is on Friday.\\n5 minutes'
    """
    lines, words = doc.lines, doc.words
    for i in doc.lines_with(*p.READING_TIME_NEEDLES, lower=True, max_words=_MAX_WORDS):
        if words[i] <= _MAX_WORDS and p.READING_TIME.match(lines[i]):
            yield i, "reading time"
