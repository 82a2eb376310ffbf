"""The guards and the shared label scan against their plain definitions.

The guards turn most claims away by cheap tests and share facts between them within a pass
(`guards._after_unclaimed`); the scan looks a short line up by its first word before anything
else. Each must decide exactly as the plain, line-by-line definition written here does, on
made-up pages of labels, sentences, blank runs and sign-offs, with claims of several rules.
"""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from cleaner import guards
from cleaner.config import DEFAULT, Config
from cleaner.document import Document, _LABEL_STRIP, label_key
from cleaner.guards import BUTTON_POINTED_AT, GUARDS, REFERENCE_HEADINGS, SIGN_OFF, SENTENCE_END, _REPLY_WORDS, _SIGN_OFF_NAME, _TITLE_REACH
from cleaner.rules import RULES
from cleaner.rules import labels
from cleaner.rules.classify import GOOD_KIND
from cleaner.rules.common import SENTENCE_STOPS, headline_keys, is_sentence, title_parts
from cleaner.rules.prompts import PATTERNED_ENTRIES

SENTENCE = "The council met on Friday to discuss the plans for the new school in town."
PROSE = ("The senior envoys met in Seoul on Friday for the first time in four months to discuss "
         "the stalled talks on the nuclear programme and the sanctions that followed it.")
LINES = [
    "", "", "", "Jobs", "Home", "Video", "Loading...", SENTENCE, PROSE, "Das Wichtigste in Kürze:",
    "You will need:", "Zutaten für 4 Personen", "Ingredients", "2 eggs", "- 200 g flour", "Method",
    "Liebe Grüße,", "Anna", "Liebe Grüße, Anna", "x Franzi", "xoxo", "Antworten", "Cheers!",
    "Impressum Datenschutz Kontakt", "Share on Facebook", "Foto: dpa", "Tags: Politik, Asien",
    "@janedoe", "12 Comments", "Read more: " + SENTENCE, "Startseite » Politik » " + SENTENCE,
    "Tafel Musterstadt | Über uns", "Über uns", "Rain on Sunday | The Daily Planet", "Rain on Sunday",
    "Newsletter", "Anzeige", "The newsletter has replaced the bulletin that the council printed.",
    "Sandwiches", "Apples", "Cookies", "Kommentar", "www.example.org",
    "Privacy policy", "A small file a website stores in your browser.", "Fußnoten", "Next.", '"Menu?"',
    '"No thanks."', "\u2014 Non.", "Mehr...",
]
RULE_IDS = ["boilerplate", "boilerplate", "boilerplate", "nav-menu", "legal-notice", "author-bio",
            "comment-thread", "image-credit", "ad-label", "newsletter-prompt", "call-to-action", "widget-residue"]


# Glossaries, short sections and dialogue: terms over their sentences, lines of speech.
TERMS = ["Cookie", "Newsletter", "Privacy policy", "Impressum", "Fußnoten", "Sitemap", "Mehr...", "Next.", '"Menu?"']
TEXTS = ["A small file a website stores in your browser.", "The rules you agree to when you use a service.",
         "Short one.", "Cut short ...", '"No thanks."', "\u2014 Non.", "She looked at him and left.",
         "1) Zuletzt geändert 2023.", "Log in now.", SENTENCE]
TERM_RULE_IDS = ["boilerplate", "nav-menu", "legal-notice", "newsletter-prompt", "call-to-action", "widget-residue"]


@st.composite
def glossaries(draw):
    """Pages of terms over their texts (a line or a blank line between them), with a menu or a
    headline above, and lines of dialogue; any line may be claimed."""
    gap = draw(st.sampled_from(["\n", "\n\n"]))
    parts = [draw(st.sampled_from(["Web terms explained", "Home\nNews", SENTENCE, "Menu"]))]
    for _ in range(draw(st.integers(1, 6))):
        parts.append(draw(st.sampled_from(TERMS)) + gap + draw(st.sampled_from(TEXTS)))
    text = draw(st.sampled_from(["\n", "\n\n"])).join(parts)
    doc = Document(text)
    claims = {}
    for i in doc.content:
        if draw(st.booleans()):
            claims[i] = (RULES[draw(st.sampled_from(TERM_RULE_IDS))], "evidence", None)
    doc.memo["kinds"] = [draw(st.sampled_from([GOOD_KIND, None])) if w else None for w in doc.words]
    return text, doc, claims


