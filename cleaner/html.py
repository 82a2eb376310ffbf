"""HTML input: decode, prune chrome by structure, extract the article, clean its text.

    bytes/str ─▶ decode ─▶ pre-pass (selectolax) ─▶ trafilatura ─▶ text pipeline ─▶ text
                               └─▶ html-* decisions                 └─▶ text decisions

`clean_html(page)` and `explain_html(page)` run the same steps; `explain_html` returns a
`Cleaned` whose decisions are the pre-pass removals (rule ids ``html-<concept>``) followed by
the text rules' decisions on the extracted text. `extract_html(page)` is the extracted text
the text rules ran on, so ``cleaner.apply(extract_html(p), text_decisions) == clean_html(p)``.

The pre-pass removes elements that are chrome by their structure or by their class/id
vocabulary (`cleaner.htmlvocab`), and short paragraphs inside the article that are one link to
another article, in one selectolax (lexbor) parse; trafilatura extracts the main text of what
is left, and the article's lead paragraph is put back when trafilatura took it for a teaser.
The pre-pass never removes the main article container or an element holding most of the
page's text, and a guard undoes it when it would leave too little.

All functions are pure and never raise: bytes that are not an HTML page (empty, binary,
plain text) give "".
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .config import Config
from .engine import Cleaned, Decision, check_options, explain
from .engine import clean as clean_text
from .htmlvocab import CONCEPTS, LEAD_TOKENS
from .profile import Profile

__all__ = ["clean_html", "explain_html", "extract_html", "decode_html"]

# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([a-zA-Z0-9_:.\-]{1,40})""",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252 (the WHATWG encoding standard), which also maps
# the 0x80-0x9f bytes that Latin-1 leaves as control characters.
_CP1252_LABELS = {"latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1", "l1", "us-ascii",
                  "ascii", "iso-ir-100", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"}
# Only the start of a page is searched for its declaration, as browsers do (they read 1024 bytes;
# pages with long heads put the meta tag a little later).
_DECLARATION_WINDOW = 4096
# charset_normalizer looks at this much of an undeclared, non-UTF-8 page.
_GUESS_WINDOW = 1 << 20


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data, 0, _DECLARATION_WINDOW)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii", "ignore").strip().lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    if label.startswith(("utf-16", "utf16", "utf-32", "utf32")):
        return "utf-8"  # a declaration read as ASCII cannot be UTF-16: browsers take UTF-8
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes | str) -> str:
    """Bytes of a web page as text: BOM, then the charset the page declares (``<meta charset>``,
    ``http-equiv`` or the XML declaration; Latin-1 labels read as windows-1252), then strict
    UTF-8, then charset_normalizer's guess. A page declaring a single-byte charset whose bytes
    are valid UTF-8 with non-ASCII characters is read as UTF-8 (a wrong declaration: UTF-8
    bytes are almost never valid by accident). Never raises.

    >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9 \\x80</p>')
    '<meta charset="iso-8859-1"><p>café €</p>'
    """
    if isinstance(data, str):
        return data
    data = bytes(data)
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = _declared(data)
    if declared:
        if codecs.lookup(declared).name != "utf-8" and _single_byte(declared):
            try:
                text = data.decode("utf-8")
                if not text.isascii():
                    return text
            except UnicodeDecodeError:
                pass
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            if declared == "cp1252":  # the five bytes cp1252 leaves undefined
                return data.decode("cp1252", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:_GUESS_WINDOW]).best()
        if best is not None and best.encoding:
            encoding = "cp1252" if best.encoding.lower().replace("_", "-") in _CP1252_LABELS else best.encoding
            return data.decode(encoding, errors="replace")
    except Exception:  # a guesser failure is not the caller's problem: fall back to UTF-8
        pass
    return data.decode("utf-8", errors="replace")


def _single_byte(encoding: str) -> bool:
    try:
        return len("\u00e9".encode(encoding)) == 1
    except (UnicodeEncodeError, LookupError):
        return False


