"""Language of a document and its stopwords, from the `stopwordsiso` data package.

The block classifier judges a line by how many of its words are function words ("the", "und",
"les", "и"): article prose is full of them, menus and link lists have almost none. Which words
count depends on the language, so a document's language is detected first, from the same
stoplists: the language whose stopwords make up the largest share of a sample of the
document's words. Pages in other languages or scripts (Chinese, Arabic, ...) get no stoplist
and the classifier falls back to features that need none.

The stoplists are data loaded once per process, on first use; nothing about a document is
remembered between calls.

>>> detect("Der Vorstand hat am Montag mitgeteilt, dass die Zahlen für das Jahr besser sind als erwartet.")
'de'
>>> detect("The board said on Monday that the figures for the year are better than it had expected.")
'en'
>>> detect("市场周一上涨，投资者对经济前景感到乐观。") is None
True
"""

from __future__ import annotations

from collections import Counter
from functools import cache

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ru", "uk", "da", "no", "cs", "sk", "bg", "hr", "sr")
"""Languages with a stoplist (ISO 639-1 codes of the `stopwordsiso` package). Without their own
lists, Danish and Norwegian pages were judged by the Swedish one (which shares a few words with
them) or by none, and Czech and Slovak pages by none; Serbian and Bulgarian pages in Cyrillic
were judged by the Russian and Ukrainian lists, which share "и", "на", "за", "да" with them
and few other words, and read their paragraphs as rows of links.

Languages whose prose holds too few words of the package's list to be told from a menu by it
(Finnish, Turkish, Vietnamese, Korean, Hebrew, Hindi: under a tenth of a paragraph's words
now and then) have none here: the classifier judges them by length and punctuation."""

# Lists made from another language's list: Serbian has the function words of Croatian (the
# package has no Serbian list), and its Cyrillic spelling is the Latin one letter for letter.
# The derived list holds the Cyrillic spellings: a page in Latin letters is found by the
# Croatian list, which would share every vote with a copy.
DERIVED = {"sr": "hr"}
_CYRILLIC = dict(zip(
    "abcčćdđefghijklmnoprsštuvzž",
    "абцчћдђефгхијклмнопрсштувзж",
))
_DIGRAPHS = (("lj", "љ"), ("nj", "њ"), ("dž", "џ"))


def _to_cyrillic(word: str) -> str | None:
    """A Serbian word in Latin letters spelt in Cyrillic (None for a letter it has no match
    for).

    >>> _to_cyrillic("njegova"), _to_cyrillic("između")
    ('његова', 'између')
    """
    for latin, cyrillic in _DIGRAPHS:
        word = word.replace(latin, cyrillic)
    out = [_CYRILLIC.get(c, c if "\u0400" <= c <= "\u04ff" else None) for c in word]
    return None if None in out else "".join(out)

# Function words a package's stoplist lacks: the Ukrainian list has 73 words and none of the
# commonest ("і" and, "в"/"у" in, "на" on, "не" not), so Ukrainian prose came out under the
# share of stopwords that prose has (and was judged by the Russian list, which holds a few).
STOPWORDS_ADDED = {
    "uk": """і в у на не а за по ж же ще вже бо аби щоб при через після його їхні їхній цього цієї цих
        їм ним нею них мені мене нас ми він вона вони воно своє свої свій своїх який яка яке які
        котрий також тільки лише ні було буде будуть може можна треба між перед над
        зі ця ці понад якщо тому проте однак або""",
    # Serbian's own spellings (ekavian "pre", "šta") beside the Croatian list's, in both scripts.
    "sr": """пре после шта овај ова ово код према због између док око преко током""",
    "hr": """pre posle šta ovaj ova ovo kod prema zbog između dok oko preko tokom""",
}

# Tokens are taken as `str.split()` gives them, punctuation attached; rather than strip every
# token, each stopword is also looked up with the punctuation that most often clings to it.
_CLINGING = (",", ".", ":", ";", ")", '"', "'")