@st.composite
def pages(draw, source=LINES):
    lines = draw(st.lists(st.sampled_from(source), min_size=1, max_size=40))
    doc = Document("\n".join(lines))
    content = doc.content
    claimed = draw(st.lists(st.sampled_from(content), unique=True)) if content else []
    claims = {}
    for i in claimed:
        rule = RULES[draw(st.sampled_from(RULE_IDS))]
        cut = draw(st.sampled_from([None, None, None, 2]))
        # (now and then the evidence of a line a rule took by its pattern: see list-guard)
        claims[i] = (rule, draw(st.sampled_from(["evidence", "evidence", "row of page numbers"])), cut)
    doc.memo["kinds"] = [draw(st.sampled_from([GOOD_KIND, None])) if w else None for w in doc.words]
    return "\n".join(lines), doc, claims


# -- the guards' plain definitions ------------------------------------------------------------

def _good(kinds, i):
    return i is not None and kinds[i] == GOOD_KIND


def plain_prose(doc, claims, config):
    return {i: f"{doc.words[i]}-word line ending like a sentence" for i, (rule, evidence, cut) in claims.items()
            if cut is None and not rule.removes_prose and doc.words[i] >= config.prose_words
            and doc.lines[i].rstrip().endswith(SENTENCE_END) and evidence not in rule.prose_evidence}


def plain_heading(doc, claims, config):
    kept = {}
    for i, (rule, _, cut) in claims.items():
        topic = rule.id in {"ad-label", "share-prompt", "newsletter-prompt"}
        # A heading over its block of key-value pairs under prose ("Ficha técnica" / "Pantalla:
        # 6,67 pulgadas"): the pairs' own test is the guard's.
        if (cut is None and doc.words[i] <= guards._NAMED_HEADING_WORDS and doc.next_content(i) == i + 1
                and i + 1 not in claims and not doc.lines[i].rstrip().endswith(("...", "\u2026"))
                and (topic or rule.id in guards._HEADING_SENSITIVE)
                and not BUTTON_POINTED_AT.match(doc.lines[i + 1])
                and guards._pairs(doc, claims, i, i + 1, said=True)):
            kept[i] = "heads a block of key-value pairs under prose: a heading"
            continue
        if cut is not None or doc.words[i] > 1 or not topic and rule.id not in {
                "nav-menu", "legal-notice", "widget-residue", "call-to-action", "most-read-list", "tag-list", "author-bio"}:
            continue
        if doc.lines[i].rstrip().endswith(("...", "\u2026")):
            continue
        before, after = doc.prev_content(i), doc.next_content(i)
        if before is None or after is None or before in claims or after in claims:
            continue
        word = doc.keys[i] or ""
        stem_below = len(word) >= 4 and word[:max(4, len(word) - 3)] in doc.lower[after]
        short = doc.words[after] >= 5 and doc.lines[after].rstrip().endswith((".", "!", "?"))
        if short and BUTTON_POINTED_AT.match(doc.lines[after]):
            kept[i] = "a button's name over a paragraph that talks about the button"
            continue
        question = doc.prev_content(before)
        answered = (doc.lines[before].rstrip().endswith((".", "!")) and question is not None
                    and question not in claims and doc.lines[question].rstrip().endswith("?"))
        prefix = word[:6]
        takes_up = stem_below or len(prefix) == 6 and prefix.isalpha() and any(
            w.startswith(prefix) for w in doc.lower[after].split())
        if ((is_sentence(doc, before) or answered) and (is_sentence(doc, after) or short and takes_up)
                and not (topic and not stem_below)):
            kept[i] = "short line between two paragraphs reads as a subheading"
    return kept


