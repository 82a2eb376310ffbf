"""Property-based tests: what must hold for every input, not just the fixtures.

The generators build article prose (several languages, sentences that use chrome words such as
"share", "follow", "tags", "photo", "cookies") and chrome blocks from every family; the
properties say prose always survives verbatim and in order, chrome goes, and the engine is
pure, idempotent and explainable.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner import Config

# CLEANER_EXAMPLES=5000 python -m pytest tests/test_properties.py  for a longer hunt.
SETTINGS = settings(
    max_examples=int(os.environ.get("CLEANER_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# --------------------------------------------------------------------------------------------
# Prose
# --------------------------------------------------------------------------------------------

WORDS = {
    "en": """the minister said on tuesday that government would share its plans with parliament after
        talks in the capital where officials follow the money and photo evidence from tags on luggage
        shows how cookies and newsletter subscriptions fund small publishers while readers comment
        about trending prices of bread milk and rent in most cities across the region this year""".split(),
    "de": """die regierung hat am dienstag angekündigt dass sie ihre pläne mit dem parlament teilen werde
        nachdem gespräche in der hauptstadt über steuern mieten und fotos von gepäck stattfanden während
        leser über preise für brot milch und energie in vielen städten der region diskutieren""".split(),
    "fr": """le gouvernement a annoncé mardi qu'il partagera ses projets avec le parlement après des
        discussions dans la capitale sur les impôts les loyers et les photos des bagages tandis que les
        lecteurs commentent les prix du pain et du lait dans plusieurs villes de la région""".split(),
    "es": """el gobierno anunció el martes que compartirá sus planes con el parlamento tras las
        conversaciones en la capital sobre impuestos alquileres y fotos del equipaje mientras los
        lectores comentan los precios del pan y la leche en muchas ciudades de la región""".split(),
}
LANGS = st.sampled_from(sorted(WORDS))


@st.composite
def sentence(draw, lang: str, min_words: int = 5, max_words: int = 28) -> str:
    words = draw(st.lists(st.sampled_from(WORDS[lang]), min_size=min_words, max_size=max_words))
    text = " ".join(words)
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", ".", ".", "?", "!"]))


@st.composite
def paragraph(draw, lang: str) -> str:
    """A paragraph: usually several sentences, sometimes a one-line paragraph."""
    n = draw(st.integers(1, 4))
    return " ".join(draw(sentence(lang)) for _ in range(n))


@st.composite
def article(draw, min_paragraphs: int = 1, max_paragraphs: int = 6) -> list[str]:
    lang = draw(LANGS)
    # Distinct paragraphs: a paragraph printed twice is a repeated title, which is chrome.
    return draw(st.lists(paragraph(lang), min_size=min_paragraphs, max_size=max_paragraphs, unique=True))


# Real prose from clean articles: subheadings and unpunctuated lines that must survive too.
SURVIVORS = [
    "North Korea Cyber Activities Fund Nuclear Programs",
    "Currently, the situation on the Korean Peninsula is quite tense",
    "He declined to comment.",
    "  • North Korea's cyber activities spark deep concern",
    "Follow the money, investigators say.",
    "The photo was taken by a tourist on the bridge.",
    "These are the most read books of 2023 in Germany.",
    "SEOUL, March 3 (Reuters) -",
    "1. Preheat the oven to 200 degrees.",
    "2 cups flour",
    "Die Lage bleibt angespannt",
    "Weitere Auskunft gibt das Rathaus in der Lindenstraße 5 unter Tel. 0123 45678.",
    "Ort: Stadthalle, Marktplatz 1, 12345 Musterstadt",
]

# --------------------------------------------------------------------------------------------
# Chrome, one generator per family; each yields the lines of one chrome block.
# --------------------------------------------------------------------------------------------

NAMES = st.sampled_from(["Alex Perez", "Jane Doe", "Kim Hong-Ji", "Anna Schmidt", "Luis García"])
AGENCIES = st.sampled_from(["Reuters", "AFP", "dpa", "Getty Images", "AP Photo", "EPA"])
HEADLINES = st.sampled_from([
    "Pandora Papers Financial Leak Shows Us the Secrets of the World’s Rich and Powerful",
    "US Supreme Court Rejects J & J TALC Cancer Case Appeal",
    "Canada beat Italy to win Billie Jean King Cup for first time",
    "Neue Regeln für Mieter ab Januar",
    "Autumn Sneezing Syndrome is on the rise… here’s what you can do",
])
STAMPS = st.sampled_from(["3 years ago", "7 months ago", "2 hours ago", "vor 2 Tagen", "12.03.2023"])

CHROME = {
    "image-credit": st.one_of(
        st.builds("Image: {}".format, AGENCIES),
        st.builds("Foto: {}".format, AGENCIES),
        st.builds("(Photo by {}/Getty Images)".format, NAMES),
        st.builds("Credit: {}/{}".format, NAMES, AGENCIES),
    ).map(lambda line: [line]),
    "most-read-list": st.builds(
        lambda header, items: [header, *[line for k, (h, s) in enumerate(items, 1) for line in (f"  {k}. News", f"    {h}", f"    {s}")]],
        st.sampled_from(["Most Read", "Trending", "Related Articles", "You may also like", "Meistgelesen"]),
        st.lists(st.tuples(HEADLINES, STAMPS), min_size=1, max_size=5),
    ),
    "author-bio": st.one_of(
        st.builds(lambda n: ["About the author", f"{n} is a reporter at the Daily Planet covering politics and the economy."], NAMES),
        st.builds(lambda n: ["About News Team", "", f"Hi, I'm {n}, an experienced writer with a focus on lifestyle and culture news."], NAMES),
    ),
    "tag-list": st.sampled_from([
        ["Tags", "Us, South Korea, Japan, North korea"],
        ["Tags: Politics, Economy, Asia"],
        ["Filed under: Markets, Energy"],
        ["Schlagwörter", "Bundestag, Wahl, Steuern"],
        ["In Reisen, Familie Tags Ostsee, Camping, Sommer"],
        ["Related Topics Ebook Readers Amazon Kindle"],
    ]),
    "social-handle": st.sampled_from([["Follow @rushhourdaily:"], ["@YouTube"], ["Follow us on Instagram"],
                                       # a name of NAMES (see the comment-thread generator's note)
                                       ["Folge mir Entfolgen Folge Jane Doe auf Facebook Folge Jane Doe auf X"]]),
    "share-prompt": st.sampled_from([["Share on Facebook", "Tweet", "Pin it"], ["12 shares"], ["Artikel teilen", "Drucken"]]),
    "newsletter-prompt": st.sampled_from([["Sign up for our newsletter"], ["Newsletter abonnieren"], ["Subscribe to our newsletter"],
                                           ["Jetzt kostenlos anmelden »"]]),
    "call-to-action": st.sampled_from([["Have a tip we should know?"], ["Leave a reply"], ["Click here to read more"],
                                        ["Was meinen Sie?"], ["Dołącz do dyskusji"]]),
    "ad-label": st.sampled_from([["Advertisement"], ["Anzeige"], ["Story continues below advertisement"]]),
    "legal-notice": st.sampled_from([
        ["© 2023 Example Media. All rights reserved."],
        ["We use cookies to improve your experience on our website."],
        ["Alle Rechte vorbehalten."],
        ["Use of this website constitutes acceptance of our Terms of Use and Privacy Policy."],
        ["Archiv – RSS – Impressum – Datenschutz – 2011-2023 by Erika Muster"],
    ]),
    "reading-time": st.builds(lambda n, label: [label.format(n)], st.integers(1, 40), st.sampled_from(
        ["{} min read", "Lesezeit: {} Minuten", "Temps de lecture : {} min", "{} minut czytania"])),
    "widget-residue": st.sampled_from([["Real Time Analytics"], ["Please enable JavaScript to view this content"],
                                        ["Nachtmodus ein / aus"]]),
    "site-notice": st.sampled_from([
        ["As an Amazon Associate I earn from qualifying purchases."],
        ["This site uses Akismet to reduce spam. Learn how your comment data is processed."],
        ["Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler."],
        ["To view the full story, please subscribe to The Daily Planet."],
        ["Our website services, content and products are for informational purposes only."],
        ["Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links."],
        ["Die aktuelle Ausgabe ist jetzt an jedem Kiosk und als E-Paper erhältlich."],
        ["If you have any comments about this article, please contact our newsroom."],
    ]),
    # Commenters are not among NAMES: a comment signed with the name of the page's author (an
    # author box above) is the author's reply and stays.
    "comment-thread": st.builds(
        lambda n, h: [f"2 thoughts on \u201c{h}\u201d", "", f"{n} says:", "May 3, 2021 at 4:11 pm", "Finally, some good news!", "Reply"],
        st.sampled_from(["Maria Lopez", "Tom Berg", "Lena Vogt"]), HEADLINES,
    ),
}
FAMILIES = st.sampled_from(sorted(CHROME))


@st.composite
def chrome_block(draw) -> tuple[str, list[str]]:
    family = draw(FAMILIES)
    return family, draw(CHROME[family])


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    """The output conventions: LF, trailing spaces stripped, blank runs collapsed, ends trimmed."""
    lines = [line.rstrip() for line in re.split(r"\r\n|\r|\n", text)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def is_subsequence(output: list[str], source: list[str]) -> bool:
    """Each output line is an input line (or, for a credit cut, a prefix of one), in order."""
    it = iter(source)
    return all(any(line == src or (line and src.startswith(line)) for src in it) for line in output)


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=None), max_size=400
) | st.lists(
    st.sampled_from(["Tags", "Most Read", "1. News", "Image: Reuters", "\r\n", "\n", "\r", " ", "@x", "©", "Share"]
                    + [s for s in SURVIVORS]),
    max_size=40,
).map("\n".join)


@SETTINGS
@given(ANY_TEXT)
@example("\x00\x1b[31m\udcff\r\n\r\n" + "a" * 10000)
@example("\ud800 lone surrogate")
@example("Mo Tu We Th Fr Sa Su\n\u00b2 \u00b3")  # a calendar widget's "rows of days" that int() refuses
@example("Mo Tu We Th Fr Sa Su\n" + "9" * 5000)
def test_never_raises_and_returns_str(text):
    assert isinstance(cleaner.clean(text), str)
    assert isinstance(cleaner.clean(text, config=Config.preset("recall")), str)


# Lines of the realistic dumps in fixtures/ (chrome of every family, article lines, contact
# blocks, credits, dates, links), drawn in any order and number: the rules meet each other's
# leftovers in shapes no fixture has (a block of links left alone after the first pass).
_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_LINES = sorted({
    line.strip() for path in [*(_FIXTURES / "cases").glob("*.txt"), *(_FIXTURES / "pages").glob("*.txt")]
    for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
})
MIXED_TEXT = st.lists(st.one_of(st.sampled_from(FIXTURE_LINES), st.just("")), max_size=40).map("\n".join)


@SETTINGS
@given(MIXED_TEXT)
def test_never_raises_on_lines_of_real_dumps_in_any_order(text):
    result = cleaner.explain(text)
    assert result.text == cleaner.clean(text)
    assert isinstance(cleaner.clean(text, config=Config.preset("recall")), str)


@SETTINGS
@given(ANY_TEXT)
def test_idempotent(text):
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@SETTINGS
@given(ANY_TEXT)
@example("\ufeffImage: Reuters\nThe vote is on Friday.")
def test_output_is_ordered_subsequence_of_input_lines(text):
    output = [line for line in cleaner.clean(text).split("\n") if line]
    source = [line.rstrip() for line in re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))]  # a BOM is dropped
    assert is_subsequence(output, source)


@SETTINGS
@given(ANY_TEXT)
def test_explain_agrees_with_clean_and_decisions_replay(text):
    result = cleaner.explain(text)
    assert result.text == cleaner.clean(text)
    assert cleaner.apply(text, result.decisions) == result.text
    for d in result.decisions:
        assert text[d.start:d.end] == d.text and d.rule in cleaner.RULES and d.evidence


@SETTINGS
@given(article(), st.lists(chrome_block(), min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_prose_survives_and_chrome_goes(paragraphs, chrome, rnd):
    """Prose paragraphs interleaved with chrome blocks: all prose, in order; no chrome line.

    A comment thread goes below the article, where threads stand: its comments are prose too,
    told apart from the article's only by where they are."""
    blocks: list[tuple[str, list[str]]] = [("prose", [p]) for p in paragraphs]
    for block in chrome:
        if block[0] == "comment-thread":
            below = max(i for i, (kind, _) in enumerate(blocks) if kind == "prose") + 1
            blocks.insert(rnd.randint(below, len(blocks)), block)
        else:
            blocks.insert(rnd.randint(1, len(blocks)), block)   # after the first paragraph (the headline's place)
    text = "\n\n".join("\n".join(lines) for _, lines in blocks)
    output = cleaner.clean(text)
    kept = output.split("\n")
    assert [line for line in kept if line in paragraphs] == paragraphs
    for family, lines in chrome:
        for line in lines:
            if line.strip():
                assert line not in kept, f"{family} line survived: {line!r}"