# An HTML page has tags; a text or a binary blob does not. Searched anywhere in the text.
_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a|h[1-6]"
    r"|table|ul|ol|li|br|img|header|footer|nav|script|style)\b[^<>]{0,2000}>",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
# A page whose start is more than this share of control or replacement characters is binary.
_MAX_CONTROL_SHARE = 0.05


def _is_html(text: str) -> bool:
    head = text[:4096]
    if not head.strip():
        return False
    if len(_CONTROL.findall(head)) > _MAX_CONTROL_SHARE * len(head):
        return False
    return _TAG.search(text) is not None


# --------------------------------------------------------------------------- the pre-pass

# Elements that never carry article text: dropped silently (no decision), which also makes the
# page trafilatura parses smaller.
_INVISIBLE = "script, style, noscript, template, svg, iframe, object, embed, link, button, select, input, textarea"

# Chrome by structure: (selector, concept). "header" is chrome only outside the article.
_STRUCTURE = (
    ("nav", "nav"), ("aside", "aside"), ("footer", "footer"), ("header", "header"), ("form", "form"),
    ("[role=navigation]", "nav"), ("[role=complementary]", "aside"), ("[role=contentinfo]", "footer"),
    ("[role=banner]", "header"), ("[aria-hidden=true]", "hidden"), ("[hidden]", "hidden"),
    ("[style*=display i]", "hidden"), ("[style*=visibility i]", "hidden"),
    ("figcaption [class*=credit i]", "credit"), ("figure [class*=copyright i]", "credit"),
)
# Elements a class/id token never removes: containers of the article ("article has-paywall");
# headings are judged by their class only, as their ids are often anchors made from their text
# ("nav_the_results").
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NEVER_BY_TOKEN = frozenset({"article", "main", "body", "html"}) | _HEADINGS
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MAIN_SELECTORS = "article, main, [role=main], [itemprop=articleBody]"
_TOKEN_SPLIT = re.compile(r"[-_\s.:]+")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def _normalise(token: str) -> str:
    return token.replace("-", "").replace("_", "")


_VOCAB: dict[str, str] = {}
for _concept, _tokens in CONCEPTS.items():
    for _token in _tokens:
        _VOCAB.setdefault(_normalise(_token), _concept)


_STRUCTURE_SELECTOR = ", ".join(sel for sel, _ in _STRUCTURE)
_STRUCTURE_TAGS = {"nav": "nav", "aside": "aside", "footer": "footer", "header": "header", "form": "form"}
_STRUCTURE_ROLES = {"navigation": "nav", "complementary": "aside", "contentinfo": "footer", "banner": "header"}
# "no-share", "hide-ads", "without-sidebar": the element is declared free of that chrome.
_NEGATIONS = frozenset({"no", "not", "non", "without", "hide", "disable", "disabled"})
# First parts of the vocabulary's tokens: a class/id with none of them is rejected at once.
_FIRST_PARTS = frozenset(t.split("-")[0] for tokens in CONCEPTS.values() for t in tokens) | frozenset(_VOCAB)


def _token_concept(attributes: dict, names: tuple[str, ...] = ("class", "id"),
                   skip: frozenset = frozenset()) -> tuple[str, str] | None:
    """The concept and the matching class/id token of an element, or None; concepts in `skip`
    (switched off) are passed over."""
    for name in names:
        raw = attributes.get(name)
        if not raw:
            continue
        value = (raw if raw.islower() else _CAMEL.sub(r"\1-\2", raw)).lower()
        if _FIRST_PARTS.isdisjoint(_TOKEN_SPLIT.split(value)):
            continue
        for token, original in zip(value.split(), raw.split()):
            parts = [p for p in _TOKEN_SPLIT.split(token) if p]
            n = len(parts)
            for size in (1, 2, 3):
                for i in range(n - size + 1):
                    concept = _VOCAB.get("".join(parts[i:i + size]))
                    if concept and concept not in skip and not (i and parts[i - 1] in _NEGATIONS):
                        return concept, f'{name}="{original}"'
    return None