def plain_block_heading(doc, claims, config):
    kinds = doc.memo["kinds"]
    kept = {}
    for i, (rule, _, cut) in claims.items():
        if rule.id != "boilerplate" or cut is not None or (i > 0 and doc.words[i - 1]):
            continue
        after = doc.next_content(i)
        if after not in claims and _good(kinds, after):
            kept[i] = "opens its block right above a paragraph: a heading"
    # A headline over its byline or date over the first paragraph, when the page has one.
    stamped = []
    for i, (rule, _, cut) in claims.items():
        if rule.id != "boilerplate" or cut is not None or i in kept or doc.lines[i].rstrip().endswith(guards._NOT_HEADLINE_ENDS):
            continue
        if len([w for w in doc.lines[i].split() if w[0].isalnum()]) < guards._STAMPED_WORDS:
            continue
        stamp = doc.next_content(i)
        if (stamp is None or stamp > i + 2 or stamp in claims or doc.words[stamp] > guards._STAMP_WORDS or _good(kinds, stamp)
                or not guards.STAMP_LINE.search(doc.lines[stamp])):
            continue
        j = doc.next_content(stamp)
        for _ in range(guards._STAMP_REACH - 1):
            if j is None or _good(kinds, j):
                break
            j = doc.next_content(j)
        if j is not None and j not in claims and _good(kinds, j):
            stamped.append(i)
    if len(stamped) == 1:
        kept[stamped[0]] = "right above its byline or date and the first paragraph: a headline"
    return kept


def plain_list(doc, claims, config):
    kinds, words, lines = doc.memo["kinds"], doc.words, doc.lines

    def free(i):
        claim = claims.get(i)
        return claim is None or (claim[0].id == "boilerplate" and claim[2] is None)

    kept = {}
    intros = {doc.prev_content(i) for i, claim in claims.items() if claim[0].id == "boilerplate"}
    for intro in sorted(i for i in intros if i is not None and i not in claims and lines[i].rstrip().endswith(":")):
        if not (_good(kinds, intro) or _good(kinds, doc.prev_content(intro))):
            continue
        items, j = [], doc.next_content(intro)
        while j is not None and len(items) < 15 and words[j] <= 12 and free(j):
            items.append(j)
            j = doc.next_content(j)
        if items and _good(kinds, j) and free(j):
            for x in items:
                if x in claims:
                    kept[x] = f"item of the list under {lines[intro].strip()!r} inside the article"
    for i, (rule, evidence, cut) in list(claims.items()):
        if evidence not in PATTERNED_ENTRIES or cut is not None or i in kept:
            continue
        above = [k for k in range(i) if words[k]]
        intro = above[-1] if above else None
        if intro is None or intro in claims or not lines[intro].rstrip().endswith(":"):
            continue
        if not (_good(kinds, intro) or _good(kinds, doc.prev_content(intro))):
            continue
        below = [k for k in range(i, len(lines)) if words[k]]
        items = []
        for k in below:
            if len(items) == 15 or k not in claims or claims[k][1] not in PATTERNED_ENTRIES:
                break
            items.append(k)
        j = below[len(items)] if len(items) < len(below) else None
        if j is not None and j not in claims and _good(kinds, j):
            for x in items:
                kept[x] = f"item of the list under {lines[intro].strip()!r} inside the article"
    label_rules = {"legal-notice", "call-to-action", "nav-menu", "widget-residue", "ad-label", "newsletter-prompt", "share-prompt"}
    for i, (rule, _, cut) in list(claims.items()):
        if words[i] > 2 or cut is not None or rule.id not in label_rules or i in kept or lines[i].rstrip().endswith(":"):
            continue
        above = [k for k in range(i) if words[k]][::-1]  # the content lines above, nearest first
        intro = next((k for n, k in enumerate(above) if n == 15 or lines[k].rstrip().endswith(":") or words[k] > 12), None)
        if intro is None or intro in claims or not lines[intro].rstrip().endswith(":"):
            continue
        if not (_good(kinds, intro) or _good(kinds, doc.prev_content(intro))):
            continue
        below = [k for k in range(intro + 1, len(lines)) if words[k]]
        items = []
        for k in below:
            if len(items) == 15 or words[k] > 12:
                break
            items.append(k)
        j = below[len(items)] if len(items) < len(below) else None
        if (i in items[:-1] and len(items) >= 3 and 3 * sum(not free(x) for x in items) <= len(items)
                and _good(kinds, j) and free(j)
                and all(words[x] <= 4 and "://" not in lines[x] and "www." not in lines[x] for x in items)):
            kept[i] = f"item of the list under {lines[intro].strip()!r} inside the article"
    return kept


