"""tag-list: "Tags" / "Filed under:" headers and the keyword lists that follow them."""

from __future__ import annotations

import regex

from .. import patterns as p
from ..patterns import script_words
from .base import rule
from .common import article_below, headline_keys, is_prose, is_sentence, link_rows, title_parts
from .labels import TAGS, scan

# (Also the ideographic and the Arabic comma: "标签：杭州、骑行", "برچسب‌ها: یزد، کویر".)
_SEPARATORS = regex.compile(r"\s*[,|·•;/#\u3001\u060c\uff0c]\s*|\s{2,}")
_INLINE = regex.compile(
    r"^\s*(?P<head>" + "|".join(sorted((regex.escape(t) for t in TAGS), key=len, reverse=True)) + r")\s*[:\uff1a]\s*(?P<rest>\S.*)$",
    regex.IGNORECASE,
)
# A tag is a keyword or a short name; anything longer is prose.
_MAX_TAG_WORDS = 5
# The list under a header may spread over a few short lines ("Politics" / "Economy" / ...).
_MAX_TAG_LINES = 30


def _is_tag_list(line: str) -> bool:
    """Several short items separated by commas, pipes, bullets or hashes, without a sentence end."""
    text = line.strip()
    if not text or text.endswith((".", "!", "?", "\u3002", "\uff01", "\uff1f")) and text.count(",") < 2:
        return False
    items = [item for item in _SEPARATORS.split(text) if item]
    # (An item of a script that does not space its words counts its characters: a clause of a
    # Chinese sentence between two commas is longer than a tag.)
    return len(items) >= 2 and all(script_words(item, len(item.split())) <= _MAX_TAG_WORDS for item in items)


# "Kategorie: Tutorials": one short item after an inline header. Not after "Tag", which is
# also the German for "day" ("Tag: Samstag").
_MAX_SINGLE_TAG_WORDS = 3
# After a header that names nothing but tags ("Schlagwörter:", "getaggt mit:"), a few tags
# printed without separators: "getaggt mit: Grundeinkommen Berlin Demonstration".
_MAX_KEYWORD_TAG_WORDS = 8


def _is_single_tag(m) -> bool:
    rest, head = m["rest"].strip(), " ".join(m["head"].lower().split())
    limit = _MAX_KEYWORD_TAG_WORDS if head in p.KEYWORD_HEADERS else _MAX_SINGLE_TAG_WORDS
    return head != "tag" and len(rest.split()) <= limit and not rest.endswith(p.SENTENCE_END)


# Substrings of `patterns.POST_FILING`; a filing line lists a few categories and tags.
_FILING_NEEDLES = ("posted", "wurde", "a été publié", "entrada", "abgelegt unter", "publicado", "pubblicato", "geplaatst", "publié",
                   "postado", "eingestellt von", "opublikowane przez", "postat av", "publicat de", "veröffentlicht in",
                   "filed under", "opublikowano w")
_MAX_FILING_WORDS = 40


# Substrings of `patterns.CATEGORY_TAGS` and `patterns.TAG_ROW`.
_ROW_TAG_NEEDLES = ("tag", "schlagw", "stichw", "verschlagwortet", "etiquetas", "étiquettes", "mots-cl", "related topics",
                    "verwandte themen", "temas relacionados", "sujets associés", "argomenti correlati", "powiązane tematy")
# How those lines start (lower case, after `_ROW_TAG_STRIP`): a test that turns away the many
# lines holding "tag" ("Montag", "Vortrag") before the patterns are tried.
_ROW_TAG_STRIP = " \t\u2022\u00b7*>-([\"'|#"
_ROW_TAG_STARTS = ("in ", "unter ", "under ", "dans ", "en ", "em ", "posted ", "filed ", "veröffentlicht ", "abgelegt ",
                   "publié ", "publicado ", "related ", "tags ", "schlagw", "stichw", "verwandte ", "temas ", "sujets ",
                   "mots-cl", "etiquetas ", "argomenti ", "tagi ", "powiązane ")
