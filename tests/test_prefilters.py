"""The quick tests tried before some patterns (`patterns.PAGINATION_MAY_MATCH`,
`SUBSCRIPTION_OFFER_MAY_MATCH`, `shop_line_may_match`, `REFERENCE_ENTRY_MAY_MATCH`) pass on every line the pattern matches:
a rule may skip the pattern on a line that fails its test without changing a decision. A
pattern changed so that a match lacks what its test looks for fails here."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from cleaner import patterns as p
from cleaner.document import Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix == ".txt":
            lines += path.read_text(encoding="utf-8").splitlines()
        elif path.name.endswith(".txt.gz"):
            lines += gzip.open(path, "rt", encoding="utf-8").read().splitlines()
    return lines


def _cased(lines: list[str]) -> list[str]:
    """Each line as written, upper-cased and title-cased, and with the letters that IGNORECASE
    matches to "s" and "i" but that lower() does not give them ("ſ", "İ")."""
    out = []
    for line in lines:
        out += [line, line.upper(), line.title(), line.replace("s", "\u017f"), line.upper().replace("I", "\u0130")]
    return out


_DAYS = ["Tage", "days", "day", "jours", "días", "giorni", "dagen", "dni"]
_RETURNS = ["Rückgaberecht", "returns", "free returns", "money-back guarantee", "retour", "devolución", "reso", "na zwrot"]
_TAXES = ["inkl. MwSt.", "inkl. 19 % MwSt.", "incl. VAT", "incl btw", "TVA incluse", "TTC", "IVA incluido", "IVA incluída",
          "IVA inclusa", "inkl. MwSt., zzgl. Versandkosten"]
_PRICES = ["39,00 €", "€ 39", "$5", "£4.99", "5 EUR", "5 euros", "12 CHF", "9,99 zł", "9 PLN", "19.99"]

GENERATED = {
    "PAGINATION": _cased(
        [f"{w} 1 2 3" for w in p._PAGE_LINK_WORDS]
        + [f"« {w} 1 2 3 … 24 {v} »" for w in p._PAGE_LINK_WORDS for v in ("Next", "Weiter", "Suivant")]
        + [f"1 2 3 {w}" for w in p._PAGE_LINK_WORDS]
        + [f"1 2 3 {e} 10" for e in p._ELLIPSES]
        + [f"{w} 2 {o} 14" for w in p._PAGE_WORDS for o in ("of", "von", "sur", "de", "di", "van", "z")]
        + [f"1,234 posts • {w} 2 of 14" for w in p._PAGE_WORDS]
        + ["4 8 15 16 23 42", "2023 2024", "1 2 3 4"]
    ),
    "SUBSCRIPTION_OFFER": _cased(
        [f"{opener} 4 Wochen für {price} testen" for opener in ("Jetzt", "Nur", "Try") for price in _PRICES]
        + [f"Try for {price}/month" for price in _PRICES]
        + [f"{price} für den ersten Monat, Abo jederzeit kündbar" for price in _PRICES]
        + [f"Offre spéciale : {price} le premier mois" for price in _PRICES]
        + [f"Hazte suscriptor por {price} al mes" for price in _PRICES]
        + ["Jetzt 4 Wochen testen", "Try a month for free", "Subscribe for 1 month"]
    ),
    "SHOP_LINE": _cased(
        [f"{n} {d} {r}" for n in ("30", "14", "100") for d in _DAYS for r in _RETURNS]
        + [f"{price} {tax}" for price in _PRICES for tax in _TAXES]
        + [f"» {price} {tax}" for price in _PRICES for tax in _TAXES]
        + [tax for tax in _TAXES]
        + ["Free shipping over $50", "Kostenloser Versand ab 50 €", "Only 3 left in stock", "Cart (0)",
           "Lieferzeit: 1-3 Werktage", "Regular price $49.00 Sale price $39.00 Sale", "SKU: ESP-500",
           "Rated 4.50 out of 5", "12. März 2023", "3 Kommentare", "1. Bundesliga"]
    ),
    "REFERENCE_ENTRY": [
        f"{lead}{entry}".replace("2019", year)
        for lead in ("", "1. ", "• ")
        for year in ("1500", "1899", "1999", "2019", "2024b", "١٩٩٩", "19३३")
        for entry in ("Jane Roe, The Quiet Harbour (London: Example Press, 2019)", "Smith, J. (2019). Urban trees. Nature, 580, 12-15.",
                      "Smith, J., & Doe, A. (2019). Urban trees.", "Marie Durand, Les arbres de Paris, Seuil, 2019",
                      "Anna Berg: Die Stadt der Bäume. München 2019.", "Dune (2019)", "Roe, J. (1492)")
    ],
}

CASES = {
    "PAGINATION": (p.PAGINATION, p.PAGINATION_MAY_MATCH),
    "SUBSCRIPTION_OFFER": (p.SUBSCRIPTION_OFFER, p.SUBSCRIPTION_OFFER_MAY_MATCH),
    "SHOP_LINE": (p.SHOP_LINE, p.shop_line_may_match),
    # (A case-sensitive pattern: its test reads the line as it is.)
    "REFERENCE_ENTRY": (p.REFERENCE_ENTRY, lambda line: p.REFERENCE_ENTRY_MAY_MATCH(line) is not None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_match_passes_the_quick_test(name):
    pattern, may_match = CASES[name]
    lines = _fixture_lines() + GENERATED[name]
    doc = Document("\n".join(lines))
    matched = [i for i, line in enumerate(doc.lines) if pattern.match(line)]
    # The generated lines hold matches of every branch the test relies on.
    assert len(matched) >= 50, len(matched)
    tested = doc.lines if name == "REFERENCE_ENTRY" else doc.lower
    missed = [doc.lines[i] for i in matched if not may_match(tested[i])]
    assert missed == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_quick_test_turns_lines_away(name):
    """Dates, stamps and ranks (the lines that open with a figure) mostly fail the tests."""
    _, may_match = CASES[name]
    for line in ("12. März 2023", "14:32 Uhr", "3 Kommentare", "1. Bundesliga", "2023 (4)"):
        if name != "REFERENCE_ENTRY":
            assert not may_match(Document(line).lower[0]), line
    if name != "SHOP_LINE":  # (which tries a line that opens with a word)
        assert not may_match("die stadt der bäume, erzählt von anna berg")


def test_a_shop_line_that_opens_with_a_word_is_tried():
    assert p.shop_line_may_match("free shipping over $50")
    assert p.shop_line_may_match("\u00b2 free shipping over $50")  # "²" is no decimal figure


def test_a_reference_entry_is_told_as_before():
    for line in GENERATED["REFERENCE_ENTRY"] + ["Dune (2021)", "Top 10: the best films"]:
        assert p.reference_entry(line) == (p.REFERENCE_ENTRY.match(line) is not None), line


_BYLINE_OPENERS = ["by", "von", "par", "por", "di", "door", "przez", "written by", "geschrieben von", "publié par",
                   "escrito por"]
STAMP_LINES = _cased(
    [f"{lead}{opener} Jane Doe" for lead in ("", "— ", "(", "» ") for opener in _BYLINE_OPENERS]
    + ["12. März 2023", "3 de mayo de 2024", "May 3rd, 2019", "03.05.2019", "2019-05-03", "Updated 5:12 PM EDT, October 3, 2024",
       "vor 3 Stunden", "2 days ago", "il y a 3 jours", "hace 2 horas", "Veröffentlicht: vor 48 Minuten",
       "١٢. März ٢٠٢٣", "vor ٣ Tagen"]
)


def test_every_stamp_line_passes_the_quick_test():
    lines = _fixture_lines() + STAMP_LINES
    found = [line for line in lines if p.STAMP_LINE.search(line)]
    # The generated lines hold matches of every branch: dates, relative times, bylines.
    assert len(found) >= 100 and all(line in found for line in STAMP_LINES), len(found)
    assert [line for line in found if not p.stamp_line_may_match(line)] == []


def test_the_stamp_test_turns_headlines_away():
    for line in ("Judge blocks Ohio law on voting", "Die Stadt der Bäume", "Bypass opens next week"):
        assert not p.stamp_line_may_match(line)


_BIO_NAMES = ["Jane Doe", "Max Muster", "Anne-Marie O'Neil", "Émile Zola", "Dr. Eva Klein", "Łukasz Nowak"]
THIRD_PERSON_BIOS = [
    f"{name} {text}" for name in _BIO_NAMES for text in (
        "is a senior reporter at The Daily Planet.", "ist freier reporter bei der Beispielzeitung.", "was a freelance writer covering tech.",
        "has been a correspondent for Example News.", "est journaliste au Monde.", "writes about policy and elections.",
        "covers science for The Daily Planet.", "beschäftigt sich mit den Themen Klima und Energie.",
        "schreibt für den Beispielverlag über Themen der Region.", "leitet das Ressort Politik.",
        "lehrt Geschichte an der Universität Bonn.", "is a professor at Example College and the author of two books.")
]
PUBLICATION_BIOS = _cased([
    f"{name} {verb} {article} {noun}." for name in ("Example Press", "The Daily Planet", "Beispiel Online")
    for verb, article in (("is", "an"), ("ist", "das"), ("est", "un"), ("es", "el"), ("è", "il"))
    for noun in ("online news source", "news site focused on policy", "non-profit newsroom", "independent magazine",
                 "nonprofit publication", "independent media outlet", "home of web novels", "Online-Magazin für Technik",
                 "Nachrichtenportal", "Fachportal für Pflege", "Branchenportal", "Onlineportal", "magazine en ligne",
                 "site d'information", "portal de noticias", "medio digital", "giornale online")
])


def test_every_third_person_bio_passes_the_quick_test():
    lines = _fixture_lines() + THIRD_PERSON_BIOS
    found = [line for line in lines if p.THIRD_PERSON_BIO.match(line)]
    assert len(found) >= 60 and all(line in found for line in THIRD_PERSON_BIOS), len(found)
    assert [line for line in found if not p.third_person_bio_may_match(line)] == []
    assert not p.third_person_bio_may_match("Die stadt der Bäume ist ein Roman.")


def test_every_publication_bio_passes_the_quick_test():
    lines = _fixture_lines() + PUBLICATION_BIOS
    doc = Document("\n".join(lines))
    found = [i for i, line in enumerate(doc.lines) if p.PUBLICATION_BIO.match(line)]
    assert len(found) >= 400, len(found)
    assert [doc.lines[i] for i in found if not p.publication_bio_may_match(doc.lower[i])] == []
    assert not p.publication_bio_may_match(Document("Die Beispielzeitung ist eine unabhängige Zeitung.").lower[0])


def test_the_needles_hold_no_letter_that_ignorecase_matches_to_another_lower_case():
    """A needle is looked for in `Document.lower`; a letter that IGNORECASE matches to a character
    whose lower case is another ("s" to "ſ") would let a match lack the needle."""
    import regex

    letters = set("".join(p.PUBLICATION_BIO_NEEDLES))
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in letters:
        for c in regex.findall(regex.escape(letter), every, flags=regex.IGNORECASE):
            assert Document(c).lower[0] == letter, (letter, c)