def plain_sign_off(doc, claims, config):
    kinds, lines = doc.memo["kinds"], doc.lines
    kept = {}
    for i, (rule, _, cut) in claims.items():
        if doc.words[i] > 4 or rule.id != "boilerplate" or cut is not None:
            continue
        above = doc.prev_content(i)
        if above is None or above in claims:
            continue
        m = SIGN_OFF.match(lines[i])
        if m is None:
            continue
        name = None
        if not (m["name"] or lines[i].lstrip()[:1] in "xX"):
            name = doc.next_content(i)
            if (not lines[i].rstrip().endswith(",") or name is None or claims.get(name, (None,))[0] is not rule
                    or _SIGN_OFF_NAME.match(lines[name]) is None):
                continue
            below = doc.next_content(name)
            if below is not None and not _REPLY_WORDS.isdisjoint(doc.lower[below].split()):
                continue
        j = i
        for _ in range(2):
            j = doc.prev_content(j)
            if j is None or j in claims:
                break
            if _good(kinds, j):
                kept[i] = "a sign-off right below the article's prose"
                if name is not None:
                    kept[name] = "a sign-off right below the article's prose"
                break
    return kept


def plain_title(doc, claims, config):
    kinds, first = doc.memo["kinds"], doc.first_content()
    titles = headline_keys(doc) if first is not None else ()

    def key(i):  # (a long line is keyed too)
        return label_key(doc.lines[i]) if doc.keys[i] is None else doc.keys[i]

    copies = [i for i in doc.content if key(i) in titles and i != first]
    # The copies of the title's parts before the first part printed by a copy that stays.
    printed = {key(i) for i in copies if i not in claims}
    if printed:
        title = title_parts(doc)[0]
        before = min(title.find(part) % (len(title) + 1) for part in printed)
        copies = [i for i in copies if key(i) not in printed and title.find(key(i)) < before]
    best, distance = None, None
    for i in copies:
        rule, _, cut = claims[i]
        if rule.id not in guards._TITLE_RULES or (cut is not None and doc.lines[i][:cut].strip()):
            continue
        if rule.id in guards._ROW_RULES and (first is None or first in claims):
            continue
        j, steps = doc.next_content(i), 1
        while j is not None and steps <= _TITLE_REACH and not _good(kinds, j):
            j, steps = doc.next_content(j), steps + 1
        if j is not None and steps <= _TITLE_REACH and (distance is None or steps < distance):
            best, distance = i, steps
    return {} if best is None else {best: "the headline the page's title names"}


def plain_removal_budget(doc, claims, config):
    def prose(i):
        return doc.words[i] >= config.prose_words and doc.lines[i].rstrip().endswith(SENTENCE_END)

    hit = sorted(i for i, claim in claims.items() if claim[2] is None and prose(i))
    removed, total = sum(doc.words[i] for i in hit), sum(doc.words[i] for i in range(len(doc.lines)) if prose(i))
    if not hit or removed <= config.prose_budget * total:
        return {}
    return dict.fromkeys(hit, f"rules would remove {removed} of {total} prose words")