# "In Reisen, Familie": a category or two.
_MAX_CATEGORY_WORDS = 6
# "Related Topics Ebook Readers Amazon Kindle": names without separators, each capitalised.
_MAX_ROW_TAG_WORDS = 10


def _is_tag_row(rest: str) -> bool:
    """The tags after a header on its line: a list with separators, or a few capitalised names."""
    if rest.endswith(p.SENTENCE_END):
        return False
    if _is_tag_list(rest):
        return True
    tokens = rest.split()
    return 1 <= len(tokens) <= _MAX_ROW_TAG_WORDS and all(t[0].isupper() or t[0].isdigit() or t[0] == "#" for t in tokens)


def _is_meta_row(items: list[str]) -> bool:
    """A row of a post's figures that holds its tags: "Aufrufe: 532 | Hinzugefügt von: anna |
    Tags: Reisen, Bilder | Rating: 4.0 / 5". Items are `row_items` keys ("key: value")."""
    tags = others = 0
    for item in items:
        head, colon, value = item.partition(":")
        if not colon or not value.strip():
            continue
        if head.strip() in TAGS:
            tags += 1
        else:
            others += 1
    return tags >= 1 and others >= 1


# A paper's keywords follow its abstract, a paragraph or a few below the heading, or stand just
# above it.
_ABSTRACT_LINES_ABOVE = 12
_ABSTRACT_LINES_BELOW = 3


def _opens_abstract(lower: str) -> bool:
    """'Abstract', 'Zusammenfassung:', 'Résumé. Nous étudions ...': an abstract's heading or its
    paragraph's label (not 'Abstract art ...')."""
    text = lower.lstrip(" \t#*")
    for word in p.ABSTRACT_OPENERS:
        if text.startswith(word) and text[len(word):].lstrip()[:1] in ("", ":", ".", "-", "\u2013", "\u2014"):
            return True
    return False


# The tag headers of scripts that do not space their words, with the full-width colon after them.
_UNSPACED_HEADS = tuple(sorted(head + "\uff1a" for head in TAGS if p.unspaced(head)))


# Tag headers that are words of the article's own lines too ("Labels: Sony, Universal, Warner" on
# record companies, "Etiquetas: sin gluten, vegana" on food).
_WORD_HEADS = frozenset({"labels", "label", "etiquetas", "étiquettes", "etichette", "etiketten", "etiketter"})


def _between_sentences(doc, i: int) -> bool:
    """Whether line i stands between two sentences: a line of the article ("Three companies
    dominate the market." / "Labels: Sony, Universal, Warner" / "Together they ..."). A post's
    labels stand under its last paragraph, with the blog's buttons, comments or the next post's
    title below them."""
    before, after = doc.prev_content(i), doc.next_content(i)
    return before is not None and after is not None and is_sentence(doc, before) and is_sentence(doc, after)


# A credit line "Key: value" ("Text und Musik: Nina Brandt", "Paroles : Léa Morin").
_CREDIT = regex.compile(r"\s*(\p{L}[\p{L} .&'’-]{0,30}?)\s?:\s+\S").match


def _among_credits(doc, i: int) -> bool:
    """Whether line i stands in a block of credit lines, a line of its block right above it a
    "key: value" pair of another key: a song's or a record's credits ("Text und Musik: Nina
    Brandt" / "Label: Elbklang Records"). A post's labels stand under its text or its byline."""
    if not i or not doc.words[i - 1]:
        return False
    above, here = _CREDIT(doc.lines[i - 1]), _CREDIT(doc.lines[i])
    return above is not None and here is not None and above[1].lower() != here[1].lower()


# A line of a topics section with this many words is a phrase, not a tag's name.
_PHRASE_WORDS = 3


def _between_sentences_at(doc, i: int, j: int) -> bool:
    """Whether the line above header i and line j below its list are sentences."""
    before = doc.prev_content(i)
    return before is not None and is_sentence(doc, before) and is_sentence(doc, j)