def _structure_concept(node, attributes: dict) -> tuple[str, str] | None:
    tag = node.tag
    if tag in _STRUCTURE_TAGS:
        return _STRUCTURE_TAGS[tag], f"<{tag}>"
    role = (attributes.get("role") or "").strip().lower()
    if role in _STRUCTURE_ROLES:
        return _STRUCTURE_ROLES[role], f'role="{role}"'
    if (attributes.get("aria-hidden") or "").strip().lower() == "true":
        return "hidden", 'aria-hidden="true"'
    if "hidden" in attributes:
        return "hidden", "hidden attribute"
    style = attributes.get("style") or ""
    if style and _HIDDEN_STYLE.search(style):
        return "hidden", f'style="{style.strip()[:60]}"'
    return None


# The pre-pass never removes an element holding more than this share of the body's text: that
# element is the page's content, whatever its class says ("post tag-news", "story related").
_MAX_REMOVED_SHARE = 0.5
# Chrome inside the article (a share bar, an ad slot, a related box) is small next to it: an
# element named like chrome that holds more than this share of the main container's text is
# part of the article ("cuerpo-ad" wrapping the body of a story).
_MAX_TOKEN_SHARE_OF_MAIN = 0.3
# A paragraph of this many words is prose, which menus, share bars, ad slots and teaser lists
# do not hold; an element named like one of them around such a paragraph is a layout wrapper.
# Checked only on elements with more than _PROSE_CHARS characters of text (the check costs a
# query), and not for the concepts whose chrome is prose (bios, cookie banners, newsletter
# pitches, comment forms).
_PROSE_WORDS = 50
_PROSE_CHARS = 400
_PROSE_CONCEPTS = frozenset({"author-bio", "cookie", "newsletter", "comments"})
# A pre-pass that would leave less than this share of the body's text, or remove more than this
# share of the main container's text, has misread the page: it is undone.
_MIN_KEPT_SHARE = 0.1
_MAX_MAIN_REMOVED_SHARE = 0.5


@dataclass(frozen=True)
class _Removal:
    rule: str
    text: str
    evidence: str


def _text_length(node) -> int:
    text = node.text(deep=True)
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


_IN_CHOSEN, _IN_MAIN, _IN_CONTAINER = 1, 2, 4


def _own_flags(mem_id: int, chosen_ids: set, main_id, container_ids: set) -> int:
    return ((_IN_CHOSEN if mem_id in chosen_ids else 0) | (_IN_MAIN if mem_id == main_id else 0)
            | (_IN_CONTAINER if mem_id in container_ids else 0))


def _path(node, stop) -> list[int]:
    ids = []
    while node is not None and node.mem_id != stop:
        ids.append(node.mem_id)
        node = node.parent
    return ids


# "Lea también: <a>Headline of another story</a>" between the paragraphs of an article: a
# short paragraph that is one link of at least _LINK_WORDS words making up most of its text.
# Taken only when the article has at least one prose paragraph for every two such link
# paragraphs: a post that is a list of links is its own content.
_LINK_PARAGRAPH_WORDS = 25
_LINK_WORDS = 4
_LINK_SHARE = 0.6
_MAX_LINKS_PER_PROSE = 2


def _link_paragraphs(main) -> list:
    paragraphs, headings, prose = [], [], 0
    for node in main.css("p, h2, h3, h4, h5, h6"):
        words = node.text(deep=True).split()
        if len(words) > _LINK_PARAGRAPH_WORDS:
            prose += node.tag == "p"
            continue
        links = node.css("a")
        if len(links) != 1:
            continue
        link = links[0].text(deep=True).split()
        if len(link) >= _LINK_WORDS and len(" ".join(link)) >= _LINK_SHARE * len(" ".join(words)):
            (paragraphs if node.tag == "p" else headings).append(node)
    return paragraphs + headings if len(paragraphs) <= _MAX_LINKS_PER_PROSE * prose else []


