"""The one check of the ``(key, text)`` pairs that `cleaner.report.render_report` and
`cleaner.learn.learn_profile` take, so both refuse bad input with the same sentences.

Pure and import-free: the library functions that use it stay as light as the core.
"""

from __future__ import annotations

from typing import Iterable, Iterator


def text_pairs(items: Iterable, caller: str, key: str) -> Iterator[tuple[object, str]]:
    """Each ``(key, text)`` pair of `items`, lazily (a generator of documents is read once).
    A ValueError, a whole sentence, for anything else: an item that is not a pair (a bare
    string of two characters is not a pair), or a text that is not a str.

    >>> list(text_pairs([("a.txt", "Rain.")], "render_report", "name"))
    [('a.txt', 'Rain.')]
    >>> list(text_pairs(["ab"], "learn_profile", "source"))
    Traceback (most recent call last):
    ...
    ValueError: learn_profile() takes (source, text) pairs; item 1 is a str.
    """
    if isinstance(items, (str, bytes)):
        raise ValueError(f"{caller}() takes ({key}, text) pairs, not one {type(items).__name__}.")
    try:
        iterator = iter(items)
    except TypeError:
        raise ValueError(f"{caller}() takes ({key}, text) pairs, not {type(items).__name__}.") from None
    for n, item in enumerate(iterator, 1):
        if isinstance(item, (str, bytes)) or not isinstance(item, (tuple, list)) or len(item) != 2:
            raise ValueError(f"{caller}() takes ({key}, text) pairs; item {n} is "
                             f"{_what(item)}.")
        name, text = item
        if not isinstance(text, str):
            raise ValueError(f"The text of item {n} ({key} {name!r}) is {_what(text)}, not a str.")
        yield name, text


def _what(value) -> str:
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)}"
    return "None" if value is None else f"a {type(value).__name__}"