@SETTINGS
@given(st.lists(st.one_of(paragraph("en"), paragraph("de"), paragraph("fr"), paragraph("es"), st.sampled_from(SURVIVORS)), min_size=1, max_size=10))
def test_pure_prose_unchanged_and_no_rule_fires(paragraphs):
    # Two paragraphs that are equal would be a repeated title; that is not pure prose.
    assume(len(set(paragraphs)) == len(paragraphs))
    text = "\n\n".join(paragraphs)
    result = cleaner.explain(text)
    assert result.decisions == ()
    assert result.text == normalise(text)


@SETTINGS
@given(article(min_paragraphs=2), st.sampled_from(["\r\n", "\r", "\n"]), st.sampled_from(["", " ", "\t "]))
def test_line_ends_and_trailing_space_do_not_matter(paragraphs, newline, trailing):
    text = (trailing + newline + newline).join(paragraphs)
    assert cleaner.clean(text) == "\n\n".join(paragraphs)


_CALENDAR_PAGE = ("The council met on Tuesday and agreed the budget for next year after a long debate.\n\n"
                  "Mo Tu We Th Fr Sa Su\nAdvertisement\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14")


@SETTINGS
@given(MIXED_TEXT, st.randoms(use_true_random=False))
@example(_CALENDAR_PAGE, __import__("random").Random(0))
def test_a_local_rule_judges_a_line_by_its_text_alone(text, rnd):
    """The engine carries a line-local rule's proposals into its next pass instead of running the
    rule again (`Rule.local`): they must be what the rule proposes on the text without the lines
    the pass removed."""
    from cleaner.config import DEFAULT
    from cleaner.document import Document
    from cleaner.engine import _carry
    from cleaner.rules import RULES

    lines = text.split("\n")
    removed = sorted(rnd.sample(range(len(lines)), rnd.randint(0, len(lines))))
    if text == _CALENDAR_PAGE:
        removed = [3]  # the ad label between the head row and the rows of days
    rest = "\n".join(line for i, line in enumerate(lines) if i not in set(removed))
    for rule in RULES.values():
        if rule.local:
            before = list(rule.decide(Document(text), DEFAULT))
            after = list(rule.decide(Document(rest), DEFAULT))
            assert _carry({rule.id: before}, removed)[rule.id] == after, rule.id