def _paper_keywords(doc, i: int, head: str) -> bool:
    """Whether line `i`, under the label `head`, lists a paper's keywords: the label is a keyword
    label (`patterns.PAPER_KEYWORD_HEADERS`) and an abstract opens a few lines above or below."""
    if " ".join(head.lower().split()) not in p.PAPER_KEYWORD_HEADERS:
        return False
    lower = doc.lower
    for step, reach in ((doc.prev_content, _ABSTRACT_LINES_ABOVE), (doc.next_content, _ABSTRACT_LINES_BELOW)):
        j = i
        for _ in range(reach):
            j = step(j)
            if j is None:
                break
            if _opens_abstract(lower[j]):
                return True
    return False


def _is_tag(doc, j: int) -> bool:
    return 0 < doc.words[j] <= _MAX_TAG_WORDS and not doc.lines[j].rstrip().endswith(p.SENTENCE_END)


# Date lines (with a figure, of a tag's length at most) between a headline and its paragraph.
_DATE_LINES = 2
# Below a date line, a line of this many words is the paragraph (a speech's preface of 18 words
# that ends in a bracket); a tag or a widget's label is a few words.
_PARAGRAPH_WORDS = 12


def _headline_below_widget(doc, j: int, above: int, config) -> bool:
    """Whether line `j`, which the walk down a list of tags reached, is the article's headline:
    the page's title line names it and the article follows, or it opens its own block right
    above a paragraph. A sidebar's "Categories" widget may stand right above the article
    ("Kategorien" / "Kuchen" / "Brot" / "" / "Kürbissuppe mit Ingwer" / "" / "Diese Suppe koche
    ich jeden Herbst, ..."), perhaps over its date line.
    """
    if j == above + 1:
        return False
    key = doc.keys[j]
    if key is not None and key in title_parts(doc)[0] and key in headline_keys(doc) and article_below(doc, j):
        return True
    k = doc.next_content(j)
    if k is None or k == j + 1:
        return False
    # (Its date line may stand between it and the paragraph, "Veröffentlicht am 28.02.2025", which
    # may then open with a long line that ends in no full stop: "Rede vom 25. Februar (es gilt das
    # gesprochene Wort)".)
    for n in range(_DATE_LINES + 1):
        if is_prose(doc, k, config) or n and script_words(doc.lines[k], doc.words[k]) >= _PARAGRAPH_WORDS:
            return True
        if doc.words[k] > _MAX_TAG_WORDS or not any(map(str.isdigit, doc.lines[k])):
            return False
        k = doc.next_content(k)
        if k is None:
            return False
    return False


# A filing line is a sentence the blog platform writes ("This entry was posted in News and tagged
# Berlin, Wahl, ... Bookmark the permalink."); with many tags it is as long as prose.
_FILING = "the post's filing line (categories and tags)"