def plain_term(doc, claims, config):
    words, lines = doc.words, doc.lines
    rules = {"nav-menu", "legal-notice", "call-to-action", "most-read-list", "tag-list", "author-bio",
             "ad-label", "share-prompt", "newsletter-prompt"}

    def text(j):
        end = lines[j].rstrip().rstrip("\"'\u201c\u201d\u2019\u00bb\u00ab)") if j is not None else ""
        return (j is not None and j not in claims and words[j] >= 4 and end.endswith((".", "!", "?"))
                and not end.endswith(("...", "\u2026")))

    def heading(j):
        return j is not None and words[j] <= 4 and not lines[j].rstrip().endswith((*SENTENCE_END, ",", "...", "\u2026"))

    kept = {}
    for i, (rule, _, cut) in claims.items():
        after = doc.next_content(i)
        if words[i] > 4 or cut is not None or after is None or after in claims:
            continue
        above = doc.prev_content(i)
        if above is None or above in claims:
            continue
        if rule.id == "boilerplate":
            if doc.keys[i] in REFERENCE_HEADINGS and after <= i + 2:
                kept[i] = "heading of the article's sources, right above them"
            continue
        if rule.id not in rules or not (heading(i) and text(after)):
            continue
        gap, run, free = after - i, 1, 0
        t = doc.prev_content(i)
        top = None
        while text(t) and heading(doc.prev_content(t)) and t - doc.prev_content(t) == gap:
            h = doc.prev_content(t)
            if h in claims and (doc.prev_content(h) is None or doc.prev_content(h) in claims):
                break
            top = (h, t)
            run, free, t = run + 1, free + (h not in claims), doc.prev_content(h)
        if t is not None and t in claims:
            # (under a menu: the run's first heading and sentence, the headline and standfirst)
            if top is None or top[0] in claims or not is_sentence(doc, top[1]):
                continue
            run, free = run - 1, free - 1
        h = doc.next_content(after)
        while heading(h) and text(doc.next_content(h)) and doc.next_content(h) - h == gap:
            run, free, h = run + 1, free + (h not in claims), doc.next_content(doc.next_content(h))
        if run >= 3 and free >= 2:
            kept[i] = f"a term or heading over its sentence, one of {run} in a row"
    return kept


def plain_code(doc, claims, config):
    def indent(line):
        line = line.expandtabs(4)
        return len(line) - len(line.lstrip(" "))

    kept = {}
    lines = doc.lines
    for i, (_, _, cut) in claims.items():
        if cut is not None or lines[i][:1] not in (" ", "\t") or indent(lines[i]) < 4:
            continue
        depth = indent(lines[i])
        j = doc.prev_content(i)
        while j is not None and indent(lines[j]) >= depth:
            j = doc.prev_content(j)
        if (j is not None and j not in claims and depth - indent(lines[j]) >= 4
                and lines[j].rstrip().endswith((":", *SENTENCE_STOPS))):
            kept[i] = "a line of a code block under the text that introduces it"
    return kept


def plain_dialogue(doc, claims, config):
    quotes = "\"\u201c\u201e\u00ab\u00bb\u2039\u203a\u2018\u201a'"

    def quoted(j):
        return doc.lines[j].lstrip()[:1] in quotes or doc.lines[j].lstrip().startswith(("\u2014", "\u2013", "- "))

    def stop(j):
        end = doc.lines[j].rstrip().rstrip(quotes + "\u201d\u2019\u203a")
        return end.endswith((".", "!", "?")) and not end.endswith(("..", "\u2026"))

    kept = {}
    for i, (rule, _, cut) in claims.items():
        if doc.words[i] > 3 or cut is not None or rule.id not in guards._HEADING_SENSITIVE or not stop(i):
            continue
        near = [j for j in (doc.prev_content(i), doc.next_content(i))
                if j is not None and j not in claims and (quoted(j) or doc.words[j] >= 3 and stop(j))]
        if near and (quoted(i) or len(near) == 2 and any(quoted(j) for j in near)):
            kept[i] = "a line of dialogue between lines of speech or narration"
    return kept