def prune(tree, *, explain: bool = False, disabled: frozenset = frozenset()) -> list[_Removal]:
    """Remove chrome elements from a selectolax tree in place; returns the removals (their
    text only when `explain`). Rule ids in `disabled` (``html-nav`` ...) remove nothing."""
    skip = frozenset(rule[5:] for rule in disabled if rule.startswith("html-"))
    # Innermost first, each once: a node whose ancestor is gone must not be touched again.
    done: set[int] = set()
    for node in reversed(tree.css(_INVISIBLE)):
        if node.mem_id not in done:
            done.add(node.mem_id)
            node.decompose()
    body = tree.body
    if body is None:
        return []
    body_id = body.mem_id
    body_length = _text_length(body)
    if body_length == 0:
        return []

    # The main container: the largest article/main; it and its ancestors are never removed.
    containers = tree.css(_MAIN_SELECTORS)
    main, main_length = None, 0
    for node in containers:
        length = _text_length(node)
        if length > main_length:
            main, main_length = node, length
    protected = set(_path(main, body_id)) if main is not None else set()
    main_id = main.mem_id if main is not None else None
    container_ids = {node.mem_id for node in containers}

    chosen: list[tuple[object, str, str, bool]] = []  # node, concept, evidence, inside main
    chosen_ids: set[int] = set()
    removed_length = removed_in_main = 0
    seen: dict[tuple, tuple[str, str] | None] = {}  # class/id pairs repeat within a page
    # Flags of a node and its ancestors, memoised: lexbor returns matches in document order, so
    # every ancestor of a node is decided before the node, and a walk up stops at the first
    # node already known (linear in the page, however deep).
    flags: dict[int, int] = {body_id: 0}

    def ancestry(node) -> int:
        chain = []
        while node is not None and node.mem_id not in flags:
            chain.append(node)
            node = node.parent
        value = flags[node.mem_id] if node is not None else 0
        for n in reversed(chain):
            value |= _own_flags(n.mem_id, chosen_ids, main_id, container_ids)
            flags[n.mem_id] = value
        return value

    for node in tree.css(f"{_STRUCTURE_SELECTOR}, [class], [id]"):
        attributes = node.attributes
        hit = _structure_concept(node, attributes)
        if hit is not None and hit[0] in skip:
            hit = None  # switched off; the element's class or id may still name other chrome
        if hit is None and node.tag not in _NEVER_BY_TOKEN:
            key = (attributes.get("class"), attributes.get("id"))
            if key not in seen:
                seen[key] = _token_concept(attributes, skip=skip)
            hit = seen[key]
        elif hit is None and node.tag in _HEADINGS:
            hit = _token_concept(attributes, ("class",), skip=skip)
        if hit is None:
            continue
        mem_id = node.mem_id
        if mem_id in protected or mem_id == body_id or mem_id in chosen_ids:
            continue  # (an element matching several selectors comes once per selector)
        above = ancestry(node.parent)
        if above & _IN_CHOSEN:
            continue  # inside an element already removed
        inside_main = bool(above & _IN_MAIN)
        concept, evidence = hit
        if concept == "header" and above & _IN_CONTAINER:
            continue  # an article's own header holds its headline
        length = _text_length(node)
        if length > _MAX_REMOVED_SHARE * body_length:
            continue
        if concept in CONCEPTS and concept not in _PROSE_CONCEPTS and length > _PROSE_CHARS:
            if inside_main and length > _MAX_TOKEN_SHARE_OF_MAIN * main_length:
                continue  # a box inside the article holding much of its text is the article
            if any(len(p.text(deep=True).split()) >= _PROSE_WORDS for p in node.css("p")):
                continue  # "cuerpo-ad", "has-sidebar": a layout class around paragraphs of prose
        removed_length += length
        if inside_main:
            removed_in_main += length
        chosen.append((node, concept, evidence, inside_main))
        chosen_ids.add(mem_id)
        flags[mem_id] = ancestry(node) | _IN_CHOSEN

    if main is not None and "related" not in skip:
        for node in _link_paragraphs(main):
            mem_id = node.mem_id
            if mem_id in chosen_ids or ancestry(node.parent) & _IN_CHOSEN:
                continue
            length = _text_length(node)
            removed_length += length
            removed_in_main += length
            chosen.append((node, "related", "one link to another article", True))
            chosen_ids.add(mem_id)
    if not chosen or body_length - removed_length < _MIN_KEPT_SHARE * body_length:
        return []
    if main_length and removed_in_main > _MAX_MAIN_REMOVED_SHARE * main_length:
        chosen = [item for item in chosen if not item[3]]
    removals: list[_Removal] = []
    # No chosen element lies inside another, except link paragraphs around an element chosen
    # before them: removing in this order never touches a removed node.
    for node, concept, evidence, _ in chosen:
        if explain:
            text = " ".join(node.text(deep=True, separator=" ").split())
            if text:  # empty widgets (ad slots, icons) are removed without a word
                removals.append(_Removal(f"html-{concept}", text, f"<{node.tag}> {evidence}"))
        node.decompose()
    return removals