@rule("tag-list", prose_evidence=(_FILING,))
def tag_list(doc, config):
    """Tag and category lists: "Tags" followed by "Us, South Korea, Japan, North korea",
    "Filed under: Politics, Asia", "Schlagwörter: Wahl, Bundestag", a few tags without separators
    after a header that names only tags ("getaggt mit: Grundeinkommen Berlin", "Related Topics
    Ebook Readers Amazon Kindle"), a blog post's filing line ("This entry was posted in News and
    tagged Berlin. Bookmark the permalink.", "In Reisen, Familie Tags Ostsee,
    Camping"), and a row of the post's figures that holds its tags ("Aufrufe: 532 | Tags: Reisen,
    Bilder | Rating: 4.0 / 5").

    Avoids: prose about tags ("Put tags on luggage.") and a "Topics" subheading followed by a
    paragraph: the header goes only with a list of short items after it; on the header's line
    the tags are a list or capitalised names without a sentence end ("Tags darauf kam er
    zurück." stays); short lines that run into a sentence's block stay; a paper's keywords near
    its abstract ("Abstract" ... "Keywords: urban heat island; street trees") stay, and so does
    the headline below a sidebar's "Categories" widget printed above the post (the title line
    names it, or it opens its own block right above a paragraph of prose).

    >>> from cleaner import clean
    >>> clean("Put tags on your luggage.\\n\\nTags\\nUs, South Korea, Japan, North korea")
    'Put tags on your luggage.'
    """
    lines = doc.lines
    hits = scan(doc)
    for i in hits.get("tag-header", ()):
        if _paper_keywords(doc, i, lines[i].strip().rstrip(":")):
            continue
        j = doc.next_content(i)
        if j is None:
            yield i, "tag header at the end of the text"
            continue
        if _is_tag_list(lines[j]):
            yield i, "tag header followed by a tag list"
            yield j, f"tag list under {lines[i].strip()!r}"
            continue
        taken = []
        while j is not None and len(taken) < _MAX_TAG_LINES and _is_tag(doc, j):
            if _headline_below_widget(doc, j, taken[-1] if taken else i, config):
                break
            taken.append(j)
            j = doc.next_content(j)
        if taken and j == taken[-1] + 1 and doc.keys[i] in p.KEYWORD_HEADERS:
            # The tags ran into the next widget's block ("Schlagworte" / "Berlin" "Mitte" / "Teilen
            # auf" ... "Bewertung" over a longer line): under a header that names nothing but tags,
            # the blocks before it are the tags.
            while taken and doc.next_content(taken[-1]) == taken[-1] + 1:
                taken.pop()
            j = doc.next_content(taken[-1]) if taken else None
        if taken and (j is None or j > taken[-1] + 1):
            if (j is not None and doc.keys[i] not in p.KEYWORD_HEADERS and _between_sentences_at(doc, i, j)
                    and any(doc.words[t] >= _PHRASE_WORDS for t in taken)):
                # A section of the article under a heading that names topics or themes
                # ("Topics" / "Digital textbooks" / "Mental health in schools", "Teme",
                # "Konular"): a sentence above it, the article's next paragraph below its list,
                # and phrases among its lines, where tags are names ("Topics" / "Climate" /
                # "Energy" between two stories goes).
                continue
            yield i, "tag header followed by tag lines"
            for t in taken:
                yield t, f"tag under {lines[i].strip()!r}"
    words = doc.words
    for i in doc.lines_with(*_FILING_NEEDLES, lower=True, max_words=_MAX_FILING_WORDS):
        if words[i] <= _MAX_FILING_WORDS and p.POST_FILING.match(lines[i]):
            yield i, _FILING
    lower = doc.lower
    for i in doc.lines_with(*_ROW_TAG_NEEDLES, lower=True, max_words=_MAX_FILING_WORDS):
        if words[i] <= _MAX_FILING_WORDS and lower[i].lstrip(_ROW_TAG_STRIP).startswith(_ROW_TAG_STARTS):
            line = lines[i]
            m = p.CATEGORY_TAGS.match(line)
            if m and (m["colon"] or m["head"][0].isupper()) and len(m["cats"].split()) <= _MAX_CATEGORY_WORDS and _is_tag_list(m["tags"]):
                yield i, "the post's category and tags"
                continue
            m = p.TAG_ROW.match(line)
            if m and _is_tag_row(m["rest"]):
                yield i, f"tags after {m['head']!r}"
    for i, items in link_rows(doc).items():
        # A figure's item holds a colon ("Tags: Reisen"), which folding never makes.
        if ":" in lines[i] and _is_meta_row(items):
            yield i, "row of the post's figures with its tags"
    # A header of a script that does not space its words runs into its tags after a full-width
    # colon ("标签：杭州、骑行", "タグ：味噌、手作り"): the line is one word, which the scan's
    # first-word lookup never finds.
    inline = hits.get("tag-inline", ())
    unspaced_inline = doc.lines_with(*_UNSPACED_HEADS, lower=True, max_words=_MAX_FILING_WORDS)
    if unspaced_inline:
        inline = sorted({*inline, *unspaced_inline})
    for i in inline:
        if ":" in lines[i] or "\uff1a" in lines[i]:
            m = _INLINE.match(lines[i])
            if (m and (_is_tag_list(m["rest"] + ",") or _is_single_tag(m)) and not _paper_keywords(doc, i, m["head"])
                    and not (" ".join(m["head"].lower().split()) in _WORD_HEADS and (_between_sentences(doc, i) or _among_credits(doc, i)))):
                yield i, f"inline tag list after {m['head']!r}"