PLAIN = {
    "prose-guard": plain_prose, "heading-guard": plain_heading, "block-heading-guard": plain_block_heading,
    "list-guard": plain_list, "sign-off-guard": plain_sign_off, "title-guard": plain_title,
    "term-guard": plain_term, "dialogue-guard": plain_dialogue, "code-guard": plain_code, "removal-budget": plain_removal_budget,
}


def _in_a_row(page, config):
    """As the engine runs them: each guard in turn, the lines it keeps taken out of the claims."""
    text, doc, claims = page
    plain_doc = Document(text)
    plain_doc.memo["kinds"] = doc.memo["kinds"]
    plain_claims = dict(claims)
    for name, guard in GUARDS.items():
        kept = guard(doc, claims, config)
        if name in PLAIN:
            assert kept == PLAIN[name](plain_doc, plain_claims, config), name
        for i in kept:
            claims.pop(i)
            plain_claims.pop(i)


CONFIGS = st.sampled_from([DEFAULT, Config.preset("recall"), Config.preset("precision")])


@settings(max_examples=400, deadline=None)
@given(pages(), CONFIGS)
def test_the_guards_in_a_row_keep_what_their_plain_definitions_keep(page, config):
    _in_a_row(page, config)


@settings(max_examples=400, deadline=None)
@given(glossaries(), CONFIGS)
def test_the_guards_keep_what_their_plain_definitions_keep_on_glossaries_and_dialogue(page, config):
    _in_a_row(page, config)


# Indented code and program output under the lines that introduce them, at several depths.
CODE_LINES = ["When it runs, the terminal prints:", "Run it again.", "Install it with pip", "", "    Loading...",
              "    Next", "\tBack to top", "        Home", "  Share", "      Done.", "Home", " \t Menu", "    ---",
              "\t\tExit", "  Output:"]


@settings(max_examples=400, deadline=None)
@given(pages(CODE_LINES), CONFIGS)
def test_the_guards_keep_what_their_plain_definitions_keep_on_indented_code(page, config):
    _in_a_row(page, config)


@settings(max_examples=200, deadline=None)
@given(pages(), CONFIGS)
def test_the_guards_keep_the_same_with_the_table_of_claimed_lines(page, config):
    """The table of bytes that a long document's claims are marked in (any count here)."""
    table = guards._CLAIMED_TABLE
    guards._CLAIMED_TABLE = 0
    try:
        _in_a_row(page, config)
    finally:
        guards._CLAIMED_TABLE = table


def test_a_sign_off_under_blank_lines_and_a_list_after_a_veto():
    """The pairs of a claimed line and the unclaimed content line above it, brought up to date
    after a guard's veto: the sign-off below a vetoed heading is looked at."""
    lines = [PROSE, "", "", "", "Jobs", "", "", "x Franzi", "", "Home", "Video"]
    doc = Document("\n".join(lines))
    doc.memo["kinds"] = [GOOD_KIND if i == 0 else None for i in range(len(lines))]
    claims = {i: (RULES["boilerplate"], "menu", None) for i in (4, 7, 9, 10)}
    assert GUARDS["heading-guard"](doc, claims, DEFAULT) == {}  # finds the pairs: "Jobs" below the text
    claims.pop(4)  # as if a guard had kept "Jobs"
    assert GUARDS["sign-off-guard"](doc, claims, DEFAULT) == {7: "a sign-off right below the article's prose"}


# -- the scan's plain definition --------------------------------------------------------------