# --------------------------------------------------------------------------- extraction

# trafilatura's settings, chosen on the bench (benchmarks/html_quality.py): tables kept,
# formatting markup off (the text rules read plain lines), comments on (trafilatura keeps them
# apart from the article; the pre-pass has already dropped comment sections marked as such, and
# what is left is often part of the post, as on blogs and forums).
_EXTRACT_OPTIONS = dict(include_tables=True, include_formatting=False, include_comments=True,
                        include_images=False, include_links=False, with_metadata=False)
# An extraction shorter than this (characters) is "too little": the wider extractions are tried.
_MIN_EXTRACTED = 250
# The text rules' default for extracted text: the block classifier (`Config.classify`) is for
# full-page dumps, whose menus and footers trafilatura has already left out; on an extracted
# article it only finds short paragraphs and subheadings to remove.
HTML_DEFAULT = Config(classify=False)


def _trafilatura(html: str, url: str | None, **options) -> str:
    import trafilatura

    try:
        return trafilatura.extract(html, url=url, **{**_EXTRACT_OPTIONS, **options}) or ""
    except Exception:  # trafilatura failing on a broken page is a reason to try the next extraction
        return ""


def _baseline(html: str) -> str:
    import trafilatura

    try:
        return trafilatura.baseline(html)[1] or ""
    except Exception:
        return ""


@dataclass(frozen=True)
class _Extracted:
    text: str
    removals: tuple[_Removal, ...]


def _extract(page: str | bytes, url: str | None, explain: bool, disabled: frozenset = frozenset()) -> _Extracted:
    from selectolax.lexbor import LexborHTMLParser

    html = decode_html(page).replace("\x00", "")
    if not _is_html(html):
        return _Extracted("", ())
    try:
        tree = LexborHTMLParser(html)
    except UnicodeEncodeError:  # lone surrogates in a str page
        html = html.encode("utf-8", errors="replace").decode("utf-8")
        tree = LexborHTMLParser(html)
    removals = tuple(prune(tree, explain=explain, disabled=disabled))
    pruned = tree.html or ""
    text = _trafilatura(pruned, url)
    if len(text) < _MIN_EXTRACTED:
        # Too little: a wider extraction of the pruned page, then of the whole page, then
        # trafilatura's baseline of the whole page (which reads the article body of the page's
        # JSON-LD first: pages rendered by scripts have their text only there). Each is taken
        # when it finds more than twice as much; the baseline of the pruned page (its <p>
        # elements, else its text) only when nothing else found any text.
        for wider in (lambda: _trafilatura(pruned, url, favor_recall=True),
                      lambda: _trafilatura(html, url, favor_recall=True),
                      lambda: _baseline(html)):  # the page's JSON-LD articleBody, if it has one
            more = wider()
            if len(more) > 2 * len(text):
                text = more
            if len(text) >= _MIN_EXTRACTED:
                break
        if not text.strip():
            text = _baseline(pruned)
    # trafilatura keeps the page's source indentation at the start of some lines.
    text = "\n".join(line.strip() for line in text.splitlines())
    lead = _lead(tree, text)
    if lead and text and _SPACES.sub(" ", lead[:80]) not in _SPACES.sub(" ", text):
        # Below the headline when the text starts with it, else on top.
        first, _, rest = text.partition("\n")
        h1 = tree.css_first("h1")
        if rest and h1 is not None and " ".join(h1.text(deep=True).split()) == first:
            text = f"{first}\n{lead}\n{rest}"
        else:
            text = f"{lead}\n\n{text}"
    return _Extracted(text, removals)


