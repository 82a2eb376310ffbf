"""contact-block: the site owner's address, phones, e-mail, bank details and opening hours
stacked above or below the article go; addresses and numbers that belong to the article stay.

All names, streets and numbers are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.rules.contact import line_marks

PARA_DE = ("Der Gemeinderat hat am Montagabend beschlossen, die alte Brücke über den Fluss im kommenden Jahr "
           "vollständig zu erneuern, weil die Gutachter erhebliche Schäden an den Pfeilern gefunden haben.")
PARA_EN = ("The council agreed on Monday evening to rebuild the old bridge over the river next year, because "
           "the engineers found serious damage to its piers and the cost of repairs kept rising.")
ARTICLE_DE = "\n\n".join([PARA_DE + " " + PARA_DE.replace("Montagabend", "Dienstag"), PARA_DE.replace("alte", "marode"),
                          PARA_DE.replace("Fluss", "Kanal") + " Die Arbeiten sollen im März beginnen."])
ARTICLE_EN = "\n\n".join([PARA_EN + " " + PARA_EN.replace("Monday", "Tuesday"), PARA_EN.replace("old", "narrow"),
                          PARA_EN.replace("river", "canal") + " Work is due to start in March."])


def contact_removals(text: str) -> list[str]:
    return [d.text.strip() for d in cleaner.explain(text).decisions if d.rule == "contact-block"]


# (language, article, block lines): every line of the block goes, the article stays.
BLOCKS = [
    ("de", ARTICLE_DE, ["Musterverein für Naturschutz e.V.", "", "Lindenweg 12", "34567 Musterstadt",
                        "Tel. 0123 / 45 67 89", "", "Bankverbindung:", "Sparkasse Musterstadt",
                        "IBAN: DE12 3456 7890 1234 5678 90", "BIC: ABCDDEFFXXX"]),
    ("de", ARTICLE_DE, ["Pressekontakt:", "Beispiel AG", "Erika Muster", "Telefon: +49 30 1234567",
                        "E-Mail: presse@beispiel.example"]),
    ("de", ARTICLE_DE, ["Rückfragen bitte an:", "", "Polizeipräsidium Musterstadt", "Pressestelle",
                        "Telefon: 0123 456-1010", "E-Mail: pressestelle@polizei.example", "http://www.polizei.example"]),
    ("de", ARTICLE_DE, ["Sprechzeiten des Bürgerbüros", "", "Mo-Fr 8-12 Uhr", "Do 14-18 Uhr", "Sa geschlossen"]),
    ("de", ARTICLE_DE, ["Öffnungszeiten", "Mo-Fr 9-18 Uhr", "Tel. 0123 / 45 67 89"]),
    ("de", ARTICLE_DE, ["Notrufnummern", "Polizei 110", "Feuerwehr 112", "Giftnotruf (0123) 19 24 0",
                        "Kinderschutz-Hotline 0800 123 4567"]),
    ("en", ARTICLE_EN, ["Contact us", "22 Elm Road", "London NW3 7XY", "Phone: +44 20 7946 0123",
                        "Email: hello@example.org"]),
    ("en", ARTICLE_EN, ["Example Media Inc.", "350 Harbor Street", "Springfield, IL 62704", "Phone: (555) 010-0199"]),
    ("fr", ARTICLE_EN, ["Nous contacter", "12, rue des Lilas", "69003 Lyon", "Tél. : 04 12 34 56 78",
                        "contact@exemple.example"]),
    ("es", ARTICLE_EN, ["Contacto", "Calle del Olmo, 14", "28014 Madrid", "Teléfono: 912 345 678",
                        "info@ejemplo.example"]),
    ("it", ARTICLE_EN, ["Contatti", "Via dei Mille 22", "00185 Roma", "Tel. 06 1234 5678", "info@esempio.example"]),
    ("nl", ARTICLE_EN, ["Contactgegevens", "Lindengracht 45", "1015 KH Amsterdam", "Tel. 020 123 4567"]),
    ("pl", ARTICLE_EN, ["Kontakt", "ul. Lipowa 7", "00-123 Warszawa", "tel. +48 22 123 45 67"]),
]


@pytest.mark.parametrize("lang, article, block", BLOCKS, ids=[f"{b[0]}-{k}" for k, b in enumerate(BLOCKS)])
def test_contact_block_below_the_article_goes(lang, article, block):
    text = article + "\n\n" + "\n".join(block)
    assert cleaner.clean(text) == article
    # (A bare "Kontakt" or "Nous contacter" is also a legal footer link, which legal-notice takes.)
    assert {line for line in block if line and not line_marks(line) <= {"header"}} <= set(contact_removals(text))


def test_contact_bar_above_the_article_goes():
    text = "Tel.: 01234 56 78 90\nservice@shop.example\n\n" + ARTICLE_DE
    assert cleaner.clean(text) == ARTICLE_DE
    assert contact_removals(text) == ["Tel.: 01234 56 78 90", "service@shop.example"]


def test_evidence_names_the_kinds_and_the_side():
    text = ARTICLE_DE + "\n\nLindenweg 12\n34567 Musterstadt"
    (decision, _) = [d for d in cleaner.explain(text).decisions if d.rule == "contact-block"]
    assert decision.evidence == "contact block below the article (postcode, street)"


# Text of the article that uses the same marks and must stay.
KEEP = {
    "address and phone in a sentence":
        ARTICLE_DE + "\n\nWeitere Auskunft gibt das Rathaus in der Lindenstraße 5 unter Tel. 0123 45678 oder per "
                     "E-Mail an rathaus@example.de.",
    "a sentence that opens with the label":
        ARTICLE_DE + "\n\nKontakt zur Außenwelt hatten die Bergleute nur über ein Funkgerät, das alle sechs "
                     "Stunden lief.\nTelefon und Internet fielen am 12. März aus.",
    "reported speech":
        ARTICLE_DE + "\n\n„Rufen Sie uns unter 0123 456789 an“, sagte die Sprecherin der Stadtwerke.\n"
                     "„Oder schreiben Sie an hilfe@stadtwerke.example“, fügte sie hinzu.",
    "event venue":
        ARTICLE_DE + "\n\nOrt: Stadthalle Musterstadt\nMarktplatz 1\n12345 Musterstadt\nKarten: Tel. 0123 456789",
    "event particulars":
        ARTICLE_EN + "\n\nWhen: Saturday, May 12, 7 pm\nWhere: Parish hall, 14 Church Lane, Springfield, IL 62704\n"
                     "Tickets: box@parish.example, (555) 010-0123",
    "where readers learn more":
        ARTICLE_EN + "\n\nRenseignements : 04 12 34 56 78\ncontact@mairie-exemple.example",
    "an info box of the article":
        ARTICLE_DE + "\n\nInfo\nMuseum am Hafen, Kaistraße 4, 12345 Musterstadt\nDi-So 10-18 Uhr\nTel. 0123 98765",
    "the article's sentence that introduces the place, above its name":
        ARTICLE_DE + "\n\nDas Geschäft liegt in der Altstadt:\nBuchhandlung Müller\nMarktplatz 3\n79098 Freiburg\n"
                     "Mo-Sa 9-19 Uhr",
    "the article's longer sentence that introduces the place":
        ARTICLE_EN + "\n\nL'exposition est à voir jusqu'à fin mai au musée de la ville :\nMusée de la Ville\n"
                     "12 rue de la République\n69001 Lyon\nTél. 04 78 12 34 56",
    "a label of the text above the address":
        ARTICLE_DE + "\n\nSitz der Gesellschaft:\nBeispiel Versicherung AG\nAllee 1\n50999 Musterstadt",
    "a guide with an address under each entry":
        "\n\n".join([PARA_DE, "Café Morgenrot\nLindenstraße 5\n12345 Musterstadt\nTel. 0123 4567",
                     PARA_DE.replace("Brücke", "Mühle"), "Kaffeehaus Sonne\nAm Markt 3\n12345 Musterstadt\nTel. 0123 9876",
                     PARA_DE.replace("Brücke", "Schule"), "Bar Mondschein\nHafenweg 9\n12345 Musterstadt\nTel. 0123 5555"]),
    "a museum's opening hours under their title":
        ARTICLE_DE + "\n\nÖffnungszeiten\nDi-So 10-18 Uhr\nMo geschlossen",
    "a list of places":
        ARTICLE_DE + "\n\nImpfstellen im Kreis\nStadthalle, Marktplatz 1, 12345 Musterstadt\n"
                     "Turnhalle Süd, Schulweg 4, 12346 Beispielburg",
    "two addresses":
        ARTICLE_DE + "\n\nMarktplatz 1\n12345 Musterstadt\n\nSchulweg 4\n12346 Beispielburg",
    "a funeral notice":
        ARTICLE_DE + "\n\nTrauerfeier: Friedhofskapelle, Am Friedhof 3, 12345 Musterstadt\nTel. 0123 456789",
    "an address inside an article shorter than the page's cookie notice":
        "\n\n".join([
            "Das Sommerfest des Vereins findet wieder im Garten des alten Pfarrhauses statt, teilte die Vorsitzende mit.",
            "Pfarrgarten Musterstadt\nKirchweg 3\n12345 Musterstadt\nTel. 0123 45678",
            "Für Kinder gibt es eine Hüpfburg und am Abend spielt eine Band aus der Region, der Eintritt ist frei.",
            "Startseite\nVerein\nTermine\nGalerie",
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, die Nutzung unserer "
            "Website zu analysieren und Ihnen relevante Werbung anzuzeigen, wobei wir Informationen teilen. " * 4]),
    "a place's details on one line below a review":
        ARTICLE_EN + "\n\nThe Harbour Café, 12 Quay Street, Falmouth TR11 3HH. Tel: 01326 123456",
    "a schedule":
        ARTICLE_DE + "\n\nMontag 18-20 Uhr Yoga im Gemeindehaus\nDienstag 10-12 Uhr Seniorencafé\n"
                     "Mittwoch 15-17 Uhr Hausaufgabenhilfe",
    "a timeline":
        ARTICLE_DE + "\n\n1989 Leipzig\n1990 Berlin\n2001 Dresden\n2010 Hamburg",
    "a table of figures":
        ARTICLE_DE + "\n\nBayern 12345 Stimmen\nHessen 23456 Stimmen\nSachsen 34567 Stimmen",
    "a table of members with their addresses":
        ARTICLE_EN + "\n\n| Ward | Councillor | Email |\n| North | Jane Doe | jane.doe@council.example |\n"
                     "| South | Alex Perez | alex.perez@council.example |\n| East | Kim Lee | kim.lee@council.example |",
    "numbered steps":
        ARTICLE_DE + "\n\n1. Wählen Sie 0800 123 4567.\n2. Nennen Sie Ihre Kundennummer.\n"
                     "3. Warten Sie auf die Bestätigung per E-Mail an service@example.de.",
    "a poem":
        ARTICLE_DE + "\n\nAm Weg 3 stand ein Haus\nim Garten lag der Schnee\nTel. und Brief und Gruß\n"
                     "als ich dich nie mehr seh",
    "emergency numbers in the article":
        "Die wichtigsten Notrufnummern sollte jeder kennen und im Telefon speichern, raten die Experten der Stadt:"
        "\n\nPolizei 110\nFeuerwehr 112\nGiftnotruf (0123) 19240\n\n" + ARTICLE_DE,
    "a legal notice page":
        "Impressum\n\nAngaben gemäß § 5 TMG\n\nErika Muster\nLindenweg 12\n34567 Musterstadt\nTel. 0123 / 45 67 89\n"
        "E-Mail: erika@muster.example\n\n" + ARTICLE_DE,
    "a text with too little prose to place an article":
        "Lindenweg 12\n34567 Musterstadt\nTel. 0123 / 45 67 89\nE-Mail: erika@muster.example",
}


@pytest.mark.parametrize("intro", ["Für Fragen stehen Ihnen gerne zur Verfügung:", "If you have any questions, please contact:",
                                   "Pour toute question, vous pouvez joindre :"])
def test_a_block_under_an_introduction_that_speaks_to_the_reader_goes(intro):
    # (The introduction is a sentence the rule leaves alone; the block below it goes.)
    block = ["Beispiel AG", "Erika Muster", "Telefon: +49 30 1234567", "E-Mail: presse@beispiel.example"]
    removed = contact_removals(ARTICLE_DE + "\n\n" + intro + "\n" + "\n".join(block))
    assert block[2] in removed and block[3] in removed


@pytest.mark.parametrize("name", sorted(KEEP))
def test_article_text_with_contact_marks_stays(name):
    text = KEEP[name]
    assert contact_removals(text) == []


@pytest.mark.parametrize("line, marks", [
    ("Hausvaterweg 7", {"street"}),
    ("Am Alten Markt 3", {"street"}),
    ("Karl-Marx-Str. 1", {"street"}),
    ("10115 Berlin", {"postcode"}),
    ("D-80331 München", {"postcode"}),
    ("1017 AB Amsterdam", {"postcode"}),
    ("00-950 Warszawa", {"postcode"}),
    ("Lindenstraße 5, 12345 Musterstadt", {"street", "postcode"}),
    ("5, rue de la Paix", {"street"}),
    ("Calle Mayor, 12", {"street"}),
    ("ul. Długa 5", {"street"}),
    ("221B Baker St.", {"street"}),
    ("Postfach 10 20 30", {"street"}),
    ("Tel. 030 / 12 34 56", {"phone"}),
    ("T: +44 20 7946 0000", {"phone"}),
    ("(0123) 19 24 0", {"phone"}),
    ("Polizei 110", {"phone"}),
    ("info@example.org", {"e-mail"}),
    ("presse(at)example.org", {"e-mail"}),
    ("IBAN: DE12 3456 7890 1234 5678 90", {"bank account"}),
    ("BIC: ABCDDEFFXXX", {"bank account"}),
    ("Mo-Fr 9-17 Uhr", {"opening hours"}),
    ("Sat 10am - 4pm", {"opening hours"}),
    ("Öffnungszeiten", {"opening-hours title"}),
    ("Sprechzeiten", {"header"}),
    ("Ansprechpartnerin Presse", {"header"}),
    ("Beispielverein für Vögel e.V.", {"organisation"}),
    ("www.example.org", {"web address"}),
    # not contact marks
    ("1989 Leipzig", set()),
    ("Platz 1: Max Muster", set()),
    ("Weg 3 Kilometer lang", set()),
    ("Konto anlegen", set()),
    ("Montag 18-20 Uhr Yoga im Gemeindehaus", set()),
    ("Polizei 2024", set()),
    ("Die Straße 5 war gesperrt, sagte er.", set()),
    ("Anreise via A7 Ausfahrt 12", set()),
])
def test_line_marks(line, marks):
    assert set(line_marks(line)) == marks


def test_idempotent_on_a_contact_block():
    text = ARTICLE_DE + "\n\nMusterverein e.V.\nLindenweg 12\n34567 Musterstadt\nTel. 0123 / 45 67 89"
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once == ARTICLE_DE


# -- properties ----------------------------------------------------------------------------

STREETS = st.sampled_from(["Lindenweg", "Hauptstraße", "Am Markt", "Mühlendamm", "Parkallee", "Schillerstr."])
TOWNS = st.sampled_from(["Musterstadt", "Beispielburg", "Neustadt am See", "Altdorf"])
PHONE_LABELS = st.sampled_from(["Tel.", "Telefon:", "Fon", "Tel.:", "Fax"])
MAIL_USERS = st.sampled_from(["info", "kontakt", "redaktion", "presse"])


@st.composite
def contact_block(draw) -> list[str]:
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["Kontakt", "Anschrift", "Pressekontakt:", "So erreichen Sie uns"])))
    lines.append(f"{draw(STREETS)} {draw(st.integers(1, 250))}")
    lines.append(f"{draw(st.integers(10000, 99999))} {draw(TOWNS)}")
    if draw(st.booleans()):
        lines.append(f"{draw(PHONE_LABELS)} 0{draw(st.integers(20, 9999))} / {draw(st.integers(1000, 999999))}")
    if draw(st.booleans()):
        lines.append(f"{draw(MAIL_USERS)}@{draw(st.sampled_from(['verein', 'verlag', 'stadt']))}.example")
    return lines


@settings(max_examples=60, deadline=None)
@given(contact_block(), st.booleans())
def test_generated_contact_blocks_go_and_the_article_stays(block, above):
    text = "\n".join(block) + "\n\n" + ARTICLE_DE if above else ARTICLE_DE + "\n\n" + "\n".join(block)
    assert cleaner.clean(text) == ARTICLE_DE


@settings(max_examples=60, deadline=None)
@given(contact_block())
def test_the_same_details_in_a_sentence_stay(block):
    sentence = "Wer Fragen hat, erreicht den Verein unter " + ", ".join(block) + ", sagte die Vorsitzende am Montag."
    text = ARTICLE_DE + "\n\n" + sentence
    assert contact_removals(text) == []
    assert sentence in cleaner.clean(text)


def test_a_block_of_web_addresses_alone_never_raises():
    # Found on a page: two links under the article's sources, then a credit and a list header
    # that the first pass removes; the second pass saw a block of web addresses alone.
    text = ("http://www.example.org/content/2017-01/10/content_5158488.htm\n"
            "http://www.example.org/content/2017-01/10/content_5158488.htm\n"
            "Foto: Getty Images / Photographer is my life.\nEmpfohlene Beiträge")
    assert cleaner.clean(text).startswith("http://www.example.org/")
    assert cleaner.clean("www.example.org\nwww.example.com") == "www.example.org\nwww.example.com"