def plain_scan(doc):
    hits = {}
    for i, key in enumerate(doc.keys):
        if key is None:
            low = doc.lower[i]
            if len(low) <= 120 and doc.words[i] <= 12:
                row = labels.label_row(low)
                if row is not None and not labels._sentence(doc.lines[i]):
                    hits.setdefault(f"label-row:{labels._row_rule(row)}", []).append(i)
                    continue
            if len(low) > 240 or ":" not in low[:30] and "|" not in low[:30] and not low.startswith(labels._LONG_LABEL_STARTS):
                continue
            word = low.lstrip(labels._FIRST_STRIP).partition(" ")[0]
        elif not key:
            continue
        else:
            word, space, _ = key.partition(" ")
            names = labels._WHOLE.get(key)
            if names:
                for name in names:
                    hits.setdefault(name, []).append(i)
            elif space:
                row = labels.label_row(key)
                if row is not None and not labels._sentence(doc.lines[i]):
                    hits.setdefault(f"label-row:{labels._row_rule(row)}", []).append(i)
            if key[0] == "@":
                hits.setdefault("handle", []).append(i)
            elif key[0].isdigit():
                hits.setdefault("number", []).append(i)
        for name in labels._FIRST.get(word.rstrip(labels._WORD_END), ()):
            hits.setdefault(name, []).append(i)
    return hits


_VOCABULARY = sorted({*labels._WHOLE, *labels._FIRST, *labels._ROW_LABELS})
_MARKS = ["", "", "", " ", ":", "|", "-", ".", "!", "\u00bb ", "\u00a9", "\u2022 ", '"', "(", ")"]


@st.composite
def label_lines(draw):
    words = draw(st.lists(st.one_of(st.sampled_from(_VOCABULARY), st.sampled_from(
        ["the", "news", "Über", "12", "\u0663", "\u00b2", "@anna", "Foto", "TAGS", "x"])), min_size=1, max_size=14))
    marked = [draw(st.sampled_from(_MARKS)) + w + draw(st.sampled_from(_MARKS)) for w in words]
    line = draw(st.sampled_from([" ", "  ", " | ", ": "])).join(marked)
    return draw(st.sampled_from(["", "\u2022 ", "  "])) + line + draw(st.sampled_from(["", ".", "?", " ...", ":"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(label_lines(), st.just("")), min_size=1, max_size=30))
def test_the_scan_finds_what_its_plain_definition_finds(lines):
    doc = Document("\n".join(lines))
    expected = plain_scan(Document("\n".join(lines)))
    assert labels.scan(doc) == expected


def test_the_scan_finds_a_recipe_heading_and_a_prefix():
    hits = labels.scan(Document("Zubereitung\nZutaten für 4 Personen\nZutatenliste"))
    assert hits["recipe-heading"] == [0]
    assert hits["recipe-prefix"] == [1]


def test_a_first_word_with_marks_is_looked_up_without_them():
    hits = labels.scan(Document("Foto: dpa\nTags| Politik\n\u0663 Kommentare\n@anna"))
    assert hits["credit"] == [0]
    assert hits["number"] == [2]
    assert hits["handle"] == [3]
    assert all(not key.startswith(tuple(_LABEL_STRIP)) for key in Document("\u2022 Tags:").keys if key)


def test_the_removal_budget_counts_a_long_page_in_stretches():
    """A page longer than one stretch of lines whose prose the rules would take, and one whose
    prose they would take a little of."""
    lines = [PROSE] * 70 + ["", "Home"] * 40
    doc = Document("\n".join(lines))
    claims = {i: (RULES["comment-thread"], "comment", None) for i in range(60)}
    kept = GUARDS["removal-budget"](doc, claims, DEFAULT)
    assert kept == plain_removal_budget(doc, claims, DEFAULT) and len(kept) == 60
    claims = {i: (RULES["comment-thread"], "comment", None) for i in range(65, 70)}
    assert GUARDS["removal-budget"](doc, claims, DEFAULT) == {}


def test_the_site_profile_takes_lines_by_their_fold():
    """Case, quotes and spacing do not matter; a blank line is never taken."""
    import cleaner
    from cleaner.profile import Profile

    profile = Profile.of(["The Daily Planet,  since 1938", "Rain\u2019s gone", ""])
    text = "Rain on Sunday.\n  the daily planet, SINCE 1938 \n\nRain's   gone\nThe Daily Planet, since 1939"
    result = cleaner.explain(text, profile=profile)
    assert [(d.rule, d.text.strip()) for d in result.decisions] == [
        ("site-profile", "the daily planet, SINCE 1938"), ("site-profile", "Rain's   gone")]