# Detection reads at most this many tokens (from the longest lines first): a few hundred words
# of prose tell the languages apart, and the cost stays flat on long documents.
SAMPLE_TOKENS = 400
# The best language must have votes worth at least this share of the sampled tokens; prose in
# the supported languages is 30-50% stopwords (a word shared by several stoplists votes for each
# with a fraction), a page in another language shares a few short words by accident ("a", "i",
# "o") and stays well under.
MIN_SHARE = 0.08
# ... from at most this many lines.
SAMPLE_LINES = 40
# A second language counts when its stopwords cover at least this share of what the first
# language's cover (mixed pages: an article with a banner or comments in another language).
SECOND_SHARE = 0.5


@cache
def _table() -> tuple[dict[str, int], tuple[frozenset[str], ...], dict[int, tuple[int, ...]]]:
    """Every stopword (with clinging punctuation variants) mapped to a bit mask of the languages
    it belongs to, each language's stopword set, and each mask's bits (the languages' positions
    in `LANGUAGES`)."""
    import stopwordsiso

    sets = []
    for code in LANGUAGES:
        if code in DERIVED:
            words = set(filter(None, (_to_cyrillic(w.lower()) for w in stopwordsiso.stopwords(DERIVED[code]) if w.isalpha())))
        else:
            words = {w.lower() for w in stopwordsiso.stopwords(code) if w.isalpha()}
        words |= set(STOPWORDS_ADDED.get(code, "").split())
        sets.append(frozenset(words | {w + p for w in words for p in _CLINGING}))
    masks: dict[str, int] = {}
    for bit, words in enumerate(sets):
        for w in words:
            masks[w] = masks.get(w, 0) | (1 << bit)
    bits = {mask: tuple(b for b in range(len(LANGUAGES)) if mask >> b & 1) for mask in set(masks.values())}
    return masks, tuple(sets), bits


def stopwords(language: str | None) -> frozenset[str]:
    """The stopwords of a language code from `LANGUAGES` (lower case, also with clinging
    punctuation such as "und,"); an empty set for None or an unknown code."""
    if language not in LANGUAGES:
        return frozenset()
    return _table()[1][LANGUAGES.index(language)]


def detect(text: str | list[str]) -> str | None:
    """The language of `text` (a string or its lines, lower case or not) among `LANGUAGES`, or
    None when no stoplist covers enough of it."""
    ranked = rank(text)
    return ranked[0] if ranked else None


def rank(text: str | list[str], *, lowered: bool = False) -> list[str]:
    """The languages of `text` whose stopwords cover enough of it, most likely first: a page
    in German with an English cookie banner gives ``["de", "en"]``. ``lowered`` says that the
    text is in lower case already (`Document.lower`), which spares lower-casing the sample."""
    lines = text.split("\n") if isinstance(text, str) else text
    # The longest lines are the likeliest prose; menus and labels would only dilute the sample.
    sample: list[str] = []
    for line in sorted(lines, key=len, reverse=True)[:SAMPLE_LINES]:
        room = SAMPLE_TOKENS - len(sample)
        tokens = (line if lowered else line.lower()).split(None, room)
        # With `room` splits the last item is the rest of the line, unsplit: left out.
        sample += tokens[:room]
        if len(sample) >= SAMPLE_TOKENS:
            break
    if not sample:
        return []
    masks, _, bits_of = _table()
    # A word in k stoplists ("la", "de", "a") gives each of them 1/k of a vote. The stopwords
    # are counted per language mask first (a C-level count of the tokens that have one; the
    # other tokens are dropped before it), then the few masks are spread.
    votes = [0.0] * len(LANGUAGES)
    for mask, count in Counter(filter(None, map(masks.get, sample))).items():
        bits = bits_of[mask]
        share = count / len(bits)
        for bit in bits:
            votes[bit] += share
    floor = MIN_SHARE * len(sample)
    order = sorted(range(len(LANGUAGES)), key=votes.__getitem__, reverse=True)
    return [LANGUAGES[b] for b in order if votes[b] >= floor and votes[b] >= SECOND_SHARE * votes[order[0]]]


@cache
def union(languages: tuple[str, ...]) -> frozenset[str]:
    """The stopwords of several languages together."""
    return frozenset().union(*map(stopwords, languages))