_SPACES = re.compile(r"\s+")
_LEAD_SELECTOR = ", ".join(f'[class*="{word}" i]' for word in LEAD_TOKENS)
# A lead is a sentence or more; a two-word "Intro" label is not.
_MIN_LEAD_WORDS = 6
# A paragraph of prose in an article's header is its standfirst.
_MIN_HEADER_LEAD_WORDS = 15
# A standfirst is prose; a teaser box of other articles is mostly link text.
_MAX_LEAD_LINK_SHARE = 0.3


def _lead(tree, text: str) -> str:
    """The article's lead paragraph (standfirst), when trafilatura left it out of `text`.

    trafilatura takes "teaser", "intro" and "excerpt" boxes for boilerplate, but the first one
    inside the article is its standfirst: "Seit Dezember 2015 ..." above the body. Only the
    first such element inside the largest article/main counts, so related-article teasers
    further down (or outside the article) are never taken; on a page without such a
    container, only one whose neighbours hold the extracted text. Without a lead box, a
    paragraph of prose in the article's <header> is its standfirst."""
    main = max(tree.css(_MAIN_SELECTORS), key=_text_length, default=None)
    scope = main if main is not None else tree.body
    if scope is None:
        return ""
    for node in scope.css(_LEAD_SELECTOR):
        if _lead_token(node.attributes.get("class") or ""):
            if main is None and not _next_to_text(node, text):
                return ""
            return _lead_text(node)
    if main is not None:
        for p in main.css("header p"):
            if len(p.text(deep=True).split()) >= _MIN_HEADER_LEAD_WORDS:
                return _lead_text(p)
    return ""


def _lead_text(node) -> str:
    # The paragraphs of a lead box, without the labels and dates around them.
    paragraphs = node.css("p") or [node]
    text = "\n".join(" ".join(p.text(deep=True, separator=" ").split()) for p in paragraphs).strip()
    links = sum(len(" ".join(a.text(deep=True, separator=" ").split())) for a in node.css("a"))
    if len(text.split()) < _MIN_LEAD_WORDS or links > _MAX_LEAD_LINK_SHARE * len(text):
        return ""  # a label, or a box of links to other articles
    return text


def _next_to_text(node, text: str) -> bool:
    """Whether a paragraph beside `node` (in its parent) is part of the extracted `text`."""
    parent = node.parent
    if parent is None:
        return False
    flat = _SPACES.sub(" ", text)
    for p in parent.css("p"):
        words = p.text(deep=True).split()
        if len(words) >= _MIN_HEADER_LEAD_WORDS and " ".join(words[:_MIN_HEADER_LEAD_WORDS]) in flat:
            return True
    return False


def _lead_token(value: str) -> bool:
    value = (value if value.islower() else _CAMEL.sub(r"\1-\2", value)).lower()
    return not _LEAD_PARTS.isdisjoint(_TOKEN_SPLIT.split(value))


_LEAD_PARTS = frozenset(LEAD_TOKENS)


def extract_html(page: str | bytes, *, url: str | None = None, config: Config | None = None) -> str:
    """The text the text rules run on: the article's lead paragraph and the text trafilatura
    extracts from the pruned page. "" for anything that is not an HTML page. `config` matters
    only for the pre-pass rules it disables (``html-*`` ids in `Config.disabled`)."""
    _check(page, "extract_html", config)
    try:
        extracted = _extract(page, url, explain=False, disabled=_disabled(config))
    except Exception:  # never raise on a page; see the module docstring
        return ""
    return extracted.text


