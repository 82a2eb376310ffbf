"""site-profile: lines a site profile has seen on many pages of the same source."""

from __future__ import annotations

from itertools import compress

from .base import rule


@rule("site-profile", removes_prose=True, local=True)
def site_profile(doc, config):
    """Lines listed in the site profile passed to `clean(text, profile=...)` (see `cleaner learn`):
    a source's own boilerplate such as "The Rush Hour Daily is an independent newsroom." that
    no generic vocabulary knows.

    Avoids: anything when no profile is given; a profile is learned from lines that repeat
    across many documents, which article sentences do not.

    >>> from cleaner import clean
    >>> from cleaner.profile import Profile
    >>> clean("Rain on Sunday.\\nDaily Planet, since 1938", profile=Profile.of(["Daily Planet, since 1938"]))
    'Rain on Sunday.'
    """
    profile = doc.profile
    if profile is None or not profile.lines:
        return
    # `Document.folded` of each content line, looked up in C-level passes (map, compress).
    content, lower = doc.content, doc.lower
    folded = map(" ".join, map(str.split, map(lower.__getitem__, content)))
    for i in compress(content, map(profile.lines.__contains__, folded)):
        yield i, "line repeats across the source's documents (site profile)"