def clean_html(page: str | bytes, *, url: str | None = None, config: Config | None = None,
               profile: Profile | None = None) -> str:
    """The article of an HTML page as clean text.

    `page` is the page as text or as raw bytes (decoded with `decode_html`); `url` helps
    trafilatura resolve the page; `config` and `profile` are those of `cleaner.clean`, which
    runs on the extracted text (`config` may also disable pre-pass rules: ``html-nav``, ...,
    listed in `cleaner.htmlvocab.HTML_RULES`). Pure; never raises for str or bytes; "" for an empty page, a
    binary blob or a text that is not HTML.

    >>> clean_html("<html><body><nav>Home | News</nav><article><h1>Rain on Sunday in the north</h1>"
    ...            "<p>Heavy rain is expected on Sunday across the north of the country, the weather service said.</p>"
    ...            "<div class='share-buttons'>Share on Facebook</div></article></body></html>")
    'Rain on Sunday in the north\\nHeavy rain is expected on Sunday across the north of the country, the weather service said.'
    """
    _check(page, "clean_html", config, profile)
    text = extract_html(page, url=url, config=config)
    return clean_text(text, config=config or HTML_DEFAULT, profile=profile) if text else ""


def explain_html(page: str | bytes, *, url: str | None = None, config: Config | None = None,
                 profile: Profile | None = None) -> Cleaned:
    """`clean_html` with its reasons.

    The decisions are first the pre-pass removals (in page order, the link paragraphs last):
    rule ``html-<concept>``
    (``html-nav``, ``html-share``, ``html-related``, ``html-hidden`` ...; see
    `cleaner.htmlvocab`), `text` the removed element's text (whitespace collapsed) and
    `evidence` the tag and the structure or class/id token that matched, e.g.
    ``<div> class="share-buttons"``. They have ``start == end == -1``: the removed element is
    not part of any text the pipeline saw. Elements without text (scripts, styles, icons, empty
    ad slots) are removed without a decision. Then come the text rules' decisions, whose
    `start`/`end` are offsets in `extract_html(page)`, so
    ``cleaner.apply(extract_html(page), [d for d in decisions if d.start >= 0]) == text``.

    >>> result = explain_html("<body><article><p>Rain is expected on Sunday across the north, the weather service said.</p>"
    ...                       "<ul class='social-links'><li>Twitter</li></ul></article></body>")
    >>> [(d.rule, d.text, d.evidence) for d in result.decisions]
    [('html-share', 'Twitter', '<ul> class="social-links"')]
    """
    return _explain(page, url, config, profile)[1]


def _explain(page, url, config, profile) -> tuple[str, Cleaned]:
    """`explain_html`, with the extracted text its text decisions refer to."""
    _check(page, "explain_html", config, profile)
    try:
        extracted = _extract(page, url, explain=True, disabled=_disabled(config))
    except Exception:  # never raise on a page; see the module docstring
        return "", Cleaned("")
    text = extracted.text
    pre = tuple(Decision(r.rule, -1, -1, r.text, r.evidence) for r in extracted.removals)
    if not text:
        return "", Cleaned("", pre)
    result = explain(text, config=config or HTML_DEFAULT, profile=profile)
    return text, Cleaned(result.text, pre + result.decisions, result.kept)


def _disabled(config: Config | None) -> frozenset:
    return config.disabled if config is not None else frozenset()


def _check(page, name: str = "clean_html", config=None, profile=None) -> None:
    """The arguments' types, then the HTML stack: a missing package is an ImportError that says
    what to install, raised before the guard that turns a page's failure into "" (a config
    of the wrong type would fail inside it, and the page come out empty)."""
    if not isinstance(page, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"{name}() takes the page as str or bytes, not {type(page).__name__}.")
    check_options(name, config, profile)
    try:
        import selectolax.lexbor  # noqa: F401
        import trafilatura  # noqa: F401
    except ImportError as exc:
        package = (exc.name or "selectolax").split(".")[0]
        raise ImportError(f"{name}() needs the {package} package: pip install \"cleaner[html]\".",
                          name=package) from None
